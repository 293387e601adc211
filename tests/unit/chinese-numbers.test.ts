/** The three forms numbers take on the site, from their one home. */
import { describe, expect, it } from 'vitest';
import {
  formatAmount,
  formatChartNumber,
  formatNumber,
  formatUngrouped,
} from '../../src/lib/format/chinese-numbers.ts';

describe('numbers for Chinese readers', () => {
  it('tables group digits and keep up to two decimals', () => {
    expect(formatNumber(381_000_000)).toBe('381,000,000');
    expect(formatNumber(98.8)).toBe('98.8');
    expect(formatNumber(1 / 3)).toBe('0.33');
  });
  it('changes read large amounts the Chinese way, or in the magnitude the figures use', () => {
    expect(formatAmount(3721)).toBe('3,721');
    expect(formatAmount(39_000_000)).toBe('3,900万');
    expect(formatAmount(45_000_000, '万')).toBe('4,500万');
  });
  it('charts write short, ungrouped numbers in the magnitude the text uses', () => {
    expect(formatChartNumber(972_000, '万')).toBe('97.2万');
    expect(formatChartNumber(3016, null)).toBe('3016');
    expect(formatUngrouped(100_000)).toBe('100000');
  });
  it('the three forms agree on the same number where they overlap', () => {
    for (const value of [0, 7, 98.8, 3721, 972_000]) {
      expect(formatNumber(value).replaceAll(',', '')).toBe(formatUngrouped(value));
    }
  });
});
