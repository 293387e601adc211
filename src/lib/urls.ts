/**
 * Page addresses. Stable by design: /<year>/<slug>/ and /<year>/<slug>/#<figure-id>
 * are cited by journalists and must never change.
 */

/** The cover of one year's report. */
export const reportPath = (year: number) => `/${year}/`;

/** The whole report on one page. */
export const fullReportPath = (year: number) => `/${year}/full/`;

/** One section's page. */
export const sectionPath = (year: number, slug: string) => `/${year}/${slug}/`;

/** A figure's anchor in its section. */
export const figurePath = (year: number, slug: string, id: string) => `${sectionPath(year, slug)}#${id}`;

/** Makes a path absolute when the site's address is configured; otherwise keeps it root-relative. */
export const absoluteUrl = (path: string, site: URL | string | undefined) => (site ? new URL(path, site).href : path);

/** The index of every figure, by section, across the years. */
export const metricsIndexPath = () => '/metrics/';

/** One figure's page: its value in every year. */
export const metricPath = (id: string) => `/metrics/${id}/`;

/** The Frictionless Data Package describing every published CSV. */
export const DATA_PACKAGE_PATH = '/data/datapackage.json';

/** A chart's embeddable page, for other sites' <iframe>: /embed/2023/legal-aid-composition/. */
export const embedPath = (year: number, chartId: string) => `/embed/${year}/${chartId}/`;

/** A report page's QR code (its own address): /qr/2023/dispute-resolution.svg, /qr/2023.svg. */
export const qrPath = (pagePath: string) => `/qr${pagePath.replace(/\/$/, '')}.svg`;
