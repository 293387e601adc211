/**
 * Messages for staff: Chinese first, English beside it, carried as `{ zh, en }` from where a
 * problem is found to where it is printed.
 */

/** One message in both languages. */
export interface Message {
  zh: string;
  en: string;
}

/** Where in a file a problem is. */
export interface Where {
  /** Frontmatter field, as a path (["metrics", 3, "value"]); absent for whole-file or body problems. */
  path?: (string | number)[];
  /** Offset into the Markdown body, for problems in the text itself. */
  bodyOffset?: number;
  /** Line in the file (1-based), filled in by the loader where it can be found. */
  line?: number;
}

/** One problem found in the content, located as precisely as we can. */
export interface Problem extends Where, Message {
  /** File path relative to the project root. */
  file: string;
  /** Warnings are shown but do not stop the build. */
  severity?: 'error' | 'warning';
}

/** Builds a problem. */
export const problem = (file: string, message: Message, where: Where & Pick<Problem, 'severity'> = {}): Problem => ({
  file,
  zh: message.zh,
  en: message.en,
  ...where,
});

/** Reports the problems of one file; `unfinished` is an error, or a warning while the report is a draft. */
export interface Issues {
  error(where: Where, message: Message): void;
  warn(where: Where, message: Message): void;
  /** Something a draft may still lack but a published report may not. */
  unfinished(where: Where, message: Message): void;
}

/** The reporter of one file: every problem it records goes into `problems`. */
export function reporter(file: string, { draft = false, problems }: { draft?: boolean; problems: Problem[] }): Issues {
  const add = (severity: Problem['severity']) => (where: Where, message: Message) =>
    void problems.push(problem(file, message, { ...where, severity }));
  return { error: add('error'), warn: add('warning'), unfinished: add(draft ? 'warning' : 'error') };
}

/*
 * zod's messages are strings. A schema's own messages are functions that answer in the
 * language `validate` (load.ts) is parsing in; Astro's collections, which parse with no
 * language set, get both on one line.
 */
let parsing: keyof Message | null = null;

/** Runs `parse` with the schemas' messages in one language. */
export function inLanguage<T>(language: keyof Message, parse: () => T): T {
  parsing = language;
  try {
    return parse();
  } finally {
    parsing = null;
  }
}

/** A message in the language being parsed in. */
export const speak = (message: Message): string => (parsing ? message[parsing] : `${message.zh}（${message.en}）`);

/** A message said during a parse (in `superRefine`). */
export const say = (zh: string, en: string): string => speak({ zh, en });

/** A schema's own error, said when zod needs it: `{ error: says(…) }`. */
export const says = (zh: string, en: string) => () => say(zh, en);
