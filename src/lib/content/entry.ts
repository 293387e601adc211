/**
 * One Markdown file of a report, from its text to validated data: split off the frontmatter,
 * parse the YAML, validate it with the collection's schema, and place each problem on a line.
 */
import { parseDocument, type Document } from 'yaml';
import { z } from 'astro/zod';
import { splitFrontmatter } from './files.ts';
import { inLanguage, problem, reporter, type Message, type Problem } from './messages.ts';

/** The line (1-based) of a frontmatter field, or of its nearest parent that exists. */
function lineOf(document: Document, text: string, fieldPath: (string | number)[]): number | undefined {
  for (let depth = fieldPath.length; depth >= 0; depth--) {
    const node = document.getIn(fieldPath.slice(0, depth), true) as { range?: [number, number] } | undefined;
    const start = node?.range?.[0];
    if (start !== undefined) return text.slice(0, start).split('\n').length + 1;
  }
  return undefined;
}

/** Parses with zod's messages and the schemas' own in one language (zod words its issues lazily: read them here). */
function parseIn<S extends z.ZodType>(language: 'zh' | 'en', schema: S, data: unknown) {
  const error = { zh: z.locales.zhCN, en: z.locales.en }[language]().localeError;
  return inLanguage(language, () => {
    const result = schema.safeParse(data, { error });
    return result.success
      ? { data: result.data, issues: [] }
      : { data: undefined, issues: result.error.issues.map(({ path, message }) => ({ path, message })) };
  });
}

/** Validates data with a schema and turns each zod issue into a bilingual problem. */
function validate<S extends z.ZodType>(schema: S, data: unknown, file: string, problems: Problem[]) {
  const zh = parseIn('zh', schema, data);
  if (zh.issues.length === 0) return zh.data as z.output<S>;
  const en = parseIn('en', schema, data);
  zh.issues.forEach((issue, i) => {
    const message: Message = { zh: issue.message, en: en.issues[i]?.message ?? '' };
    problems.push(problem(file, message, { path: issue.path as (string | number)[], severity: 'error' }));
  });
  return null;
}

export interface ParsedEntry<T> {
  data: T;
  body: string;
  /** Gives a problem of this file its line, from its field path or body offset. */
  locate: (p: Problem) => Problem;
  /** False when the data is only the lenient reading of a file that failed its schema. */
  valid: boolean;
}

/**
 * Parses and validates one file's text; records its problems with line numbers. When the
 * schema fails, `lenient` may still give the data the other checks need (null when not).
 */
export function parseEntry<S extends z.ZodType>(
  file: string,
  text: string,
  schema: S,
  problems: Problem[],
  lenient?: z.ZodType,
): ParsedEntry<z.output<S>> | null {
  const issues = reporter(file, { problems });
  const split = splitFrontmatter(text);
  if (!split) {
    issues.error(
      { line: 1 },
      {
        zh: '文件开头缺少用 --- 包围的 frontmatter（元数据）。请参照其他章节文件的开头。',
        en: 'The file does not start with frontmatter between --- lines. Copy the top of another section file.',
      },
    );
    return null;
  }
  const document = parseDocument(split.frontmatter);
  const locate = (p: Problem): Problem => {
    if (p.bodyOffset !== undefined) {
      return { ...p, line: split.bodyLine + split.body.slice(0, p.bodyOffset).split('\n').length - 1 };
    }
    return p.path ? { ...p, line: lineOf(document, split.frontmatter, p.path) } : p;
  };
  if (document.errors.length > 0) {
    for (const error of document.errors) {
      const reason = error.message.split('\n')[0];
      issues.error(
        { line: (error.linePos?.[0]?.line ?? 0) + 1 },
        {
          zh: `frontmatter 的 YAML 格式有误。常见原因：冒号后缺空格、缩进不一致、% 等符号未加引号。`,
          en: `The frontmatter is not valid YAML: ${reason}. Check spaces after colons, indentation, and quote values like '%'.`,
        },
      );
    }
    return null;
  }
  const raw: unknown = document.toJS();
  if (raw === null || typeof raw !== 'object') {
    issues.error({ line: 1 }, { zh: 'frontmatter 是空的。', en: 'The frontmatter is empty.' });
    return null;
  }
  const before = problems.length;
  const validated = validate(schema, raw, file, problems);
  const data = validated ?? (lenient?.safeParse(raw).data as z.output<S> | undefined);
  problems.splice(before, problems.length - before, ...problems.slice(before).map(locate));
  return data == null ? null : { data, body: split.body, locate, valid: validated !== null };
}
