/**
 * The content as the check last read it, shared by everything in one Astro process.
 *
 * The integrations load their modules natively and the content collections load theirs
 * through Vite, so each side has its own copy of every module: the content itself is kept on
 * globalThis. This module holds only that handle. The collections' loader imports it instead
 * of the check (`load.ts` and the forty-odd modules under it), which Vite would otherwise
 * transform and run again at every build and every `npm run dev` start (35 of the 124 modules
 * a build transformed there), only to reach the content the check had already read.
 */
import type { ReportInput, SectionInput } from './checks/index.ts';
import type { Problem } from './messages.ts';

/** A file that passed its schema, as the content collections store it. */
export interface ContentEntry {
  /** Which collection stores it: a year's index.md is a report, its NN-slug.md files sections. */
  collection: 'reports' | 'sections';
  /** "2023/index", "2023/05-dispute-resolution". */
  id: string;
  /** Path relative to the project root. */
  file: string;
  /** The whole file, frontmatter and body. */
  text: string;
  /** The frontmatter, as its schema parsed it. */
  data: ReportInput['data'] | SectionInput['data'];
  /** The Markdown after the frontmatter: the official text. */
  body: string;
  /** The year's report is a draft: previewed, never published. */
  draft: boolean;
}

/** What one read of every report folder gives. */
export interface LoadedContent {
  /** Each year's report with its sections, as the checks saw them. */
  reports: ReportInput[];
  /** Every problem found, with its file, field and line. */
  problems: Problem[];
  /** Every file that passed its schema, for the collections (they read nothing again). */
  entries: ContentEntry[];
}

/** How the content is read: `loadContent`, provided by `load.ts` when it is loaded. */
type Reader = (root: string) => Promise<LoadedContent>;

const SHARED = Symbol.for('anshan-report.content');
const READER = Symbol.for('anshan-report.content-reader');
interface Shared {
  root: string;
  loading: Promise<LoadedContent>;
  /** When this read started (performance.now()). */
  at: number;
}
const shared = globalThis as typeof globalThis & { [SHARED]?: Shared; [READER]?: Reader };

/** Called by `load.ts` as it is loaded: reading needs the check, which this module does not import. */
export function provideReader(read: Reader): void {
  shared[READER] ??= read;
}

/** Whether this process has loaded the check (natively or through Vite), so content can be read. */
export const canRead = (): boolean => shared[READER] !== undefined;

/** Reads and checks the content again (a reload already started in the last 100 ms is reused). */
export function reloadContent(root: string): Promise<LoadedContent> {
  const read = shared[READER];
  if (!read) throw new Error('shared-content: load.ts was not loaded in this process');
  const last = shared[SHARED];
  if (last?.root === root && performance.now() - last.at < 100) return last.loading;
  const loading = read(root);
  shared[SHARED] = { root, loading, at: performance.now() };
  return loading;
}

/** The content as last read by the check, or read now if it has not been. */
export const sharedContent = (root: string): Promise<LoadedContent> =>
  shared[SHARED]?.root === root ? shared[SHARED].loading : reloadContent(root);
