/**
 * /data/charts/<year>/<chart>.csv: one chart's figures (for a pie, its whole first), with
 * the same columns as /data/metrics.csv, UTF-8 with BOM so Excel and WPS open it.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildChartModel } from '../../../../lib/charts/model.ts';
import { chartRows } from '../../../../lib/data/chart-rows.ts';
import type { ChartData } from '../../../../lib/content/schema.ts';
import { toCsv } from '../../../../lib/data/export.ts';
import { publishedSite } from '../../../../lib/site/site-url.ts';
import { findMetric, getReports, type Report } from '../../../../lib/report/reports.ts';
import { getPageCacheKeys } from '../../../../lib/incremental/page-keys.ts';
import { metricRows } from '../../../../lib/data/metric-rows.ts';

export const getStaticPaths = (async () => {
  const keys = await getPageCacheKeys();
  return (await getReports()).flatMap((report) =>
    [...report.data.charts, ...report.sections.flatMap((section) => section.charts)].map((chart) => ({
      params: { year: String(report.year), chart: chart.id },
      props: { report, chart },
      cacheKey: keys.year(report.year),
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { report, chart } = props as { report: Report; chart: ChartData };
  const model = buildChartModel(chart, (id) => findMetric(report, id));
  return new Response(toCsv(chartRows(model, metricRows([report], publishedSite(site)))), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
