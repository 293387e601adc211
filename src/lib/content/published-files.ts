/**
 * Reads and writes the published figures on disk (their shape and rules: published.ts and
 * checks/corrections.ts). A missing or unreadable file is no source: nothing to compare.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  figuresOf,
  parseMetricsJson,
  parseRecord,
  PUBLISHED_METRICS_FILE,
  PUBLISHED_RECORD_FILE,
  recordText,
  type PublishedSource,
} from './published.ts';
import type { ReportInput } from './checks/types.ts';

export type { PublishedSource } from './published.ts';

const readText = (file: string) => readFile(file, 'utf8').catch(() => null);

/** The record in the repository and the last published site's metrics.json, where present. */
export async function readPublished(root: string): Promise<PublishedSource[]> {
  const sources: PublishedSource[] = [];
  const record = await readText(path.join(root, PUBLISHED_RECORD_FILE));
  const fromRecord = record === null ? null : parseRecord(record);
  if (fromRecord) sources.push({ file: PUBLISHED_RECORD_FILE, figures: fromRecord });
  const metrics = await readText(path.join(root, PUBLISHED_METRICS_FILE));
  const fromSite = metrics === null ? null : parseMetricsJson(metrics);
  if (fromSite) sources.push({ file: PUBLISHED_METRICS_FILE, figures: fromSite });
  return sources;
}

/** Writes the record of what this build publishes; rewrites the file only when it changes. */
export async function writePublished(root: string, reports: readonly ReportInput[]): Promise<void> {
  const file = path.join(root, PUBLISHED_RECORD_FILE);
  const text = recordText(figuresOf(reports));
  if ((await readText(file)) !== text) await writeFile(file, text);
}

/** Today in Beijing, YYYY-MM-DD: the date suggested for a new correction. */
export const today = (now = new Date()) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
