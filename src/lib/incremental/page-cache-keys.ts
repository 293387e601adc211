/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild`, astro.config.mjs): a page
 * whose key and code are the same as at the last build is copied from Astro's cache
 * (.astro/cache/) instead of being rendered again. Astro hashes each page's own module graph; a
 * key is a digest of everything else the page may show:
 *  - the site: content/site.yaml, and every file under src/ and astro.config.mjs (the Markdown
 *    plugins, middleware and integrations run outside a page's module graph), and whether the
 *    share images' font is installed;
 *  - the archive's outline, which every page reads (year switcher, header, changes between
 *    years): each report's index data, each section's kind, slug, order, title and figures;
 *  - for a page of one year: that year's report, whole, and the previous year's plans (a
 *    section links back to the plan items it reports on; the way forward needs only the outline);
 *  - for a page that prints the day it was built (the citations' 引用日期): that day.
 * A page across all years (/metrics/<id>/) takes a digest of all of it; the search index, a
 * digest of the text it holds (the outline and the official text). Pages without a key are
 * rendered on every build. A build after an edit must equal a clean build, byte for byte
 * (tests/build/incremental-build.test.ts).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { localDay } from '../report/citation.ts';
import { isoDate } from '../format/chinese.ts';
import { SITE_IDENTITY_FILE } from '../site/identity.ts';
import { shareFontFile } from '../site/share-font.ts';
import type { Report } from '../report/reports.ts';

/** What a page shows besides the archive's outline. */
export interface PageCacheKeys {
  /** A page of one year's report (its sections, charts, data files). */
  year(year: number, options?: { dated?: boolean }): string;
  /** A page that draws on every year. */
  archive(): string;
  /** A page that shows nothing but an address (its QR code). */
  address(pathname: string): string;
  /**
   * The text the search index holds: the section pages' headings and official text, and what
   * the custom records are made of (all in the outline, or the bodies). Not the charts, tables
   * or citations the index leaves out (src/integrations/search-index.ts): a chart's title can
   * change without indexing the archive again.
   */
  searchText(): string;
}

const digest = (...parts: unknown[]): string => {
  const hash = createHash('sha256');
  // JSON.stringify(undefined) is undefined (no previous year, say): hashed as "null".
  for (const part of parts)
    hash.update(typeof part === 'string' ? part : (JSON.stringify(part) ?? 'null')).update('\0');
  return hash.digest('hex').slice(0, 32);
};

/** Paths and contents of every file under `dir`, in a stable order. */
function filesUnder(dir: string): [string, string][] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort()
    .map((file) => [path.relative(dir, file), readFileSync(file, 'utf8')]);
}

/** The code and settings every page depends on, read from the project root (the working directory). */
export function siteSources(root = process.cwd()): string {
  return digest(
    filesUnder(path.join(root, 'src')),
    readFileSync(path.join(root, 'astro.config.mjs'), 'utf8'),
    readFileSync(path.join(root, SITE_IDENTITY_FILE), 'utf8'),
    // Whether pages name a share image (src/components/meta/ShareImageMeta.astro).
    shareFontFile() ?? 'no share font',
  );
}

/** The outline every page may show: reports' index data, and each section's place, title and figures. */
export const outline = (reports: readonly Report[]): unknown =>
  reports.map((report) => ({
    year: report.year,
    data: report.data,
    sections: report.sections.map(({ kind, slug, order, title, metrics }) => ({ kind, slug, order, title, metrics })),
  }));

/** Everything one year's report says: every file's data and text. */
export const wholeReport = (report: Report | undefined): unknown =>
  report && {
    year: report.year,
    data: report.data,
    body: report.entry.body,
    // What pages read: the section as report.ts shapes it, and its frontmatter as written.
    sections: report.sections.map(({ entry, ...section }) => ({ ...section, data: entry.data })),
  };

/** The plans sections of a report: their text and the follow-ups they link to the next year. */
export const plansOf = (report: Report | undefined): unknown =>
  report?.sections
    .filter((section) => section.kind === 'plans')
    .map((section) => ({ slug: section.slug, body: section.body, followUps: section.followUps }));

/** The day of the build, as the citations print it (UTC in an attribute, local in the text). */
const today = (now = new Date()) => `${isoDate(now)} ${localDay(now)}`;

/** The keys of one build, from its reports and its sources. */
export function pageCacheKeys(reports: readonly Report[], sources: string): PageCacheKeys {
  const site = digest(sources, outline(reports));
  const byYear = new Map(reports.map((report) => [report.year, report]));
  const years = new Map<number, string>();
  const yearKey = (year: number) => {
    let key = years.get(year);
    if (key === undefined) {
      key = digest(site, wholeReport(byYear.get(year)), plansOf(byYear.get(year - 1)));
      years.set(year, key);
    }
    return key;
  };
  let archive: string | undefined;
  return {
    year: (year, { dated = false } = {}) => (dated ? digest(yearKey(year), today()) : yearKey(year)),
    archive: () => (archive ??= digest(site, reports.map(wholeReport))),
    address: (pathname) => digest(sources, pathname),
    searchText: () =>
      digest(
        site,
        reports.map((report) => [report.entry.body, report.sections.map((section) => section.body)]),
      ),
  };
}
