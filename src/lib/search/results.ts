/**
 * Pagefind's raw results shaped into what the search UI lists: one entry per place to go,
 * figures with their value, text passages with their highlighted excerpt.
 */
import { findTerms } from './highlight.ts';
import { HIGHLIGHT_PARAM } from './params.ts';
import { figureMatchesNumbers, queryNumbers, type QueryNumber } from './query.ts';
import type { Kind } from './records.ts';

/** The part of a Pagefind result (`await result.data()`) the UI uses. */
export interface RawResult {
  url: string;
  excerpt: string;
  /** The record's whole indexed text. */
  content?: string;
  meta: Record<string, string | undefined>;
  sub_results?: { title: string; url: string; excerpt: string; locations?: number[] }[];
}

export interface Hit {
  kind: Kind;
  /** Where the result leads: a figure's anchor or a section page (or a heading in it). */
  url: string;
  /** Figure: its label; text: the section's heading (› the sub-heading). */
  title: string;
  /** Figure only: the figure as written (3721件). */
  value?: string;
  /** Text only: the sentence that matched, in pieces, the matched words marked. */
  excerpt?: ExcerptPart[];
  year: string;
  section: string;
}

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/**
 * Shapes results (already in Pagefind's relevance order) and drops what the query does not
 * ask for. `terms` are the words to find in a passage (see `highlightTerms`), best first.
 */
export function shapeResults(raw: readonly RawResult[], query: string, terms: readonly string[]): Hit[] {
  const numbers = queryNumbers(query);
  const seen = new Set<string>();
  const hits: Hit[] = [];
  for (const result of raw) {
    const hit = shapeResult(result, numbers, terms);
    // The same place is never listed twice.
    if (!hit || seen.has(hit.url)) continue;
    seen.add(hit.url);
    hits.push(hit);
  }
  return hits;
}

/**
 * One result as the UI lists it, or null for a figure the query's `numbers` (`queryNumbers`)
 * do not ask for (Pagefind matched its number by prefix only).
 */
export function shapeResult(result: RawResult, numbers: readonly QueryNumber[], terms: readonly string[]): Hit | null {
  if (result.meta.kind !== 'figure') return textHit(result, terms);
  return numbers.length > 0 && !figureAnswers(result, numbers) ? null : figureHit(result);
}

function figureAnswers(result: RawResult, numbers: readonly QueryNumber[]): boolean {
  const { value = '', numeric = 'NaN', unit = '', label = '' } = result.meta;
  return figureMatchesNumbers({ text: value, value: Number(numeric), unit, label }, numbers);
}

function figureHit(result: RawResult): Hit {
  const { title = '', value = '', year = '', section = '' } = result.meta;
  return { kind: 'figure', url: result.url, title, value, year, section };
}

function textHit(result: RawResult, terms: readonly string[]): Hit {
  const { title = '', year = '', section = '' } = result.meta;
  const sentence = result.content ? matchedSentence(result.content, terms) : null;
  return {
    kind: 'text',
    url: result.url,
    title,
    excerpt: sentence ?? excerptParts(result.excerpt),
    year,
    section,
  };
}

/**
 * Pagefind's content has ". " where blocks end (a heading) and spaces where elements meet
 * (共 3721件); Chinese text has neither: blocks become line breaks, the spaces go.
 */
const tidy = (text: string) =>
  text
    .replace(/\.\s+(?=[^\p{ASCII}])/gu, '\n')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ (?=[^\p{ASCII}])|(?<=[^\p{ASCII}]) /gu, '')
    // Pagefind's stored text has ASCII ,;:() where the report prints them full-width.
    .replace(/(?<=\p{Script=Han}|[“”])[,;:()!?]|[,;:()!?](?=\p{Script=Han}|[“”])/gu, (mark) => FULL_WIDTH[mark]!);

const FULL_WIDTH: Record<string, string> = {
  ',': '\uff0c',
  ';': '\uff1b',
  ':': '\uff1a',
  '(': '\uff08',
  ')': '\uff09',
  '!': '\uff01',
  '?': '\uff1f',
};

/**
 * The sentence a passage matched, "down to the exact sentence": the first sentence holding
 * the best term (the whole query if it occurs, else the longest word that does), marked.
 * The page a result leads to scrolls to the same sentence (src/components/search/highlight-page.ts).
 */
export function matchedSentence(content: string, terms: readonly string[]): ExcerptPart[] | null {
  const sentences = tidy(content).match(/[^。；！？\n]+[。；！？]?/g) ?? [];
  for (const term of terms) {
    const sentence = sentences.find((s) => findTerms(s, [term]).length > 0);
    if (!sentence) continue;
    const parts: ExcerptPart[] = [];
    let cursor = 0;
    for (const [start, end] of findTerms(sentence, terms)) {
      if (start > cursor) parts.push({ text: sentence.slice(cursor, start), mark: false });
      parts.push({ text: sentence.slice(start, end), mark: true });
      cursor = end;
    }
    if (cursor < sentence.length) parts.push({ text: sentence.slice(cursor), mark: false });
    return parts;
  }
  return null;
}

/** /2023/x/#id + "3721" → /2023/x/?highlight=3721#id (the anchor stays last, so it still lands). */
export function withHighlight(url: string, query: string): string {
  const [path = '', hash] = url.split('#');
  const separator = path.includes('?') ? '&' : '?';
  return `${path}${separator}${HIGHLIGHT_PARAM}=${encodeURIComponent(query)}${hash ? `#${hash}` : ''}`;
}

/** Pagefind's excerpt HTML as plain pieces, so the UI builds text nodes and never parses HTML. */
export function excerptParts(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  for (const [index, piece] of html.split(/<\/?mark>/).entries()) {
    const text = decodeEntities(piece.replace(/<[^>]*>/g, ''));
    if (text) parts.push({ text, mark: index % 2 === 1 });
  }
  return parts;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", nbsp: ' ' };
const decodeEntities = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|#39|#x27|nbsp);/g, (_, name: string) => ENTITIES[name]!);
