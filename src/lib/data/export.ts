/**
 * The open-data export: one row per metric of every year (dist/data/metrics.json and
 * metrics.csv). A public interface: the field names and their order must not change.
 */
import type { FilledMetric } from '../content/schema.ts';

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
  // Added later, so at the end: existing readers' columns keep their places.
  'corrected',
] as const;

/** One row: the metric's own fields (id, label, value in base units, unit, text as written), and where it stands. */
export interface MetricRow extends Pick<FilledMetric, 'id' | 'label' | 'value' | 'unit' | 'text'> {
  /** The year the report covers. */
  year: number;
  /** The section's order in the report: 1–10 for the measure sections. */
  section: number;
  /** The section's title, without its numbering. */
  sectionTitle: string;
  /** more-than (余 多 超过), at-least (以上), at-most (以内 以下 不超过), about (近 约 左右), or null (never left out, so every row has every column). */
  qualifier: NonNullable<FilledMetric['qualifier']> | null;
  /** The metric's address: its section page and anchor. */
  url: string;
  /** Date (YYYY-MM-DD) of the figure's latest correction, or null when never corrected. */
  corrected: string | null;
}

/** UTF-8 byte order mark: without it Excel opens Chinese CSV as mojibake. */
export const BOM = '\uFEFF';

/**
 * A cell Excel/WPS would run as a formula (OWASP "CSV injection"): it begins with = + - @, a tab
 * or a CR, or with their full-width forms ＝＋－＠ (WPS and Excel in Chinese take them for the
 * ASCII signs), also after spaces or characters a reader cannot see (U+200B, U+FEFF, a bidi
 * control), which spreadsheets skip or trim before reading the formula.
 */
const FORMULA_START = /^[\s\p{Cf}\p{Cc}]*[=+\-@＝＋－＠]|^[\t\r]/u;
/** A plain number (a negative value, say) is data, not a formula: it stays a number in the spreadsheet. */
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;

/**
 * One CSV field: quoted per RFC 4180 when it holds a comma, quote or line break; a cell that
 * would start a formula gets a leading apostrophe (shown as text, never run) and is quoted.
 */
export function csvField(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) return `"'${text.replaceAll('"', '""')}"`;
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
