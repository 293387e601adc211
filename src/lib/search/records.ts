/**
 * What the search index holds besides the section pages: one record per figure, so a
 * query for "3721" or "法律援助案件" offers the figure itself with a link to its anchor,
 * and one record for each report's metadata (title, issuers, 文号, date, preamble), which
 * the section pages leave out so it is not found twelve times.
 *
 * Pure data: the records are emitted by src/pages/search/records.json.ts at build time and
 * added to Pagefind by src/integrations/search-index.ts through its Node API.
 */
import type { FilledMetric, ReportData } from '../content/schema.ts';
import { figureNumberKeys, figureSearchWords, NUMBER_FILTER } from './query.ts';

/** The language Pagefind detects from <html lang="zh-CN">: records must share the pages' index. */
export const SEARCH_LANGUAGE = 'zh-cn';

/** The kinds of result, a Pagefind filter. */
export const KINDS = { text: '正文', figure: '数据' } as const;
export type Kind = keyof typeof KINDS;

/** The `section` filter value of the report's own record (cover, metadata and preamble). */
export const REPORT_SECTION = '报告概况';

/** A custom record as Pagefind's Node API takes it (`index.addCustomRecord`). */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** Meta every record and section page carries; the UI shows it beside each result. */
export interface ResultMeta {
  title: string;
  kind: Kind;
  year: string;
  section: string;
  /** Figures only: the figure as written in the text (3721件, 95%以上), its label, its section page. */
  value?: string;
  label?: string;
  unit?: string;
  numeric?: string;
  sectionUrl?: string;
}

/** A figure as its search record needs it: the metric's own fields, and where it stands. */
export type FigureInput = Pick<FilledMetric, 'id' | 'label' | 'value' | 'unit' | 'text'> & {
  year: number;
  sectionHeading: string;
  sectionUrl: string;
  url: string;
};

export function figureRecord(figure: FigureInput): SearchRecord {
  const text = figure.text.normalize('NFKC');
  const meta: ResultMeta = {
    title: figure.label,
    kind: 'figure',
    year: String(figure.year),
    section: figure.sectionHeading,
    value: figure.text,
    label: figure.label,
    unit: figure.unit,
    numeric: String(figure.value),
    sectionUrl: figure.sectionUrl,
  };
  return {
    url: figure.url,
    // Label and figure as one phrase, then the other spellings (97.2万, 972000) as words.
    content: [`${figure.label.normalize('NFKC')}${text}`, ...figureSearchWords(figure)].join(' '),
    language: SEARCH_LANGUAGE,
    meta: { ...meta },
    filters: {
      year: [meta.year],
      section: [meta.section],
      kind: ['figure'],
      // Not shown as a filter: lets a query with numbers keep only the figures that answer to them.
      [NUMBER_FILTER]: figureNumberKeys(figure),
    },
  };
}

/** A report as its search record needs it: title, issuers and 文号 from its frontmatter. */
export type ReportInput = Pick<ReportData, 'title' | 'issuers' | 'documentNumber'> & {
  year: number;
  url: string;
  /** The publication date as written in the record: 2024-03-15. */
  published: string;
  preamble: string;
};

export function reportRecord(report: ReportInput): SearchRecord {
  const meta: ResultMeta = { title: report.title, kind: 'text', year: String(report.year), section: REPORT_SECTION };
  return {
    url: report.url,
    content: [
      report.title,
      report.issuers.join(' '),
      report.documentNumber,
      report.published,
      report.preamble.normalize('NFKC'),
    ].join('\n'),
    language: SEARCH_LANGUAGE,
    meta: { ...meta },
    filters: { year: [meta.year], section: [REPORT_SECTION], kind: ['text'] },
  };
}

/** A section page's filters and meta, as the indexer adds them to the page's indexed copy. */
export interface PageFacets {
  url: string;
  filters: Record<string, string>;
  meta: Record<string, string>;
}

export function pageFacets(year: number, url: string, sectionHeading: string): PageFacets {
  const facets = { year: String(year), section: sectionHeading, kind: 'text' };
  return { url, filters: facets, meta: facets };
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * Empty elements carrying a page's filters and meta, one per key: Pagefind 1.6 reads one
 * key:value per attribute (a comma does not separate two), so the <article> cannot carry them all.
 */
export function facetMarkup(facets: PageFacets): string {
  const tags = [
    ...Object.entries(facets.filters).map(([key, value]) => ['filter', key, value]),
    ...Object.entries(facets.meta).map(([key, value]) => ['meta', key, value]),
  ];
  return tags
    .map(([kind, key, value]) => `<span data-pagefind-${kind}="${key}:${escapeAttribute(value!)}"></span>`)
    .join('');
}
