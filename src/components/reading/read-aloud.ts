/**
 * 语音朗读 in the browser: one utterance per sentence, in a Chinese voice; the sentence being
 * read is highlighted (CSS Custom Highlight API, no change to the text) and kept in view.
 * Reads the page's report text (the 朗读 button) or one block (长者模式's 指读); pause,
 * resume and stop; nothing is stored. Loaded on first use by ../layout/reading-actions.ts.
 */
import { chineseVoice, PLAY_LABELS, splitSentences, type ReadAloudState } from './read-aloud-sentences.ts';

/** The blocks read aloud, in order: headings, paragraphs and list items of the report text. */
const BLOCKS = 'h2, h3, h4, p, li';

/** Every sentence of the given blocks, as DOM ranges; figures as written. */
function sentenceRanges(blocks: readonly HTMLElement[]): Range[] {
  const ranges: Range[] = [];
  for (const block of blocks) {
    const nodes: { node: Text; start: number }[] = [];
    let text = '';
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (node.parentElement?.closest('[aria-hidden="true"], button, .sr-only')) continue;
      nodes.push({ node, start: text.length });
      text += node.data;
    }
    const locate = (offset: number, end: boolean) => {
      const index = nodes.findLastIndex((entry) => (end ? entry.start < offset : entry.start <= offset));
      const entry = nodes[Math.max(index, 0)]!;
      return [entry.node, offset - entry.start] as const;
    };
    for (const span of splitSentences(text)) {
      const range = document.createRange();
      range.setStart(...locate(span.start, false));
      range.setEnd(...locate(span.end, true));
      ranges.push(range);
    }
  }
  return ranges;
}

/** The report text's innermost blocks, in reading order. */
const reportBlocks = () =>
  [...document.querySelectorAll<HTMLElement>('main .report-text')].flatMap((container) =>
    [...container.querySelectorAll<HTMLElement>(BLOCKS)].filter((block) => !block.querySelector(BLOCKS)),
  );

/** Scrolls just enough to show the range, a third of the way down when it must move. */
function keepInView(range: Range) {
  const rect = range.getBoundingClientRect();
  if (rect.top >= 0 && rect.bottom <= window.innerHeight) return;
  const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  window.scrollBy({ top: rect.top - window.innerHeight / 3, behavior: smooth ? 'smooth' : 'auto' });
}

const highlights = () => ('highlights' in CSS ? CSS.highlights : undefined);
let state: ReadAloudState = 'idle';
let sentences: Range[] = [];
let current = 0;
// Each reading has its own number, so events of a cancelled one are ignored.
let reading = 0;

function render() {
  const group = document.querySelector<HTMLElement>('[data-read-aloud]');
  const play = group?.querySelector<HTMLButtonElement>('[data-read-aloud-play]');
  const stop = group?.querySelector<HTMLButtonElement>('[data-read-aloud-stop]');
  if (!group || !play || !stop) return;
  play.textContent = PLAY_LABELS[state];
  stop.disabled = state === 'idle';
  group.dataset.state = state;
}

function finish() {
  reading++;
  state = 'idle';
  highlights()?.delete('read-aloud');
  render();
}

function speak(index: number, voice: SpeechSynthesisVoice) {
  const range = sentences[index];
  if (!range) return finish();
  current = index;
  const id = reading;
  const utterance = new SpeechSynthesisUtterance(range.toString());
  utterance.voice = voice;
  utterance.lang = voice.lang;
  utterance.onend = () => {
    if (id === reading) speak(current + 1, voice);
  };
  utterance.onerror = (event) => {
    if (id === reading && event.error !== 'interrupted' && event.error !== 'canceled') finish();
  };
  highlights()?.set('read-aloud', new Highlight(range));
  keepInView(range);
  speechSynthesis.speak(utterance);
}

let listening = false;

/** Starts reading the given blocks from their first sentence, stopping any reading. */
function start(blocks: readonly HTMLElement[]) {
  if (!('speechSynthesis' in window) || !('SpeechSynthesisUtterance' in window)) return;
  const voice = chineseVoice(speechSynthesis.getVoices());
  if (!voice) return;
  if (!listening) {
    listening = true;
    // Leaving the page stops the voice; nothing is remembered for next time.
    window.addEventListener('pagehide', stopReading);
  }
  speechSynthesis.cancel();
  reading++;
  sentences = sentenceRanges(blocks);
  state = 'playing';
  speak(0, voice);
  render();
}

/** The 朗读 button: read the report text; pause while reading; resume when paused. */
export function togglePlay() {
  if (state === 'playing') {
    speechSynthesis.pause();
    state = 'paused';
  } else if (state === 'paused') {
    speechSynthesis.resume();
    state = 'playing';
  } else return start(reportBlocks());
  render();
}

/** 指读: read one block, as written. */
export const readBlock = (block: HTMLElement) => start([block]);

/** Stops reading and forgets where it was. */
export function stopReading() {
  finish();
  if ('speechSynthesis' in window) speechSynthesis.cancel();
}
