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
const keysAnswer = (keys: ReadonlySet<string>, query: string) =>
  queryNumbers(query).every((number) => queryNumberKeys(number).some((key) => keys.has(key)));

/** Each figure against its own queries and `shared` ones: where the keys and figureMatchesNumbers differ. */
const disagreements = (
  figures: FigureNumbers[],
  shared: string[],
  own: (figure: FigureNumbers) => string[] = () => [],
) =>
  figures.flatMap((figure) => {
    const keys = new Set(figureNumberKeys(figure));
    return [...new Set([...own(figure), ...shared])]
      .filter((query) => keysAnswer(keys, query) !== figureMatchesNumbers(figure, queryNumbers(query)))
      .map((query) => `${figure.label} ${figure.text} ← ${query}`);
  });

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
    // Each figure against its own spellings and those of a fixed sample of others (the
    // sample keeps the test linear in the archive's size), and queries of two numbers.
    const sample = [...new Set(figures.slice(0, 80).flatMap(queriesFor))];
    const pairs = sample.slice(0, 40).map((query, i) => `${query} ${sample[i + 1] ?? '1'}`);
    expect(disagreements(figures, [...sample, ...pairs], queriesFor)).toEqual([]);
  });

  it('agree on the cases a prefix, a unit or a spelling would get wrong', () => {
    const satisfaction = { text: '95.8%', value: 95.8, unit: '%', label: '“12345”热线诉求满意率' };
    const appearance = { text: '95%以上', value: 95, unit: '%', label: '行政机关负责人出庭应诉率' };
    const hotline = { text: '97.2万件', value: 972000, unit: '件', label: '“12345”热线受理群众和企业诉求' };
    const visits = { text: '1.2万人次', value: 12000, unit: '人次', label: '接待群众' };
    const cases = { text: '3721件次', value: 3721, unit: '件次', label: '办理案件' };
    const unitless = { text: '1245', value: 1245, unit: '', label: '整改事项' };
    const budget = { text: '3.81亿元', value: 381_000_000, unit: '元', label: '2023年预算' };
    const figures = [satisfaction, appearance, hotline, visits, cases, unitless, budget];
    const queries = [
      ...['95%', '95', '95.8', '95.80', '95.8%', '97.2万', '972000', '97.2%', '12345', '12345热线'],
      ...['1.2万人次', '1.2万件', '3721件', '3721件次', '3721次', '1245', '1245件', '3.81亿', '3.81亿元'],
      ...['381000000元', '2023', '2023年', '95% 12345', '97.2万 12345', '3721 1245'],
      ...UNITS.map((unit) => `1.2万${unit}`),
    ];
    expect(disagreements(figures, queries)).toEqual([]);
    const answers = (figure: FigureNumbers, query: string) => keysAnswer(new Set(figureNumberKeys(figure)), query);
    expect(answers(appearance, '95%')).toBe(true);
    expect(answers(satisfaction, '95%')).toBe(false);
    expect(answers(hotline, '972000件')).toBe(true);
    expect(answers(hotline, '12345')).toBe(true);
    expect(answers(budget, '2023')).toBe(true);
  });
});
