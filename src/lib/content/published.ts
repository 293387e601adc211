/**
 * What the site has published: each figure's value, unit, qualifier and text, per year, and
 * the date of its latest correction. Two sources, both optional (a fresh clone has neither,
 * and then nothing is compared):
 *   - content/published-figures.json, written by every successful build and committed by staff;
 *   - dist/data/metrics.json, the data file of the site last published (its `corrected` column).
 * The content check (checks/corrections.ts) refuses a change to any of them without a correction.
 */
import { isoDate } from '../format/chinese.ts';
import type { Correction, FilledMetric } from './schema.ts';
import { isFilled } from './schema.ts';
import type { ReportInput } from './checks/types.ts';

/** The record kept in the repository, relative to the project root. */
export const PUBLISHED_RECORD_FILE = 'content/published-figures.json';
/** The last published site's data file, relative to the project root. */
export const PUBLISHED_METRICS_FILE = 'dist/data/metrics.json';

/** One figure as published. */
export interface PublishedFigure {
  value: number;
  unit: string;
  qualifier: string | null;
  text: string;
  /** Date (YYYY-MM-DD) of the latest correction published for it; absent when never corrected. */
  corrected?: string;
}

/** Figures as published, by year, then by id. */
export type PublishedFigures = Map<number, Map<string, PublishedFigure>>;

/** Where a set of published figures comes from, for messages. */
export interface PublishedSource {
  file: string;
  figures: PublishedFigures;
}

export { isoDate };

/** The latest correction date of each corrected figure of a year. */
export function correctedDates(corrections: readonly Correction[]): Map<string, string> {
  const dates = new Map<string, string>();
  for (const correction of corrections) {
    const date = isoDate(correction.date);
    for (const id of correction.metrics) if ((dates.get(id) ?? '') < date) dates.set(id, date);
  }
  return dates;
}

/** The figures of the published (non-draft) reports, as the record stores them. */
export function figuresOf(reports: readonly ReportInput[]): PublishedFigures {
  const figures: PublishedFigures = new Map();
  for (const report of reports) {
    if (report.data.draft) continue;
    const dates = correctedDates(report.data.corrections);
    const year = new Map<string, PublishedFigure>();
    for (const metric of report.sections.flatMap((section) => section.data.metrics).filter(isFilled)) {
      year.set(metric.id, figureOf(metric, dates.get(metric.id)));
    }
    figures.set(report.year, year);
  }
  return figures;
}

const figureOf = (metric: FilledMetric, corrected: string | undefined): PublishedFigure => ({
  value: metric.value,
  unit: metric.unit,
  qualifier: metric.qualifier ?? null,
  text: metric.text,
  ...(corrected ? { corrected } : {}),
});

/** The record's text: stable (sorted years and ids), so an unchanged site rewrites the same bytes. */
export function recordText(figures: PublishedFigures): string {
  const years: Record<string, Record<string, PublishedFigure>> = {};
  for (const year of [...figures.keys()].sort((a, b) => a - b)) {
    const ids = [...figures.get(year)!.keys()].sort();
    years[year] = Object.fromEntries(ids.map((id) => [id, figures.get(year)!.get(id)!]));
  }
  const about =
    '构建成功后自动写入：网站已发布的数字。请随内容一起提交，勿手工修改。Written by each successful build: the figures the site has published. Commit it with the content; do not edit by hand.';
  return `${JSON.stringify({ about, years }, null, 2)}\n`;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A figure read from JSON, or null when it is not one (a damaged file compares nothing). */
function readFigure(value: unknown): PublishedFigure | null {
  if (!isObject(value)) return null;
  const { value: number, unit, qualifier, text, corrected } = value;
  if (typeof number !== 'number' || typeof unit !== 'string' || typeof text !== 'string') return null;
  return {
    value: number,
    unit,
    qualifier: typeof qualifier === 'string' ? qualifier : null,
    text,
    ...(typeof corrected === 'string' && corrected ? { corrected } : {}),
  };
}

/** Parses the record's text; null when it is not a record. */
export function parseRecord(text: string): PublishedFigures | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObject(json) || !isObject(json.years)) return null;
  const figures: PublishedFigures = new Map();
  for (const [year, ids] of Object.entries(json.years)) {
    if (!/^\d{4}$/.test(year) || !isObject(ids)) continue;
    const byId = new Map<string, PublishedFigure>();
    for (const [id, value] of Object.entries(ids)) {
      const figure = readFigure(value);
      if (figure) byId.set(id, figure);
    }
    figures.set(Number(year), byId);
  }
  return figures;
}

/** Parses a published metrics.json (its rows: year, id, value, unit, text, qualifier, corrected). */
export function parseMetricsJson(text: string): PublishedFigures | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObject(json) || !Array.isArray(json.metrics)) return null;
  const figures: PublishedFigures = new Map();
  for (const row of json.metrics) {
    if (!isObject(row) || typeof row.year !== 'number' || typeof row.id !== 'string') continue;
    const figure = readFigure(row);
    if (!figure) continue;
    if (!figures.has(row.year)) figures.set(row.year, new Map());
    figures.get(row.year)!.set(row.id, figure);
  }
  return figures;
}
