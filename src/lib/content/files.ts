/**
 * How report files are laid out on disk: year folders, frontmatter between --- lines.
 * The one place that knows it, for the loader, the scaffold and the scripts.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** Where the reports live, relative to the project root: one folder per year. */
export const REPORTS_DIR = 'content/reports';

/** The file in a year's folder that holds the report's metadata and preamble. */
export const REPORT_INDEX_FILE = 'index.md';

/** The official text as published, kept beside the Markdown so tests can prove nothing was altered. */
export const REPORT_SOURCE_FILE = 'source.txt';

/** Section files are named `NN-slug.md`, NN being the section's order. */
export const SECTION_FILE_PATTERN = /^(\d{2})-([a-z0-9-]+)\.md$/;

/** A year folder's name: four digits (2023). */
export const isYearFolder = (name: string) => /^\d{4}$/.test(name);

export interface SplitFile {
  frontmatter: string;
  body: string;
  /** Line number (1-based) where the body starts. */
  bodyLine: number;
}

/** Splits a Markdown file into its YAML frontmatter and its body. */
export function splitFrontmatter(source: string): SplitFile | null {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) return null;
  return { frontmatter: match[1] ?? '', body: source.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

/** Lists the year folders under the reports directory, oldest first. */
export async function listYears(root: string): Promise<number[]> {
  const entries = await readdir(path.join(root, REPORTS_DIR), { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory() && isYearFolder(entry.name))
    .map((entry) => Number(entry.name))
    .sort((a, b) => a - b);
}
