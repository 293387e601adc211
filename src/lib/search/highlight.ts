/**
 * Which words to highlight on a page a search led to, and where they are in a text.
 * The page's script (src/components/search/highlight-page.ts) applies this to the DOM.
 */
import { normaliseQuery } from './query.ts';

/**
 * The query itself, then its space-separated words, then (for Chinese, which has no spaces)
 * the words a segmenter finds, longest first so the fullest match wins.
 */
export function highlightTerms(raw: string, segment: (text: string) => string[] = segmentWords): string[] {
  const query = normaliseQuery(raw);
  if (!query) return [];
  const words = query.split(' ');
  const segmented = words.flatMap(segment).filter((word) => word.length >= 2 || /\d/.test(word));
  return [...new Set([query, ...words, ...segmented])].filter(Boolean).sort((a, b) => b.length - a.length);
}

function segmentWords(text: string): string[] {
  if (typeof Intl.Segmenter === 'undefined') return [];
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  return [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
}

/** Non-overlapping [start, end) spans of the terms in a text (compared after NFKC, so ３７２１ meets 3721). */
export function findTerms(text: string, terms: readonly string[]): [number, number][] {
  // NFKC keeps the length of the characters that occur in the report (full-width → one ASCII character).
  const folded = [...text].map((char) => {
    const nfkc = char.normalize('NFKC');
    return nfkc.length === char.length ? nfkc : char;
  });
  const haystack = folded.join('');
  const taken: [number, number][] = [];
  for (const term of terms) {
    for (let at = haystack.indexOf(term); at !== -1; at = haystack.indexOf(term, at + term.length)) {
      const end = at + term.length;
      if (!taken.some(([s, e]) => at < e && end > s)) taken.push([at, end]);
    }
  }
  return taken.sort((a, b) => a[0] - b[0]);
}
