/**
 * `npm run new-report -- 2024 --from 报告.docx`: imports the official text as published
 * (a Word .docx, or a .txt in UTF-8, GB18030/GBK or UTF-16/32; src/lib/import/read-file.ts) into content/reports/2024/ as a draft: sections by the text's own
 * headings, every figure declared, last year's ids, labels and slugs kept where they
 * continue (src/lib/import/). It prints what it found and what staff must still check.
 *
 * `npm run new-report -- 2024` (without --from) scaffolds the year from the previous one
 * for staff who paste the text by hand (src/lib/content/scaffold.ts).
 *
 * Usage: node scripts/new-report.ts [year] [--from file] [--url address] [--root project]
 * (the year defaults to the latest + 1; a second bare argument is taken as the project root).
 * An existing year is never overwritten.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { REPORT_INDEX_FILE, REPORT_SOURCE_FILE, REPORTS_DIR, SECTION_FILE_PATTERN } from '../src/lib/content/files.ts';
import { listYears } from '../src/lib/content/files.ts';
import { placeholderSource, scaffoldIndex, scaffoldSection } from '../src/lib/content/scaffold.ts';
import { formatProblem } from '../src/lib/content/print-problems.ts';
import type { Message } from '../src/lib/content/messages.ts';
import { readYear, structureProblem, urlProblem } from '../src/lib/import/door.ts';
import type { ImportedFile } from '../src/lib/import/write.ts';

/** Prints the one cause, with the printer `npm run check` uses, and stops: nothing is written. */
function fail(zh: string, en: string): never {
  console.error(
    [...formatProblem({ zh, en }), '', '导入未完成，没有写入任何文件。 Import stopped; nothing was written.'].join(
      '\n',
    ),
  );
  process.exit(1);
}
const failWith = (message: Message): never => fail(message.zh, message.en);

const { values, positionals } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: { from: { type: 'string' }, url: { type: 'string' }, root: { type: 'string' } },
    });
  } catch (error) {
    return fail(
      `参数有误：${(error as Error).message}。用法：npm run new-report -- 2024 --from 报告.txt`,
      `Bad arguments: ${(error as Error).message}. Usage: npm run new-report -- 2024 --from report.txt`,
    );
  }
})();
const [yearArgument, rootArgument] = positionals;
const root = values.root ?? rootArgument ?? process.cwd();
const years = await listYears(root).catch(() => [] as number[]);
const latest = years.at(-1);
if (latest === undefined && !values.from)
  fail(`${REPORTS_DIR} 中没有任何年度报告可以参照。`, `No report in ${REPORTS_DIR} to start from.`);

const yearOrProblem = readYear(yearArgument, latest);
const year = typeof yearOrProblem === 'number' ? yearOrProblem : failWith(yearOrProblem);
const badUrl = values.url === undefined ? null : urlProblem(values.url);
if (badUrl) failWith(badUrl);
const folder = `${REPORTS_DIR}/${year}/`;
const target = path.join(root, REPORTS_DIR, String(year));
if (existsSync(target)) {
  fail(
    `${folder} 已经存在，没有做任何改动。如要重新生成，请先把这个文件夹移走。`,
    `${folder} already exists; nothing was changed. Move it away first to create it again.`,
  );
}
const from = years.filter((y) => y < year).at(-1);

/** Writes every file into a fresh folder beside the target, then moves it into place at once. */
async function writeYear(files: readonly ImportedFile[]) {
  await mkdir(path.dirname(target), { recursive: true });
  const staging = await mkdtemp(path.join(path.dirname(target), `.${year}-`));
  try {
    for (const file of files) await writeFile(path.join(staging, file.name), file.content);
    if (existsSync(target)) throw new Error(`${folder} appeared while writing`);
    await rename(staging, target);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    fail(`无法写入 ${folder}：${String(error)}`, `Cannot write ${folder}: ${String(error)}`);
  }
}

if (values.from) {
  // Loaded only to import: Word reading, pinyin and the content checks are large; scaffolding and refusals need none.
  const [
    { importReport },
    { previousReport },
    { readReportFile },
    { importSummary },
    { importedFiles },
    { loadContent },
  ] = await Promise.all([
    import('../src/lib/import/import-report.ts'),
    import('../src/lib/content/propose/continuing.ts'),
    import('../src/lib/import/read-file.ts'),
    import('../src/lib/import/summary.ts'),
    import('../src/lib/import/write.ts'),
    import('../src/lib/content/load.ts'),
  ]);
  const bytes = await readFile(values.from).catch(() =>
    fail(`找不到或无法读取原文文件「${values.from}」。`, `Cannot read the text file "${values.from}".`),
  );
  const read = await readReportFile(bytes, values.from);
  if (!read.ok) fail(`「${values.from}」：${read.problem.zh}`, `"${values.from}": ${read.problem.en}`);
  const { decoded, notes: fileNotes } = read;
  if (!/\p{Script=Han}/u.test(decoded.text)) {
    fail(
      `「${values.from}」里没有中文，不像是报告原文（请另存为 .docx 或 .txt 后再试）。`,
      `"${values.from}" holds no Chinese text: save the report as .docx or plain text (.txt) and try again.`,
    );
  }
  const loaded = from === undefined ? undefined : await loadContent(root);
  const last = loaded?.reports.find((report) => report.year === from);
  const result = importReport({
    year,
    text: decoded.text,
    previous: last ? previousReport(last) : undefined,
    today: new Date().toISOString().slice(0, 10),
  });
  const refused = structureProblem(result);
  if (refused) fail(`「${values.from}」：${refused.zh}`, `"${values.from}": ${refused.en}`);
  await writeYear(importedFiles(result, decoded.text, values.url));
  const lines = importSummary({
    result,
    decoded,
    folder,
    previousYear: from,
    hasUrl: values.url !== undefined,
    // Since the process started (performance.now() counts from there), module loading included.
    milliseconds: performance.now(),
  });
  console.log(
    [...lines, ...fileNotes.flatMap((note) => ['', ...formatProblem({ ...note, severity: 'warning' })])].join('\n'),
  );
} else {
  const source = path.join(root, REPORTS_DIR, String(from));
  if (from === undefined) {
    fail(`没有早于 ${year} 年的报告可以参照。`, `There is no report earlier than ${year} to start from.`);
  }
  const names = (await readdir(source)).filter((name) => name === REPORT_INDEX_FILE || SECTION_FILE_PATTERN.test(name));
  // Everything is prepared before anything is written: a failure leaves no half-made folder.
  const files = await Promise.all(
    names.map(async (name) => {
      const text = await readFile(path.join(source, name), 'utf8');
      const content = name === REPORT_INDEX_FILE ? scaffoldIndex(text, from, year) : scaffoldSection(text, from, year);
      return { name, content };
    }),
  ).catch((error: unknown) =>
    fail(`无法读取 ${from} 年报告：${String(error)}`, `Cannot read the ${from} report: ${String(error)}`),
  );
  await writeYear([...files, { name: REPORT_SOURCE_FILE, content: placeholderSource(year) }]);
  console.log(
    [
      `✓ 已按 ${from} 年报告生成 ${folder}（${names.length} 个文件，草稿 draft: true）。`,
      `  Scaffolded ${folder} from ${from} (${names.length} files, marked draft: true).`,
      '',
      `有官方原文文件时，用 --from 一步导入更快：npm run new-report -- ${year} --from 报告.txt`,
      `  With the official text as a file, --from imports it in one step.`,
      '',
      '接下来 Next:',
      `  1. 把官方原文全文保存到 ${folder}${REPORT_SOURCE_FILE}。 Save the official text in ${REPORT_SOURCE_FILE}.`,
      `  2. 修改 ${folder}${REPORT_INDEX_FILE}：文号、发布日期、网址、导语。 Edit index.md: number, date, URL, preamble.`,
      '  3. 在每个章节文件中粘贴原文，填写每个指标的 value 和 text。 Paste each section’s text; fill in value and text.',
      '  4. npm run check（逐条修改，直到没有错误） · npm run dev（预览草稿 preview the draft）',
      `  5. 删除 ${REPORT_INDEX_FILE} 中的 draft: true 一行，再运行 npm run build 发布。 Delete the draft line, then npm run build.`,
      '',
      '详见 See docs/authoring-guide.md',
    ].join('\n'),
  );
}
