import { describe, expect, it } from 'vitest';
import {
  changeSortValue,
  citePath,
  figureChanges,
  figureKey,
  formatChange,
  gbtCitation,
  localDay,
  oneLineCitation,
  sentenceOf,
  sentenceText,
} from '../../src/lib/citation.ts';

const report = {
  title: '关于2023年鞍山市法治政府建设情况的报告',
  issuers: ['中共鞍山市委', '鞍山市人民政府'],
  documentNumber: '鞍委〔2024〕17号',
  published: new Date('2024-03-15T00:00:00Z'),
};

describe('GB/T 7714 citation', () => {
  const citation = gbtCitation({
    report,
    place: '鞍山',
    sectionHeading: '（五）多元化解社会矛盾纠纷成效明显',
    url: 'https://example.gov.cn/2023/dispute-resolution/#legal-aid-cases',
    accessed: new Date(2025, 5, 1),
  });

  it('names issuers, title, document number, type [R/OL], place, publisher, date, section, access date and address', () => {
    expect(citation).toBe(
      '中共鞍山市委, 鞍山市人民政府. 关于2023年鞍山市法治政府建设情况的报告: 鞍委〔2024〕17号[R/OL]. ' +
        '鞍山: 中共鞍山市委, 鞍山市人民政府, 2024-03-15: （五）多元化解社会矛盾纠纷成效明显[2025-06-01]. ' +
        'https://example.gov.cn/2023/dispute-resolution/#legal-aid-cases',
    );
  });

  it('ends with the address, without a full stop that would break it when copied', () => {
    expect(citation.endsWith('#legal-aid-cases')).toBe(true);
  });

  it('writes the access date as the local calendar day', () => {
    expect(localDay(new Date(2025, 0, 9, 23, 59))).toBe('2025-01-09');
  });
});

describe('one-line citation', () => {
  const line = (label: string, text: string) => oneLineCitation(report, { year: 2023, city: '鞍山市', label, text });

  it('reads as a sentence of a news story', () => {
    expect(line('受理法律援助案件', '3721件')).toBe('据鞍委〔2024〕17号报告，2023年鞍山市受理法律援助案件3721件。');
  });

  it('keeps the text as written, qualifiers included', () => {
    expect(line('累计实施包容免罚', '22万余次')).toBe('据鞍委〔2024〕17号报告，2023年鞍山市累计实施包容免罚22万余次。');
  });

  it('names a report published without a 文号 by its title', () => {
    const withoutNumber = { ...report, documentNumber: undefined };
    expect(oneLineCitation(withoutNumber, { year: 2023, city: '鞍山市', label: '受理案件', text: '3件' })).toBe(
      '据《关于2023年鞍山市法治政府建设情况的报告》，2023年鞍山市受理案件3件。',
    );
    expect(
      gbtCitation({
        report: withoutNumber,
        place: '鞍山',
        sectionHeading: '（一）甲',
        url: 'https://x/',
        accessed: new Date(2025, 0, 1),
      }),
    ).toMatch(/^中共鞍山市委, 鞍山市人民政府\. 关于2023年鞍山市法治政府建设情况的报告\[R\/OL\]\. /);
  });

  it('does not repeat the city when the label already says 全市 or 市…', () => {
    expect(line('全市受理法律援助案件', '3721件')).toContain('2023年鞍山市受理法律援助案件3721件');
    expect(line('市政府系统办理政协提案', '300件')).toContain('2023年鞍山市政府系统办理政协提案300件');
    expect(line('鞍山市受理案件', '1件')).toContain('2023年鞍山市受理案件1件');
  });
});

describe('the sentence around a figure', () => {
  const body =
    '\n坚持和发展新时代“枫桥经验”，排查化解矛盾22845件。全市受理法律援助案件共3721件，包括刑事3016件、民事704件、行政1件；受理仲裁案件申请150件。\n\n## （二）标题\n\n第二段有5件。';

  it('runs from the previous 。 to the next 。', () => {
    const sentence = sentenceOf(body, { text: '22845件' });
    expect(sentence).toEqual({ before: '坚持和发展新时代“枫桥经验”，排查化解矛盾', figure: '22845件', after: '。' });
  });

  it('stops at ；, the end of a clause in a list', () => {
    expect(sentenceText(sentenceOf(body, { text: '3016件' })!)).toBe(
      '全市受理法律援助案件共3721件，包括刑事3016件、民事704件、行政1件；',
    );
    expect(sentenceText(sentenceOf(body, { text: '150件' })!)).toBe('受理仲裁案件申请150件。');
  });

  it('uses the context to find a figure that appears twice, as the build does', () => {
    expect(sentenceOf(body, { text: '1件', context: '行政' })?.before).toBe(
      '全市受理法律援助案件共3721件，包括刑事3016件、民事704件、行政',
    );
  });

  it('stops at a line break and drops heading markup', () => {
    expect(sentenceOf(body, { text: '5件' })).toEqual({ before: '第二段有', figure: '5件', after: '。' });
    expect(sentenceOf('## 标题里有3件', { text: '3件' })).toEqual({ before: '标题里有', figure: '3件', after: '' });
  });

  it('is null when the figure is not in the text', () => {
    expect(sentenceOf(body, { text: '999件' })).toBeNull();
  });
});

describe('change from the previous year', () => {
  const rows = [
    { year: 2023, id: 'legal-aid-cases', value: 3721, unit: '件', text: '3721件' },
    { year: 2024, id: 'legal-aid-cases', value: 4093, unit: '件', text: '4093件' },
    { year: 2022, id: 'legal-aid-cases', value: 3383, unit: '件', text: '3383件' },
    { year: 2023, id: 'hotline-completion-rate', value: 98.8, unit: '%', text: '98.8%' },
    { year: 2024, id: 'hotline-completion-rate', value: 99.1, unit: '%', text: '99.1%' },
    { year: 2024, id: 'only-this-year', value: 5, unit: '项', text: '5项' },
    { year: 2023, id: 'unit-changed', value: 5, unit: '项', text: '5项' },
    { year: 2024, id: 'unit-changed', value: 5, unit: '件', text: '5件' },
    { year: 2023, id: 'from-zero', value: 0, unit: '件', text: '0件' },
    { year: 2024, id: 'from-zero', value: 2, unit: '件', text: '2件' },
  ];
  const changes = figureChanges(rows);

  it('compares a figure with the nearest earlier year that has the same id', () => {
    expect(changes.get(figureKey(2023, 'legal-aid-cases'))).toMatchObject({ previousYear: 2022, difference: 338 });
    const latest = changes.get(figureKey(2024, 'legal-aid-cases'))!;
    expect(latest).toMatchObject({ previousYear: 2023, previousValue: 3721, previousText: '3721件', difference: 372 });
    expect(latest.ratio).toBeCloseTo(0.09997, 4);
    expect(formatChange(latest, '件')).toBe('+10%（2023年：3721件）');
  });

  it('gives percentages their change in percentage points', () => {
    const change = changes.get(figureKey(2024, 'hotline-completion-rate'))!;
    expect(change).toMatchObject({ difference: 0.3, ratio: null });
    expect(formatChange(change, '%')).toBe('+0.3个百分点（2023年：98.8%）');
    expect(changeSortValue(change)).toBe(0.3);
  });

  it('has no change for the first year, a new figure, or a figure whose unit changed', () => {
    expect(changes.has(figureKey(2022, 'legal-aid-cases'))).toBe(false);
    expect(changes.has(figureKey(2024, 'only-this-year'))).toBe(false);
    expect(changes.has(figureKey(2024, 'unit-changed'))).toBe(false);
    expect(changeSortValue(undefined)).toBeNull();
  });

  it('writes a fall with a minus sign and a change from zero as a difference', () => {
    const fall = figureChanges([
      { year: 2023, id: 'a', value: 200, unit: '件', text: '200件' },
      { year: 2024, id: 'a', value: 150, unit: '件', text: '150件' },
    ]).get(figureKey(2024, 'a'))!;
    expect(formatChange(fall, '件')).toBe('-25%（2023年：200件）');
    expect(formatChange(changes.get(figureKey(2024, 'from-zero'))!, '件')).toBe('+2件（2023年：0件）');
  });

  it('has nothing to compare with a single year', () => {
    expect(figureChanges(rows.filter((row) => row.year === 2023)).size).toBe(0);
  });
});

describe('addresses', () => {
  it('puts a figure’s citation block at #cite-<id>', () => {
    expect(citePath('legal-aid-cases')).toBe('#cite-legal-aid-cases');
  });
});
