import { describe, expect, it } from 'vitest';
import { compareSortKeys, matchesFilter } from '../../src/components/figures/figure-filter.ts';

describe('filtering the figures table', () => {
  const figure = {
    year: '2023',
    section: '2023-5',
    unit: '件',
    text: '受理法律援助案件 3721件 （五）多元化解社会矛盾纠纷成效明显',
  };
  const all = { year: '', section: '', unit: '', text: '' };

  it('shows everything with no filter', () => {
    expect(matchesFilter(figure, all)).toBe(true);
  });

  it('filters by year, section and unit', () => {
    expect(matchesFilter(figure, { ...all, year: '2024' })).toBe(false);
    expect(matchesFilter(figure, { ...all, section: '2023-5', unit: '件' })).toBe(true);
    expect(matchesFilter(figure, { ...all, unit: '%' })).toBe(false);
  });

  it('finds every word of the text, ignoring width and case', () => {
    expect(matchesFilter(figure, { ...all, text: '法律援助 3721' })).toBe(true);
    expect(matchesFilter(figure, { ...all, text: '３７２１' })).toBe(true);
    expect(matchesFilter(figure, { ...all, text: '法律援助 仲裁' })).toBe(false);
  });

  it('sorts numbers as numbers, text as Chinese text, and empty cells last', () => {
    expect(['10', '9', '100'].sort(compareSortKeys)).toEqual(['9', '10', '100']);
    expect(['-0.25', '0.1'].sort(compareSortKeys)).toEqual(['-0.25', '0.1']);
    expect(['', '1', ''].sort(compareSortKeys)).toEqual(['1', '', '']);
    expect(compareSortKeys('件', '件')).toBe(0);
  });
});
