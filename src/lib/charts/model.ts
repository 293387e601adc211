/**
 * From a chart declared in content to the data a chart needs: its figures, unit, the
 * magnitude its axis uses, shares of the whole, and a one-sentence summary. Pure and
 * serialisable (it travels to the browser in a data-* attribute); `config.ts` turns it
 * into a Chart.js configuration there.
 *
 * The rules that need the figures (`chartProblems`, content/chart-rules.ts) are the content
 * check's: the check and the builder reject a bad chart with the same words.
 */
import type { ChartData, ChartKind, FilledMetric } from '../content/schema.ts';
import { isPartsChart } from '../content/chart-kinds.ts';
import { chartProblems, type ChartProblem } from '../content/chart-rules.ts';
import type { Magnitude } from '../figures/parse.ts';
import { formatShares, magnitudeOf } from './chart-numbers.ts';

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
