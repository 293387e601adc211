/**
 * The only search code every page loads: it waits for the reader. The combobox and
 * Pagefind load on the first focus of (or keystroke in) the search box; `/` focuses it;
 * the highlighter loads only on pages opened from a search result.
 */
import { HIGHLIGHT_PARAM } from '../../lib/search/params.ts';

const form = document.querySelector<HTMLFormElement>('form[data-site-search]');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');

if (form && input) {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    void import('./combobox.ts').then(({ attach }) => attach(form));
  };
  input.addEventListener('focus', start);
  input.addEventListener('input', start);
}

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
  // On the results page, / goes to its own search field.
  const target = document.querySelector<HTMLInputElement>('[data-search-page] input[name="q"]') ?? input;
  if (!target) return;
  event.preventDefault();
  target.focus();
  target.select();
});

if (new URLSearchParams(window.location.search).has(HIGHLIGHT_PARAM)) {
  void import('./highlight-page.ts').then(({ highlightPage }) => highlightPage());
}
