/**
 * The real content of one year, held in memory, for fast tests of the content checks: edit a
 * copy the way staff (or an attacker) might, then run the same checks as the build. Tests do
 * not assume which years exist: the year is the newest published one with its source.txt.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument, type Document } from 'yaml';
import {
  REPORT_INDEX_FILE,
  REPORT_SOURCE_FILE,
  REPORTS_DIR,
  SECTION_FILE_PATTERN,
} from '../../src/lib/content/files.ts';
import { isYearFolder, splitFrontmatter } from '../../src/lib/content/files.ts';
import { checkContent, type ContentFiles, type LoadedContent } from '../../src/lib/content/load.ts';

/** A metric as the frontmatter has it. */
export interface RawMetric {
  id: string;
  label: string;
  value: number | null;
  unit: string;
  text: string | null;
  context?: string;
  qualifier?: string;
}

let cleanYear: number | undefined;

/** The newest year folder whose report is published, has its source.txt and passes every check on its own. */
export function publishedYear(): number {
  if (cleanYear !== undefined) return cleanYear;
  const years = readdirSync(REPORTS_DIR)
    .filter(isYearFolder)
    .map(Number)
    .sort((a, b) => b - a)
    .filter((year) => {
      const files = readdirSync(path.join(REPORTS_DIR, String(year)));
      const index = readFileSync(path.join(REPORTS_DIR, String(year), REPORT_INDEX_FILE), 'utf8');
      return files.includes(REPORT_SOURCE_FILE) && !/^draft: true/m.test(index);
    });
  // A bad edit must be the only problem: take the newest report that is clean on its own (a year
  // copied from another to start the next one still names that year in its title, and is not).
  const clean = years.find((year) => new ContentCopy(year).check().problems.length === 0);
  if (clean === undefined)
    throw new Error('No published report with a source.txt passes the checks in content/reports');
  return (cleanYear = clean);
}

/** A copy of one year's files, with helpers to edit them. */
export class ContentCopy {
  readonly year: number;
  /** Folder name → file name → text (or bytes). */
  readonly folders: ContentFiles;

  constructor(year = publishedYear()) {
    this.year = year;
    const dir = path.join(REPORTS_DIR, String(year));
    const files = new Map<string, Uint8Array | string>(
      readdirSync(dir)
        .sort()
        .map((name) => [name, readFileSync(path.join(dir, name), 'utf8')]),
    );
    this.folders = new Map([[String(year), files]]);
  }

  get files(): Map<string, Uint8Array | string> {
    return this.folders.get(String(this.year))!;
  }

  text(name: string): string {
    const text = this.files.get(name);
    if (typeof text !== 'string') throw new Error(`No text file ${name}`);
    return text;
  }

  /** Replaces the first occurrence of `find` (which must occur) in a file. */
  replace(name: string, find: string, replacement: string): this {
    const text = this.text(name);
    if (!text.includes(find)) throw new Error(`Edit not applicable: ${name} has no ${find}`);
    this.files.set(name, text.replace(find, replacement));
    return this;
  }

  /** Section file names, in order. */
  get sections(): string[] {
    return [...this.files.keys()].filter((name) => SECTION_FILE_PATTERN.test(name));
  }

  frontmatter(name: string): Record<string, unknown> {
    return parseDocument(splitFrontmatter(this.text(name))!.frontmatter).toJS() as Record<string, unknown>;
  }

  body(name: string): string {
    return splitFrontmatter(this.text(name))!.body;
  }

  metrics(name: string): RawMetric[] {
    return (this.frontmatter(name)['metrics'] as RawMetric[] | undefined) ?? [];
  }

  /** Edits a file's frontmatter as YAML (the body stays as it is). */
  editFrontmatter(name: string, edit: (document: Document) => void): this {
    const split = splitFrontmatter(this.text(name))!;
    const document = parseDocument(split.frontmatter);
    edit(document);
    this.files.set(name, `---\n${document.toString({ lineWidth: 0 })}---\n${split.body}`);
    return this;
  }

  /** Replaces a file's body. */
  editBody(name: string, edit: (body: string) => string): this {
    const text = this.text(name);
    const split = splitFrontmatter(text)!;
    this.files.set(name, text.slice(0, text.length - split.body.length) + edit(split.body));
    return this;
  }

  /** A section with at least `count` filled figures, each found once in its body, with a unit. */
  sectionWithFigures(count = 2): { name: string; metrics: (RawMetric & { index: number; text: string })[] } {
    for (const name of this.sections) {
      const body = this.body(name);
      const metrics = this.metrics(name)
        .map((metric, index) => ({ ...metric, index }))
        .filter(
          (m): m is RawMetric & { index: number; text: string } =>
            typeof m.text === 'string' &&
            !m.context &&
            !m.qualifier &&
            /^\d+件$/.test(m.text) &&
            body.split(m.text).length === 2,
        );
      if (metrics.length >= count) return { name, metrics };
    }
    throw new Error(`No section of ${this.year} has ${count} plain figures`);
  }

  /** A section whose body has at least two paragraphs and no figures. */
  sectionWithoutFigures(): string {
    const name = this.sections.find(
      (section) =>
        this.metrics(section).length === 0 &&
        this.body(section)
          .trim()
          .split(/\n\s*\n/).length >= 2,
    );
    if (!name) throw new Error(`No section of ${this.year} without figures`);
    return name;
  }

  check(): LoadedContent {
    return checkContent(this.folders);
  }
}
