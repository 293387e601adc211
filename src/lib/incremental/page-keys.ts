/**
 * This build's page cache keys (`page-cache-keys.ts`), made once from the reports and the
 * sources, and the static paths of the year pages that carry them. Read by the pages'
 * `getStaticPaths`.
 */
import { pageCacheKeys, siteSources, type PageCacheKeys } from './page-cache-keys.ts';
import { getReports, type Report } from '../report/reports.ts';

let keysCache: Promise<PageCacheKeys> | undefined;

/** The keys that let Astro's incremental build skip unchanged pages (see `src/lib/incremental/page-cache-keys.ts`). */
export function getPageCacheKeys(): Promise<PageCacheKeys> {
  keysCache ??= getReports().then((reports) => pageCacheKeys(reports, siteSources()));
  return keysCache;
}

/** One page per year's report (/2023/, /2023/full/): the static paths those pages share. */
export async function yearPaths(): Promise<
  { params: { year: string }; props: { report: Report }; cacheKey: string }[]
> {
  const keys = await getPageCacheKeys();
  return (await getReports()).map((report) => ({
    params: { year: String(report.year) },
    props: { report },
    cacheKey: keys.year(report.year),
  }));
}
