/**
 * The header search box as a WAI-ARIA combobox with a listbox popup: type to see the best
 * results, ↓/↑ to move through them, Enter to go (or, with none chosen, to the full results
 * page), Esc to close. Loaded on the first focus or keystroke, not with the page.
 */
import { countText, hitHref, renderHit } from './render.ts';
import { loadPagefind, search } from './engine.ts';
import type { Hit } from '../../lib/search/results.ts';

const SHOWN = 8;

export function attach(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('[role="combobox"]')!;
  const popup = form.querySelector<HTMLElement>('[data-search-popup]')!;
  const listbox = form.querySelector<HTMLElement>('[role="listbox"]')!;
  const status = form.querySelector<HTMLElement>('[data-search-status]')!;
  const more = form.querySelector<HTMLAnchorElement>('[data-search-more]')!;
  let options: { element: HTMLElement; href: string }[] = [];
  let active = -1;

  void loadPagefind();

  const open = (isOpen: boolean) => {
    popup.hidden = !isOpen;
    input.setAttribute('aria-expanded', String(isOpen));
    if (!isOpen) setActive(-1);
  };

  const setActive = (index: number) => {
    options[active]?.element.setAttribute('aria-selected', 'false');
    active = index;
    const option = options[active];
    if (option) {
      option.element.setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', option.element.id);
      option.element.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  /** The first `hits` of `total`: the box fetches no result it does not show. */
  const show = (query: string, hits: readonly Hit[], total: number) => {
    listbox.replaceChildren();
    options = hits.map((hit, index) => {
      const option = document.createElement('li');
      option.id = `site-search-option-${index}`;
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      option.className = `search-hit search-hit-${hit.kind}`;
      option.append(renderHit(hit, query, false));
      listbox.append(option);
      return { element: option, href: hitHref(hit, query) };
    });
    active = -1;
    input.removeAttribute('aria-activedescendant');
    status.textContent = countText(query, total);
    more.href = `/search/?q=${encodeURIComponent(query)}`;
    more.hidden = total <= hits.length;
    more.textContent = `查看全部 ${total} 条结果`;
    open(query.length > 0);
  };

  const update = async () => {
    const outcome = await search(input.value, { first: SHOWN, debounceMs: 120 });
    if (outcome) show(outcome.query, outcome.hits, outcome.results.total);
  };

  input.addEventListener('input', () => void update());
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (options.length === 0) return;
      event.preventDefault();
      if (popup.hidden) open(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      // Positions cycle through the options and back to the input itself (-1).
      const positions = options.length + 1;
      setActive(((active + 1 + step + positions) % positions) - 1);
    } else if (event.key === 'Enter' && active >= 0 && !popup.hidden) {
      event.preventDefault();
      window.location.assign(options[active]!.href);
    } else if (event.key === 'Escape') {
      if (!popup.hidden) {
        event.preventDefault();
        open(false);
      } else if (input.value) input.value = '';
    }
  });
  listbox.addEventListener('click', (event) => {
    const option = (event.target as Element).closest('[role="option"]');
    const chosen = options.find((o) => o.element === option);
    if (chosen) window.location.assign(chosen.href);
  });
  // Mouse users keep the popup while pointing at it; leaving the whole search closes it.
  listbox.addEventListener('mousedown', (event) => event.preventDefault());
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) open(false);
  });
  input.addEventListener('focus', () => {
    if (listbox.childElementCount > 0 && input.value.trim()) open(true);
  });

  if (input.value.trim()) void update();
}
