/**
 * One Markdown file of a report, from its text to validated data: split off the frontmatter,
 * parse the YAML, validate it with the collection's schema, and place each problem on a line.
 */
import { isAlias, isNode, parseDocument, visit, type Document, type YAMLError } from 'yaml';
import { z } from 'astro/zod';
import { splitFrontmatter } from './files.ts';
import { inLanguage, problem, reporter, type Issues, type Message, type Problem } from './messages.ts';
import type { ParseCache } from './parse-cache.ts';

/**
 * The line (1-based) of a YAML field, or of its nearest parent that exists; `firstLine` is the
 * file's line the YAML starts on (2 for frontmatter, after its ---).
 */
function lineOf(document: Document, text: string, fieldPath: (string | number)[], firstLine = 2): number | undefined {
  for (let depth = fieldPath.length; depth >= 0; depth--) {
    const node = document.getIn(fieldPath.slice(0, depth), true) as { range?: [number, number] } | undefined;
    const start = node?.range?.[0];
    if (start !== undefined) return text.slice(0, start).split('\n').length + firstLine - 1;
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
      : {
          data: undefined,
          // An unknown key is placed at the key itself (its line), not at the object holding it.
          issues: result.error.issues.map((issue) => ({
            path: issue.code === 'unrecognized_keys' && issue.keys[0] ? [...issue.path, issue.keys[0]] : issue.path,
            message: issue.message,
          })),
        };
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

/**
 * A file's bytes as text: UTF-8 (a byte-order mark is dropped). Binary files and other
 * encodings (GBK, saved by Notepad or WPS as "ANSI") are refused with how to fix them.
 */
export function decodeText(bytes: Uint8Array | string, issues: Issues): string | null {
  let text: string;
  if (typeof bytes === 'string') text = bytes;
  else if (bytes.includes(0)) {
    issues.error(
      { line: 1 },
      {
        zh: '这不是文本文件（含有二进制数据，可能是 Word、PDF 或图片）。报告文件夹中只能放 .md 文本和 source.txt：请删除它，或把内容粘贴成纯文本再保存。',
        en: 'This is not a text file (it holds binary data: a Word file, PDF or image?). Keep only .md text and source.txt here: delete it, or paste its content as plain text.',
      },
    );
    return null;
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      const gbk = new TextDecoder('gbk').decode(bytes);
      issues.error(
        { line: 1 },
        {
          zh: `文件编码不是 UTF-8${/\p{Script=Han}/u.test(gbk) ? '（看起来是 GBK/GB2312，即记事本或 WPS 的“ANSI”编码）' : ''}，网站会把中文读成乱码。请用记事本或 VS Code 打开，选择“另存为”，编码选 UTF-8 后保存。`,
          en: 'The file is not encoded as UTF-8 (it looks like GBK, "ANSI" in Notepad or WPS), so its Chinese would be garbled. Open it, choose Save As, pick the UTF-8 encoding and save.',
        },
      );
      return null;
    }
  }
  return text.replace(/^\uFEFF/, '');
}

/** What YAML's error codes mean, in words staff know. */
const YAML_ERRORS: Record<string, string> = {
  DUPLICATE_KEY: '同一个字段写了两次，请删除其中一个',
  BAD_INDENT: '缩进不一致：同一层的字段要对齐，用空格，不要用 Tab',
  TAB_AS_INDENT: '用了 Tab 缩进：请改用空格',
  MISSING_CHAR: '缺少配对的符号（引号、方括号或花括号）',
  BLOCK_AS_IMPLICIT_KEY: '字段名后缺少冒号或冒号后缺空格',
  MULTILINE_IMPLICIT_KEY: '字段名不能跨行：检查冒号和引号',
  UNEXPECTED_TOKEN: '有多余或位置不对的符号',
  BAD_SCALAR_START: '值不能以这个符号开头：含 % @ ` 等符号的值请加引号',
};

/** Anchors and aliases (& and *) let a few lines expand into millions of values: they are refused. */
function hasAliases(document: Document): boolean {
  let found = false;
  visit(document, (_key, node) => {
    if (isAlias(node) || (isNode(node) && node.anchor)) {
      found = true;
      return visit.BREAK;
    }
    return undefined;
  });
  return found;
}

function yamlProblem(error: YAMLError, what = { zh: 'frontmatter', en: 'The frontmatter' }): Message {
  const reason = error.message.split('\n')[0] ?? '';
  const known = YAML_ERRORS[error.code];
  return {
    zh: `${what.zh} 的 YAML 格式有误${known ? `：${known}` : ''}。常见原因：冒号后缺空格、缩进不一致、% 等符号未加引号。`,
    en: `${what.en} is not valid YAML: ${reason}. Check spaces after colons, indentation, and quote values like '%'.`,
  };
}

/**
 * Parses and validates a file that is YAML through and through (content/site.yaml) exactly as
 * frontmatter is: the same YAML errors in words staff know, anchors and aliases refused, the
 * schema's messages in both languages, each problem placed on its line. Null when it fails.
 */
export function parseYamlFile<S extends z.ZodType>(
  file: string,
  text: string,
  schema: S,
  problems: Problem[],
): z.output<S> | null {
  const issues = reporter(file, { problems });
  const document = parseDocument(text);
  const what = { zh: file, en: file };
  if (document.errors.length > 0) {
    for (const error of document.errors) issues.error({ line: error.linePos?.[0]?.line ?? 1 }, yamlProblem(error, what));
    return null;
  }
  if (hasAliases(document)) {
    issues.error(
      { line: 1 },
      {
        zh: `${file} 中不能使用 YAML 的锚点和别名（& 和 *）：请把每个值直接写出来。`,
        en: `YAML anchors and aliases (& and *) are not allowed in ${file}: write each value out.`,
      },
    );
    return null;
  }
  const before = problems.length;
  const data = validate(schema, document.toJS() ?? {}, file, problems);
  const located = problems.slice(before).map((p) => ({ ...p, line: lineOf(document, text, p.path ?? [], 1) ?? 1 }));
  problems.splice(before, problems.length - before, ...located);
  return data;
}

export interface ParsedEntry<T> {
  data: T;
  body: string;
  /** Gives a problem of this file its line, from its field path or body offset. */
  locate: (p: Problem) => Problem;
  /** False when the data is only the lenient reading of a file that failed its schema. */
  valid: boolean;
}

/** How to read one kind of file: its collection's schema, and a lenient reading for the other checks. */
export interface EntrySchemas<S extends z.ZodType> {
  /** Names the schema in the parse cache ("report", "section"). */
  name: string;
  schema: S;
  /** When the schema fails, may still give the data the other checks need. */
  lenient?: z.ZodType;
}

/**
 * Parses and validates one file's text; records its problems with line numbers. When the
 * schema fails, the lenient schema may still give the data the other checks need (null when
 * not). With a cache, a file that parsed cleanly before is not parsed again: its YAML is read
 * only if a later check needs a line number.
 */
export function parseEntry<S extends z.ZodType>(
  file: string,
  text: string,
  { name, schema, lenient }: EntrySchemas<S>,
  problems: Problem[],
  cache?: ParseCache,
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
  let parsed: Document | undefined;
  const documentOf = () => (parsed ??= parseDocument(split.frontmatter));
  const locate = (p: Problem): Problem => {
    if (p.bodyOffset !== undefined) {
      return { ...p, line: split.bodyLine + split.body.slice(0, p.bodyOffset).split('\n').length - 1 };
    }
    return p.path ? { ...p, line: lineOf(documentOf(), split.frontmatter, p.path) } : p;
  };
  const known = cache?.get(name, text);
  if (known !== undefined) return { data: known as z.output<S>, body: split.body, locate, valid: true };
  const document = documentOf();
  if (document.errors.length > 0) {
    for (const error of document.errors) issues.error({ line: (error.linePos?.[0]?.line ?? 0) + 1 }, yamlProblem(error));
    return null;
  }
  if (hasAliases(document)) {
    issues.error(
      { line: 2 },
      {
        zh: 'frontmatter 中不能使用 YAML 的锚点和别名（& 和 *）：请把每个值直接写出来。',
        en: 'YAML anchors and aliases (& and *) are not allowed in frontmatter: write each value out.',
      },
    );
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
  if (data == null) return null;
  if (validated !== null && problems.length === before) cache?.set(name, text, data);
  return { data, body: split.body, locate, valid: validated !== null };
}
