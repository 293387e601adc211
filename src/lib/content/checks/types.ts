/**
 * What the checks read: a year's parsed content, as the loader (or a test) hands it over.
 */
import type { MetricData, ReportData, SectionData } from '../schema.ts';

export interface SectionInput {
  /** File path relative to the project root. */
  file: string;
  /** The file name's NN, where the file is named NN-slug.md. */
  fileOrder: number | null;
  data: SectionData;
  /** The Markdown body (the official text). */
  body: string;
}

export interface ReportInput {
  year: number;
  file: string;
  data: ReportData;
  body: string;
  sections: SectionInput[];
  /** The official text as published (source.txt), or null when the file is missing. */
  source: string | null;
  /** source.txt is there but could not be read (a link, a folder, no permission): already reported. */
  sourceUnreadable?: boolean;
  /** False when a section file could not be read at all: checks that need every section are skipped. */
  complete: boolean;
}

/** Where one metric of a year stands: its section and position in that section's list. */
export interface MetricRef {
  metric: MetricData;
  section: SectionInput;
  index: number;
}

/** The frontmatter path of a metric, or of one of its fields. */
export const metricPath = (index: number, field?: string) => (field ? ['metrics', index, field] : ['metrics', index]);
