/**
 * Citing a figure: the sentence it stands in, its permanent address, a reference in the
 * style of GB/T 7714-2015 and a one-line form for a news story. Pure functions over plain
 * values, so they are unit-tested without Astro.
 */
import { locateFigure, type FigureLocator } from './figures/locate.ts';
import type { MetricRow } from './data/export.ts';

/** The report as a citation needs it (a subset of the report's frontmatter). */
export interface CitedReport {
  /** 关于2023年鞍山市法治政府建设情况的报告 */
  title: string;
  /** 中共鞍山市委, 鞍山市人民政府 */
  issuers: readonly string[];
  /** 鞍委〔2024〕17号; absent for a report published without one. */
  documentNumber?: string | undefined;
  /** Publication date (UTC midnight). */
  published: Date;
}

/** Where a citation points: the report, the section and the figure's absolute address. */
export interface CitationTarget {
  report: CitedReport;
  /** The place of publication, the city without 市: 鞍山. */
  place: string;
  /** The section with its numbering: （五）多元化解社会矛盾纠纷成效明显. */
  sectionHeading: string;
  /** Absolute address of the figure: https://…/2023/dispute-resolution/#legal-aid-cases. */
  url: string;
  /** The day the reader consulted the page. */
  accessed: Date;
}

/** 2024-03-15, the date form GB/T 7714 uses. */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** A local calendar day as YYYY-MM-DD (the reader's "today", for the access date). */
export const localDay = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

/**
 * A reference in GB/T 7714-2015 form, for a report ([R]) read online (/OL):
 *
 *   主要责任者. 题名: 其他题名信息[R/OL]. 出版地: 出版者, 出版日期: 引文所在位置[引用日期]. 获取和访问路径
 *
 * The standard writes its separators (". " ": " ", " "[ ]") as half-width ASCII marks, also in
 * Chinese references, so they are NOT the full-width punctuation used elsewhere on the site;
 * the site tests exempt elements marked data-gbt7714. The document number is "other title
 * information"; the section stands where a printed work gives its page, since a web page has
 * none. No full stop after the address: readers copy it, and a trailing dot breaks links.
 */
export function gbtCitation({ report, place, sectionHeading, url, accessed }: CitationTarget): string {
  const issuers = report.issuers.join(', ');
  return (
    `${issuers ? `${issuers}. ` : ''}${report.title}${report.documentNumber ? `: ${report.documentNumber}` : ''}[R/OL]. ` +
    `${place}: ${issuers || report.title}, ${isoDay(report.published)}: ${sectionHeading}[${localDay(accessed)}]. ${url}`
  );
}

/**
 * Words a label may start with that the one-line form already says: 全市受理… and 市政府系统…
 * read 鞍山市受理… and 鞍山市政府系统… after the city.
 */
const CITY_PREFIXES = ['全市', '市'];

/**
 * The one-line form for a news story:
 * 据鞍委〔2024〕17号报告，2023年鞍山市受理法律援助案件3721件。
 */
export function oneLineCitation(
  report: Pick<CitedReport, 'documentNumber' | 'title'>,
  figure: { year: number; city: string; label: string; text: string },
): string {
  const prefix = [figure.city, ...CITY_PREFIXES].find((words) => figure.label.startsWith(words)) ?? '';
  const label = figure.label.slice(prefix.length);
  // A report without a 文号 is named by its title: 据《关于…的报告》，….
  const source = report.documentNumber ? `${report.documentNumber}报告` : `《${report.title}》`;
  return `据${source}\uff0c${figure.year}年${figure.city}${label}${figure.text}\u3002`;
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

/** The sentence as one string. */
export const sentenceText = (sentence: FigureSentence) => `${sentence.before}${sentence.figure}${sentence.after}`;

/** The change of a figure since the previous year that has the same id and unit. */
export interface FigureChange {
  previousYear: number;
  previousValue: number;
  previousText: string;
  /** value − previousValue, in the figure's unit (percentage points for %). */
  difference: number;
  /** difference ÷ previousValue; null for percentages (their change is in points) or from zero. */
  ratio: number | null;
}

type ChangeInput = Pick<MetricRow, 'year' | 'id' | 'value' | 'unit' | 'text'>;

/** Key of a figure in a year, for the map `figureChanges` returns. */
export const figureKey = (year: number, id: string) => `${year}/${id}`;

/**
 * For every figure that also appears (same id, same unit) in an earlier year, its change
 * since the nearest earlier year. Figures without such a predecessor have no entry.
 */
export function figureChanges(rows: readonly ChangeInput[]): Map<string, FigureChange> {
  const byId = new Map<string, ChangeInput[]>();
  for (const row of rows) byId.set(row.id, [...(byId.get(row.id) ?? []), row]);
  const changes = new Map<string, FigureChange>();
  for (const history of byId.values()) {
    const sorted = [...history].sort((a, b) => a.year - b.year);
    sorted.forEach((row, index) => {
      const previous = sorted.slice(0, index).findLast((earlier) => earlier.year < row.year);
      if (!previous || previous.unit !== row.unit) return;
      const difference = round(row.value - previous.value);
      changes.set(figureKey(row.year, row.id), {
        previousYear: previous.year,
        previousValue: previous.value,
        previousText: previous.text,
        difference,
        ratio: row.unit === '%' || previous.value === 0 ? null : difference / previous.value,
      });
    });
  }
  return changes;
}

const round = (value: number) => Math.round(value * 1e6) / 1e6;

const signed = (value: number, digits: number) => {
  const text = Number(value.toFixed(digits)).toLocaleString('zh-CN', { maximumFractionDigits: digits });
  return value > 0 ? `+${text}` : text;
};

/**
 * A change as readers expect it: "+12.5%（2022年：3306件）" for counts,
 * "+1.2个百分点（2022年：97.6%）" for percentages.
 */
export function formatChange(change: FigureChange, unit: string): string {
  const was = `\uff08${change.previousYear}年\uff1a${change.previousText}\uff09`;
  if (unit === '%') return `${signed(change.difference, 2)}个百分点${was}`;
  if (change.ratio === null) return `${signed(change.difference, 2)}${unit}${was}`;
  return `${signed(change.ratio * 100, 1)}%${was}`;
}

/** A sortable number for a change (the ratio, or the difference for percentages); null when none. */
export const changeSortValue = (change: FigureChange | undefined) =>
  change === undefined ? null : (change.ratio ?? change.difference);

/** The address of a figure's citation block on its section page: #cite-legal-aid-cases. */
export const citePath = (id: string) => `#cite-${id}`;

/** The figures page: /figures/ for every year, /figures/2023/ for one. */
export const figuresPath = (year?: number) => (year === undefined ? '/figures/' : `/figures/${year}/`);
