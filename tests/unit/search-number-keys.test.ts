/**
 * The number keys a figure's search record carries (NUMBER_FILTER) say exactly what
 * figureMatchesNumbers says: the search rules figures out from the index with them, without
 * fetching each one, so any difference would show a figure the query did not ask for or
 * hide one it did. Checked on every figure of every report in content/ (whatever years it
 * holds) against queries made from all their numbers, and on hand-made edge cases.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { isFilled } from '../../src/lib/content/schema.ts';
import {
  figureMatchesNumbers,
  figureNumberKeys,
  queryNumberKeys,
  queryNumbers,
  type FigureNumbers,
} from '../../src/lib/search/query.ts';
import { UNITS } from '../../src/lib/figures/units.ts';

/** What the index answers: every number of the query meets one of the figure's keys. */
const keysAnswer = (figure: FigureNumbers, query: string) => {
  const keys = new Set(figureNumberKeys(figure));
  return queryNumbers(query).every((number) => queryNumberKeys(number).some((key) => keys.has(key)));
};

const agree = (figures: FigureNumbers[], queries: string[]) => {
  const disagreements: string[] = [];
  for (const figure of figures)
    for (const query of queries)
      if (keysAnswer(figure, query) !== figureMatchesNumbers(figure, queryNumbers(query)))
        disagreements.push(`${figure.label} ${figure.text} ← ${query}`);
  return disagreements;
};

/** Queries a reader may type for a figure: as written, its digits with and without units, prefixes, its value. */
function queriesFor(figure: FigureNumbers): string[] {
  const text = figure.text.normalize('NFKC');
  const [number] = queryNumbers(text);
  if (!number) return [text];
  const digits = number.written;
  return [
    text,
    digits,
    `${digits}${figure.unit}`,
    String(figure.value),
    `${figure.value}${figure.unit}`,
    digits.slice(0, -1) || digits,
    `${digits.split('.')[0]}${figure.unit}`,
    `${digits}万`,
    `${digits}%`,
    ...(figure.label.normalize('NFKC').match(/\d+/g) ?? []),
  ];
}

describe('number keys of search records', () => {
  it('agree with figureMatchesNumbers on every published figure', async () => {
    const { reports } = await loadContent(process.cwd());
    const figures: FigureNumbers[] = reports.flatMap((report) =>
      report.sections.flatMap((section) =>
        section.data.metrics.filter(isFilled).map(({ text, value, unit, label }) => ({ text, value, unit, label })),
      ),
    );
    // Figures still being drafted (no value yet) are not published.
    expect(figures.length).toBeGreaterThan(0);
    const queries = [...new Set(figures.flatMap(queriesFor))];
    // Every figure against every query, and a query of two numbers.
    expect(agree(figures, queries)).toEqual([]);
    expect(
      agree(
        figures,
        queries.slice(0, 40).map((query, i) => `${query} ${queries[i + 1] ?? '1'}`),
      ),
    ).toEqual([]);
  });

  it('agree on the cases a prefix would get wrong', () => {
    const satisfaction = { text: '95.8%', value: 95.8, unit: '%', label: '“12345”热线诉求满意率' };
    const appearance = { text: '95%以上', value: 95, unit: '%', label: '行政机关负责人出庭应诉率' };
    const hotline = { text: '97.2万件', value: 972000, unit: '件', label: '“12345”热线受理群众和企业诉求' };
    const visits = { text: '1.2万人次', value: 12000, unit: '人次', label: '接待群众' };
    const figures = [satisfaction, appearance, hotline, visits];
    const queries = ['95%', '95', '95.8', '95.8%', '97.2万', '972000', '97.2%', '12345', '12345热线', '1.2万人次'];
    expect(agree(figures, [...queries, ...UNITS.map((unit) => `1.2万${unit}`)])).toEqual([]);
    expect(keysAnswer(appearance, '95%')).toBe(true);
    expect(keysAnswer(satisfaction, '95%')).toBe(false);
    expect(keysAnswer(hotline, '972000件')).toBe(true);
    expect(keysAnswer(hotline, '12345')).toBe(true);
  });
});
