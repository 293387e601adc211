/**
 * The open-data export: one row per figure of every year (dist/data/metrics.json and
 * metrics.csv). A public interface: the field names and their order must not change.
 */
import { METRIC_COLUMNS } from '../constants.ts';

export interface MetricRow {
  /** The year the report covers. */
  year: number;
  /** The section's order in the report: 1–10 for the measure sections. */
  section: number;
  /** The section's title, without its numbering. */
  sectionTitle: string;
  /** The figure's stable id. */
  id: string;
  /** What the figure counts, in Chinese. */
  label: string;
  /** The value in base units. */
  value: number;
  /** The unit: 件, 项, 元, % … */
  unit: string;
  /** The figure as written in the text. */
  text: string;
  /** more-than (余 多 超过), at-least (以上), at-most (以内 以下 不超过), about (近 约 左右), or null. */
  qualifier: string | null;
  /** The figure's address: its section page and anchor. */
  url: string;
}

/** UTF-8 byte order mark: without it Excel opens Chinese CSV as mojibake. */
export const BOM = '\uFEFF';

/** Quotes a CSV field per RFC 4180 when it holds a comma, quote or line break. */
export function csvField(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The rows as CSV: header line, CRLF line ends, UTF-8 with BOM. */
export function toCsv(rows: readonly MetricRow[]): string {
  const lines = [
    METRIC_COLUMNS.join(','),
    ...rows.map((row) => METRIC_COLUMNS.map((key) => csvField(row[key])).join(',')),
  ];
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** The rows as the published JSON document. */
export const toJson = (rows: readonly MetricRow[]) => `${JSON.stringify({ metrics: rows }, null, 2)}\n`;

/** Sorts rows the way readers expect: by year, then section, then order of appearance. */
export const sortRows = (rows: MetricRow[]) => rows.sort((a, b) => a.year - b.year || a.section - b.section);
