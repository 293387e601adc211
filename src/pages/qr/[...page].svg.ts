/**
 * /qr/<page>.svg: the QR code of a report page's own address (/qr/2023.svg for /2023/,
 * /qr/2023/plans.svg for /2023/plans/), made at build time; shown by PageQr on that page.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { qrSvg } from '../../lib/site/qr.ts';
import { getReports } from '../../lib/report/reports.ts';
import { getPageCacheKeys } from '../../lib/incremental/page-keys.ts';
import { qrPath } from '../../lib/site/urls.ts';

export const getStaticPaths = (async () => {
  // Without the site's address there is nothing a code could open: none is made.
  if (!import.meta.env.SITE) return [];
  const keys = await getPageCacheKeys();
  return (await getReports())
    .flatMap((report) => [report.url, report.fullUrl, ...report.sections.map((section) => section.url)])
    .map((page) => ({
      params: {
        page: qrPath(page)
          .replace(/^\/qr\//, '')
          .replace(/\.svg$/, ''),
      },
      props: { page },
      cacheKey: keys.address(page),
    }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) =>
  new Response(qrSvg(new URL((props as { page: string }).page, site).href), {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
