/**
 * The data downloads beyond the whole data set: one file per year and one per section, as
 * CSV and JSON, with the same columns and rows as metrics.json (see `export.ts`), and the
 * schema.org Dataset description of all of them. Pure: pages pass in what they read.
 */
import { METRIC_COLUMNS } from './export.ts';
import type { ReportData } from '../content/schema.ts';
import { isoDate } from '../format/chinese.ts';
import {
  allDataPath,
  DATA_FORMATS,
  DATA_PACKAGE_PATH,
  DATA_PAGE_PATH,
  TERMS_PATH,
  yearDataPath,
  type DataFormat,
} from '../site/urls.ts';
import type { MetricRow } from './export.ts';
import { siteAddress } from '../site/site-url.ts';

/** The rows of one year, in the order of the whole data set. */
export const rowsOfYear = (rows: readonly MetricRow[], year: number) => rows.filter((row) => row.year === year);

/** The rows of one section (by its order in the report), in the order of the whole data set. */
export const rowsOfSection = (rows: readonly MetricRow[], year: number, section: number) =>
  rows.filter((row) => row.year === year && row.section === section);

/** What the Dataset description needs to know of each report: its frontmatter, and its year. */
export type DatasetReport = Pick<ReportData, 'title' | 'issuers' | 'documentNumber' | 'published' | 'sourceUrl'> & {
  year: number;
};

/** The schema.org Dataset describing the figures and their downloads, as JSON-LD. */
export function datasetJsonLd({
  name,
  description,
  site,
  reports,
  count,
  city,
}: {
  name: string;
  description: string;
  /** The site's address; without it the download addresses stay root-relative. */
  site: URL | string | undefined;
  reports: readonly DatasetReport[];
  count: number;
  city: string;
}): Record<string, unknown> {
  const at = (path: string) => siteAddress(path, site);
  const years = reports.map((report) => report.year).sort((a, b) => a - b);
  const issuers = [...new Set(reports.flatMap((report) => report.issuers))];
  const organisation = (organisationName: string) => ({ '@type': 'GovernmentOrganization', name: organisationName });
  const file = (path: string, format: DataFormat, label: string) => ({
    '@type': 'DataDownload',
    name: label,
    contentUrl: at(path),
    encodingFormat: format === 'csv' ? 'text/csv' : 'application/json',
  });
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name,
    description,
    url: at(DATA_PAGE_PATH),
    inLanguage: 'zh-CN',
    keywords: ['法治政府建设', city, '年度报告', '开放数据'],
    creator: issuers.map(organisation),
    publisher: issuers.map(organisation),
    license: at(TERMS_PATH),
    isAccessibleForFree: true,
    temporalCoverage: years.length > 1 ? `${years[0]}/${years.at(-1)}` : String(years[0] ?? ''),
    spatialCoverage: { '@type': 'Place', name: city },
    dateModified: reports
      .map((report) => isoDate(report.published))
      .sort()
      .at(-1),
    size: `${count} 条`,
    variableMeasured: [...METRIC_COLUMNS],
    isBasedOn: reports.map((report) => ({
      '@type': 'Report',
      name: report.title,
      identifier: report.documentNumber,
      datePublished: isoDate(report.published),
      url: report.sourceUrl,
      author: report.issuers.map(organisation),
    })),
    distribution: [
      ...DATA_FORMATS.map((format) => file(allDataPath(format), format, `全部年度 ${format.toUpperCase()}`)),
      ...reports.flatMap((report) =>
        DATA_FORMATS.map((format) =>
          file(yearDataPath(report.year, format), format, `${report.year}年度 ${format.toUpperCase()}`),
        ),
      ),
      // The Frictionless Data Package describing every CSV (datapackage.ts).
      { ...file(DATA_PACKAGE_PATH, 'json', 'Data Package'), encodingFormat: 'application/vnd.datapackage+json' },
    ],
  };
}

/**
 * JSON-LD to place inside <script type="application/ld+json">: `<` is escaped so the text
 * can never close the script element, whatever a title holds.
 */
export const jsonLdText = (data: unknown) => JSON.stringify(data).replaceAll('<', '\\u003c');
