/**
 * Pagefind in the browser, loaded on a reader's first interaction with search (never on
 * page load): its JS, WebAssembly and index come from /pagefind/ on this site only.
 */
import { highlightTerms } from '../../lib/search/highlight.ts';
import { normaliseQuery } from '../../lib/search/query.ts';
import { shapeResults, type Hit, type RawResult } from '../../lib/search/results.ts';

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
  debouncedSearch(term: string, options?: object, ms?: number): Promise<PagefindResponse | null>;
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
 * Searches and shapes the results. With `debounceMs`, a search overtaken by a newer one
 * resolves to null (the reader is still typing).
 */
export async function search(
  raw: string,
  { filters = {}, limit = 50, debounceMs }: { filters?: Filters; limit?: number; debounceMs?: number } = {},
): Promise<SearchOutcome | null> {
  const query = normaliseQuery(raw);
  if (!query) return { query, hits: [], counts: {} };
  const pagefind = await loadPagefind();
  const options = { filters: pagefindFilters(filters) };
  const response =
    debounceMs === undefined
      ? await pagefind.search(query, options)
      : await pagefind.debouncedSearch(query, options, debounceMs);
  if (!response) return null;
  const raws = await Promise.all(response.results.slice(0, limit).map((result) => result.data()));
  return { query, hits: shapeResults(raws, query, highlightTerms(query)), counts: response.filters };
}
