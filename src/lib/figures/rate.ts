/**
 * A stated rate recomputed from the two counts it names, rounded the way the text rounds it:
 * one formula for the content check (which reports a mismatch) and the importer (which keeps
 * last year's rate only while this year's figures bear it out).
 */
import { decimalPlaces, parseFigure } from './parse.ts';

/** How a rate is computed: a fall or rise from one count to another, or a part of a whole. */
export type RateKind = 'decrease' | 'increase' | 'share';

/**
 * The rate in percent from `a` and `b` (from/to, or part/whole), with as many decimals as
 * `written` has (42% → 0, 98.8% → 1); null when `a` is 0 (nothing to compare with).
 */
export function statedRate(kind: RateKind, a: number, b: number, written: string): number | null {
  if (a === 0) return null;
  const computed = kind === 'share' ? (a / b) * 100 : kind === 'decrease' ? ((a - b) / a) * 100 : ((b - a) / a) * 100;
  return Number(computed.toFixed(decimalPlaces(parseFigure(written)?.digits ?? '0')));
}
