/**
 * `npm run new-report -- 2024`: scaffolds content/reports/2024/ from the previous year's
 * report: the same sections, slugs, metric ids, labels and units; values, texts and bodies
 * left for staff to fill; the report marked draft: true (previewed by `npm run dev`, never
 * published by `npm run build` until the draft line is deleted).
 *
 * Usage: node scripts/new-report.ts [year] [project root]   (year defaults to the latest + 1)
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { REPORT_INDEX_FILE, REPORT_SOURCE_FILE, REPORTS_DIR, SECTION_FILE_PATTERN } from '../src/lib/constants.ts';
import { listYears } from '../src/lib/content/files.ts';
import { placeholderSource, scaffoldIndex, scaffoldSection } from '../src/lib/content/scaffold.ts';

function fail(zh: string, en: string): never {
  console.error(`✗ ${zh}\n  ${en}`);
  process.exit(1);
}

const [yearArgument, rootArgument] = process.argv.slice(2);
const root = rootArgument ?? process.cwd();
const years = await listYears(root).catch(() => [] as number[]);
const latest = years.at(-1);
if (latest === undefined)
  fail(`${REPORTS_DIR} 中没有任何年度报告可以参照。`, `No report in ${REPORTS_DIR} to start from.`);

const year = yearArgument === undefined ? latest + 1 : Number(yearArgument);
if (!/^\d{4}$/.test(String(yearArgument ?? year)) || !Number.isInteger(year)) {
  fail(
    `年份应为四位数字，例如：npm run new-report -- ${latest + 1}`,
    `The year must have four digits, e.g. npm run new-report -- ${latest + 1}`,
  );
}
const target = path.join(root, REPORTS_DIR, String(year));
if (existsSync(target)) {
  fail(
    `${REPORTS_DIR}/${year}/ 已经存在，没有做任何改动。如要重新生成，请先把这个文件夹移走。`,
    `${REPORTS_DIR}/${year}/ already exists; nothing was changed. Move it away first to scaffold again.`,
  );
}
const from = years.filter((y) => y < year).at(-1);
if (from === undefined) {
  fail(`没有早于 ${year} 年的报告可以参照。`, `There is no report earlier than ${year} to start from.`);
}

const source = path.join(root, REPORTS_DIR, String(from));
const files = (await readdir(source)).filter((name) => name === REPORT_INDEX_FILE || SECTION_FILE_PATTERN.test(name));
// Everything is prepared before anything is written: a failure leaves no half-made folder.
const scaffolded = await Promise.all(
  files.map(async (name) => {
    const text = await readFile(path.join(source, name), 'utf8');
    return [
      name,
      name === REPORT_INDEX_FILE ? scaffoldIndex(text, from, year) : scaffoldSection(text, from, year),
    ] as const;
  }),
).catch((error: unknown) =>
  fail(`无法读取 ${from} 年报告：${String(error)}`, `Cannot read the ${from} report: ${String(error)}`),
);
await mkdir(target, { recursive: true });
for (const [name, text] of scaffolded) await writeFile(path.join(target, name), text);
await writeFile(path.join(target, REPORT_SOURCE_FILE), placeholderSource(year));

const folder = `${REPORTS_DIR}/${year}/`;
console.log(
  [
    `✓ 已按 ${from} 年报告生成 ${folder}（${files.length} 个文件，草稿 draft: true）。`,
    `  Scaffolded ${folder} from ${from} (${files.length} files, marked draft: true).`,
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
