/**
 * Reads every report folder, validates it with the same schemas as the Astro collections,
 * runs the cross-file checks, and returns every problem with its file, field and line. Used
 * by the build's integration and by `npm run check`; `checkContent` does the same on files
 * held in memory (tests).
 */
import path from 'node:path';
import { REPORT_INDEX_FILE, REPORT_SOURCE_FILE, REPORTS_DIR, SECTION_FILE_PATTERN } from './files.ts';
import { checkAcrossYears, checkReport, type ReportInput, type SectionInput } from './checks/index.ts';
import { checkCorrections } from './checks/corrections.ts';
import { readPublished, today, type PublishedSource } from './published-files.ts';
import { decodeText, parseEntry, type EntrySchemas, type ParsedEntry } from './entry.ts';
import { isYearFolder } from './files.ts';
import { problem, reporter, type Problem } from './messages.ts';
import { openParseCache, type ParseCache } from './parse-cache.ts';
import { readContentFiles, type ContentFiles } from './read-files.ts';
import { provideReader, type ContentEntry, type LoadedContent } from './shared-content.ts';
import { lenientSectionSchema, reportSchema, sectionSchema } from './schema.ts';

export type { ContentFiles } from './read-files.ts';

export type { ContentEntry, LoadedContent } from './shared-content.ts';

export { readContentFiles } from './read-files.ts';

/** Loads and checks every report under `root` (the project root). */
export async function loadContent(root: string): Promise<LoadedContent> {
  // A missing, linked or unreadable folder or file is said with its path, never a stack trace.
  const { files, unreadable, problems } = await readContentFiles(root);
  const { cache, save } = await openParseCache(root);
  const loaded = checkContent(files, cache, unreadable, await readPublished(root));
  await save();
  return { ...loaded, problems: [...problems, ...loaded.problems] };
}

const REPORT_FILE: EntrySchemas<typeof reportSchema> = { name: 'report', schema: reportSchema };
const SECTION_FILE: EntrySchemas<typeof sectionSchema> = {
  name: 'section',
  schema: sectionSchema,
  lenient: lenientSectionSchema,
};

/**
 * Checks the content of one folder per year, held in memory. Pure, but for `cache`: what files
 * parsed to before (src/lib/content/parse-cache.ts); the result is the same with or without it.
 */
export function checkContent(
  content: ContentFiles,
  cache?: ParseCache,
  unreadable: ReadonlySet<string> = new Set(),
  published: PublishedSource[] = [],
): LoadedContent {
  const problems: Problem[] = [];
  const reports: ReportInput[] = [];
  const entries: ContentEntry[] = [];
  const locators = new Map<string, (p: Problem) => Problem>();
  for (const [folder, files] of content) {
    const folderPath = path.posix.join(REPORTS_DIR, folder);
    const issues = reporter(folderPath, { problems });
    if (!isYearFolder(folder)) {
      issues.error(
        {},
        {
          zh: `报告文件夹必须以四位年份命名（例如 2024），「${folder}」不是年份。`,
          en: `A report folder must be named by its year (e.g. 2024); "${folder}" is not a year.`,
        },
      );
      continue;
    }
    const text = (name: string) => {
      const bytes = files.get(name);
      return bytes === undefined ? undefined : decodeText(bytes, reporter(`${folderPath}/${name}`, { problems }));
    };
    const indexText = text(REPORT_INDEX_FILE);
    // Not read (a link, a folder, no permission): already reported with its path.
    if (indexText === null || unreadable.has(`${folder}/${REPORT_INDEX_FILE}`)) continue;
    if (indexText === undefined) {
      issues.error(
        {},
        {
          zh: `缺少 ${REPORT_INDEX_FILE}（报告的标题、文号、发布日期和前言）。请从上一年的文件夹复制一份再修改。`,
          en: `Missing ${REPORT_INDEX_FILE} (the report's title, number, date and preamble). Copy it from last year's folder and edit it.`,
        },
      );
      continue;
    }
    const index = parseEntry(`${folderPath}/${REPORT_INDEX_FILE}`, indexText, REPORT_FILE, problems, cache);
    const valid: Omit<ContentEntry, 'draft'>[] = [];
    if (index?.valid) {
      const file = `${folderPath}/${REPORT_INDEX_FILE}`;
      valid.push({ collection: 'reports', id: `${folder}/index`, file, text: indexText, data: index.data, body: index.body });
    }
    let complete = true;
    const sections: (SectionInput & Pick<ParsedEntry<unknown>, 'locate'>)[] = [];
    for (const name of files.keys()) {
      if (name === REPORT_INDEX_FILE || name === REPORT_SOURCE_FILE || name.startsWith('.')) continue;
      const file = `${folderPath}/${name}`;
      if (!name.endsWith('.md')) {
        reporter(file, { problems }).warn(
          {},
          {
            zh: `报告文件夹中只应有 index.md、章节 .md 文件和 ${REPORT_SOURCE_FILE}：这个文件不会发布，请移走。`,
            en: `A report folder holds only index.md, section .md files and ${REPORT_SOURCE_FILE}: this file is not published; move it elsewhere.`,
          },
        );
        continue;
      }
      const match = SECTION_FILE_PATTERN.exec(name);
      if (!match) {
        complete = false;
        reporter(file, { problems }).error(
          {},
          {
            zh: '章节文件名应为「两位序号-英文名.md」，例如 05-dispute-resolution.md。',
            en: 'Name section files NN-slug.md, e.g. 05-dispute-resolution.md.',
          },
        );
        continue;
      }
      const sectionText = text(name);
      const entry =
        sectionText == null ? null : parseEntry(file, sectionText, SECTION_FILE, problems, cache);
      if (!entry) complete = false;
      else sections.push({ file, fileOrder: Number(match[1]), data: entry.data, body: entry.body, locate: entry.locate });
      if (entry?.valid) {
        const id = `${folder}/${name.replace(/\.md$/, '')}`;
        valid.push({ collection: 'sections', id, file, text: sectionText!, data: entry.data, body: entry.body });
      }
    }
    entries.push(...valid.map((entry) => ({ ...entry, draft: index?.data.draft ?? false })));
    if (!index) continue;
    const report: ReportInput = {
      year: Number(folder),
      file: `${folderPath}/${REPORT_INDEX_FILE}`,
      data: index.data,
      body: index.body,
      sections,
      source: text(REPORT_SOURCE_FILE) ?? null,
      sourceUnreadable: unreadable.has(`${folder}/${REPORT_SOURCE_FILE}`),
      complete: complete && ![...unreadable].some((file) => file.startsWith(`${folder}/`)),
    };
    locators.set(report.file, index.locate);
    for (const section of sections) locators.set(section.file, section.locate);
    const previous = reports.filter((other) => other.year < report.year).at(-1);
    for (const found of checkReport(report, previous, problems)) problems.push((locators.get(found.file) ?? ((p: Problem) => p))(found));
    // A published figure changed without a correction (checks/corrections.ts).
    for (const found of checkCorrections(report, published, today())) problems.push(locators.get(found.file)!(found));
    reports.push(report);
  }
  reports.sort((a, b) => a.year - b.year);
  for (const found of checkAcrossYears(reports)) {
    problems.push((locators.get(found.file) ?? ((p: Problem) => p))(found));
  }
  return { reports, problems, entries };
}

// The content read by the check is shared with the content collections (shared-content.ts),
// which read it through this check only when none has run in their process.
provideReader(loadContent);
export { reloadContent, sharedContent } from './shared-content.ts';

/**
 * For the build: drafts are not published, so their problems cannot break the site. Each draft
 * is summed up in one warning (`npm run check` lists its problems one by one).
 */
export function problemsForBuild({ reports, problems }: Pick<LoadedContent, 'reports' | 'problems'>): Problem[] {
  const drafts = reports.filter((report) => report.data.draft).map((report) => report.year);
  const inDraft = (file: string) => drafts.some((year) => file.startsWith(`${REPORTS_DIR}/${year}/`));
  const count = (year: number) => problems.filter((p) => p.file.startsWith(`${REPORTS_DIR}/${year}/`)).length;
  return [
    ...problems.filter((p) => !inDraft(p.file)),
    ...drafts.map((year) =>
      problem(
        `${REPORTS_DIR}/${year}/${REPORT_INDEX_FILE}`,
        {
          zh: `${year} 年报告是草稿（draft: true），这次不会发布。草稿还有 ${count(year)} 处要处理，运行 npm run check 查看。写完后删除 draft 这一行再构建。`,
          en: `The ${year} report is a draft (draft: true) and is not published. It has ${count(year)} open item(s): run npm run check to list them. Delete the draft line to publish it.`,
        },
        { path: ['draft'], severity: 'warning' },
      ),
    ),
  ];
}
