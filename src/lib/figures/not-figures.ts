/**
 * What is NOT a figure: the numbers of a text that count nothing (years, dates, 文号, 《titles》,
 * hotlines, list markers, ordinals) or that staff have listed in nonFigures. One rule for the
 * content check (which lets them stand undeclared) and the importer (which leaves them out).
 */
import { findFigure, type NumberInText, type Span } from './locate.ts';

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
 * Classifies a number as the text alone suggests. Years (2023年, 2023年度, 2021-2025年), dates,
 * document numbers (〔2024〕17号), titles in 《》, hotline numbers (12345, 12348), list
 * markers (1. 2、 （3） at the start of a line) and ordinals (第3批) are not figures;
 * `declared` lists other strings the section's author has marked as not figures.
 */
function kindOf(text: string, number: NumberInText, declared: readonly string[] = []): NonFigureKind | null {
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

/** A hotline number is one only where the text names it so: “12345” in quotes, or 12348热线/公共法律服务/法网. */
const HOTLINE_AFTER = /^(?:[”"]|热线|公共法律服务|辽宁法网|法网|政务服务|平台)/;

/**
 * Why a number in `text` is not a figure, or null when it is one (or may be). A 123xx number is
 * a hotline only where named as one, a 《title》 only when it closes in its sentence; a number
 * staff listed in `declared` (nonFigures) is not a figure, whatever it looks like.
 */
export function nonFigure(text: string, number: NumberInText, declared: readonly string[] = []): NonFigureKind | null {
  const kind = kindOf(text, number, declared);
  const listed = () => (isDeclared(text, number, declared) ? 'declared' : null);
  if (kind === 'hotline') {
    return HOTLINE_AFTER.test(text.slice(number.end, number.end + 6)) ? kind : listed();
  }
  if (kind === 'title') {
    const open = text.lastIndexOf('《', number.start);
    const close = text.indexOf('》', number.start);
    const title = text.slice(open, close + 1);
    return /[。\n]/.test(title) || title.length > 80 ? listed() : kind;
  }
  return kind;
}

/** True when one of the `declared` phrases covers the number where it stands. */
function isDeclared(text: string, number: NumberInText, declared: readonly string[]): boolean {
  return declared.some((phrase) =>
    findFigure(text, phrase).some((at) => number.start >= at && number.end <= at + phrase.length),
  );
}
