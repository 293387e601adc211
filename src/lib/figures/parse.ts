/**
 * Reading a figure as it is written in Chinese text (「22万余次」「3.81亿元」「95%以上」
 * 「近3000件」「5个工作日以内」) into a number in base units, so the build can prove that
 * text and data agree, and `npm run new-report -- --from` can find every figure of a text.
 */
import { DIGIT_GAP } from './digits.ts';
import {
  MAGNITUDE_PATTERN,
  MAGNITUDES,
  QUALIFIER_WORDS,
  UNIT_PATTERN,
  type Magnitude,
  type Qualifier,
  type Unit,
} from './units.ts';

export type { Magnitude, Qualifier, Unit };

export interface ParsedFigure {
  /** The digits as written: "3.81". */
  digits: string;
  /** 万 or 亿 where written. */
  magnitude: Magnitude | null;
  /** more-than (余 多 超过), at-least (以上), at-most (以内 以下 不超过), about (近 约 左右). */
  qualifier: Qualifier | null;
  /** The qualifier's word as written (余, 以上, 近…), or null. */
  qualifierWord: string | null;
  /** The unit as written, or null when the text has none. */
  unit: Unit | null;
  /** The value in base units: 3.81亿 → 381000000. */
  value: number;
}

// 约 and 近 only as words of their own, as the content check reads them: not 节约, 制约, 最近, 将近.
const BEFORE = '(不超过|(?<!不)超过|逾|大约|(?<![节制预签契邀特公合大])约|(?<![最附邻将接])近)?';
const NUMBER = `(\\d+(?:\\.\\d+)?)(余|多)?(${MAGNITUDE_PATTERN})?(余|多)?`;
const AFTER = '(以上|以内|以下|左右)?';
const FIGURE_PATTERN = new RegExp(`^${BEFORE}${NUMBER}(${UNIT_PATTERN})?${AFTER}$`);

/**
 * Every figure written in a text (a number in Arabic numerals followed by a unit), with
 * the qualifier words around it: the pattern `findFigures` runs over a section's body.
 */
export const figurePattern = () => new RegExp(`${NOT_AFTER_A_NUMBER}${BEFORE}${NUMBER}(${UNIT_PATTERN})${AFTER}`, 'gu');

/**
 * A figure never starts inside a number: not right after a digit (of any script) or a decimal
 * point, nor after a digit and a space or invisible character (「22 845件」 is not 845件).
 */
const NOT_AFTER_A_NUMBER = `(?<![\\p{Nd}\\p{No}.．])(?<![\\p{Nd}\\p{No}]${DIGIT_GAP}+)`;

const qualifierOf = (word: string): Qualifier =>
  (Object.keys(QUALIFIER_WORDS) as Qualifier[]).find((kind) =>
    (QUALIFIER_WORDS[kind] as readonly string[]).includes(word),
  )!;

/**
 * Multiplies a decimal string by a power of ten without floating-point error
 * ("3.81" × 10^8 = 381000000, not 380999999.99999994).
 */
export function scaleDecimal(digits: string, factor: number): number {
  const [whole = '0', fraction = ''] = digits.split('.');
  const zeros = Math.round(Math.log10(factor));
  if (fraction.length <= zeros) {
    return Number(whole + fraction.padEnd(zeros, '0'));
  }
  return Number(`${whole}${fraction.slice(0, zeros)}.${fraction.slice(zeros)}`);
}

/** Reads the groups of FIGURE_PATTERN or figurePattern(); null when two qualifiers are written. */
export function figureFromGroups(groups: readonly (string | undefined)[]): ParsedFigure | null {
  const [prefix, digits = '', moreBefore, magnitude, moreAfter, unit, suffix] = groups;
  const words = [prefix, moreBefore, moreAfter, suffix].filter((word): word is string => Boolean(word));
  if (words.length > 1) return null;
  const factor = magnitude ? MAGNITUDES[magnitude as Magnitude] : 1;
  const word = words[0] ?? null;
  return {
    digits,
    magnitude: (magnitude as Magnitude | undefined) ?? null,
    qualifier: word ? qualifierOf(word) : null,
    qualifierWord: word,
    unit: (unit as Unit | undefined) ?? null,
    value: scaleDecimal(digits, factor),
  };
}

/** Parses a figure as written, or returns null when it is not a figure this site understands. */
export function parseFigure(text: string): ParsedFigure | null {
  const match = FIGURE_PATTERN.exec(text.normalize('NFKC'));
  return match ? figureFromGroups(match.slice(1)) : null;
}

/** Number of decimal places written ("98.8" → 1), used to judge rounding in stated rates. */
export function decimalPlaces(digits: string): number {
  return digits.split('.')[1]?.length ?? 0;
}
