/**
 * Numbers for Chinese readers, in the three forms the site writes them: grouped in tables
 * (3,721), as an amount read the Chinese way in changes (3,900万, 4.2亿), and short on charts
 * (97.2万, ungrouped, in the magnitude the text uses). One home, so the forms cannot drift.
 */
import { MAGNITUDES, type Magnitude } from '../figures/units.ts';

// Marked pure so a browser bundle that takes one formatter leaves the others out.
const grouped = /* @__PURE__ */ new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });
const plain = /* @__PURE__ */ new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2, useGrouping: false });
const round = (value: number, places: number) => Number(value.toFixed(places));

/** 381000000 → "381,000,000"; 98.8 → "98.8". */
export const formatNumber = (value: number) => grouped.format(value);

/** 381000000 → "381000000"; 98.8 → "98.8": on charts, where short labels read better ungrouped. */
export const formatUngrouped = (value: number) => plain.format(value);

/**
 * 279 → "279"; 39000000 → "3,900万"; 420000000 → "4.2亿": large amounts read the Chinese way.
 * With `magnitude` (the figures are written in 万 or 亿) the amount is written in it: 63000 → "6.3万".
 */
export function formatAmount(value: number, magnitude: Magnitude | null = null): string {
  if (magnitude) return `${formatNumber(round(value / MAGNITUDES[magnitude], 4))}${magnitude}`;
  const size = Math.abs(value);
  if (size >= MAGNITUDES.亿) return `${formatNumber(round(value / MAGNITUDES.亿, 2))}亿`;
  if (size >= 100 * MAGNITUDES.万) return `${formatNumber(round(value / MAGNITUDES.万, 2))}万`;
  return formatNumber(value);
}

/**
 * A value in base units as a short Chinese number: (972000, 万) → "97.2万",
 * (381000000, 亿) → "3.81亿", (3016, null) → "3016". Zero stays "0".
 */
export function formatChartNumber(value: number, magnitude: Magnitude | null): string {
  if (value === 0 || magnitude === null) return plain.format(value);
  return `${plain.format(value / MAGNITUDES[magnitude])}${magnitude}`;
}
