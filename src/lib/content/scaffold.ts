/**
 * Scaffolding next year's report from last year's (`npm run new-report -- 2024`): the same
 * sections, slugs, metric ids, labels and units, with every value and text left empty and
 * every body replaced by a placeholder telling staff what to paste. Pure string → string.
 */
import { isMap, isSeq, parseDocument, type Document } from 'yaml';
import { splitFrontmatter } from './files.ts';
import { formatMessage } from './print-problems.ts';

/** Marks a body that is still the scaffold's placeholder, not official text. */
export const PLACEHOLDER_MARK = '【待粘贴原文】';

/** True when a body (or source.txt) still holds the placeholder. */
export const isPlaceholder = (body: string) => body.includes(PLACEHOLDER_MARK);

/** Fields of a figure that belong to last year's wording, not to the measure: dropped. */
const WORDING_FIELDS = ['qualifier', 'context'] as const;

const TO_FILL = '# 待填写 to fill';

function split(source: string) {
  const parts = splitFrontmatter(source);
  if (!parts) throw new Error(formatMessage({ zh: '文件没有 frontmatter。', en: 'The file has no frontmatter.' }));
  return parts;
}

const join = (document: Document, body: string) =>
  `---\n${document
    .toString({ lineWidth: 0, flowCollectionPadding: false })
    .replace(/^(\s*)(value|text): null$/gm, `$1$2: ${TO_FILL}`)
    .trimEnd()}\n---\n\n${body.trim()}\n`;

/** Replaces the year a title names: 2024年重点工作安排 → 2025年重点工作安排. */
const shiftYear = (text: string, from: number, to: number) => text.replaceAll(`${from}年`, `${to}年`);

/** The placeholder body of a section: what to paste, and where it was last year. */
export function placeholderBody(year: number, title: string): string {
  return [
    `${PLACEHOLDER_MARK}请删除这一段，把${year}年度报告中「${title}」这一部分的官方原文原样粘贴在这里（标题不用粘贴，保留原文的全角标点和小标题）。`,
    '',
    `粘贴后运行 npm run check，按提示填写上方每个指标的 value 和 text。`,
  ].join('\n');
}

/** Drops what a chart says in words about last year's figures (its note and summary); the figures it names stay. */
function dropChartWording(document: Document) {
  const charts = document.get('charts');
  if (!isSeq(charts)) return;
  for (const chart of charts.items) {
    if (!isMap(chart)) continue;
    chart.delete('note');
    chart.delete('summary');
  }
}

/** Next year's section file from last year's. */
export function scaffoldSection(source: string, from: number, to: number): string {
  const { frontmatter } = split(source);
  const document = parseDocument(frontmatter);
  const title = String(document.get('title') ?? '');
  const newTitle = shiftYear(title, from + 1, to + 1);
  if (title !== newTitle) document.set('title', newTitle);
  const metrics = document.get('metrics');
  if (isSeq(metrics)) {
    for (const item of metrics.items) {
      if (!isMap(item)) continue;
      item.set('value', null);
      item.set('text', null);
      for (const field of WORDING_FIELDS) item.delete(field);
    }
  }
  // Last year's non-figures and plan links belong to last year's text.
  document.delete('nonFigures');
  document.delete('followUps');
  dropChartWording(document);
  return join(document, placeholderBody(to, newTitle));
}

/** Next year's index.md (report metadata and preamble) from last year's, marked as a draft. */
export function scaffoldIndex(source: string, from: number, to: number): string {
  const { frontmatter } = split(source);
  const document = parseDocument(frontmatter);
  document.set('title', shiftYear(String(document.get('title') ?? ''), from, to));
  dropChartWording(document);
  const reminders: Record<string, string> = {
    documentNumber: ' 请改为今年的文号 set this year’s document number',
    published: ' 请改为今年的发布日期 set this year’s date',
    sourceUrl: ' 请改为今年官方原文的网址 set this year’s official URL',
  };
  for (const [field, comment] of Object.entries(reminders)) {
    const node = document.get(field, true) as { comment?: string } | undefined;
    if (node) node.comment = comment;
  }
  const draft = document.createNode(true);
  draft.comment = ' 草稿：写完并检查无误后删除这一行，才会发布 draft: delete this line to publish';
  document.set('draft', draft);
  const body = [
    `${PLACEHOLDER_MARK}请删除这一段，把${to}年度报告开头的导语（标题之后、“一、”之前的文字）原样粘贴在这里。`,
  ].join('\n');
  return join(document, body);
}

/** The placeholder for source.txt, the official text kept verbatim. */
export const placeholderSource = (to: number) =>
  `${PLACEHOLDER_MARK}请用${to}年度报告官方发布的全文替换本文件的全部内容：第一行为发文机关和标题，第二行为网页上的发布信息，之后是正文。\n`;
