import { describe, expect, it } from 'vitest';
import {
  changeFor,
  changeHeading,
  changeSortValue,
  compare,
  formatAmount,
  formatChange,
  type ChangeResult,
} from '../../src/lib/changes.ts';
import { buildHistory, type HistoryMetric, type HistoryReport } from '../../src/lib/history.ts';

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

  it('marks a change between figures written with 余 as approximate', () => {
    expect(text('exemptions', 2024).short).toBe('约+30,000（+13.6%）');
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
