/**
 * Finding figures in a section's text: where a declared metric stands, and which numbers
 * in the text are figures nobody declared. Pure functions over strings, shared by the
 * content checks (which report problems) and the Markdown plugin (which marks figures up).
 */
import { continuesNumber, oddNumbers } from './digits.ts';

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

/**
 * Every place `needle` occurs in `text` as a whole figure: not glued to a number before it
 * ("1件" must not match inside "3721件", nor "845件" inside "22 845件").
 */
export function findFigure(text: string, needle: string): number[] {
  const found: number[] = [];
  if (!needle) return found;
  const startsWithDigit = /^[0-9]/.test(needle);
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    if (startsWithDigit && continuesNumber(text, at)) continue;
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

/**
 * Every run of digits (with an optional decimal part) in the text, but for those inside a number
 * written with characters a figure may not have (「22 845」, ٣٧٢١): `oddNumbers` reports those
 * whole, with their fix, and no part of them is a number of its own.
 */
export function numbersIn(text: string): NumberInText[] {
  const odd = oddNumbers(text);
  return [...text.matchAll(/\d+(?:\.\d+)?/g)]
    .filter((match) => !odd.some((n) => match.index >= n.start && match.index < n.end))
    .map((match) => ({ digits: match[0], start: match.index, end: match.index + match[0].length }));
}
