import { describe, expect, it } from 'vitest';
import { barChart } from '../../src/lib/report/history-bars.ts';
import { buildHistory, historiesBySection, type HistoryReport } from '../../src/lib/report/history.ts';

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

  it('flags a metric whose unit changed, and charts only the years in the newest unit', () => {
    expect(history.get('arbitration-applications')!.unitChanged).toBe(true);
    expect(history.get('legal-aid-cases')!.unitChanged).toBe(false);
    const chart = barChart(history.get('arbitration-applications')!.points);
    expect(chart.bars.map((bar) => bar.year)).toEqual([2024]);
    expect(chart.omitted).toEqual([2023]);
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
