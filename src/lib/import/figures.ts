/**
 * Every figure of a section's body, found by rule: a number in Arabic numerals followed by
 * a unit, with the qualifier words around it, read by the same parser the checks use.
 * Numbers that are not figures (years, dates, 文号, 《titles》, list markers, hotlines,
 * ordinals) are left out by the same rule the checks apply; any other number is returned
 * as a non-figure for staff to look at, so the draft passes the check.
 */
import { figureFromGroups, figurePattern, type Qualifier, type Unit } from '../figures/parse.ts';
import { findFigure, numbersIn, type Span } from '../figures/locate.ts';
// The content check's own rule, so what the import leaves out is exactly what the check accepts.
import { nonFigure as nonFigureKind } from '../figures/not-figures.ts';

/** A figure found in a body. */
export interface FoundFigure extends Span {
  /** Exactly as written: 22万余次, 近3000件, 95%以上. */
  text: string;
  value: number;
  unit: Unit;
  qualifier: Qualifier | null;
  /** Words just before it, when the same text occurs more than once in the body. */
  context?: string;
}

export interface BodyFigures {
  figures: FoundFigure[];
  /** Numbers that are neither a figure nor a known non-figure: the number and the next characters as written. */
  others: string[];
}

/** The shortest words before `at` that make `text` occur once in `body` (two characters at least). */
function contextFor(body: string, at: number, text: string): string | undefined {
  for (let length = 2; length <= Math.min(at, 12); length++) {
    const context = body.slice(at - length, at);
    if (/\n/.test(context)) break;
    if (findFigure(body, context + text).length === 1) return context;
  }
  return undefined;
}

/** Finds the figures of one section's body (Markdown, in the project's punctuation). */
export function findFigures(body: string): BodyFigures {
  const figures: FoundFigure[] = [];
  for (const match of body.matchAll(figurePattern())) {
    const parsed = figureFromGroups(match.slice(1));
    if (!parsed || !parsed.unit) continue;
    const prefix = match[1] ?? '';
    const start = match.index + prefix.length;
    const number = { digits: parsed.digits, start, end: start + parsed.digits.length };
    if (nonFigureKind(body, number)) continue;
    figures.push({
      text: match[0],
      start: match.index,
      end: match.index + match[0].length,
      value: parsed.value,
      unit: parsed.unit,
      qualifier: parsed.qualifier,
    });
  }
  for (const figure of figures) {
    if (findFigure(body, figure.text).length > 1) {
      const context = contextFor(body, figure.start, figure.text);
      if (context) figure.context = context;
    }
  }
  const covered = (at: number) => figures.some((figure) => at >= figure.start && at < figure.end);
  const others = numbersIn(body)
    .filter((number) => !covered(number.start) && !nonFigureKind(body, number))
    .map((number) => body.slice(number.start, number.end + 2).replace(/[\s，。；：、]+$/u, ''));
  return { figures, others: [...new Set(others)] };
}
