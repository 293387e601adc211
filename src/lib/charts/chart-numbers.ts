/**
 * Numbers on charts, written the way the report writes them: 97.2万, 3.81亿, 98.8%.
 * Pure, shared by the build (tables, summaries) and the browser (axis ticks, tooltips).
 */
import { parseFigure } from '../figures/parse.ts';
import { QUALIFIER_PREFIXES, type Magnitude, type Qualifier } from '../figures/units.ts';
import { formatChartNumber, formatUngrouped } from '../format/chinese-numbers.ts';

/** The largest magnitude (万 or 亿) the texts of a chart's figures use, or null: axes follow the text. */
export function magnitudeOf(texts: readonly string[]): Magnitude | null {
  const used = texts.map((text) => parseFigure(text)?.magnitude ?? null);
  if (used.includes('亿')) return '亿';
  if (used.includes('万')) return '万';
  return null;
}

/** An axis tick: the number with 万/亿 as the text uses, and % for percentages. */
export function formatTick(value: number, unit: string, magnitude: Magnitude | null): string {
  return unit === '%' ? `${formatUngrouped(value)}%` : formatChartNumber(value, magnitude);
}

/**
 * The shares of one chart's parts, all to one precision so they read alike: one decimal for
 * all when a share is between 1% and 10% (97.8% and 2.2%, never 98% beside 2.2%), else whole
 * percents. A share too small for the precision reads 不到1% (不到0.1%), never 0%.
 */
export function formatShares(parts: readonly number[], whole: number): string[] {
  if (whole <= 0) return parts.map(() => '');
  const percents = parts.map((part) => (part / whole) * 100);
  // A part under 1% reads 不到1% at either precision; it does not call for decimals.
  const places = percents.some((percent) => percent >= 1 && percent < 10) ? 1 : 0;
  const step = 10 ** -places;
  return percents.map((percent) => {
    if (percent > 0 && percent < step / 2) return `不到${formatUngrouped(step)}%`;
    return `${formatUngrouped(Number(percent.toFixed(places)))}%`;
  });
}

/** The axis title: 单位：件 (the ticks carry 万/亿 themselves). */
export const axisTitle = (unit: string): string => `单位：${unit}`;

/**
 * A number with what its qualifier puts before it, so that it never reads as exact (the one
 * table of figures/units.ts, and why "about" is 约 there): ("95%", "at-least") → "≥95%",
 * 22万余次 → >22万次; no qualifier, unchanged. An unknown qualifier still reads as inexact (约).
 */
export function qualifiedNumber(number: string, qualifier: string | null | undefined): string {
  return qualifier ? `${QUALIFIER_PREFIXES[qualifier as Qualifier] ?? '约'}${number}` : number;
}

/** Which way a qualified figure's true value may lie from the bar's end: the end is marked so. */
export type OpenEnd = 'above' | 'below' | 'about';

export function openEndOf(qualifier: string | null | undefined): OpenEnd | null {
  if (!qualifier) return null;
  if (qualifier === 'more-than' || qualifier === 'at-least') return 'above';
  return qualifier === 'at-most' ? 'below' : 'about';
}
