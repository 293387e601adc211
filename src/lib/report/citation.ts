/**
 * Citing a figure: the sentence it stands in, its permanent address, a reference in the
 * style of GB/T 7714-2015 and a one-line form for a news story. Pure functions over plain
 * values, so they are unit-tested without Astro.
 */
import type { ReportData } from '../content/schema.ts';
import { locateFigure, type FigureLocator } from '../figures/locate.ts';
import { isoDate, localDay } from '../format/chinese.ts';

// Where it was first defined: callers may still import it from here.
export { localDay };

/**
 * The report as a citation needs it: title, issuers, 文号 and date from its frontmatter. The
 * 文号 may be missing or empty (a report need not have one); the citations then leave it out.
 */
export type CitedReport = Pick<ReportData, 'title' | 'issuers' | 'published'> &
  Partial<Pick<ReportData, 'documentNumber'>>;

/** The report's title as Chinese text cites it: 《关于2023年鞍山市法治政府建设情况的报告》（鞍委〔2024〕17号）. */
export const citedTitle = (report: Pick<CitedReport, 'title' | 'documentNumber'>) =>
  `\u300a${report.title}\u300b${report.documentNumber ? `\uff08${report.documentNumber}\uff09` : ''}`;

/** Where a citation points: the report, the section and the figure's absolute address. */
export interface CitationTarget {
  /** The report; its sourceUrl (the official page) is named as the original. */
  report: CitedReport & { sourceUrl?: string };
  /** The place of publication, the city without 市: 鞍山. */
  place: string;
  /** The section with its numbering: （五）多元化解社会矛盾纠纷成效明显. */
  sectionHeading: string;
  /** Absolute address of the figure on this site (https://…/2023/dispute-resolution/#legal-aid-cases);
   *  undefined when the site's address is not set, and then left out. */
  url: string | undefined;
  /** The day the reader consulted the page. */
  accessed: Date;
}

/** What the site wrote and what the report says: shown beside labels, chart titles, summaries and shares. */
export const SITE_WORDS = '指标名称、图表标题、摘要和占比由本站整理，数据以原文为准。';

/**
 * A reference in GB/T 7714-2015 form, for a report ([R]) read online (/OL):
 *
 *   主要责任者. 题名: 其他题名信息[R/OL]. 出版地: 出版者, 出版日期: 引文所在位置[引用日期]. 获取和访问路径
 *
 * The standard writes its separators (". " ": " ", " "[ ]") as half-width ASCII marks, also in
 * Chinese references, so they are NOT the full-width punctuation used elsewhere on the site;
 * the site tests exempt elements marked data-gbt7714. The document number is "other title
 * information" (left out when the report has none); the section stands where a printed work gives its page, since a web page has
 * none. The access path is this page (where the reader read it); the official page follows as
 * the original (原文). No full stop after an address: readers copy it, and a trailing dot breaks links.
 */
export function gbtCitation({ report, place, sectionHeading, url, accessed }: CitationTarget): string {
  const issuers = report.issuers.join(', ');
  const number = report.documentNumber ? `: ${report.documentNumber}` : '';
  return (
    `${issuers}. ${report.title}${number}[R/OL]. ` +
    `${place}: ${issuers}, ${isoDate(report.published)}: ${sectionHeading}[${localDay(accessed)}]` +
    (url ? `. ${url}` : '') +
    (report.sourceUrl ? `. 原文: ${report.sourceUrl}` : '')
  );
}

/**
 * The one-line form for a news story: the report by its title, then the clause that holds the
 * figure, verbatim, in quotation marks; nothing added that the clause does not say (no year,
 * no place, no label of the site's):
 * 据《关于2023年鞍山市法治政府建设情况的报告》（鞍委〔2024〕17号），“全市受理法律援助案件共3721件”。
 * `clause` is the clause as clauseOf finds it; without it (a figure not in the text) the figure
 * as written is quoted.
 */
export function oneLineCitation(
  report: Pick<CitedReport, 'title' | 'documentNumber'>,
  clause: FigureSentence | null,
  text: string,
): string {
  return `据${citedTitle(report)}\uff0c\u201c${clause ? sentenceText(clause) : text}\u201d\u3002`;
}

/** The sentence a figure stands in, split around the figure so a page can emphasise it. */
export interface FigureSentence {
  before: string;
  figure: string;
  after: string;
}

/** Marks that end a sentence (or a clause of a list) in the official text. */
const SENTENCE_END = /[。；！？\n]/;

/** Markdown that may open a line of the body: headings, list markers, quotes. */
const LINE_MARKUP = /^(?:#{1,6}\s+|[-*+]\s+|\d+\.\s+|>\s*)/;

/**
 * The sentence of `body` (a section's Markdown) that holds the figure, found exactly as the
 * build's content check and the Markdown plugin find it. Null when the figure is not in the text.
 */
export function sentenceOf(body: string, locator: FigureLocator): FigureSentence | null {
  const found = locateFigure(body, locator);
  if (!found.ok) return null;
  const { start, end } = found.span;
  let from = start;
  while (from > 0 && !SENTENCE_END.test(body[from - 1]!)) from--;
  let to = end;
  while (to < body.length && !SENTENCE_END.test(body[to]!)) to++;
  // Keep the closing mark (。 or ；), not a line break.
  if (to < body.length && body[to] !== '\n') to++;
  const before = body.slice(from, start).replace(LINE_MARKUP, '').trimStart();
  return { before, figure: body.slice(start, end), after: body.slice(end, to).trimEnd() };
}

/** Marks that end a clause: a sentence's ends and its commas and colons. */
const CLAUSE_END = /[。；！？，：\n]/;

/**
 * The clause of `body` that holds the figure (between commas, colons and sentence ends), split
 * around the figure; its ending mark left out, so it can be quoted. Null when not in the text.
 */
export function clauseOf(body: string, locator: FigureLocator): FigureSentence | null {
  const found = locateFigure(body, locator);
  if (!found.ok) return null;
  const { start, end } = found.span;
  let from = start;
  while (from > 0 && !CLAUSE_END.test(body[from - 1]!)) from--;
  let to = end;
  while (to < body.length && !CLAUSE_END.test(body[to]!)) to++;
  const before = body.slice(from, start).replace(LINE_MARKUP, '').trimStart();
  return { before, figure: body.slice(start, end), after: body.slice(end, to).trimEnd() };
}

/** The sentence as one string. */
export const sentenceText = (sentence: FigureSentence) => `${sentence.before}${sentence.figure}${sentence.after}`;
