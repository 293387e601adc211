/**
 * Per-year and per-section downloads, as CSV and JSON, with exactly the columns and rows of
 * metrics.json: /data/2023/metrics.csv (the year), /data/2023/dispute-resolution.json (a section).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { rowsOfSection, rowsOfYear } from '../../../lib/data/downloads.ts';
import { DATA_FORMATS, sectionDataPath, yearDataPath } from '../../../lib/site/urls.ts';
import { toCsv, toJson, type MetricRow } from '../../../lib/data/export.ts';
import { getReports } from '../../../lib/report/reports.ts';
import { getPageCacheKeys } from '../../../lib/incremental/page-keys.ts';
import { metricRows } from '../../../lib/data/metric-rows.ts';
import { publishedSite } from '../../../lib/site/site-url.ts';

const fileName = (path: string) => path.split('/').at(-1)!;

export const getStaticPaths = (async () => {
  const [reports, keys] = await Promise.all([getReports(), getPageCacheKeys()]);
  const rows = metricRows(reports, publishedSite(import.meta.env.SITE));
  return reports.flatMap((report) =>
    DATA_FORMATS.flatMap((format) => [
      {
        params: { year: String(report.year), file: fileName(yearDataPath(report.year, format)) },
        props: { format, rows: rowsOfYear(rows, report.year) },
        cacheKey: keys.year(report.year),
      },
      ...report.sections.map((section) => ({
        params: { year: String(report.year), file: fileName(sectionDataPath(report.year, section.slug, format)) },
        props: { format, rows: rowsOfSection(rows, report.year, section.order) },
        cacheKey: keys.year(report.year),
      })),
    ]),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { format, rows } = props as { format: 'csv' | 'json'; rows: MetricRow[] };
  return format === 'csv'
    ? new Response(toCsv(rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } })
    : new Response(toJson(rows), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
