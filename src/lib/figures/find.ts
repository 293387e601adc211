/**
 * Every figure of a section's body, found by rule: a number in Arabic numerals followed by
 * a unit, with the qualifier words around it, read by the same parser the checks use.
 * Numbers that are not figures (years, dates, 文号, 《titles》, list markers, hotlines,
 * ordinals) are left out by the same rule the checks apply; any other number is returned
 * as a non-figure for staff to look at, so the draft passes the check.
 */
import { figureFromGroups, figurePattern, type Qualifier, type Unit } from './parse.ts';
import { numbersIn, type NumberInText, type Span } from './locate.ts';
// The content check's own rule, so what the import leaves out is exactly what the check accepts.
import { nonFigure as nonFigureKind } from './not-figures.ts';

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

/** How far around a number the non-figure rule looks: a 《title》 that is a name is at most 80 characters. */
const WINDOW = 120;

/**
 * The check's non-figure rule, applied to the words around the number (its line, at most
 * WINDOW characters either side) rather than the whole body, so a long text is read in one pass.
 */
function nonFigureNear(body: string, number: NumberInText): ReturnType<typeof nonFigureKind> {
  const from = Math.max(0, number.start - WINDOW);
  const window = body.slice(from, number.end + WINDOW);
  const lineFrom = window.lastIndexOf('\n', number.start - from - 1) + 1;
  const lineTo = window.indexOf('\n', number.end - from);
  const line = window.slice(lineFrom, lineTo === -1 ? undefined : lineTo);
  const offset = from + lineFrom;
  return nonFigureKind(line, { digits: number.digits, start: number.start - offset, end: number.end - offset });
}

/** The characters before the first digit of a figure's text (近, 约, 超过…), and the rest. */
const leadOf = (text: string) => text.search(/\d/);

/**
 * Where each figure text occurs in the body, as `findFigure` counts (a digit-led text not glued
 * to a digit before it), in one pass over the numbers of the body instead of one search per text.
 */
function occurrences(body: string, texts: readonly string[]): Map<string, number[]> {
  const wanted = new Set(texts);
  const shapes = new Set(texts.map((text) => `${leadOf(text)}:${text.length}`));
  const found = new Map<string, number[]>(texts.map((text) => [text, []]));
  for (const number of numbersIn(body)) {
    for (const shape of shapes) {
      const [lead, length] = shape.split(':').map(Number) as [number, number];
      const at = number.start - lead;
      if (at < 0) continue;
      const text = body.slice(at, at + length);
      if (!wanted.has(text)) continue;
      if (lead === 0 && /[0-9.]/.test(body[at - 1] ?? '')) continue;
      found.get(text)!.push(at);
    }
  }
  return found;
}

/**
 * For a text that repeats, the shortest words before each occurrence (two to twelve
 * characters, within the line) that no other occurrence has: `context` of a metric.
 */
function contextsFor(body: string, places: readonly number[]): Map<number, string> {
  const contexts = new Map<number, string>();
  for (let length = 2; length <= 12 && contexts.size < places.length; length++) {
    const counts = new Map<string, number>();
    const before = (at: number) => (at >= length ? body.slice(at - length, at) : null);
    for (const at of places) {
      const words = before(at);
      if (words !== null) counts.set(words, (counts.get(words) ?? 0) + 1);
    }
    for (const at of places) {
      const words = before(at);
      if (contexts.has(at) || words === null || /\n/.test(words) || /[0-9.]$/.test(words)) continue;
      if (counts.get(words) === 1) contexts.set(at, words);
    }
  }
  return contexts;
}

/** Finds the figures of one section's body (Markdown, in the project's punctuation), in time linear in its length. */
export function findFigures(body: string): BodyFigures {
  const figures: FoundFigure[] = [];
  for (const match of body.matchAll(figurePattern())) {
    const parsed = figureFromGroups(match.slice(1));
    if (!parsed || !parsed.unit) continue;
    const prefix = match[1] ?? '';
    const start = match.index + prefix.length;
    const number = { digits: parsed.digits, start, end: start + parsed.digits.length };
    if (nonFigureNear(body, number)) continue;
    figures.push({
      text: match[0],
      start: match.index,
      end: match.index + match[0].length,
      value: parsed.value,
      unit: parsed.unit,
      qualifier: parsed.qualifier,
    });
  }
  const places = occurrences(
    body,
    figures.map((figure) => figure.text),
  );
  const contexts = new Map<string, Map<number, string>>();
  for (const figure of figures) {
    const at = places.get(figure.text)!;
    if (at.length <= 1) continue;
    if (!contexts.has(figure.text)) contexts.set(figure.text, contextsFor(body, at));
    const context = contexts.get(figure.text)!.get(figure.start);
    if (context) figure.context = context;
  }
  // Figures are in order of their start, and so are the numbers: one sweep says which are covered.
  let next = 0;
  const covered = (at: number) => {
    while (next < figures.length && figures[next]!.end <= at) next++;
    return next < figures.length && at >= figures[next]!.start && at < figures[next]!.end;
  };
  const others = numbersIn(body)
    .filter((number) => !covered(number.start) && !nonFigureNear(body, number))
    .map((number) => body.slice(number.start, number.end + 2).replace(/[\s，。；：、]+$/u, ''));
  return { figures, others: [...new Set(others)] };
}
