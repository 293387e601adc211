import { describe, expect, it } from 'vitest';
import {
  barChart,
  buildHistory,
  changeFor,
  describeChange,
  formatAmount,
  historiesBySection,
  type HistoryReport,
} from '../../src/lib/history.ts';

const section = (slug: string, order: number, metrics: HistoryReport['sections'][number]['metrics']) => ({
  slug,
  order,
  title: `标题${order}`,
  heading: `（${order}）标题${order}`,
  metrics,
});

const reports: HistoryReport[] = [
  {
    year: 2023,
    sections: [
      section('disputes', 5, [
        { id: 'legal-aid-cases', label: '受理法律援助案件', value: 3721, unit: '件', text: '3721件' },
        { id: 'arbitration-applications', label: '受理仲裁案件申请', value: 150, unit: '件', text: '150件' },
        { id: 'satisfaction', label: '满意率', value: 95.8, unit: '%', text: '95.8%' },
        { id: 'exemptions', label: '包容免罚', value: 220000, unit: '次', text: '22万余次', qualifier: 'more-than' },
        { id: 'dropped', label: '去年才有', value: 1, unit: '件', text: '1件' },
      ]),
    ],
  },
  {
    year: 2024,
    sections: [
      section('disputes', 5, [
        { id: 'legal-aid-cases', label: '受理法律援助案件', value: 4000, unit: '件', text: '4000件' },
        { id: 'arbitration-applications', label: '受理仲裁案件申请', value: 150, unit: '项', text: '150项' },
        { id: 'satisfaction', label: '满意率', value: 97.1, unit: '%', text: '97.1%' },
        { id: 'exemptions', label: '包容免罚', value: 250000, unit: '次', text: '25万余次', qualifier: 'more-than' },
      ]),
      section('new-section', 6, [{ id: 'brand-new', label: '新指标', value: 0, unit: '件', text: '0件' }]),
    ],
  },
];
const history = buildHistory(reports);

describe('history across years', () => {
  it('follows each id through the years, oldest first, with a link to each sentence', () => {
    expect(history.get('legal-aid-cases')!.points.map((p) => [p.year, p.value, p.url])).toEqual([
      [2023, 3721, '/2023/disputes/#legal-aid-cases'],
      [2024, 4000, '/2024/disputes/#legal-aid-cases'],
    ]);
    expect(history.get('dropped')!.points).toHaveLength(1);
  });

  it('computes the absolute and % change since the previous year', () => {
    const result = changeFor(history, 'legal-aid-cases', 2024);
    expect(result).toMatchObject({ kind: 'change', change: { fromYear: 2023, absolute: 279, percent: 7.5 } });
    expect(changeFor(history, 'legal-aid-cases', 2023)).toEqual({ kind: 'first-year' });
    expect(changeFor(history, 'brand-new', 2024)).toEqual({ kind: 'first-year' });
  });

  it('gives percentages a change in percentage points, not a % of a %', () => {
    const result = changeFor(history, 'satisfaction', 2024);
    expect(result.kind === 'change' && describeChange(result.change)).toEqual({
      short: '+1.3个百分点',
      words: '比2023年增加1.3个百分点',
    });
  });

  it('flags a unit that changed instead of comparing', () => {
    expect(history.get('arbitration-applications')!.unitChanged).toBe(true);
    expect(changeFor(history, 'arbitration-applications', 2024)).toEqual({
      kind: 'unit-changed',
      fromYear: 2023,
      fromUnit: '件',
    });
    const chart = barChart(history.get('arbitration-applications')!.points);
    expect(chart.bars.map((bar) => bar.year)).toEqual([2024]);
    expect(chart.omitted).toEqual([2023]);
  });

  it('marks a change between figures written with 余 as approximate', () => {
    const result = changeFor(history, 'exemptions', 2024);
    expect(result.kind === 'change' && describeChange(result.change).short).toBe('约+30,000（+13.6%）');
  });

  it('says 持平 when nothing changed, and reads large amounts in 万 and 亿', () => {
    const flat = { fromYear: 2023, from: 5, to: 5, absolute: 0, percent: 0, unit: '件', approximate: false };
    expect(describeChange(flat)).toEqual({ short: '持平', words: '比2023年持平' });
    expect(formatAmount(39_000_000)).toBe('3,900万');
    expect(formatAmount(420_000_000)).toBe('4.2亿');
    expect(formatAmount(279)).toBe('279');
  });

  it('draws bars from zero, the tallest filling the plot', () => {
    const chart = barChart(history.get('legal-aid-cases')!.points, { height: 240, top: 28, bottom: 28 });
    const [first, second] = chart.bars;
    expect(second!.height).toBeCloseTo(240 - 56);
    expect(first!.height / second!.height).toBeCloseTo(3721 / 4000);
    expect(first!.y + first!.height).toBe(chart.baseline);
  });

  it('groups metrics by their section in the newest year, in order', () => {
    const groups = historiesBySection(history);
    expect(groups.map((g) => g.slug)).toEqual(['disputes', 'new-section']);
    expect(groups[0]!.metrics.map((m) => m.id)).toEqual([
      'legal-aid-cases',
      'arbitration-applications',
      'satisfaction',
      'exemptions',
      'dropped',
    ]);
  });
});
