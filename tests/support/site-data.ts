/**
 * What the built site publishes, for site tests to derive their expectations from: its years
 * (the covers in dist/), each year's sections (from the year's content files) and report
 * metadata. Content may hold any number of years, and 2023 need not be the latest, so no
 * site test names a year of its own: generic tests use these, tests about the official
 * 2023 report find it with `originalReportYear()`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { REPORT_INDEX_FILE, REPORTS_DIR, SECTION_FILE_PATTERN } from '../../src/lib/content/files.ts';
import { splitFrontmatter } from '../../src/lib/content/files.ts';
import { builtPages, publishedMetrics, type PublishedMetric } from './site-files.ts';

/** The 文号 of the report the site was first built for: 《关于2023年鞍山市法治政府建设情况的报告》. */
export const ORIGINAL_DOCUMENT_NUMBER = '鞍委〔2024〕17号';

/** Every year with a published report (a cover page /<year>/ in dist/), newest first. */
export function publishedYears(): number[] {
  return builtPages()
    .map((page) => /^\/(\d{4})\/$/.exec(page)?.[1])
    .filter((year): year is string => year !== undefined)
    .map(Number)
    .sort((a, b) => b - a);
}

/** The year the home page shows: the newest published report. */
export const latestYear = (): number => publishedYears()[0]!;

const frontmatterOf = (file: string) => parse(splitFrontmatter(readFileSync(file, 'utf8'))!.frontmatter) as object;

/** A year's report metadata, from its index.md. */
export function reportData(year: number): {
  title: string;
  documentNumber?: string;
  published: string;
  sourceUrl: string;
} {
  const data = frontmatterOf(path.resolve(REPORTS_DIR, String(year), REPORT_INDEX_FILE)) as {
    title: string;
    documentNumber?: string;
    published: string | Date;
    sourceUrl: string;
  };
  const published = data.published instanceof Date ? data.published.toISOString().slice(0, 10) : data.published;
  return { ...data, published };
}

/** A year's sections in reading order, from its content files: slug and title. */
export function sectionsOf(year: number): { slug: string; title: string }[] {
  const folder = path.resolve(REPORTS_DIR, String(year));
  return readdirSync(folder)
    .filter((name) => SECTION_FILE_PATTERN.test(name))
    .map((name) => frontmatterOf(path.join(folder, name)) as { order: number; slug: string; title: string })
    .sort((a, b) => a.order - b.order)
    .map(({ slug, title }) => ({ slug, title }));
}

/** A year's section pages as built (/2023/dispute-resolution/ …), the whole-report page left out. */
export const sectionPagesOf = (year: number): string[] =>
  builtPages().filter((page) => new RegExp(`^/${year}/(?!full/)[a-z0-9-]+/$`).test(page));

/** The published metrics of one year (dist/data/metrics.json). */
export const metricsOfYear = (year: number): PublishedMetric[] =>
  publishedMetrics().filter((metric) => metric.year === year);

/**
 * The year folder of the official report 鞍委〔2024〕17号, found by its 文号 (today 2023).
 * Tests of that report's own text and figures (its sentences, the query table) are scoped
 * to it. It throws when the built site lacks that report, so those tests FAIL rather than
 * skip: the repository's archive always keeps it.
 */
export function originalReportYear(): number {
  const years = publishedYears().filter((year) => reportData(year).documentNumber === ORIGINAL_DOCUMENT_NUMBER);
  if (years.length !== 1) {
    throw new Error(
      `The built site should hold the report ${ORIGINAL_DOCUMENT_NUMBER} exactly once, found ${years.length} ` +
        `(published years: ${publishedYears().join(', ')}). The archive always keeps it: restore it, and build.`,
    );
  }
  return years[0]!;
}

/** A year's section pages, the one with the most figures (widest tables, most charts) first. */
export function sectionPagesByFigures(year: number): string[] {
  const count = (page: string) => metricsOfYear(year).filter((metric) => metric.url.startsWith(page)).length;
  return sectionsOf(year)
    .map((section) => `/${year}/${section.slug}/`)
    .sort((a, b) => count(b) - count(a));
}
