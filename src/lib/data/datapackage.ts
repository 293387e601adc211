/**
 * dist/data/datapackage.json: a Frictionless Tabular Data Package (specs.frictionlessdata.io)
 * describing every CSV the site publishes (the whole set, each year, each section, each
 * chart) with one Table Schema: field names, types, descriptions (the data page's own text),
 * allowed values and the primary key; the licence (the site's terms) and the official sources.
 * Pure: the page passes in the files with their text, so bytes and hash are of what is served.
 */
import { createHash } from 'node:crypto';
import { FIELD_DOCS } from './field-descriptions.ts';
import { DATA_PACKAGE_PATH, TERMS_PATH } from '../urls.ts';
import type { DatasetReport } from './downloads.ts';

/** One published CSV: its address on the site, its text and what it holds. */
export interface PackageFile {
  /** The file's address: /data/2023/metrics.csv. */
  path: string;
  /** The file's text exactly as served (with BOM). */
  csv: string;
  title: string;
  description: string;
}

/** The Table Schema shared by every file: they all have the columns of metrics.csv. */
export const tableSchema = () => ({
  fields: FIELD_DOCS.map((field) => ({
    name: field.name,
    title: field.name,
    type: field.type,
    description: field.description,
    constraints: { required: field.required, ...(field.values ? { enum: [...field.values] } : {}) },
  })),
  // One figure per id and year: ids are unique within a year.
  primaryKey: ['year', 'id'],
  missingValues: [''],
});

/** A resource name from a file's address: data/2023/metrics.csv → 2023-metrics. */
export const resourceName = (path: string) =>
  path
    .replace(/^\/data\//, '')
    .replace(/\.csv$/, '')
    .replaceAll('/', '-');

const relative = (path: string) => path.replace(/^\/data\//, '');

/** The whole descriptor. */
export function dataPackage({
  name,
  title,
  description,
  site,
  reports,
  files,
  keywords,
}: {
  name: string;
  title: string;
  description: string;
  site: URL | string;
  reports: readonly DatasetReport[];
  files: readonly PackageFile[];
  keywords: readonly string[];
}) {
  const at = (path: string) => new URL(path, site).href;
  const latest = reports
    .map((report) => report.published.toISOString())
    .sort()
    .at(-1);
  const schema = tableSchema();
  return {
    profile: 'tabular-data-package',
    name,
    id: at(DATA_PACKAGE_PATH),
    title,
    description,
    homepage: at('/data/'),
    // The latest report's date, not the build's: two builds of one commit stay identical.
    ...(latest ? { created: latest.replace(/\.\d{3}Z$/, 'Z') } : {}),
    keywords: [...keywords],
    licenses: [{ path: at(TERMS_PATH), title: '本站数据使用条款：免费复制、转载、改编、汇编，注明来源' }],
    sources: reports.map((report) => ({
      title: `${report.issuers.join('、')}《${report.title}》（${report.documentNumber}）`,
      path: report.sourceUrl,
    })),
    contributors: [...new Set(reports.flatMap((report) => report.issuers))].map((issuer) => ({
      title: issuer,
      role: 'author',
    })),
    resources: files.map((file) => {
      const bytes = Buffer.from(file.csv, 'utf8');
      return {
        profile: 'tabular-data-resource',
        name: resourceName(file.path),
        path: relative(file.path),
        title: file.title,
        description: file.description,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        bytes: bytes.length,
        hash: `sha256:${createHash('sha256').update(bytes).digest('hex')}`,
        dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
        schema,
      };
    }),
  };
}
