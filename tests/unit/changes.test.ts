import { describe, expect, it } from 'vitest';
import {
  changeFor,
  changeHeading,
  changeSortValue,
  compare,
  formatChange,
  type ChangeResult,
} from '../../src/lib/report/changes.ts';
import { formatAmount } from '../../src/lib/format/chinese-numbers.ts';
import { buildHistory, type HistoryMetric, type HistoryReport } from '../../src/lib/report/history.ts';

const report = (year: number, metrics: HistoryMetric[]): HistoryReport => ({
  year,
  sections: [{ slug: 'disputes', order: 5, title: '标题', heading: '（五）标题', metrics }],
});
const figure = (id: string, value: number, unit: HistoryMetric['unit'], text: string, qualifier?: 'more-than') => ({
  id,
  label: id,
  value,
  unit,
  text,
  ...(qualifier ? { qualifier } : {}),
});

const history = buildHistory([
  report(2022, [figure('legal-aid-cases', 3383, '件', '3383件')]),
  report(2023, [
    figure('legal-aid-cases', 3721, '件', '3721件'),
    figure('arbitration-applications', 150, '件', '150件'),
    figure('satisfaction', 95.8, '%', '95.8%'),
    figure('exemptions', 220000, '次', '22万余次', 'more-than'),
    figure('from-zero', 0, '件', '0件'),
    figure('falling', 200, '件', '200件'),
    figure('flat', 5, '件', '5件'),
    figure('skips-a-year', 10, '项', '10项'),
  ]),
  report(2024, [
    figure('legal-aid-cases', 4000, '件', '4000件'),
    figure('arbitration-applications', 150, '项', '150项'),
    figure('satisfaction', 97.1, '%', '97.1%'),
    figure('exemptions', 250000, '次', '25万余次', 'more-than'),
    figure('from-zero', 2, '件', '2件'),
    figure('falling', 150, '件', '150件'),
    figure('flat', 5, '件', '5件'),
    figure('brand-new', 1, '件', '1件'),
  ]),
  report(2025, [figure('skips-a-year', 12, '项', '12项')]),
]);
const text = (id: string, year: number) => formatChange(changeFor(history, id, year));

describe('the change of a metric since the nearest earlier year that has it', () => {
  it('gives the absolute and % change, in every form', () => {
    expect(changeFor(history, 'legal-aid-cases', 2024)).toMatchObject({
      kind: 'change',
      change: { fromYear: 2023, from: 3721, fromText: '3721件', to: 4000, absolute: 279, percent: 7.5 },
    });
    expect(text('legal-aid-cases', 2024)).toEqual({
      short: '+279（+7.5%）',
      since: '较2023年',
      words: '比2023年增加279件，增长7.5%',
      withPrevious: '+279（+7.5%），2023年为3721件',
    });
    expect(text('legal-aid-cases', 2023).short).toBe('+338（+10%）');
  });

  it('compares with the nearest earlier report, naming its year, when the year before lacks the metric', () => {
    expect(text('skips-a-year', 2025)).toMatchObject({ short: '+2（+20%）', since: '较2023年' });
  });

  it('gives percentages a change in percentage points, not a % of a %', () => {
    expect(text('satisfaction', 2024)).toMatchObject({ short: '+1.3个百分点', words: '比2023年增加1.3个百分点' });
  });

  it('says a unit changed instead of comparing, in every form', () => {
    expect(changeFor(history, 'arbitration-applications', 2024)).toEqual({
      kind: 'unit-changed',
      fromYear: 2023,
      fromUnit: '件',
      fromText: '150件',
    });
    const unitChanged = text('arbitration-applications', 2024);
    expect(unitChanged).toEqual({
      short: '单位有变化',
      since: '2023年为件，不作比较',
      words: '单位有变化：2023年为件，不作比较',
      withPrevious: '单位有变化，2023年为150件，不作比较',
    });
    for (const form of Object.values(unitChanged)) expect(form).not.toContain('无上年数据');
  });

  it('has nothing to compare in a metric’s first year', () => {
    for (const [id, year] of [
      ['legal-aid-cases', 2022],
      ['brand-new', 2024],
      ['not-a-metric', 2024],
    ] as const)
      expect(changeFor(history, id, year), id).toEqual({ kind: 'first-year' });
    expect(text('brand-new', 2024)).toMatchObject({ short: '—', since: '' });
  });

  it('states no change between two figures written with 余, and says why', () => {
    expect(text('exemptions', 2024)).toEqual({
      short: '无法确定增减',
      since: '2023年为22万余次',
      words: '2023年为22万余次，无法确定增减',
      withPrevious: '2023年为22万余次，无法确定增减',
    });
  });

  it('writes a fall with a minus sign, a change from zero without a %, and 持平 when nothing changed', () => {
    expect(text('falling', 2024)).toMatchObject({ short: '−50（−25%）', words: '比2023年减少50件，下降25%' });
    expect(text('from-zero', 2024)).toMatchObject({ short: '+2', words: '比2023年增加2件' });
    expect(text('flat', 2024)).toMatchObject({ short: '持平', words: '比2023年持平' });
  });

  it('reads large amounts in 万 and 亿', () => {
    expect(formatAmount(39_000_000)).toBe('3,900万');
    expect(formatAmount(420_000_000)).toBe('4.2亿');
    expect(formatAmount(279)).toBe('279');
  });

  it('sorts by the % change, or by the difference for percentages; nothing to compare sorts as null', () => {
    expect(changeSortValue(changeFor(history, 'legal-aid-cases', 2024))).toBe(7.5);
    expect(changeSortValue(changeFor(history, 'satisfaction', 2024))).toBe(1.3);
    expect(changeSortValue(changeFor(history, 'arbitration-applications', 2024))).toBeNull();
    expect(changeSortValue(changeFor(history, 'brand-new', 2024))).toBeNull();
  });

  it('is the same comparison whether read from the history or from two points', () => {
    const point = (year: number, value: number) => ({
      year,
      value,
      unit: '件' as const,
      text: `${value}件`,
      approximate: false,
    });
    expect(compare(point(2023, 3721), point(2024, 4000))).toEqual(changeFor(history, 'legal-aid-cases', 2024));
  });
});

describe('the heading of a change column', () => {
  const at = (year: number, id: string) => ({ year, result: changeFor(history, id, year) });

  it('says 较上年 when every figure is compared with the year before', () => {
    expect(
      changeHeading([at(2024, 'legal-aid-cases'), at(2024, 'arbitration-applications'), at(2024, 'brand-new')]),
    ).toBe('较上年');
  });

  it('names the year when the previous report is not the year before', () => {
    expect(changeHeading([at(2025, 'skips-a-year')])).toBe('较2023年');
  });

  it('says 较此前年度 when the figures are compared with different years', () => {
    const first: ChangeResult = { kind: 'first-year' };
    expect(changeHeading([at(2025, 'skips-a-year'), at(2023, 'legal-aid-cases'), { year: 2024, result: first }])).toBe(
      '较此前年度',
    );
  });
});

describe('a change is stated only as far as the bounds fix it', () => {
  type Q = 'more-than' | 'at-least' | 'at-most' | 'about';
  const point = (year: number, value: number, text: string, qualifier?: Q, unit: '件' | '%' | '元' | '期' = '期') => ({
    year,
    value,
    unit,
    text,
    ...(qualifier ? { qualifier } : {}),
  });
  const say = (a: ReturnType<typeof point>, b: ReturnType<typeof point>) => formatChange(compare(a, b));

  it('more-than before, exact after: 50余期 → 52期 cannot be compared (50余 may be 58)', () => {
    expect(say(point(2023, 50, '50余期', 'more-than'), point(2024, 52, '52期'))).toEqual({
      short: '无法确定增减',
      since: '2023年为50余期',
      words: '2023年为50余期，无法确定增减',
      withPrevious: '2023年为50余期，无法确定增减',
    });
  });

  it('exact before, more-than after: above it the rise is more than the difference', () => {
    expect(compare(point(2023, 40, '40期'), point(2024, 50, '50余期', 'more-than'))).toMatchObject({
      kind: 'change',
      change: { absolute: 10, bound: 'more-than', percent: null },
    });
    expect(say(point(2023, 40, '40期'), point(2024, 50, '50余期', 'more-than'))).toMatchObject({
      short: '增加超过10期',
      words: '比2023年增加超过10期',
      withPrevious: '增加超过10期，2023年为40期',
    });
  });

  it('exact before, more-than after: below it nothing is known', () => {
    expect(say(point(2023, 60, '60期'), point(2024, 50, '50余期', 'more-than'))).toMatchObject({
      short: '无法确定增减',
      words: '2023年为60期，本年为50余期，无法确定增减',
    });
  });

  it('more-than before, exact after, below it: a fall of more than the difference', () => {
    expect(say(point(2023, 50, '50余期', 'more-than'), point(2024, 40, '40期'))).toMatchObject({
      short: '减少超过10期',
      words: '比2023年减少超过10期',
    });
    // 50余 is more than 50, so 40 is lower by more than 10, but by how much is open.
    expect(compare(point(2023, 50, '50余期', 'more-than'), point(2024, 40, '40期'))).toMatchObject({
      kind: 'change',
      change: { absolute: -10, bound: 'more-than' },
    });
  });

  it('exact before, at-least after: a rise of at least the difference, in percentage points', () => {
    expect(say(point(2023, 90, '90%', undefined, '%'), point(2024, 95, '95%以上', 'at-least', '%'))).toMatchObject({
      short: '至少增加5个百分点',
      words: '比2023年至少增加5个百分点',
    });
  });

  it('at-least against at-least: no direction', () => {
    expect(say(point(2023, 95, '95%以上', 'at-least', '%'), point(2024, 95, '95%以上', 'at-least', '%'))).toMatchObject(
      {
        short: '无法确定增减',
        words: '2023年为95%以上，无法确定增减',
      },
    );
  });

  it('at-most before, exact after: a rise between the two bounds', () => {
    expect(say(point(2023, 5, '5期以内', 'at-most'), point(2024, 12, '12期'))).toMatchObject({
      short: '增加7至12期',
      words: '比2023年增加7至12期',
    });
  });

  it('about against exact: cannot be compared exactly, either way round', () => {
    expect(say(point(2023, 3000, '近3000期', 'about'), point(2024, 9000, '9000期'))).toMatchObject({
      short: '无法确定增减',
      words: '2023年为近3000期，无法确定增减',
    });
    expect(say(point(2023, 3000, '3000期'), point(2024, 9000, '约9000期', 'about'))).toMatchObject({
      words: '2023年为3000期，本年为约9000期，无法确定增减',
    });
  });

  it('a unit changed: no comparison at all', () => {
    expect(say(point(2023, 5, '5期'), point(2024, 5, '5件', undefined, '件')).short).toBe('单位有变化');
  });

  it('a figure written in 万 changes in 万', () => {
    expect(
      say(point(2023, 972_000, '97.2万件', undefined, '期'), point(2024, 1_035_000, '103.5万件', undefined, '期')),
    ).toMatchObject({
      short: '+6.3万（+6.5%）',
      words: '比2023年增加6.3万期，增长6.5%',
    });
    expect(formatAmount(63_000, '万')).toBe('6.3万');
    expect(formatAmount(45_000_000, '万')).toBe('4,500万');
  });

  it('says only what the site knows when there is nothing to compare', () => {
    expect(formatChange({ kind: 'first-year' }).words).toBe('本站尚无上一年度报告');
    expect(formatChange({ kind: 'first-year' }, true).words).toBe('本站所存此前年度的报告中没有这一指标');
  });
});
