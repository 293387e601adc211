/**
 * The open-data rows of the reports: one row per metric, in the columns of the data export
 * (`export.ts`). Read by the data pages (metrics.csv, metrics.json, each year's files, the
 * charts' CSVs and the Data Package).
 */
import { correctedDates } from '../content/published.ts';
import { metricsOf, type Report } from '../report/reports.ts';
import { absoluteUrl } from '../site/urls.ts';
import { sortRows, type MetricRow } from './export.ts';

/** One open-data row per metric, oldest year first (see `export.ts`). */
export function metricRows(reports: readonly Report[], site: URL | undefined): MetricRow[] {
  return sortRows(
    reports.flatMap((report) => {
      const corrected = correctedDates(report.data.corrections);
      return metricsOf(report).map(({ metric, section, url }) => ({
        year: report.year,
        section: section.order,
        sectionTitle: section.title,
        id: metric.id,
        label: metric.label,
        value: metric.value,
        unit: metric.unit,
        text: metric.text,
        qualifier: metric.qualifier ?? null,
        url: absoluteUrl(url, site),
        corrected: corrected.get(metric.id) ?? null,
      }));
    }),
  );
}
