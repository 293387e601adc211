/**
 * Reads every report folder from disk, validates it with the same schemas as the Astro
 * collections, runs the cross-file checks, and returns every problem with its file, field
 * and line. Used by the build (before Astro starts) and by `npm run check`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDocument, type Document } from 'yaml';
import { z } from 'astro/zod';
import { REPORT_INDEX_FILE, REPORT_SOURCE_FILE, REPORTS_DIR, SECTION_FILE_PATTERN } from '../constants.ts';
import { checkAcrossYears, checkReport, type ReportInput, type SectionInput } from './checks.ts';
import { isPlaceholder } from './scaffold.ts';
import { bi, problem, type Problem } from './messages.ts';
import { lenientSectionSchema, reportSchema, sectionSchema } from './schema.ts';

interface SplitFile {
  frontmatter: string;
  body: string;
  /** Line number (1-based) where the body starts. */
  bodyLine: number;
}

/** Splits a Markdown file into its YAML frontmatter and its body. */
export function splitFrontmatter(source: string): SplitFile | null {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) return null;
  const frontmatter = match[1] ?? '';
  return {
    frontmatter,
    body: source.slice(match[0].length),
    bodyLine: match[0].split('\n').length,
  };
}

/** The line (1-based) of a frontmatter field, or of its nearest parent that exists. */
function lineOf(document: Document, text: string, fieldPath: (string | number)[]): number | undefined {
  for (let depth = fieldPath.length; depth >= 0; depth--) {
    const node = document.getIn(fieldPath.slice(0, depth), true) as { range?: [number, number] } | undefined;
    const start = node?.range?.[0];
    if (start !== undefined) return text.slice(0, start).split('\n').length + 1;
  }
  return undefined;
}

/** Validates data with a schema and turns each zod issue into a bilingual problem. */
function validate<S extends z.ZodType>(schema: S, data: unknown, file: string, problems: Problem[]) {
  const zh = schema.safeParse(data, { error: z.locales.zhCN().localeError });
  if (zh.success) return zh.data as z.output<S>;
  const en = schema.safeParse(data, { error: z.locales.en().localeError });
  zh.error.issues.forEach((issue, i) => {
    const english = en.success ? '' : (en.error.issues[i]?.message ?? '');
    const message = issue.message.includes('\n') ? issue.message : bi(issue.message, english);
    problems.push(problem(file, message, { path: issue.path as (string | number)[] }));
  });
  return null;
}

interface ParsedFile<T> {
  data: T;
  body: string;
}

/** Reads, splits, parses and validates one Markdown file; records its problems with line numbers. */
async function readEntry<S extends z.ZodType>(
  root: string,
  file: string,
  schema: S,
  problems: Problem[],
  lenient?: z.ZodType,
): Promise<(ParsedFile<z.output<S>> & { locate: (p: Problem) => Problem }) | null> {
  const source = await readFile(path.join(root, file), 'utf8');
  const split = splitFrontmatter(source);
  if (!split) {
    problems.push(
      problem(
        file,
        bi(
          '文件开头缺少用 --- 包围的 frontmatter（元数据）。请参照其他章节文件的开头。',
          'The file does not start with frontmatter between --- lines. Copy the top of another section file.',
        ),
        { line: 1 },
      ),
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
      problems.push(
        problem(
          file,
          bi(
            `frontmatter 的 YAML 格式有误：${error.message.split('\n')[0]}。常见原因：冒号后缺空格、缩进不一致、% 等符号未加引号。`,
            `The frontmatter is not valid YAML: ${error.message.split('\n')[0]}. Check spaces after colons, indentation, and quote values like '%'.`,
          ),
          { line: (error.linePos?.[0]?.line ?? 0) + 1 },
        ),
      );
    }
    return null;
  }
  const raw: unknown = document.toJS();
  if (raw === null || typeof raw !== 'object') {
    problems.push(problem(file, bi('frontmatter 是空的。', 'The frontmatter is empty.'), { line: 1 }));
    return null;
  }
  const before = problems.length;
  const data = validate(schema, raw, file, problems) ?? (lenient?.safeParse(raw).data as z.output<S> | undefined);
  problems.splice(before, problems.length - before, ...problems.slice(before).map(locate));
  return data == null ? null : { data, body: split.body, locate };
}

export interface LoadedContent {
  reports: ReportInput[];
  problems: Problem[];
}

/** Lists the year folders under the reports directory, oldest first. */
export async function listYears(root: string): Promise<number[]> {
  const entries = await readdir(path.join(root, REPORTS_DIR), { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory() && /^\d{4}$/.test(entry.name))
    .map((entry) => Number(entry.name))
    .sort((a, b) => a - b);
}

/** Loads and checks every report under `root` (the project root). */
export async function loadContent(root: string): Promise<LoadedContent> {
  const problems: Problem[] = [];
  const reports: ReportInput[] = [];
  const locators = new Map<string, (p: Problem) => Problem>();
  const reportsDir = path.join(root, REPORTS_DIR);
  const folders = await readdir(reportsDir, { withFileTypes: true });
  for (const folder of folders.filter((entry) => entry.isDirectory())) {
    const folderPath = path.posix.join(REPORTS_DIR, folder.name);
    if (!/^\d{4}$/.test(folder.name)) {
      problems.push(
        problem(
          folderPath,
          bi(
            `报告文件夹必须以四位年份命名（例如 2024），「${folder.name}」不是年份。`,
            `A report folder must be named by its year (e.g. 2024); "${folder.name}" is not a year.`,
          ),
        ),
      );
      continue;
    }
    const files = (await readdir(path.join(reportsDir, folder.name))).sort();
    if (!files.includes(REPORT_INDEX_FILE)) {
      problems.push(
        problem(
          folderPath,
          bi(
            `缺少 ${REPORT_INDEX_FILE}（报告的标题、文号、发布日期和前言）。请从上一年的文件夹复制一份再修改。`,
            `Missing ${REPORT_INDEX_FILE} (the report's title, number, date and preamble). Copy it from last year's folder and edit it.`,
          ),
        ),
      );
      continue;
    }
    const index = await readEntry(root, `${folderPath}/${REPORT_INDEX_FILE}`, reportSchema, problems);
    let complete = true;
    const sections: (SectionInput & { locate: (p: Problem) => Problem })[] = [];
    for (const name of files.filter((file) => file.endsWith('.md') && file !== REPORT_INDEX_FILE)) {
      const file = `${folderPath}/${name}`;
      const match = SECTION_FILE_PATTERN.exec(name);
      if (!match) {
        complete = false;
        problems.push(
          problem(
            file,
            bi(
              '章节文件名应为「两位序号-英文名.md」，例如 05-dispute-resolution.md。',
              'Name section files NN-slug.md, e.g. 05-dispute-resolution.md.',
            ),
          ),
        );
        continue;
      }
      const entry = await readEntry(root, file, sectionSchema, problems, lenientSectionSchema);
      if (!entry) complete = false;
      else sections.push({ file, fileOrder: Number(match[1]), data: entry.data, body: entry.body, locate: entry.locate });
    }
    if (!index) continue;
    const report: ReportInput = {
      year: Number(folder.name),
      file: `${folderPath}/${REPORT_INDEX_FILE}`,
      data: index.data,
      body: index.body,
      sections,
      complete,
    };
    locators.set(report.file, index.locate);
    for (const section of sections) locators.set(section.file, section.locate);
    const source = await readFile(path.join(reportsDir, folder.name, REPORT_SOURCE_FILE), 'utf8').catch(() => null);
    if (source === null || isPlaceholder(source)) {
      problems.push(
        problem(
          `${folderPath}/${REPORT_SOURCE_FILE}`,
          bi(
            `${source === null ? `缺少 ${REPORT_SOURCE_FILE}` : `${REPORT_SOURCE_FILE} 还是占位文字`}：请把官方发布的全文原样保存到这个文件（它是核对网站文字的依据）。`,
            `${REPORT_SOURCE_FILE} is ${source === null ? 'missing' : 'still the placeholder'}: save the official text, exactly as published, in it.`,
          ),
          { severity: index.data.draft ? 'warning' : 'error' },
        ),
      );
    }
    for (const found of checkReport(report)) {
      problems.push((locators.get(found.file) ?? ((p: Problem) => p))(found));
    }
    reports.push(report);
  }
  reports.sort((a, b) => a.year - b.year);
  for (const found of checkAcrossYears(reports)) {
    problems.push((locators.get(found.file) ?? ((p: Problem) => p))(found));
  }
  return { reports, problems };
}

/**
 * For the build: drafts are not published, so their problems cannot break the site. Each draft
 * is summed up in one warning (`npm run check` lists its problems one by one).
 */
export function problemsForBuild({ reports, problems }: LoadedContent): Problem[] {
  const drafts = reports.filter((report) => report.data.draft).map((report) => report.year);
  const inDraft = (file: string) => drafts.some((year) => file.startsWith(`${REPORTS_DIR}/${year}/`));
  const count = (year: number) => problems.filter((p) => p.file.startsWith(`${REPORTS_DIR}/${year}/`)).length;
  return [
    ...problems.filter((p) => !inDraft(p.file)),
    ...drafts.map((year) =>
      problem(
        `${REPORTS_DIR}/${year}/${REPORT_INDEX_FILE}`,
        bi(
          `${year} 年报告是草稿（draft: true），这次不会发布。草稿还有 ${count(year)} 处要处理，运行 npm run check 查看。写完后删除 draft 这一行再构建。`,
          `The ${year} report is a draft (draft: true) and is not published. It has ${count(year)} open item(s): run npm run check to list them. Delete the draft line to publish it.`,
        ),
        { path: ['draft'], severity: 'warning' },
      ),
    ),
  ];
}

/**
 * Years whose index.md says draft: true, read synchronously (for the content collections,
 * which leave drafts out of a production build). A year whose index.md cannot be read is
 * not a draft here: the content check reports it.
 */
export function draftYearsSync(root: string): number[] {
  const dir = path.join(root, REPORTS_DIR);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((name) => /^\d{4}$/.test(name))
    .filter((name) => {
      try {
        const split = splitFrontmatter(readFileSync(path.join(dir, name, REPORT_INDEX_FILE), 'utf8'));
        return (parseDocument(split?.frontmatter ?? '').toJS() as { draft?: unknown } | null)?.draft === true;
      } catch {
        return false;
      }
    })
    .map(Number);
}
