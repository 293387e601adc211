/**
 * 历年报告 (/reports/): one row per published report, newest first, with what a reader needs to
 * find and cite it: year, title, 文号, publication date, the official source and the site's
 * page. Only what the report's index.md gives: no 文号 or source is made up.
 */
import { formatDateZh, isoDate } from '../format/chinese.ts';
import type { ReportData } from '../content/schema.ts';

/** What the list reads of a report (a Report from report.ts has all of it). */
export interface ListedReport {
  year: number;
  draft: boolean;
  url: string;
  data: Pick<ReportData, 'title' | 'documentNumber' | 'published' | 'source' | 'sourceUrl'>;
}

export interface ReportRow {
  year: number;
  title: string;
  documentNumber?: string | undefined;
  /** YYYY-MM-DD, for <time datetime>. */
  date: string;
  /** 2024年3月15日. */
  dateZh: string;
  /** The publishing office, when the report names one. */
  source?: string | undefined;
  /** The official publication's address, when staff have added it. */
  sourceUrl?: string | undefined;
  /** The report's cover on this site. */
  url: string;
}

/** The published reports (drafts left out), newest year first. */
export const reportRows = (reports: readonly ListedReport[]): ReportRow[] =>
  reports
    .filter((report) => !report.draft)
    .sort((a, b) => b.year - a.year)
    .map(({ year, url, data }) => ({
      year,
      title: data.title,
      documentNumber: data.documentNumber,
      date: isoDate(data.published),
      dateZh: formatDateZh(data.published),
      source: data.source,
      sourceUrl: data.sourceUrl,
      url,
    }));
