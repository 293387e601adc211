/**
 * Messages for staff: Chinese first, English beside it. A message is stored as
 * "中文\nEnglish" so it can travel through zod's string-only `message`.
 */

/** Joins a Chinese and an English message. */
export const bi = (zh: string, en: string): string => `${zh}\n${en}`;

/** Splits a message made by `bi` (or a plain one) into its two languages. */
export function splitMessage(message: string): { zh: string; en: string } {
  const [zh = '', ...rest] = message.split('\n');
  return { zh, en: rest.join(' ') };
}

/** One problem found in the content, located as precisely as we can. */
export interface Problem {
  /** File path relative to the project root. */
  file: string;
  /** Frontmatter field, as a path (["metrics", 3, "value"]); absent for whole-file or body problems. */
  path?: (string | number)[];
  /** Offset into the Markdown body, for problems in the text itself. */
  bodyOffset?: number;
  /** Line in the file (1-based), filled in by the loader where it can be found. */
  line?: number;
  /** The message in Chinese. */
  zh: string;
  /** The same message in English. */
  en: string;
  /** Warnings are shown but do not stop the build. */
  severity?: 'error' | 'warning';
}

/** Builds a problem from a bilingual message. */
export function problem(file: string, message: string, where: Partial<Problem> = {}): Problem {
  return { file, ...splitMessage(message), ...where };
}
