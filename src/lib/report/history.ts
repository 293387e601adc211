/**
 * Year over year: every metric id followed across the years' reports. Pure, so it is unit
 * tested without Astro; `report.ts` feeds it the published reports. Its change from year to
 * year is computed and worded in `changes.ts`; its bar chart is drawn by `history-bars.ts`.
 *
 * An id is the same measure every year (staff keep it). When its unit changes between years
 * the values are not comparable: the change is not computed and the years are not charted
 * together; the metric is flagged instead.
 */
import type { FilledMetric } from '../content/schema.ts';
import { figurePath } from '../site/urls.ts';

/** What history needs of a metric. */
export type HistoryMetric = Pick<FilledMetric, 'id' | 'label' | 'value' | 'unit' | 'text' | 'qualifier'>;

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

/** One year's value of a metric. */
export interface HistoryPoint extends Pick<FilledMetric, 'value' | 'unit' | 'text' | 'label'> {
  year: number;
  /** True when the text says 余, 以上, 以内 or 约: the value is not exact. */
  approximate: boolean;
  /** Which: the figure's qualifier (changes.ts states a change only as far as it allows). */
  qualifier?: FilledMetric['qualifier'];
  /** Its figure in the text: /2023/dispute-resolution/#legal-aid-cases. */
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
          ...(metric.qualifier ? { qualifier: metric.qualifier } : {}),
          url: figurePath(report.year, section.slug, metric.id),
          slug: section.slug,
          sectionHeading: section.heading,
        };
        const known = histories.get(metric.id);
        if (known) {
          known.points.unshift(point);
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
  for (const history of histories.values()) history.unitChanged = unitChanged(history.points);
  return histories;
}

/** True when the points are not all in one unit: their values cannot be compared or charted together. */
export const unitChanged = (points: readonly Pick<HistoryPoint, 'unit'>[]): boolean =>
  new Set(points.map((point) => point.unit)).size > 1;

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
