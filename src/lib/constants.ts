/**
 * Constants shared by the content checks, the pages and the scripts.
 * Kept in one place so a change (a new unit, a new section kind) is made once.
 */

/** Where the reports live, relative to the project root: one folder per year. */
export const REPORTS_DIR = 'content/reports';

/**
 * Astro's cache folder (astro.config.mjs cacheDir), relative to the project root: its content
 * store, the copies and manifest of the incremental build, and the last search index. Kept with
 * the project, not in node_modules (worktrees may share one install).
 */
export const BUILD_CACHE_DIR = '.astro/cache';

/** The file in a year's folder that holds the report's metadata and preamble. */
export const REPORT_INDEX_FILE = 'index.md';

/** The official text as published, kept beside the Markdown so tests can prove nothing was altered. */
export const REPORT_SOURCE_FILE = 'source.txt';

/** Section files are named `NN-slug.md`, NN being the section's order. */
export const SECTION_FILE_PATTERN = /^(\d{2})-([a-z0-9-]+)\.md$/;

/*
 * Units, magnitudes and qualifiers live with what a figure is (src/lib/figures/units.ts).
 * Re-exported here only so branches written before the move still compile; import them from
 * figures/units.ts.
 */
export {
  MAGNITUDE_PATTERN,
  MAGNITUDES,
  QUALIFIER_MARKS,
  QUALIFIER_WORDS,
  QUALIFIERS,
  UNIT_PATTERN,
  UNITS,
} from './figures/units.ts';

/** The three kinds of section a report has, in the order they appear. */
export const SECTION_KINDS = ['measures', 'problems', 'plans'] as const;

/** What each kind is called on the site. */
export const SECTION_KIND_LABELS = {
  measures: '主要举措和成效',
  problems: '存在的问题',
  plans: '重点工作安排',
} as const;

/**
 * Element ids the site's own templates put on a report's pages; a metric or chart may not take
 * one as its id (its anchor), nor begin with one of the prefixes the templates build ids from.
 * tests/site keeps this list true to the built pages.
 */
export const RESERVED_IDS = [
  'main',
  'main-content',
  'site-header',
  'site-footer',
  'site-search-input',
  'site-search-hint',
  'site-search-listbox',
  'search-page-input',
  'search-page-hint',
  'search-results-heading',
  'reading-controls',
  'report-charts',
  'headline-figures',
  'contents-heading',
  'figure-hint',
  'figure-downloads',
  'figure-list-caption',
  'figures',
  'source',
  'terms',
  'top',
] as const;

/** Prefixes of ids the templates build (cite-legal-aid-cases, figures-oversight, …). */
export const RESERVED_ID_PREFIXES = [
  'cite-',
  'citations-',
  'chart-',
  'charts-',
  'figure-',
  'figures-',
  'filter-',
  'search-',
  'site-',
] as const;

/** Page names a section's slug may not take: /2023/full/ is the whole report, and so on. */
export const RESERVED_SLUGS = [
  'full',
  'index',
  'figures',
  'data',
  'search',
  'metrics',
  'embed',
  'feed',
  'charts',
  'accessibility',
  'pagefind',
  '404',
] as const;

/* Site-wide names (name, city, publisher) are content: content/site.yaml, read by src/lib/site-identity.ts (SITE). */

/** The columns of the data export, in order. */
export const METRIC_COLUMNS = [
  'year',
  'section',
  'sectionTitle',
  'id',
  'label',
  'value',
  'unit',
  'text',
  'qualifier',
  'url',
] as const;
