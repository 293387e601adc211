/**
 * Pagefind in the browser, loaded on a reader's first interaction with search (never on
 * page load): its JS, WebAssembly and index come from /pagefind/ on this site only.
 */
import { highlightTerms } from '../../lib/search/highlight.ts';
import { normaliseQuery, NUMBER_FILTER, queryNumberKeys, queryNumbers } from '../../lib/search/query.ts';
import { RESULTS_PER_SCREEN, resultList, type ResultList } from '../../lib/search/result-list.ts';
import { typedSearches } from '../../lib/search/typing.ts';

export { RESULTS_PER_SCREEN, type ResultList };
import type { Hit, RawResult } from '../../lib/search/results.ts';

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<RawResult>;
}
interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
}
export type Filters = Partial<Record<'year' | 'section' | 'kind', string[]>>;
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string, options?: object): Promise<void>;
  search(term: string, options?: object): Promise<PagefindResponse>;
}

// A variable, so the bundler leaves the import to the browser: pagefind.js exists only after indexing.
const PAGEFIND_URL = '/pagefind/pagefind.js';
let loading: Promise<PagefindApi> | undefined;

export function loadPagefind(): Promise<PagefindApi> {
  loading ??= (import(/* @vite-ignore */ PAGEFIND_URL) as Promise<PagefindApi>).then(async (pagefind) => {
    // noWorker: Pagefind's worker is a second copy of its engine (11 KB more on a first search);
    // the index is small enough that a search takes milliseconds on the page's own thread.
    await pagefind.options({ excerptLength: 40, noWorker: true });
    await pagefind.init();
    return pagefind;
  });
  return loading;
}

export interface SearchOutcome {
  query: string;
  /** Every result of the search, shaped a screen at a time (result-list.ts). */
  results: ResultList;
  /** The first `first` results, shaped: the only fragments fetched so far. */
  hits: Hit[];
  /** Matches per filter value for this query, for the counts beside the filters. */
  counts: PagefindResponse['filters'];
}

/** Pagefind's filter syntax: several values of one filter mean any of them. */
const pagefindFilters = (filters: Filters) =>
  Object.fromEntries(
    Object.entries(filters)
      .filter(([, values]) => values && values.length > 0)
      .map(([key, values]) => [key, { any: values }]),
  );

/**
 * For a query with numbers, the figures found that do not answer to all of its numbers: found
 * by a number's prefix ("95%" finds 95.8%), with another unit, or by its words alone. Told by
 * the index (no fragment): the figures found, less those whose number keys answer to every
 * number of the query (NUMBER_FILTER, query.ts).
 */
async function figuresRuledOut(
  pagefind: PagefindApi,
  query: string,
  options: { filters: Partial<Record<string, { any: string[] }>> },
): Promise<Set<string>> {
  const numbers = queryNumbers(query);
  const kinds = options.filters.kind?.any;
  // No number, or the reader asked for text only: no figure to rule out.
  if (numbers.length === 0 || (kinds && !kinds.includes('figure'))) return new Set();
  const figures = { ...options.filters, kind: { any: ['figure'] } };
  const asked = numbers.map((number) => ({ [NUMBER_FILTER]: { any: queryNumberKeys(number) } }));
  const [found, answering] = await Promise.all([
    pagefind.search(query, { filters: figures }),
    pagefind.search(query, { filters: { all: [figures, ...asked] } }),
  ]);
  const answers = new Set(answering.results.map((result) => result.id));
  return new Set(found.results.map((result) => result.id).filter((id) => !answers.has(id)));
}

const typing = typedSearches();

/**
 * Searches and shapes the first `first` results. With `debounceMs`, a search for what the reader
 * is typing: shown once they pause, or resolved to null if they type on (typing.ts).
 */
export async function search(
  raw: string,
  {
    filters = {},
    first = RESULTS_PER_SCREEN,
    debounceMs,
  }: { filters?: Filters; first?: number; debounceMs?: number } = {},
): Promise<SearchOutcome | null> {
  const query = normaliseQuery(raw);
  const terms = highlightTerms(query);
  const options = { filters: pagefindFilters(filters) };
  const now = async () => searchNow(await loadPagefind(), query, terms, options, first);
  if (query && debounceMs !== undefined)
    return typing.typed(debounceMs, async () => (await loadPagefind()).preload(query, options), now);
  // An emptied box, or a search asked for at once: nothing typed before it may show after it.
  typing.cleared();
  if (query) return now();
  const results = await resultList([], query, terms);
  return { query, results, hits: [], counts: {} };
}

/** Every result of `query` (the index alone), and the first `first` shaped (their fragments fetched). */
async function searchNow(
  pagefind: PagefindApi,
  query: string,
  terms: string[],
  options: { filters: Partial<Record<string, { any: string[] }>> },
  first: number,
): Promise<SearchOutcome> {
  const response = await pagefind.search(query, options);
  const results = await resultList(response.results, query, terms, await figuresRuledOut(pagefind, query, options));
  return { query, results, hits: await results.more(first), counts: response.filters };
}
