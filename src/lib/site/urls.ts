/**
 * The site's address book: every path a page, a data file or a feed is served at. Stable by
 * design: /<year>/<slug>/ and /<year>/<slug>/#<figure-id> are cited by journalists, and the
 * data files are a public interface, so none of these may ever change.
 */

/** The cover of one year's report. */
export const reportPath = (year: number) => `/${year}/`;

/** The whole report on one page. */
export const fullReportPath = (year: number) => `/${year}/full/`;

/** One section's page. */
export const sectionPath = (year: number, slug: string) => `/${year}/${slug}/`;

/**
 * A report page's address read back (the one pattern of the three above): /2023/dispute-resolution/
 * → 2023 and dispute-resolution; /2023/full/ → full; the cover /2023/ → ''. Null for other pages.
 */
export function parseReportPath(pathname: string): { year: number; rest: string } | null {
  const match = /^\/(\d{4})\/(?:([a-z0-9-]+)\/)?$/.exec(pathname);
  return match ? { year: Number(match[1]), rest: match[2] ?? '' } : null;
}

/** A figure's anchor in its section. */
export const figurePath = (year: number, slug: string, id: string) => `${sectionPath(year, slug)}#${id}`;

/** The anchor of a figure's citation block on its section page: #cite-legal-aid-cases. */
export const citeAnchor = (id: string) => `#cite-${id}`;

/** A figure's citation block: /2023/dispute-resolution/#cite-legal-aid-cases. */
export const citePath = (year: number, slug: string, id: string) => `${sectionPath(year, slug)}${citeAnchor(id)}`;

/** Makes a path absolute when the site's address is configured; otherwise keeps it root-relative. */
export const absoluteUrl = (path: string, site: URL | string | undefined) => (site ? new URL(path, site).href : path);

/** The figures page: /figures/ for every year, /figures/2023/ for one. */
export const figuresPath = (year?: number) => (year === undefined ? '/figures/' : `/figures/${year}/`);

/** The index of every metric, by section, across the years. */
export const metricsIndexPath = () => '/metrics/';

/** One metric's page: its value in every year. */
export const metricPath = (id: string) => `/metrics/${id}/`;

/** The search page, optionally with a query: /search/?q=3721. */
export const searchPath = (query?: string) => (query ? `/search/?q=${encodeURIComponent(query)}` : '/search/');

/** The data page (downloads, field descriptions, terms of reuse, sources). */
export const DATA_PAGE_PATH = '/data/';

/** Where the data page explains each field of the data files. */
export const FIELDS_PATH = '/data/#fields';

/** Where the terms of reuse are stated (the Dataset's `license`). */
export const TERMS_PATH = '/data/#terms';

/** Every correction of a published figure, newest first. */
export const CORRECTIONS_PATH = '/corrections/';

/** 历年报告: every published report with its 文号, date and official source. */
export const REPORTS_PATH = '/reports/';

/** The accessibility statement. */
export const ACCESSIBILITY_PATH = '/accessibility/';

/** The feed of published reports (src/pages/feed.xml.ts). */
export const FEED_PATH = '/feed.xml';

/** The sitemap index @astrojs/sitemap writes. */
export const SITEMAP_PATH = '/sitemap-index.xml';

/** The formats every data download is offered in. */
export type DataFormat = 'csv' | 'json';
export const DATA_FORMATS: readonly DataFormat[] = ['csv', 'json'];

/** Public data files: every metric of every year (a public interface: keep these paths). */
export const DATA_FILES = {
  json: '/data/metrics.json',
  csv: '/data/metrics.csv',
} as const satisfies Record<DataFormat, string>;

/** The whole data set: /data/metrics.csv. */
export const allDataPath = (format: DataFormat) => DATA_FILES[format];

/** One year's metrics: /data/2023/metrics.csv. */
export const yearDataPath = (year: number, format: DataFormat) => `/data/${year}/metrics.${format}`;

/** One section's metrics: /data/2023/dispute-resolution.csv. */
export const sectionDataPath = (year: number, slug: string, format: DataFormat) => `/data/${year}/${slug}.${format}`;

/** A chart's data: /data/charts/2023/legal-aid-composition.csv. */
export const chartCsvPath = (year: number, id: string) => `/data/charts/${year}/${id}.csv`;

/** The name a chart's PNG is saved under: 2023-legal-aid-composition.png. */
export const chartPngName = (year: number, id: string) => `${year}-${id}.png`;

/** A chart's anchor on its page: chart-legal-aid-composition (never clashes with a figure's id). */
export const chartAnchor = (id: string) => `chart-${id}`;

/** The Frictionless Data Package describing every published CSV. */
export const DATA_PACKAGE_PATH = '/data/datapackage.json';

/** A chart's embeddable page, for other sites' <iframe>: /embed/2023/legal-aid-composition/. */
export const embedPath = (year: number, chartId: string) => `/embed/${year}/${chartId}/`;

/** A report page's QR code (its own address): /qr/2023/dispute-resolution.svg, /qr/2023.svg. */
export const qrPath = (pagePath: string) => `/qr${pagePath.replace(/\/$/, '')}.svg`;

/** A page's share image (og:image): /share/2023.png for a report, /share/2023/plans.png for a section. */
export const shareImagePath = (year: number, slug?: string) =>
  slug === undefined ? `/share/${year}.png` : `/share/${year}/${slug}.png`;
