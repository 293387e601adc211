/**
 * dist/data/datapackage.json: a Frictionless Tabular Data Package (specs.frictionlessdata.io)
 * describing every CSV the site publishes (the whole set, each year, each section, each
 * chart) with one Table Schema: field names, types, descriptions (the data page's own text),
 * allowed values and the primary key; the licence (the site's terms) and the official sources.
 * Pure: the page passes in the files with their text, so bytes and hash are of what is served.
 */
import { createHash } from 'node:crypto';
import { FIELD_DOCS } from './field-descriptions.ts';
import { siteAddress } from '../site/site-url.ts';
import { DATA_PACKAGE_PATH, TERMS_PATH } from '../site/urls.ts';
import type { DatasetReport } from './downloads.ts';

/** One published CSV: its address on the site, its text and what it holds. */
export interface PackageFile {
  /** The file's address: /data/2023/metrics.csv. */
  path: string;
  /** The file's text exactly as served (with BOM). */
  csv: string;
  title: string;
  description: string;
  /** Why a withdrawn chart is no longer drawn; its CSV stays at its address, marked so. */
  withdrawn?: string;
}

/**
 * The day of this build (00:00 UTC), the descriptor's `created`: SOURCE_DATE_EPOCH (seconds,
 * the reproducible-builds convention) when set, else today. A day, not a time, so two builds of
 * one day are identical.
 */
export const buildDay = (epoch = process.env.SOURCE_DATE_EPOCH, now = new Date()): Date => {
  const at = epoch?.trim() && Number.isFinite(Number(epoch)) ? new Date(Number(epoch) * 1000) : now;
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
};

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
  created,
  publisher,
}: {
  name: string;
  title: string;
  description: string;
  /** The site's address; without it the package names no absolute address of its own. */
  site: URL | string | undefined;
  reports: readonly DatasetReport[];
  files: readonly PackageFile[];
  keywords: readonly string[];
  /** When this descriptor was made: the build's day (buildDay). */
  created: Date;
  /** Who compiled the data: the site's publisher (the reports' issuers are its sources). */
  publisher: { title: string; path?: string };
}) {
  const at = (path: string) => siteAddress(path, site);
  const schema = tableSchema();
  return {
    profile: 'tabular-data-package',
    name,
    ...(site ? { id: at(DATA_PACKAGE_PATH), homepage: at('/data/') } : {}),
    title,
    description,
    created: created.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    keywords: [...keywords],
    // Relative to this file when the address is not set (the terms are on /data/).
    licenses: [
      {
        path: site ? at(TERMS_PATH) : TERMS_PATH.replace(/^\/data\//, 'index.html'),
        title: '本站数据使用条款：免费复制、转载、改编、汇编，注明来源',
      },
    ],
    sources: reports.map((report) => ({
      title: `${report.issuers.join('、')}《${report.title}》（${report.documentNumber}）`,
      path: report.sourceUrl,
    })),
    // The site's publisher compiled these files; the reports' issuers wrote the text (sources).
    contributors: [{ title: publisher.title, role: 'publisher', ...(publisher.path ? { path: publisher.path } : {}) }],
    resources: files.map((file) => {
      const bytes = Buffer.from(file.csv, 'utf8');
      return {
        profile: 'tabular-data-resource',
        name: resourceName(file.path),
        path: relative(file.path),
        title: file.title,
        description: file.withdrawn
          ? `已撤下的图表（不再画出，数据文件保留原地址）：${file.withdrawn} ${file.description}`
          : file.description,
        ...(file.withdrawn ? { withdrawn: file.withdrawn } : {}),
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
