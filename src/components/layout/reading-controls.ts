/**
 * The reading controls' buttons: apply the chosen text size and contrast to <html> and
 * remember them. The remembered choice is applied before the first paint by
 * public/scripts/reading-preferences.js; this module runs after parsing, too late for that.
 */
import { parseTextSize, STORAGE_KEYS } from '../../lib/reading.ts';

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

function render() {
  const size = parseTextSize(root.getAttribute('data-text-size'));
  controls?.querySelectorAll<HTMLButtonElement>('[data-text-size]').forEach((button) => {
    button.setAttribute('aria-pressed', String(button.dataset.textSize === size));
  });
  const high = root.getAttribute('data-contrast') === 'high';
  controls?.querySelector('[data-contrast-toggle]')?.setAttribute('aria-pressed', String(high));
}

controls?.addEventListener('click', (event) => {
  const button = (event.target as Element).closest('button');
  if (!button) return;
  if (button.dataset.textSize) {
    const size = parseTextSize(button.dataset.textSize);
    if (size === 'normal') root.removeAttribute('data-text-size');
    else root.setAttribute('data-text-size', size);
    remember(STORAGE_KEYS.textSize, size === 'normal' ? null : size);
  } else if (button.hasAttribute('data-contrast-toggle')) {
    const high = root.getAttribute('data-contrast') !== 'high';
    if (high) root.setAttribute('data-contrast', 'high');
    else root.removeAttribute('data-contrast');
    remember(STORAGE_KEYS.contrast, high ? 'high' : null);
  }
  render();
});

render();
