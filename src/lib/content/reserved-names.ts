/**
 * Names the site takes for itself, so that content may not: element ids and id prefixes of
 * the templates (a metric's or chart's id is its anchor) and page names (a section's slug is
 * its address). The schema refuses them; the importer avoids them.
 */

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
  'elder-hint',
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
  'corrections',
  'reports',
  'pagefind',
  '404',
] as const;
