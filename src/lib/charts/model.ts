/**
 * From a chart declared in content to the data a chart needs: its figures, unit, the
 * magnitude its axis uses, shares of the whole, and a one-sentence summary. Pure and
 * serialisable (it travels to the browser in a data-* attribute); `config.ts` turns it
 * into a Chart.js configuration there.
 *
 * The rules that need the figures are here too (`chartProblems`), so the build's content
 * check and the builder reject a bad chart with the same words.
 */
import type { ChartData, ChartKind, FilledMetric } from '../content/schema.ts';
import type { Magnitude } from '../figures/parse.ts';
import { formatShares, magnitudeOf } from './chart-numbers.ts';
import { isPartsChart } from './kinds.ts';
import { chartWarnings, type ChartProblem } from './rules.ts';

/** One figure as drawn: a bar, a slice or a point. */
export interface ChartPoint {
  id: string;
  /** The name shown on the axis or legend: the chart's short label, else the figure's label. */
  label: string;
  /** In base units. */
  value: number;
  /** As written in the text: 22万余次. */
  text: string;
  /** Where the figure stands in the text: /2023/dispute-resolution/#legal-aid-cases. */
  href: string;
  /** For parts of a whole: its share, computed by the site, as printed (81.2%); one precision per chart. */
  share?: string;
  /** 余, 以上…: the value is a bound, never drawn as exact (see `barEnd` in config.ts). */
  qualifier?: NonNullable<FilledMetric['qualifier']>;
}

export interface ChartModel {
  id: string;
  kind: ChartKind;
  title: string;
  note?: string;
  /** One sentence saying what the chart shows, for screen readers and as its text alternative. */
  summary: string;
  unit: FilledMetric['unit'];
  /** 万 or 亿 when the figures' texts use it: axis ticks follow the text. */
  magnitude: Magnitude | null;
  points: ChartPoint[];
  /** For doughnut and pie: the whole the parts add up to. */
  whole?: { id: string; label: string; value: number; text: string; href: string };
}

/** A figure of the year and its address, as the builder looks it up. */
export interface FoundMetric {
  metric: FilledMetric;
  url: string;
}

/** Charts that are drawn: a withdrawn chart keeps only its CSV (see chartSchema.withdrawn). */
export const shownCharts = <T extends Pick<ChartData, 'withdrawn'>>(charts: readonly T[]): T[] =>
  charts.filter((chart) => !chart.withdrawn);

/**
 * Every problem of a chart that needs the year's figures: unknown ids, units that differ
 * on one axis, and pie slices that are not the parts of one whole.
 */
export function chartProblems(chart: ChartData, find: (id: string) => FilledMetric | undefined): ChartProblem[] {
  const problems: ChartProblem[] = [];
  const found: FilledMetric[] = [];
  chart.metrics.forEach((id, index) => {
    const metric = find(id);
    if (metric) found.push(metric);
    else {
      problems.push({
        path: ['metrics', index],
        message: {
          zh: `图表「${chart.id}」引用的指标「${id}」在本年度报告中不存在。请核对 id（各节 metrics 中的 id）。`,
          en: `Chart "${chart.id}" names "${id}", which is not a metric of this year. Check the id against the sections' metrics.`,
        },
      });
    }
  });
  if (found.length < chart.metrics.length) return problems;
  if (!chart.withdrawn) problems.push(...chartWarnings(chart, found));

  const units = [...new Set(found.map((metric) => metric.unit))];
  if (units.length > 1) {
    const listed = found.map((metric) => `${metric.id}：${metric.unit}`).join('，');
    problems.push({
      path: ['metrics'],
      message: {
        zh: `图表「${chart.id}」的指标单位不同（${listed}）。同一坐标轴上只能有一种单位，请把它们分成几个图表。`,
        en: `Chart "${chart.id}" mixes units (${units.join(', ')}) on one axis. Split it into one chart per unit.`,
      },
    });
  }

  if (isPartsChart(chart.kind)) {
    const wholeId = found[0]?.partOf;
    found.forEach((metric, index) => {
      if (!metric.partOf || metric.partOf !== wholeId) {
        problems.push({
          path: ['metrics', index],
          message: {
            zh: `${chart.kind} 图只能画同一个整体的各个部分：「${metric.id}」${metric.partOf ? `是「${metric.partOf}」的一部分，而不是「${wholeId ?? ''}」的` : '没有 partOf，不是任何整体的一部分'}。请改用 bar，或只列同一整体的部分。`,
            en: `A ${chart.kind} chart shows the parts of one whole: "${metric.id}" is ${metric.partOf ? `part of "${metric.partOf}", not "${wholeId ?? ''}"` : 'not part of any whole (no partOf)'}. Use bar, or list only parts of one whole.`,
          },
        });
      }
    });
    const whole = wholeId ? find(wholeId) : undefined;
    if (whole && !problems.some((problem) => !problem.severity)) {
      const sum = found.reduce((total, metric) => total + metric.value, 0);
      if (Math.abs(sum - whole.value) > 1e-9) {
        problems.push({
          path: ['metrics'],
          message: {
            zh: `各部分之和（${sum}）不等于整体「${whole.text}」（${whole.value}）：${chart.kind} 图会把各部分画得比实际占比大。请列出全部部分，或改用 bar。`,
            en: `The parts add up to ${sum}, not to the whole "${whole.text}" (${whole.value}): a ${chart.kind} chart would overstate their shares. List every part, or use bar.`,
          },
        });
      }
    }
  }
  return problems;
}

/** A chart that cannot be built; `problems` say why, as the content check would. */
export class ChartError extends Error {
  readonly problems: ChartProblem[];
  constructor(chartId: string, problems: ChartProblem[]) {
    super(
      `图表「${chartId}」有误 Chart "${chartId}" is invalid:\n${problems.map((p) => `${p.message.zh}\n${p.message.en}`).join('\n')}`,
    );
    this.name = 'ChartError';
    this.problems = problems;
  }
}

/** The one-sentence summary: 受理法律援助案件3721件，其中刑事3016件，占81%；…。 */
function summarise(chart: ChartData, points: ChartPoint[], whole: ChartModel['whole']): string {
  if (chart.summary) return chart.summary;
  if (whole) {
    const parts = points.map((point) => `${point.label}${point.text}，占${point.share ?? ''}`);
    return `${whole.label}${whole.text}，其中${parts.join('；')}（占比由本站计算）。`;
  }
  if (points.length <= 4) {
    return `${chart.title}：${points.map((point) => `${point.label}${point.text}`).join('，')}。`;
  }
  // Many figures: name the range, not every one (the table lists them all).
  const sorted = [...points].sort((a, b) => b.value - a.value);
  const top = sorted[0]!;
  const bottom = sorted.at(-1)!;
  const ties = points.filter((point) => point.value === top.value).length;
  const highest = ties > 1 ? `${ties}项为${top.text}` : `最高为${top.label}${top.text}`;
  return `${chart.title}：共${points.length}项，${highest}，最低为${bottom.label}${bottom.text}。`;
}

/** Builds the model of a chart, or throws a `ChartError` naming every problem. */
export function buildChartModel(chart: ChartData, find: (id: string) => FoundMetric | undefined): ChartModel {
  const problems = chartProblems(chart, (id) => find(id)?.metric).filter((problem) => !problem.severity);
  if (problems.length > 0) throw new ChartError(chart.id, problems);
  const found = chart.metrics.map((id) => find(id)!);
  const wholeFound = isPartsChart(chart.kind) ? find(found[0]!.metric.partOf!) : undefined;
  const whole = wholeFound && {
    id: wholeFound.metric.id,
    label: wholeFound.metric.label,
    value: wholeFound.metric.value,
    text: wholeFound.metric.text,
    href: wholeFound.url,
  };
  const shares = whole
    ? formatShares(
        found.map(({ metric }) => metric.value),
        whole.value,
      )
    : [];
  const points = found.map(({ metric, url }, index): ChartPoint => ({
    id: metric.id,
    label: chart.labels?.[index] ?? metric.label,
    value: metric.value,
    text: metric.text,
    href: url,
    ...(whole ? { share: shares[index]! } : {}),
    ...(metric.qualifier ? { qualifier: metric.qualifier } : {}),
  }));
  return {
    id: chart.id,
    kind: chart.kind,
    title: chart.title,
    ...(chart.note ? { note: chart.note } : {}),
    summary: summarise(chart, points, whole),
    unit: found[0]!.metric.unit,
    magnitude: magnitudeOf(found.map(({ metric }) => metric.text)),
    points,
    ...(whole ? { whole } : {}),
  };
}
