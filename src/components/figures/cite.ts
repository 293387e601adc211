/**
 * Client script of a section page's citation blocks (FigureDetails.astro):
 *  - the figures in the text become buttons that open their block (#cite-<id>);
 *  - a link to #cite-<id> (from the figures page, a search result or a chart) opens it;
 *  - the access date in the GB/T 7714 citation becomes the reader's today;
 *  - copy buttons copy with the Clipboard API, or select the text when it is refused,
 *    and say so in the block's status line (role="status", read by screen readers).
 */
// From format.ts, not citation.ts: citation.ts brings the figure parser into this on-load script.
import { localDay } from '../../lib/format/chinese.ts';

const CITE_PREFIX = 'cite-';

function blockFor(id: string): HTMLDetailsElement | null {
  const element = document.getElementById(CITE_PREFIX + id);
  return element instanceof HTMLDetailsElement ? element : null;
}

/** Opens a citation block, brings it into view and puts the keyboard focus on it. */
function open(block: HTMLDetailsElement) {
  block.open = true;
  const summary = block.querySelector('summary');
  summary?.focus({ preventScroll: true });
  block.scrollIntoView({ block: 'start' });
}

/** Opens the block the address points to (#cite-…), if any. */
function openFromHash() {
  const id = decodeURIComponent(location.hash.slice(1));
  if (!id.startsWith(CITE_PREFIX)) return;
  const block = blockFor(id.slice(CITE_PREFIX.length));
  if (block) open(block);
}

/** Makes each figure in the text a keyboard-operable button that opens its citation block. */
function enhanceFigures() {
  for (const figure of document.querySelectorAll<HTMLDataElement>('.report-text data.figure[id]')) {
    const block = blockFor(figure.id);
    if (!block) continue;
    figure.tabIndex = 0;
    figure.setAttribute('role', 'button');
    figure.setAttribute('aria-controls', block.id);
    figure.setAttribute('aria-expanded', String(block.open));
    figure.setAttribute('aria-describedby', 'figure-hint');
    figure.classList.add('cursor-pointer');
    const showState = () => figure.setAttribute('aria-expanded', String(block.open));
    block.addEventListener('toggle', showState);
    const activate = () => {
      // A new history entry: Back returns the reader to the sentence they came from.
      history.pushState(null, '', `#${block.id}`);
      open(block);
      // At once, not a task later when 'toggle' fires: a screen reader reads the new state with the focus move.
      showState();
    };
    figure.addEventListener('click', activate);
    figure.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        activate();
      }
    });
  }
}

/** The access date of every citation: today, as the reader sees the page. */
function updateAccessDates() {
  const today = localDay(new Date());
  for (const citation of document.querySelectorAll<HTMLElement>('[data-gbt7714][data-accessed]')) {
    const built = citation.dataset.accessed!;
    citation.textContent = (citation.textContent ?? '').replace(`[${built}]`, `[${today}]`);
    citation.dataset.accessed = today;
  }
}

/** The text a copy button copies: the element's data-copy-text (a root-relative address, when
 *  the site's address is not set, made whole with the address the reader is at), or its text. */
const textOf = (element: HTMLElement) => {
  const text = element.dataset.copyText;
  if (text === undefined) return (element.textContent ?? '').trim();
  return text.startsWith('/') ? new URL(text, location.href).href : text;
};

function say(button: HTMLElement, message: string) {
  const status = button.closest('details')?.querySelector<HTMLElement>('[data-copy-status]');
  if (!status) return;
  // Emptied first so that copying the same thing twice is announced twice.
  status.textContent = '';
  requestAnimationFrame(() => (status.textContent = message));
}

async function copy(button: HTMLButtonElement) {
  const target = document.getElementById(button.dataset.copy ?? '');
  if (!target) return;
  const text = textOf(target);
  try {
    await navigator.clipboard.writeText(text);
    say(button, `已复制\uff1a${text}`);
  } catch {
    // No clipboard access (older browser, permission refused): select the text instead.
    const selection = getSelection();
    selection?.removeAllRanges();
    const range = document.createRange();
    range.selectNodeContents(target);
    selection?.addRange(range);
    say(button, '无法自动复制\uff0c已选中文字\uff0c请按 Ctrl+C（Mac 上按 ⌘+C）复制。');
  }
}

function enhanceCopyButtons() {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    button.hidden = false;
    button.addEventListener('click', () => void copy(button));
  }
}

enhanceFigures();
updateAccessDates();
enhanceCopyButtons();
openFromHash();
addEventListener('hashchange', openFromHash);
