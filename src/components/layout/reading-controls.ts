/**
 * The reading controls at load: as little as possible (see ReadingControls.astro). What the
 * buttons do is in ./reading-actions.ts, fetched on the first press; presses made while it
 * loads are handled in order once it is there.
 */
import { chineseVoice } from '../reading/chinese-voice.ts';
import type * as ReadingActions from './reading-actions.ts';

type Actions = typeof ReadingActions;

const root = document.documentElement;
const controls = document.getElementById('reading-controls');

/** The buttons say which choices are on (the choices were applied before the first paint). */
function render() {
  const size = root.getAttribute('data-text-size') ?? 'normal';
  controls?.querySelectorAll<HTMLButtonElement>('[aria-pressed]').forEach((button) => {
    const on = button.dataset.textSize
      ? button.dataset.textSize === size
      : root.hasAttribute(button.hasAttribute('data-elder-toggle') ? 'data-elder' : 'data-contrast');
    button.setAttribute('aria-pressed', String(on));
  });
}
render();
let actions: Actions | undefined;
let loading: Promise<Actions> | undefined;
const load = () => (loading ??= import('./reading-actions.ts').then((module) => (actions = module)));

controls?.addEventListener('click', (event) => {
  const button = (event.target as Element).closest('button');
  if (!button) return;
  const press = (module: Actions) => {
    module.press(button);
    render();
  };
  if (actions) press(actions);
  else void load().then(press);
});

// 长者模式 remembered as on: 指读 needs the speech code now.
if (root.hasAttribute('data-elder')) void load().then((module) => module.pointReading());

// 语音朗读 shows only where the browser speaks Chinese and the page has report text.
const group = controls?.querySelector<HTMLElement>('[data-read-aloud]');
if (group && 'speechSynthesis' in window && document.querySelector('main .report-text')) {
  const reveal = () => (group.hidden = !chineseVoice(speechSynthesis.getVoices()));
  reveal();
  speechSynthesis.addEventListener?.('voiceschanged', reveal);
}
