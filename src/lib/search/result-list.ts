/**
 * A search's results, shaped a screen at a time. Pagefind finds every match from its index
 * alone; each result's text (its fragment) is a request of its own, and the list of results
 * grows with every year of the archive, so only the results shown are fetched: the first
 * screen with the search, the next with each 「显示更多」.
 */
import { queryNumbers } from './query.ts';
import { shapeResult, type Hit, type RawResult } from './results.ts';

/** Results a screen shows, and each 「显示更多」 adds. */
export const RESULTS_PER_SCREEN = 10;

/** A match as Pagefind lists it: its id, and its fragment on request. */
export interface Candidate {
  id: string;
  data: () => Promise<RawResult>;
}

export interface ResultList {
  /** How many places the search found: every match, less the figures the query's numbers rule out. */
  readonly total: number;
  /** The results shaped so far, in Pagefind's relevance order. */
  readonly hits: readonly Hit[];
  /** Shapes the next `count` results (fewer at the end), fetching only their fragments. */
  more(count: number): Promise<Hit[]>;
}

/**
 * The list of `candidates` for `query`, less `ruledOut`: for a query with numbers, the figures
 * the index says do not answer to them exactly (Pagefind matches numbers by prefix, so "95%"
 * also finds 95.8%; see NUMBER_FILTER in query.ts), so the total is true from the start and no
 * fragment is fetched before its screen. A figure shown is checked again on its own data.
 */
export async function resultList(
  candidates: readonly Candidate[],
  query: string,
  terms: readonly string[],
  ruledOut: ReadonlySet<string> = new Set(),
): Promise<ResultList> {
  const numbers = queryNumbers(query);
  const fetched = new Map<string, Promise<RawResult>>();
  const data = (candidate: Candidate) => {
    if (!fetched.has(candidate.id)) fetched.set(candidate.id, candidate.data());
    return fetched.get(candidate.id)!;
  };
  const shape = async (candidate: Candidate) => shapeResult(await data(candidate), numbers, terms);
  const pending = candidates.filter((candidate) => !ruledOut.has(candidate.id));

  const hits: Hit[] = [];
  const seen = new Set<string>();
  let total = pending.length;
  let cursor = 0;
  // One batch at a time: a second 「显示更多」 while one loads continues after it.
  let queue: Promise<unknown> = Promise.resolve();

  const take = async (count: number): Promise<Hit[]> => {
    const added: Hit[] = [];
    while (added.length < count && cursor < pending.length) {
      const batch = pending.slice(cursor, cursor + count - added.length);
      cursor += batch.length;
      for (const hit of await Promise.all(batch.map(shape))) {
        // The index holds each place once; should a place come twice, it is listed once and counted once.
        if (!hit || seen.has(hit.url)) total -= 1;
        else {
          seen.add(hit.url);
          added.push(hit);
        }
      }
    }
    hits.push(...added);
    return added;
  };

  return {
    get total() {
      return total;
    },
    hits,
    more(count) {
      const next = queue.then(() => take(count));
      queue = next.catch(() => undefined);
      return next;
    },
  };
}
