/**
 * 语音朗读: what the browser's own speech synthesis reads, and how. Pure: the text is cut
 * into sentences here; src/components/reading/read-aloud.ts speaks them and highlights each.
 */

/** Ends a sentence: full stops, question and exclamation marks, and the semicolons that divide long lists. */
const TERMINATORS = /[。！？；!?;]/;
/** Closing quotes and brackets stay with the sentence they close. */
const CLOSERS = /[”’」』）)》〉】]/;

/** A sentence, as offsets into the text it was cut from (end exclusive). */
export interface Span {
  start: number;
  end: number;
}

/** Cuts text into sentences, skipping the white space between them; figures stay as written. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let from = start;
    while (from < end && /\s/.test(text[from]!)) from++;
    let to = end;
    while (to > from && /\s/.test(text[to - 1]!)) to--;
    if (to > from) spans.push({ start: from, end: to });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '\n') push(i + 1);
    else if (TERMINATORS.test(char)) {
      let end = i + 1;
      while (end < text.length && CLOSERS.test(text[end]!)) end++;
      push(end);
      i = end - 1;
    }
  }
  push(text.length);
  return spans;
}

// In a module of its own: the reading controls load it at once, the rest of this only on use.
export { chineseVoice } from './chinese-voice.ts';

/** The play button's label in each state: start, pause while reading, resume when paused. */
export const PLAY_LABELS = { idle: '朗读', playing: '暂停', paused: '继续' } as const;

export type ReadAloudState = keyof typeof PLAY_LABELS;
