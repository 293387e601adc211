/**
 * Finding figures in a section's text: where a declared metric stands, and which numbers
 * in the text are figures nobody declared. Pure functions over strings, shared by the
 * content checks (which report problems) and the Markdown plugin (which marks figures up).
 */

export interface Span {
  start: number;
  end: number;
}

/** What a metric needs to be found: its text as written and, when that repeats, the words before it. */
export interface FigureLocator {
  text: string;
  context?: string | undefined;
}

export type LocateResult =
  | { ok: true; span: Span }
  | { ok: false; reason: 'missing' | 'width-mismatch' | 'ambiguous' | 'context-missing'; count: number };

const DIGIT = /[0-9.]/;

/**
 * Every place `needle` occurs in `text` as a whole figure: not glued to a digit before it
 * ("1件" must not match inside "3721件").
 */
export function findFigure(text: string, needle: string): number[] {
  const found: number[] = [];
  if (!needle) return found;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    const before = text[at - 1];
    const startsWithDigit = /^[0-9]/.test(needle);
    if (startsWithDigit && before !== undefined && DIGIT.test(before)) continue;
    found.push(at);
  }
  return found;
}

/** Finds the one place a metric's figure stands in the text. */
export function locateFigure(text: string, { text: figure, context }: FigureLocator): LocateResult {
  // A figure not filled in yet (a draft) is nowhere in the text.
  if (!figure) return { ok: false, reason: 'missing', count: 0 };
  if (context) {
    const hits = findFigure(text, context + figure);
    if (hits.length === 1) {
      const start = hits[0]! + context.length;
      return { ok: true, span: { start, end: start + figure.length } };
    }
    if (hits.length > 1) return { ok: false, reason: 'ambiguous', count: hits.length };
    return { ok: false, reason: 'context-missing', count: findFigure(text, figure).length };
  }
  const hits = findFigure(text, figure);
  if (hits.length === 1) {
    const start = hits[0]!;
    return { ok: true, span: { start, end: start + figure.length } };
  }
  if (hits.length > 1) return { ok: false, reason: 'ambiguous', count: hits.length };
  const loose = findFigure(text.normalize('NFKC'), figure.normalize('NFKC'));
  return { ok: false, reason: loose.length > 0 ? 'width-mismatch' : 'missing', count: 0 };
}

/** A number written in digits in the text. */
export interface NumberInText extends Span {
  digits: string;
}

/** Every run of digits (with an optional decimal part) in the text. */
export function numbersIn(text: string): NumberInText[] {
  return [...text.matchAll(/\d+(?:\.\d+)?/g)].map((match) => ({
    digits: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/** Why a number in the text is not a figure, in words staff recognise; null when it is one. */
export type NonFigureKind =
  'year' | 'date' | 'document-number' | 'title' | 'hotline' | 'list-marker' | 'ordinal' | 'declared';

/** Spans of the text matching a pattern. */
const spansOf = (text: string, pattern: RegExp): Span[] =>
  [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));

const inside = (spans: Span[], at: number) => spans.some((s) => at >= s.start && at < s.end);

/** The start of the line `at` is on. */
const lineStart = (text: string, at: number) => text.lastIndexOf('\n', at - 1) + 1;

/**
 * Classifies a number that no metric covers. Years (2023年, 2023年度, 2021-2025年), dates,
 * document numbers (〔2024〕17号), titles in 《》, hotline numbers (12345, 12348), list
 * markers (1. 2、 （3） at the start of a line) and ordinals (第3批) are not figures;
 * `declared` lists other strings the section's author has marked as not figures.
 */
export function nonFigureKind(
  text: string,
  number: NumberInText,
  declared: readonly string[] = [],
): NonFigureKind | null {
  const after = text.slice(number.end, number.end + 2);
  const before = text.slice(Math.max(0, number.start - 1), number.start);
  // Names of laws, plans and documents: 《2023年度法治鞍山建设工作要点》.
  if (inside(spansOf(text, /《[^》]*》/g), number.start)) return 'title';
  if (inside(spansOf(text, /\d{4}-\d{1,2}-\d{1,2}/g), number.start)) return 'date';
  if (/^(19|20)\d{2}$/.test(number.digits) && after.startsWith('年')) return 'year';
  // The first year of a span: 2021-2025年, 2021—2025年, 2021至2025年.
  if (
    /^(19|20)\d{2}$/.test(number.digits) &&
    /^\s*[-－—–~～至到]\s*(19|20)\d{2}年/.test(text.slice(number.end, number.end + 8))
  )
    return 'year';
  const lead = text.slice(lineStart(text, number.start), number.start);
  if (/^(#+\s*)?[（(]?$/.test(lead) && /^(\\?[.．、]|[）)])/.test(text.slice(number.end, number.end + 2)))
    return 'list-marker';
  if (before === '第') return 'ordinal';
  if (/^\d{1,2}$/.test(number.digits) && /^(月|日)/.test(after)) return 'date';
  // The first month or day of a span: 1-10月, 1至3月.
  if (/^\d{1,2}$/.test(number.digits) && /^[-－—–~～至到]\d{1,2}(月|日)/.test(text.slice(number.end, number.end + 4)))
    return 'date';
  if (before === '〔' || (before === '〕' && after.startsWith('号'))) return 'document-number';
  if (/^123\d\d$/.test(number.digits)) return 'hotline';
  for (const phrase of declared) {
    for (const at of findFigure(text, phrase)) {
      if (number.start >= at && number.end <= at + phrase.length) return 'declared';
    }
  }
  return null;
}
