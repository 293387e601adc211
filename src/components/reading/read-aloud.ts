/**
 * 语音朗读 in the browser: one utterance per sentence of the page's report text, in a Chinese
 * voice; the sentence being read is highlighted (CSS Custom Highlight API, no change to the
 * text) and kept in view. Pause, resume and stop; nothing is stored.
 */
import { chineseVoice, PLAY_LABELS, splitSentences, type ReadAloudState } from '../../lib/read-aloud-sentences.ts';

/** The blocks read aloud, in order: headings, paragraphs and list items of the report text. */
const BLOCKS = 'h2, h3, h4, p, li';

/** Every sentence of the page's report text, as a DOM range. */
function sentenceRanges(): Range[] {
  const ranges: Range[] = [];
  const blocks = [...document.querySelectorAll<HTMLElement>('main .report-text')].flatMap((container) =>
    [...container.querySelectorAll<HTMLElement>(BLOCKS)].filter((block) => !block.querySelector(BLOCKS)),
  );
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

/** Scrolls just enough to show the range, a third of the way down when it must move. */
function keepInView(range: Range) {
  const rect = range.getBoundingClientRect();
  if (rect.top >= 0 && rect.bottom <= window.innerHeight) return;
  const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  window.scrollBy({ top: rect.top - window.innerHeight / 3, behavior: smooth ? 'smooth' : 'auto' });
}

export function startReadAloud() {
  const group = document.querySelector<HTMLElement>('[data-read-aloud]');
  const play = group?.querySelector<HTMLButtonElement>('[data-read-aloud-play]');
  const stop = group?.querySelector<HTMLButtonElement>('[data-read-aloud-stop]');
  if (!group || !play || !stop || !('speechSynthesis' in window) || !('SpeechSynthesisUtterance' in window)) return;
  if (!document.querySelector('main .report-text')) return;
  const synth = window.speechSynthesis;
  const highlights = 'highlights' in CSS ? CSS.highlights : undefined;

  let state: ReadAloudState = 'idle';
  let sentences: Range[] = [];
  let current = 0;
  // Each reading has its own number, so events of a cancelled one are ignored.
  let reading = 0;

  const render = () => {
    play.textContent = PLAY_LABELS[state];
    stop.disabled = state === 'idle';
    group.dataset.state = state;
  };

  const finish = () => {
    reading++;
    state = 'idle';
    highlights?.delete('read-aloud');
    render();
  };

  const speak = (index: number, voice: SpeechSynthesisVoice) => {
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
    highlights?.set('read-aloud', new Highlight(range));
    keepInView(range);
    synth.speak(utterance);
  };

  play.addEventListener('click', () => {
    const voice = chineseVoice(synth.getVoices());
    if (state === 'playing') {
      synth.pause();
      state = 'paused';
    } else if (state === 'paused') {
      synth.resume();
      state = 'playing';
    } else if (voice) {
      synth.cancel();
      reading++;
      sentences = sentenceRanges();
      state = 'playing';
      speak(0, voice);
    }
    render();
  });

  stop.addEventListener('click', () => {
    finish();
    synth.cancel();
    play.focus();
  });

  // Leaving the page stops the voice; nothing is remembered for next time.
  window.addEventListener('pagehide', () => {
    finish();
    synth.cancel();
  });

  // Voices may arrive after the page loads: show the controls once a Chinese one is there.
  const reveal = () => {
    group.hidden = !chineseVoice(synth.getVoices());
  };
  reveal();
  synth.addEventListener?.('voiceschanged', reveal);
  render();
}
