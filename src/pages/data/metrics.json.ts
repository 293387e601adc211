/** dist/data/metrics.json: every figure of every year (a public interface). */
import type { APIRoute } from 'astro';
import { toJson } from '../../lib/data/export.ts';
import { getReports } from '../../lib/report/reports.ts';
import { metricRows } from '../../lib/data/metric-rows.ts';
import { publishedSite } from '../../lib/site/site-url.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(toJson(metricRows(await getReports(), publishedSite(site))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
