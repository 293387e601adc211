/**
 * What the reading controls do, loaded on first use (./reading-controls.ts): apply the text
 * size, contrast or 长者模式 to <html> and remember it; start, pause and stop 语音朗读; and,
 * while 长者模式 is on, 指读: the paragraph clicked or focused is read aloud.
 */
import { parseTextSize, STORAGE_KEYS } from '../../lib/site/reading-settings.ts';
import { readBlock, stopReading, togglePlay } from '../reading/read-aloud.ts';

const root = document.documentElement;
const controls = document.getElementById('reading-controls');

const remember = (key: string, value: string | null) => {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Private browsing may refuse storage: the choice then lasts for this page only.
  }
};

/** Sets or removes an attribute of <html>, and remembers the choice. */
function choose(attribute: string, key: string, value: string | null) {
  if (value === null) root.removeAttribute(attribute);
  else root.setAttribute(attribute, value);
  remember(key, value);
}

/** One press of a reading control (the caller then marks the pressed buttons). */
export function press(button: HTMLButtonElement) {
  if (button.dataset.textSize) {
    const size = parseTextSize(button.dataset.textSize);
    choose('data-text-size', STORAGE_KEYS.textSize, size === 'normal' ? null : size);
  } else if (button.hasAttribute('data-contrast-toggle')) {
    choose('data-contrast', STORAGE_KEYS.contrast, root.getAttribute('data-contrast') === 'high' ? null : 'high');
  } else if (button.hasAttribute('data-elder-toggle')) {
    const on = !root.hasAttribute('data-elder');
    choose('data-elder', STORAGE_KEYS.elder, on ? 'on' : null);
    if (on) pointReading();
    else stopReading();
  } else if (button.hasAttribute('data-read-aloud-play')) {
    togglePlay();
  } else if (button.hasAttribute('data-print')) {
    stampPrint();
    print();
  } else if (button.hasAttribute('data-read-aloud-stop')) {
    stopReading();
    controls?.querySelector<HTMLButtonElement>('[data-read-aloud-play]')?.focus();
  }
}

/**
 * 打印本页: the print block (PrintInfo.astro) gets today's date, as the reader's clock says it,
 * and the address the page was opened at. Also before any later print of this page.
 */
function stampPrint() {
  const info = document.querySelector('[data-print-info]');
  const date = info?.querySelector<HTMLElement>('[data-print-date]');
  if (!info || !date) return;
  date.querySelector('time')!.textContent = new Date().toLocaleDateString('zh-CN', { dateStyle: 'long' });
  date.hidden = false;
  info.querySelector('[data-print-address]')!.textContent = location.href.split('#')[0]!;
}
addEventListener('beforeprint', stampPrint);

/** The blocks 指读 reads: a paragraph, list item, heading, table cell or caption of the page's main text. */
const BLOCKS = 'p, li, h1, h2, h3, h4, dt, dd, th, td, caption, figcaption, summary, blockquote';
let pointing = false;

/** 指读: while 长者模式 is on, the block clicked or focused in <main> is read aloud. */
export function pointReading() {
  if (pointing) return;
  pointing = true;
  const read = (event: Event) => {
    if (!root.hasAttribute('data-elder') || !(event.target instanceof Element)) return;
    const block = event.target.closest<HTMLElement>(BLOCKS);
    if (block?.closest('main')) readBlock(block);
  };
  document.addEventListener('click', read);
  document.addEventListener('focusin', read);
}
