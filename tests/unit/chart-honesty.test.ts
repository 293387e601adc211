/**
 * Charts that compare only like with like (issue 12), on made-up figures: the warnings of the
 * content check (a whole beside its parts, rates of different bases, league tables), a
 * figure with a qualifier drawn as a bound and never as exact, withdrawn charts, and colours
 * read from the page's scheme.
 */
import { describe, expect, it } from 'vitest';
import type { ChartType, TooltipItem } from 'chart.js';
import { CHART_COLOURS, readChartColours } from '../../src/lib/charts/colours.ts';
import { barEnd, chartConfig } from '../../src/lib/charts/config.ts';
import { openEndOf, qualifiedNumber } from '../../src/lib/charts/chart-numbers.ts';
import { buildChartModel, shownCharts, type FoundMetric } from '../../src/lib/charts/model.ts';
import { chartProblems, MAX_UNRELATED_FIGURES } from '../../src/lib/content/chart-rules.ts';
import { formatPath } from '../../src/lib/content/print-problems.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { chartSchema, type ChartData, type FilledMetric } from '../../src/lib/content/schema.ts';
import { brokenContent } from '../support/content-fixture.ts';

const metric = (
  id: string,
  value: number,
  unit: FilledMetric['unit'],
  text: string,
  more: Partial<FilledMetric> = {},
) => ({ id, label: id, value, unit, text, ...more }) as FilledMetric;

const figures = new Map(
  [
    metric('applications', 138, '件', '138件', { partsSum: true }),
    metric('accepted', 135, '件', '135件', { partOf: 'applications' }),
    metric('rejected', 3, '件', '3件', { partOf: 'applications' }),
    metric('completion-rate', 98.8, '%', '98.8%'),
    metric('satisfaction-rate', 95.8, '%', '95.8%'),
    metric('appearance-rate', 95, '%', '95%以上', { qualifier: 'at-least' }),
    metric('exemptions', 220000, '次', '22万余次', { qualifier: 'more-than' }),
    metric('checks', 150000, '次', '15万次'),
    metric('share-a', 40, '%', '40%', { rate: { kind: 'share', part: 'accepted', whole: 'applications' } }),
    metric('share-b', 60, '%', '60%', { rate: { kind: 'share', part: 'rejected', whole: 'applications' } }),
    ...Array.from({ length: 7 }, (_, i) => metric(`count-${i}`, 10 + i, '件', `${10 + i}件`)),
  ].map((m) => [m.id, m]),
);
const find = (id: string) => figures.get(id);
const found = (id: string): FoundMetric | undefined =>
  figures.get(id) && { metric: figures.get(id)!, url: `/x/#${id}` };
const chart = (fields: Partial<ChartData> & Pick<ChartData, 'kind' | 'metrics'>): ChartData =>
  chartSchema.parse({ id: 'c', title: '测试', ...fields });
const warningsOf = (fields: Parameters<typeof chart>[0]) =>
  chartProblems(chart(fields), find).filter((problem) => problem.severity === 'warning');

describe('the chart rules warn where the figures show a chart compares unlike things', () => {
  it('a whole beside its own parts (the old 复议 bar): use a doughnut of the parts', () => {
    const [warning, ...rest] = warningsOf({ kind: 'bar', metrics: ['applications', 'accepted', 'rejected'] });
    expect(rest).toHaveLength(1);
    expect(warning!.path).toEqual(['metrics', 1]);
    expect(warning!.message.zh).toMatch(/把整体「applications」和它的部分「accepted」并排画出.*doughnut/);
    expect(warningsOf({ kind: 'doughnut', metrics: ['accepted', 'rejected'] })).toEqual([]);
  });

  it('percentages of different bases side by side (办结率 and 满意率)', () => {
    const [warning] = warningsOf({ kind: 'horizontal-bar', metrics: ['completion-rate', 'satisfaction-rate'] });
    expect(warning!.message.zh).toMatch(/并排画了 2 个百分比.*基数不同的比率不能比高低/);
    // Shares of one whole have one base; a line is one rate over time.
    expect(warningsOf({ kind: 'bar', metrics: ['share-a', 'share-b'] })).toEqual([]);
    expect(warningsOf({ kind: 'line', metrics: ['completion-rate', 'satisfaction-rate'] })).toEqual([]);
  });

  it(`more than ${MAX_UNRELATED_FIGURES} unrelated figures: a league table`, () => {
    const ids = [...figures.keys()].filter((id) => id.startsWith('count-'));
    const warnings = warningsOf({ kind: 'horizontal-bar', metrics: ids });
    expect(warnings.map((w) => w.message.zh)).toEqual([expect.stringMatching(/7 个互不相关的数据.*排行榜/)]);
    expect(warningsOf({ kind: 'bar', metrics: ids.slice(0, MAX_UNRELATED_FIGURES) })).toEqual([]);
  });

  it('warnings never stop the build; a withdrawn chart is not warned about and not drawn', () => {
    const rates = chart({ kind: 'bar', metrics: ['completion-rate', 'satisfaction-rate'] });
    expect(() => buildChartModel(rates, found)).not.toThrow();
    const withdrawn = chart({ ...rates, withdrawn: '两种比率，基数不同。' });
    expect(chartProblems(withdrawn, find)).toEqual([]);
    expect(shownCharts([rates, withdrawn])).toEqual([rates]);
  });
});

describe('npm run check shows the chart rules as warnings, with file and field', () => {
  it('the 办结率/满意率 chart of 2023, not withdrawn, is warned about and does not stop the build', async () => {
    const { problems } = await loadContent(
      brokenContent([
        {
          file: '05-dispute-resolution.md',
          find: '    withdrawn: 办结率和满意率是两种比率，基数不同，不能比高低。\n',
          replace: '',
        },
      ]),
    );
    expect(problems.map((p) => [p.file.split('/').at(-1), formatPath(p.path), p.severity])).toEqual([
      ['05-dispute-resolution.md', 'charts[3].metrics', 'warning'],
    ]);
    expect(problems[0]!.zh).toMatch(/基数不同的比率不能比高低/);
  });
});

describe('a figure with a qualifier is drawn as a bound, never as exact', () => {
  it('signs: ≥ for 以上, > for 余, ≤ and 约 for the others; unknown ones still inexact', () => {
    expect(qualifiedNumber('95%', 'at-least')).toBe('≥95%');
    expect(qualifiedNumber('22万次', 'more-than')).toBe('>22万次');
    expect(qualifiedNumber('10%', 'at-most')).toBe('≤10%');
    expect(qualifiedNumber('300人', 'about')).toBe('约300人');
    expect(qualifiedNumber('3', 'something-new')).toBe('约3');
    expect(qualifiedNumber('3721', null)).toBe('3721');
    expect([openEndOf('at-least'), openEndOf('more-than'), openEndOf('at-most'), openEndOf('about')]).toEqual([
      'above',
      'above',
      'below',
      'about',
    ]);
  });

  it('bar labels, end marks and tooltips of a chart mixing bounds and exact figures', () => {
    const model = buildChartModel(chart({ kind: 'bar', metrics: ['exemptions', 'checks'] }), found);
    expect(model.points.map((point) => barEnd(point, model))).toEqual([
      { label: '>22万次', open: 'above' },
      { label: '15万次', open: null },
    ]);
    const rates = buildChartModel(
      chart({ kind: 'horizontal-bar', metrics: ['appearance-rate', 'satisfaction-rate'] }),
      found,
    );
    expect(barEnd(rates.points[0]!, rates)).toEqual({ label: '≥95%', open: 'above' });
    const config = chartConfig(rates, { reducedMotion: true });
    const label = config.options?.plugins?.tooltip?.callbacks?.label as (item: TooltipItem<ChartType>) => string;
    expect(label({ dataIndex: 0 } as TooltipItem<ChartType>)).toBe('appearance-rate：≥95%（原文：95%以上）');
    expect(label({ dataIndex: 1 } as TooltipItem<ChartType>)).toBe('satisfaction-rate：95.8%');
    // Room at the bar's end for its mark.
    const padding = (config.options as { layout: { padding: { right: number } } }).layout.padding;
    const exact = chartConfig(
      buildChartModel(chart({ kind: 'horizontal-bar', metrics: ['count-0', 'count-1'] }), found),
      {
        reducedMotion: true,
      },
    ).options as { layout: { padding: { right: number } } };
    expect(padding.right).toBeGreaterThan(exact.layout.padding.right);
  });
});

describe('chart colours come from the page', () => {
  const dark: Record<string, string> = {
    '--color-chart-text': ' #e6e8eb',
    '--color-chart-paper': '#121417',
    '--color-chart-pattern': '#121417',
    '--color-chart-1': '#8cbcff',
    '--color-chart-2': '#ff9a94',
  };

  it('reads the custom properties, falling back to the light colours for any missing', () => {
    const colours = readChartColours((property) => dark[property] ?? '');
    expect(colours).toMatchObject({ ink: '#e6e8eb', paper: '#121417', series: '#8cbcff', grid: CHART_COLOURS.grid });
    expect(colours.parts.slice(0, 3)).toEqual(['#8cbcff', '#ff9a94', CHART_COLOURS.parts[2]]);
    expect(colours.pattern).toBe('#121417');
  });

  it('the configuration draws in them: bars, axes, slice borders', () => {
    const colours = readChartColours((property) => dark[property] ?? '');
    const bars = chartConfig(buildChartModel(chart({ kind: 'bar', metrics: ['count-0', 'count-1'] }), found), {
      reducedMotion: true,
      colours,
    });
    expect(bars.data.datasets[0]!.backgroundColor).toEqual(['#8cbcff', '#8cbcff']);
    const y = (bars.options?.scales as Record<string, { ticks: { color: string } }>).y!;
    expect(y.ticks.color).toBe('#e6e8eb');
    const doughnut = chartConfig(
      buildChartModel(chart({ kind: 'doughnut', metrics: ['accepted', 'rejected'] }), found),
      {
        reducedMotion: true,
        colours,
      },
    );
    expect(doughnut.data.datasets[0]!.borderColor).toBe('#121417');
  });
});
