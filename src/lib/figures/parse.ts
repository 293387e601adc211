/**
 * Reading a figure as it is written in Chinese text (「22万余次」「3.81亿元」「95%以上」)
 * into a number in base units, so the build can prove that text and data agree.
 */
import type { QUALIFIERS, UNITS } from '../constants.ts';
import { MAGNITUDE_PATTERN, MAGNITUDES, UNIT_PATTERN } from '../constants.ts';

export type Unit = (typeof UNITS)[number];
export type Qualifier = keyof typeof QUALIFIERS;
export type Magnitude = keyof typeof MAGNITUDES;

export interface ParsedFigure {
  /** The digits as written: "3.81". */
  digits: string;
  /** 万 or 亿 where written. */
  magnitude: Magnitude | null;
  /** more-than for 余, at-least for 以上. */
  qualifier: Qualifier | null;
  /** The unit as written, or null when the text has none. */
  unit: Unit | null;
  /** The value in base units: 3.81亿 → 381000000. */
  value: number;
}

const FIGURE_PATTERN = new RegExp(`^(\\d+(?:\\.\\d+)?)(余)?(${MAGNITUDE_PATTERN})?(余)?(${UNIT_PATTERN})?(以上)?$`);

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

/** Parses a figure as written, or returns null when it is not a figure this site understands. */
export function parseFigure(text: string): ParsedFigure | null {
  const match = FIGURE_PATTERN.exec(text.normalize('NFKC'));
  if (!match) return null;
  const [, digits = '', moreThanBefore, magnitude, moreThanAfter, unit, atLeast] = match;
  if (moreThanBefore && moreThanAfter) return null;
  const factor = magnitude ? MAGNITUDES[magnitude as Magnitude] : 1;
  return {
    digits,
    magnitude: (magnitude as Magnitude | undefined) ?? null,
    qualifier: moreThanBefore || moreThanAfter ? 'more-than' : atLeast ? 'at-least' : null,
    unit: (unit as Unit | undefined) ?? null,
    value: scaleDecimal(digits, factor),
  };
}

/** Number of decimal places written ("98.8" → 1), used to judge rounding in stated rates. */
export function decimalPlaces(digits: string): number {
  return digits.split('.')[1]?.length ?? 0;
}
