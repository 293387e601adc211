/** dist/data/metrics.csv: the same rows as metrics.json, UTF-8 with BOM for Excel. */
import type { APIRoute } from 'astro';
import { toCsv } from '../../lib/data/export.ts';
import { getReports } from '../../lib/report/reports.ts';
import { metricRows } from '../../lib/data/metric-rows.ts';
import { publishedSite } from '../../lib/site/site-url.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(toCsv(metricRows(await getReports(), publishedSite(site))), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
