/**
 * The chart builders, on the real 2023 figures: numbers written as the text writes them,
 * honest axes, shares of a whole, summaries, and the errors staff see for a bad chart.
 */
import { describe, expect, it } from 'vitest';
import type { TooltipItem, ChartType } from 'chart.js';
import { chartConfig, wrapLabel } from '../../src/lib/charts/config.ts';
import { axisTitle, formatShares, formatTick, magnitudeOf } from '../../src/lib/charts/chart-numbers.ts';
import { formatChartNumber } from '../../src/lib/format/chinese-numbers.ts';
import { buildChartModel, ChartError, type FoundMetric } from '../../src/lib/charts/model.ts';
import { chartProblems } from '../../src/lib/content/chart-rules.ts';
import { chartRows } from '../../src/lib/data/chart-rows.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { formatPath } from '../../src/lib/content/print-problems.ts';
import { chartSchema, isFilled, type ChartData, type FilledMetric } from '../../src/lib/content/schema.ts';
import type { MetricRow } from '../../src/lib/data/export.ts';
import { brokenContent } from '../support/content-fixture.ts';

const { reports } = await loadContent(process.cwd());
const year = reports.find((report) => report.year === 2023)!;
const metrics = new Map<string, FilledMetric>(
  year.sections.flatMap((section) =>
    section.data.metrics.filter(isFilled).map((metric) => [metric.id, metric] as const),
  ),
);
const find = (id: string): FoundMetric | undefined => {
  const metric = metrics.get(id);
  return metric && { metric, url: `/2023/x/#${id}` };
};
const chart = (fields: Partial<ChartData> & Pick<ChartData, 'kind' | 'metrics'>): ChartData =>
  chartSchema.parse({ id: 'test-chart', title: '测试图表', ...fields });
const HALF_WIDTH_IN_CHINESE = /[\p{Script=Han}][,;:()]|[,;:()][\p{Script=Han}]/u;

describe('numbers as the report writes them', () => {
  it('uses 万 or 亿 where the figures’ texts do', () => {
    expect(magnitudeOf(['97.2万件', '21万件'])).toBe('万');
    expect(magnitudeOf(['3.81亿元', '2900余万元'])).toBe('亿');
    expect(magnitudeOf(['3016件', '704件'])).toBeNull();
  });

  it('formats ticks with 万/亿, and percentages with %', () => {
    expect(formatChartNumber(972000, '万')).toBe('97.2万');
    expect(formatChartNumber(381000000, '亿')).toBe('3.81亿');
    expect(formatChartNumber(0, '万')).toBe('0');
    expect(formatTick(200000, '件', '万')).toBe('20万');
    expect(formatTick(3016, '件', null)).toBe('3016');
    expect(formatTick(50, '%', null)).toBe('50%');
    expect(axisTitle('件')).toBe('单位：件');
  });

  it('writes the shares of one chart to one precision', () => {
    // A part under 10%: one decimal for every part, never 98% beside 2.2%.
    expect(formatShares([135, 3], 138)).toEqual(['97.8%', '2.2%']);
    expect(formatShares([3016, 704, 1], 3721)).toEqual(['81%', '19%', '不到1%']);
    expect(formatShares([900, 95, 5], 1000)).toEqual(['90%', '9.5%', '0.5%']);
    expect(formatShares([9995, 5, 0], 10000)).toEqual(['100%', '不到1%', '0%']);
    // Every part 10% or more: whole percents for all.
    expect(formatShares([60, 40], 100)).toEqual(['60%', '40%']);
    expect(formatShares([540, 978], 1518)).toEqual(['36%', '64%']);
    expect(formatShares([1], 0)).toEqual(['']);
  });

  it('breaks long labels into lines for phones', () => {
    expect(wrapLabel('刑事')).toBe('刑事');
    expect(wrapLabel('建议提案办复率、见面率、满意率', 7)).toEqual(['建议提案办复率、', '见面率、满意率']);
  });
});

describe('chart models of the 2023 figures', () => {
  it('the composition of legal-aid cases: parts of one whole, with shares and a summary', () => {
    const model = buildChartModel(
      chart({
        kind: 'doughnut',
        metrics: ['legal-aid-cases-criminal', 'legal-aid-cases-civil', 'legal-aid-cases-administrative'],
        labels: ['刑事', '民事', '行政'],
      }),
      find,
    );
    expect(model.whole).toMatchObject({ id: 'legal-aid-cases', value: 3721, text: '3721件' });
    expect(model.points.map((p) => [p.label, p.value, p.share])).toEqual([
      ['刑事', 3016, '81%'],
      ['民事', 704, '19%'],
      ['行政', 1, '不到1%'],
    ]);
    expect(model.summary).toBe(
      '受理法律援助案件3721件，其中刑事3016件，占81%；民事704件，占19%；行政1件，占不到1%（占比由本站计算）。',
    );
    expect(model.summary).not.toMatch(HALF_WIDTH_IN_CHINESE);
    expect(model.points[0]!.href).toBe('/2023/x/#legal-aid-cases-criminal');
  });

  it('the 12345 hotline: counts in 万 on a bar axis from zero, tooltips as written', () => {
    const model = buildChartModel(chart({ kind: 'bar', metrics: ['hotline-requests', 'hotline-transferred'] }), find);
    expect(model).toMatchObject({ unit: '件', magnitude: '万' });
    const config = chartConfig(model, { reducedMotion: false });
    expect(config.type).toBe('bar');
    const scales = config.options?.scales as Record<
      string,
      { beginAtZero?: boolean; ticks?: { callback: (v: number) => string }; title?: { text: string } }
    >;
    expect(scales.y!.beginAtZero).toBe(true);
    expect(scales.y!.ticks!.callback(400000)).toBe('40万');
    expect(scales.y!.title!.text).toBe('单位：件');
    const label = config.options?.plugins?.tooltip?.callbacks?.label as (item: TooltipItem<ChartType>) => string;
    expect(label({ dataIndex: 0 } as TooltipItem<ChartType>)).toBe('“12345”热线受理群众和企业诉求：97.2万件');
  });

  it('rates run on a 0–100% axis, whatever the figures', () => {
    const model = buildChartModel(
      chart({ kind: 'horizontal-bar', metrics: ['hotline-completion-rate', 'hotline-satisfaction-rate'] }),
      find,
    );
    const config = chartConfig(model, { reducedMotion: true });
    const x = (
      config.options?.scales as Record<
        string,
        { min?: number; max?: number; ticks: { callback: (v: number) => string } }
      >
    ).x!;
    expect([x.min, x.max, x.ticks.callback(50)]).toEqual([0, 100, '50%']);
    expect(config.options?.indexAxis).toBe('y');
    expect(config.options?.animation).toBe(false);
  });

  it('many figures are summarised by their range', () => {
    const model = buildChartModel(
      chart({
        kind: 'horizontal-bar',
        metrics: [
          'rectification-completion-rate',
          'legal-adviser-participation-rate',
          'arbitration-settlement-mediation-rate',
          'hotline-completion-rate',
          'hotline-satisfaction-rate',
        ],
      }),
      find,
    );
    expect(model.summary).toBe('测试图表：共5项，2项为100%，最低为受理仲裁案件和解调解率47%。');
  });

  it('a line chart keeps the points in the declared order', () => {
    const model = buildChartModel(
      chart({
        kind: 'line',
        metrics: ['blacklist-enterprises-start', 'blacklist-enterprises-end'],
        labels: ['下降前', '下降后'],
      }),
      find,
    );
    const config = chartConfig(model, { reducedMotion: false });
    expect(config.data.datasets[0]!.data).toEqual([1171, 679]);
    expect(config.data.labels).toEqual(['下降前', '下降后']);
  });

  it('a chart’s CSV rows put the whole first, then the parts in order', () => {
    const model = buildChartModel(
      chart({ kind: 'pie', metrics: ['administrative-review-accepted', 'administrative-review-rejected'] }),
      find,
    );
    const rows = [...metrics.values()].map((m) => ({ id: m.id, value: m.value }) as MetricRow);
    expect(chartRows(model, rows).map((row) => row.id)).toEqual([
      'administrative-review-applications',
      'administrative-review-accepted',
      'administrative-review-rejected',
    ]);
  });
});

describe('bad chart declarations are rejected', () => {
  const problemsOf = (fields: Partial<ChartData> & Pick<ChartData, 'kind' | 'metrics'>) =>
    chartProblems(chart(fields), (id) => metrics.get(id));

  it('an unknown metric id', () => {
    const [problem, ...rest] = problemsOf({ kind: 'bar', metrics: ['legal-aid-cases', 'legal-aid'] });
    expect(rest).toEqual([]);
    expect(problem!.path).toEqual(['metrics', 1]);
    expect(problem!.message.zh).toMatch(/^图表「test-chart」引用的指标「legal-aid」在本年度报告中不存在/);
    expect(problem!.message.en).toMatch(/^Chart "test-chart" names "legal-aid", which is not a metric of this year\./);
  });

  it('units mixed on one axis (件 and %)', () => {
    const [problem] = problemsOf({ kind: 'bar', metrics: ['hotline-requests', 'hotline-completion-rate'] });
    expect(problem!.message.zh).toMatch(/单位不同.*分成几个图表/);
    expect(problem!.message.en).toMatch(/mixes units \(件, %\) on one axis\. Split it/);
    expect(problem!.message.zh).not.toMatch(HALF_WIDTH_IN_CHINESE);
  });

  it('a pie whose slices are not parts of one whole', () => {
    const problems = problemsOf({ kind: 'pie', metrics: ['legal-aid-cases-criminal', 'arbitration-applications'] });
    expect(problems.map((p) => p.path)).toEqual([['metrics', 1]]);
    expect(problems[0]!.message.zh).toMatch(/只能画同一个整体的各个部分.*arbitration-applications.*没有 partOf/);
    expect(problems[0]!.message.en).toMatch(/"arbitration-applications" is not part of any whole \(no partOf\)/);
  });

  it('a pie of only some of the parts (they would look bigger than they are)', () => {
    const problems = problemsOf({ kind: 'doughnut', metrics: ['legal-aid-cases-criminal', 'legal-aid-cases-civil'] });
    expect(problems[0]!.message.zh).toMatch(/各部分之和（3720）不等于整体「3721件」/);
    expect(problems[0]!.message.en).toMatch(/^The parts add up to 3720, not to the whole "3721件" \(3721\)/);
  });

  it('the builder throws with the same messages', () => {
    expect(() => buildChartModel(chart({ kind: 'bar', metrics: ['nope', 'legal-aid-cases'] }), find)).toThrow(
      ChartError,
    );
  });

  it('schema: one figure only, a figure twice, labels that do not match, an unknown kind', () => {
    const result = chartSchema.safeParse({
      id: 'x',
      title: 't',
      kind: 'bar',
      metrics: ['legal-aid-cases'],
      labels: ['a', 'b'],
    });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((issue) => formatPath(issue.path as (string | number)[]));
    expect(paths).toEqual(['metrics', 'labels']);
    expect(
      chartSchema.safeParse({ id: 'x', title: 't', kind: 'bar', metrics: ['a', 'a'] }).error!.issues[0]!.path,
    ).toEqual(['metrics', 1]);
    expect(chartSchema.safeParse({ id: 'x', title: 't', kind: '3d-pie', metrics: ['a', 'b'] }).success).toBe(false);
  });
});

describe('the build rejects bad charts in content, naming file and field', () => {
  const DISPUTES = '05-dispute-resolution.md';

  it('an unknown id in a section chart', async () => {
    const { problems } = await loadContent(
      brokenContent([
        {
          file: DISPUTES,
          find: 'metrics: [hotline-requests, hotline-transferred]',
          replace: 'metrics: [hotline-requests, hotline-transfered]',
        },
      ]),
    );
    const found = problems.filter((p) => p.file.endsWith(DISPUTES));
    expect(found.map((p) => formatPath(p.path))).toEqual(['charts[2].metrics[1]']);
    expect(found[0]!.zh).toMatch(/hotline-transfered.*不存在/);
    expect(found[0]!.en).toMatch(/not a metric of this year/);
    expect(found[0]!.line).toBeGreaterThan(100);
  });

  it('mixed units in a section chart', async () => {
    const { problems } = await loadContent(
      brokenContent([
        {
          file: DISPUTES,
          find: 'metrics: [hotline-completion-rate, hotline-satisfaction-rate]',
          replace: 'metrics: [hotline-completion-rate, hotline-requests]',
        },
      ]),
    );
    expect(problems.map((p) => `${p.file.split('/').at(-1)} ${formatPath(p.path)}`)).toEqual([
      `${DISPUTES} charts[3].metrics`,
    ]);
  });

  it('a pie of figures that are not parts of one whole, and a chart id used twice in the year', async () => {
    const { problems } = await loadContent(
      brokenContent([
        {
          file: DISPUTES,
          find: 'kind: bar\n    metrics: [hotline-requests',
          replace: 'kind: pie\n    metrics: [hotline-requests',
        },
        { file: 'index.md', find: 'id: overview-rates', replace: 'id: legal-aid-composition' },
      ]),
    );
    const paths = problems.map((p) => `${p.file.split('/').at(-1)} ${formatPath(p.path)}`);
    expect(paths).toContain(`${DISPUTES} charts[2].metrics[0]`);
    expect(paths).toContain(`${DISPUTES} charts[0].id`);
  });
});
