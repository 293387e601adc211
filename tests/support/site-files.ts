/**
 * Reading the built site and the official source from disk, for tests that compare them.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { MetricRow } from '../../src/lib/data/export.ts';

export const DIST = path.resolve('dist');

/** The file a built page is served from: /2023/ → dist/2023/index.html, /404.html → dist/404.html. */
export const pageFile = (page: string): string => path.join(DIST, page, page.endsWith('.html') ? '' : 'index.html');

/** The built page's HTML, by its address. */
export const pageHtml = (page: string): string => readFileSync(pageFile(page), 'utf8');

/** Every HTML page of the built site, as a URL path (/2023/dispute-resolution/). */
export function builtPages(): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(full);
      } else if (name.endsWith('.html')) {
        const relative = path.relative(DIST, full).split(path.sep).join('/');
        pages.push(`/${relative.replace(/index\.html$/, '')}`);
      }
    }
  };
  walk(DIST);
  return pages.sort();
}

/**
 * The configured site address (siteUrl or SITE_URL) as the build wrote it in the canonical
 * links; '' when the build had none (then it writes no canonical link and every address is
 * root-relative, so `${configuredOrigin()}/2023/` is the address as published either way).
 */
export const configuredOrigin = () => {
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(path.join(DIST, 'index.html'), 'utf8'));
  return canonical ? new URL(canonical[1]!).origin : '';
};

/** A row of the published data (the public interface documented in src/lib/data/export.ts). */
export type PublishedMetric = MetricRow;

/** dist/data/metrics.json, as journalists download it. */
export const publishedMetrics = (): PublishedMetric[] =>
  (JSON.parse(readFileSync(path.join(DIST, 'data/metrics.json'), 'utf8')) as { metrics: PublishedMetric[] }).metrics;

/** The official text of a year, exactly as published. */
export const officialSource = (year: number) =>
  readFileSync(path.resolve(`content/reports/${year}/source.txt`), 'utf8');
