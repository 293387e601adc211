/**
 * The report is the official text: every paragraph and heading of the preamble and the
 * sections is a paragraph of source.txt, in the same order, and no paragraph of source.txt is
 * left out. Compared after NFKC (the site prints ，；：（） where the source has , ; : ( )),
 * ignoring white space and the numbering the site adds (一、 （五）).
 */
import { REPORT_SOURCE_FILE } from '../files.ts';
import type { Issues } from '../messages.ts';
import { isPlaceholder } from '../scaffold.ts';
import type { ReportInput } from './types.ts';

const NUMBERING = /^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\))/;

/** A paragraph as compared: NFKC, no white space, no leading numbering. */
const normal = (text: string) => text.normalize('NFKC').replace(/\s+/g, '').replace(NUMBERING, '');

/** One paragraph or heading of the report, where it stands. */
interface Block {
  text: string;
  issues: Issues;
  where: { path?: (string | number)[]; bodyOffset?: number };
  /** The file it is in and where it ends (for a paragraph of a body). */
  file?: string;
  end?: number;
}

/** A paragraph of a body that source.txt does not have: what is reported inside it follows from that. */
export interface ForeignParagraph {
  file: string;
  start: number;
  end: number;
}

/** The paragraphs and headings of a Markdown body, with their offsets. */
function blocksOf(body: string, issues: Issues, file: string): Block[] {
  const blocks: Block[] = [];
  for (const match of body.matchAll(/[^\n]+(?:\n(?!\s*\n)[^\n]+)*/g)) {
    const text = match[0].replace(/^\s*#{1,6}\s+/, '');
    if (text.trim()) blocks.push({ text, issues, where: { bodyOffset: match.index }, file, end: match.index + match[0].length });
  }
  return blocks;
}

/** The report in reading order: preamble, part headings, section titles, bodies. */
function reportBlocks(report: ReportInput, issuesOf: (file: string) => Issues): Block[] {
  const index = issuesOf(report.file);
  const blocks: Block[] = blocksOf(report.body, index, report.file);
  const sections = [...report.sections].sort((a, b) => a.data.order - b.data.order);
  sections.forEach((section, position) => {
    const issues = issuesOf(section.file);
    const { measuresHeading } = report.data;
    if (measuresHeading && section.data.kind === 'measures' && sections[position - 1]?.data.kind !== 'measures') {
      blocks.push({ text: measuresHeading, issues: index, where: { path: ['measuresHeading'] } });
    }
    // A text without headings is one section, titled by the report itself (not a paragraph of the text).
    const untitled = sections.length === 1 && normal(section.data.title) === normal(report.data.title);
    if (!untitled) blocks.push({ text: section.data.title, issues, where: { path: ['title'] } });
    blocks.push(...blocksOf(section.body, issues, section.file));
  });
  return blocks;
}

/** Where two texts first differ, with a few characters of each from there. */
function firstDifference(expected: string, actual: string) {
  let at = 0;
  while (at < expected.length && expected[at] === actual[at]) at++;
  const from = Math.max(0, at - 6);
  return { expected: expected.slice(from, at + 12), actual: actual.slice(from, at + 12) };
}

/** A 文号 line of the source (鞍委〔2024〕17号): the report's metadata, not a paragraph of its text. */
const DOCUMENT_NUMBER_LINE = /^\p{Script=Han}{1,12}[〔[]\d{4}[〕\]]\d{1,4}号$/u;

/**
 * The 文号 is checked against the source's 文号 line, but only warned about: it is metadata
 * (a report may have none), unique across years (see across-years.ts), and a year copied to start the
 * next one keeps last year's source.txt until the new text is pasted.
 */
function checkDocumentNumber(report: ReportInput, numberLines: string[], index: Issues) {
  const { documentNumber } = report.data;
  if (!documentNumber || numberLines.some((line) => normal(line) === normal(documentNumber))) return;
  const written = numberLines[0];
  index.warn(
    { path: ['documentNumber'] },
    written
      ? {
          zh: `文号「${documentNumber}」与 ${REPORT_SOURCE_FILE} 中的「${written}」不同：请照原文核对。`,
          en: `Document number "${documentNumber}" differs from "${written}" in ${REPORT_SOURCE_FILE}: check it against the official text.`,
        }
      : {
          zh: `${REPORT_SOURCE_FILE} 中没有文号「${documentNumber}」：请照原文核对。`,
          en: `${REPORT_SOURCE_FILE} has no document number "${documentNumber}": check it against the official text.`,
        },
  );
}

const excerpt = (text: string) => (text.length > 24 ? `${text.slice(0, 24)}…` : text);

/** Compares the report with source.txt; returns the paragraphs source.txt does not have. */
export function checkAgainstSource(report: ReportInput, issuesOf: (file: string) => Issues): ForeignParagraph[] {
  const foreign: ForeignParagraph[] = [];
  const { source } = report;
  if (source === null || isPlaceholder(source) || !report.complete) return foreign;
  if (report.sections.some((section) => isPlaceholder(section.body)) || isPlaceholder(report.body)) return foreign;
  const lines = source.split(/\r?\n/).map((line) => line.trim());
  // Line 1 holds the issuers and the title; line 2 the web page's byline, when the text has one.
  const [first = '', second = '', ...others] = lines;
  // A text may open with its preamble, without a title line: then there is no title to compare.
  const titled = first.length <= 80 && !/[。；：:]$/.test(first);
  const heading = titled ? first : '';
  const rest = !titled ? lines : /时间|来源|作者|点击/.test(second) ? others : [second, ...others];
  const index = issuesOf(report.file);
  if (!titled) {
    index.warn(
      { path: ['title'] },
      {
        zh: `${REPORT_SOURCE_FILE} 第一行不是标题（原文没有标题行）：请照官方发布的标题核对 title 和 issuers。`,
        en: `The first line of ${REPORT_SOURCE_FILE} is not a title (the text has no title line): check title and issuers against the official publication.`,
      },
    );
  }
  for (const [field, text] of [['title', report.data.title], ...report.data.issuers.map((issuer, i) => [['issuers', i], issuer] as const)] as const) {
    if (!titled || normal(heading).includes(normal(text))) continue;
    index.error(
      { path: Array.isArray(field) ? [...field] : [field] },
      {
        zh: `「${text}」与 ${REPORT_SOURCE_FILE} 第一行（发文机关和标题）不符，请照原文填写。`,
        en: `"${text}" does not match the first line of ${REPORT_SOURCE_FILE} (issuers and title): copy it from there.`,
      },
    );
  }
  const numberLines = rest.filter((line) => DOCUMENT_NUMBER_LINE.test(normal(line)));
  checkDocumentNumber(report, numberLines, index);
  const paragraphs = rest
    .filter((line) => line && !numberLines.includes(line))
    .map((text) => ({ text, normal: normal(text) }));
  let next = 0;
  const blocks = reportBlocks(report, issuesOf);
  for (const [position, block] of blocks.entries()) {
    const wanted = normal(block.text);
    const at = paragraphs.findIndex((paragraph, i) => i >= next && paragraph.normal === wanted);
    if (at === -1) {
      const earlier = paragraphs.findIndex((paragraph) => paragraph.normal === wanted);
      const expected = paragraphs[next];
      if (earlier !== -1) {
        block.issues.error(block.where, {
          zh: `「${excerpt(block.text)}」在原文中在前面（第 ${earlier + 1} 段），这里的顺序与原文不同，或重复了。请照 ${REPORT_SOURCE_FILE} 的顺序排列。`,
          en: `"${excerpt(block.text)}" comes earlier in the official text (paragraph ${earlier + 1}): the order differs from ${REPORT_SOURCE_FILE}, or it is repeated.`,
        });
        continue;
      }
      // A paragraph added before the one source.txt has next (found a little further on) is not a changed one.
      const added = !expected || blocks.slice(position + 1, position + 4).some((b) => normal(b.text) === expected.normal);
      if (added && block.file && block.where.bodyOffset !== undefined && block.end !== undefined)
        foreign.push({ file: block.file, start: block.where.bodyOffset, end: block.end });
      const difference = expected && !added ? firstDifference(expected.normal, wanted) : null;
      block.issues.error(block.where, {
        zh: difference
          ? `这一段与原文（${REPORT_SOURCE_FILE} 第 ${next + 1} 段）不一致：原文是「…${difference.expected}…」，这里是「…${difference.actual}…」。正文必须与官方原文逐字相同。`
          : `这一段「${excerpt(block.text)}」在 ${REPORT_SOURCE_FILE} 中没有：正文必须是官方原文。`,
        en: difference
          ? `This paragraph differs from the official text (${REPORT_SOURCE_FILE} paragraph ${next + 1}): it says "…${difference.actual}…" where the source says "…${difference.expected}…". The text must be the official text, word for word.`
          : `"${excerpt(block.text)}" is not in ${REPORT_SOURCE_FILE}: the text must be the official text.`,
      });
      // Take it for the changed paragraph it most likely is, so one change is one error.
      if (expected && !added && wanted.slice(0, 4) === expected.normal.slice(0, 4)) next++;
      continue;
    }
    for (const skipped of paragraphs.slice(next, at)) {
      block.issues.error(block.where, {
        zh: `原文中这一段之前的「${excerpt(skipped.text)}」（${REPORT_SOURCE_FILE} 第 ${paragraphs.indexOf(skipped) + 1} 段）在报告中没有：不能删减原文，请把它补回。`,
        en: `The paragraph "${excerpt(skipped.text)}" (${REPORT_SOURCE_FILE} paragraph ${paragraphs.indexOf(skipped) + 1}) before this one is missing from the report: put it back.`,
      });
    }
    next = at + 1;
  }
  const last = blocks.at(-1)!;
  for (const [i, skipped] of paragraphs.slice(next).entries()) {
    last.issues.error(
      last.where,
      {
        zh: `原文在这一段之后的「${excerpt(skipped.text)}」（${REPORT_SOURCE_FILE} 第 ${next + i + 1} 段）在报告中没有：不能删减原文，请把它补回相应的章节。`,
        en: `The paragraph "${excerpt(skipped.text)}" (${REPORT_SOURCE_FILE} paragraph ${next + i + 1}) is missing from the report: put it back in its section.`,
      },
    );
  }
  return foreign;
}
