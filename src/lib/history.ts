/**
 * Year over year: every figure id followed across the years' reports. Pure, so it is unit
 * tested without Astro; `report.ts` feeds it the published reports.
 *
 * An id is the same measure every year (staff keep it). When its unit changes between years
 * the values are not comparable: the change is not computed and the years are not charted
 * together; the metric is flagged instead.
 */
import { formatNumber } from './format.ts';
import { figurePath } from './urls.ts';

/** What history needs of a figure. */
export interface HistoryMetric {
  id: string;
  label: string;
  value: number;
  unit: string;
  text: string;
  qualifier?: string | null | undefined;
}

/** What history needs of a report. */
export interface HistoryReport {
  year: number;
  sections: readonly {
    slug: string;
    title: string;
    heading: string;
    order: number;
    metrics: readonly HistoryMetric[];
  }[];
}

/** One year's value of a figure. */
export interface HistoryPoint {
  year: number;
  value: number;
  unit: string;
  text: string;
  label: string;
  /** True when the text says 余 or 以上: the value is a lower bound. */
  approximate: boolean;
  /** The figure's sentence: /2023/dispute-resolution/#legal-aid-cases. */
  url: string;
  slug: string;
  sectionHeading: string;
}

export interface MetricHistory {
  id: string;
  /** The label, section and position of the newest year. */
  label: string;
  slug: string;
  sectionTitle: string;
  sectionOrder: number;
  position: number;
  /** Oldest first. */
  points: HistoryPoint[];
  /** True when the unit is not the same in every year. */
  unitChanged: boolean;
}

/** Every id of every report, oldest point first, in the order of the newest report. */
export function buildHistory(reports: readonly HistoryReport[]): Map<string, MetricHistory> {
  const histories = new Map<string, MetricHistory>();
  const newestFirst = [...reports].sort((a, b) => b.year - a.year);
  for (const report of newestFirst) {
    for (const section of report.sections) {
      section.metrics.forEach((metric, position) => {
        const point: HistoryPoint = {
          year: report.year,
          value: metric.value,
          unit: metric.unit,
          text: metric.text,
          label: metric.label,
          approximate: Boolean(metric.qualifier),
          url: figurePath(report.year, section.slug, metric.id),
          slug: section.slug,
          sectionHeading: section.heading,
        };
        const known = histories.get(metric.id);
        if (known) {
          known.points.unshift(point);
          if (point.unit !== known.points.at(-1)!.unit) known.unitChanged = true;
          return;
        }
        histories.set(metric.id, {
          id: metric.id,
          label: metric.label,
          slug: section.slug,
          sectionTitle: section.title,
          sectionOrder: section.order,
          position,
          points: [point],
          unitChanged: false,
        });
      });
    }
  }
  for (const history of histories.values()) {
    history.unitChanged = new Set(history.points.map((point) => point.unit)).size > 1;
  }
  return histories;
}

/** How a figure changed since the nearest earlier year that has it. */
export interface Change {
  fromYear: number;
  from: number;
  to: number;
  /** to − from, in the figure's unit (percentage points for %). */
  absolute: number;
  /** Relative change in %, or null when last year was 0 or the figure is itself a percentage. */
  percent: number | null;
  unit: string;
  /** True when either year's text says 余 or 以上. */
  approximate: boolean;
}

export type ChangeResult =
  | { kind: 'change'; change: Change }
  | { kind: 'unit-changed'; fromYear: number; fromUnit: string }
  | { kind: 'first-year' };

/** The change of `id` in `year`, compared with the nearest earlier year that has it. */
export function changeFor(histories: ReadonlyMap<string, MetricHistory>, id: string, year: number): ChangeResult {
  const points = histories.get(id)?.points ?? [];
  const at = points.findIndex((point) => point.year === year);
  const current = points[at];
  const previous = points[at - 1];
  if (!current || !previous) return { kind: 'first-year' };
  if (previous.unit !== current.unit) return { kind: 'unit-changed', fromYear: previous.year, fromUnit: previous.unit };
  const absolute = round(current.value - previous.value);
  return {
    kind: 'change',
    change: {
      fromYear: previous.year,
      from: previous.value,
      to: current.value,
      absolute,
      percent: current.unit === '%' || previous.value === 0 ? null : round((absolute / previous.value) * 100, 1),
      unit: current.unit,
      approximate: previous.approximate || current.approximate,
    },
  };
}

const round = (value: number, places = 2) => Number(value.toFixed(places));

/** 279 → "279"; 39000000 → "3,900万"; 420000000 → "4.2亿": large amounts read the Chinese way. */
export function formatAmount(value: number): string {
  const magnitude = Math.abs(value);
  if (magnitude >= 1e8) return `${formatNumber(round(value / 1e8, 2))}亿`;
  if (magnitude >= 1e6) return `${formatNumber(round(value / 1e4, 2))}万`;
  return formatNumber(value);
}

/** +279, −12 (typographic minus, grouped digits). */
const signed = (value: number) => `${value > 0 ? '+' : value < 0 ? '−' : ''}${formatAmount(Math.abs(value))}`;

/**
 * A change as shown beside a figure: "+279（+7.5%）", "−1.2个百分点", "约+2万（+10%）",
 * and the same in words for screen readers and captions.
 */
export function describeChange(change: Change): { short: string; words: string } {
  const about = change.approximate ? '约' : '';
  const amount = change.unit === '%' ? `${signed(change.absolute)}个百分点` : signed(change.absolute);
  const percent = change.percent === null ? '' : `（${signed(change.percent)}%）`;
  const direction = change.absolute > 0 ? '增加' : change.absolute < 0 ? '减少' : '持平';
  const size =
    change.absolute === 0
      ? ''
      : `${about}${formatAmount(Math.abs(change.absolute))}${change.unit === '%' ? '个百分点' : change.unit}`;
  const rate =
    change.percent === null || change.absolute === 0
      ? ''
      : `，${change.percent > 0 ? '增长' : '下降'}${formatNumber(Math.abs(change.percent))}%`;
  return {
    short: change.absolute === 0 ? '持平' : `${about}${amount}${percent}`,
    words: `比${change.fromYear}年${direction}${size}${rate}`,
  };
}

/** Metrics grouped by the section they stand in (in the newest year), for the index page. */
export function historiesBySection(
  histories: ReadonlyMap<string, MetricHistory>,
): { slug: string; title: string; order: number; metrics: MetricHistory[] }[] {
  const groups = Map.groupBy(histories.values(), (history) => history.slug);
  return [...groups.entries()]
    .map(([slug, metrics]) => ({
      slug,
      title: metrics[0]!.sectionTitle,
      order: metrics[0]!.sectionOrder,
      metrics: metrics.sort((a, b) => a.position - b.position),
    }))
    .sort((a, b) => a.order - b.order);
}

/** One bar of a bar chart, in SVG user units. */
export interface Bar {
  year: number;
  x: number;
  y: number;
  width: number;
  height: number;
  label: string;
}

/**
 * A simple bar chart of the points that share the newest year's unit (values in other units
 * are not comparable and are left out). Bars start at zero so their heights compare honestly.
 */
export function barChart(
  points: readonly HistoryPoint[],
  { width = 640, height = 240, top = 28, bottom = 28 } = {},
): { bars: Bar[]; width: number; height: number; baseline: number; unit: string; omitted: number[] } {
  const unit = points.at(-1)?.unit ?? '';
  const charted = points.filter((point) => point.unit === unit);
  const omitted = points.filter((point) => point.unit !== unit).map((point) => point.year);
  const max = Math.max(...charted.map((point) => point.value), 0) || 1;
  const slot = width / Math.max(charted.length, 1);
  const barWidth = Math.min(96, slot * 0.6);
  const baseline = height - bottom;
  const bars = charted.map((point, index) => {
    const barHeight = ((baseline - top) * point.value) / max;
    return {
      year: point.year,
      x: round(index * slot + (slot - barWidth) / 2),
      y: round(baseline - barHeight),
      width: round(barWidth),
      height: round(barHeight),
      label: point.text,
    };
  });
  return { bars, width, height, baseline, unit, omitted };
}
