import { describe, expect, it } from 'vitest';
import { resultList, RESULTS_PER_SCREEN, type Candidate } from '../../src/lib/search/result-list.ts';
import type { RawResult } from '../../src/lib/search/results.ts';

const text = (n: number): RawResult => ({
  url: `/2023/section-${n}/`,
  excerpt: '',
  content: `第${n}节：法治政府建设。`,
  meta: { title: `第${n}节`, kind: 'text', year: '2023', section: `第${n}节` },
});
const figure = (id: string, value: string, numeric: number): RawResult => ({
  url: `/2023/dispute-resolution/#${id}`,
  excerpt: '',
  meta: {
    title: id,
    label: id,
    kind: 'figure',
    value,
    numeric: String(numeric),
    unit: '%',
    year: '2023',
    section: '（五）',
  },
});

/** Candidates as Pagefind lists them, recording which fragments were fetched. */
function candidatesOf(raws: RawResult[]) {
  const fetched: string[] = [];
  const candidates: Candidate[] = raws.map((raw, index) => ({
    id: `r${index}`,
    data: async () => {
      fetched.push(`r${index}`);
      return raw;
    },
  }));
  return { candidates, fetched };
}

describe('a result list', () => {
  const many = Array.from({ length: RESULTS_PER_SCREEN * 2 + 3 }, (_, n) => text(n));

  it('counts every result but fetches only the screens asked for, in order', async () => {
    const { candidates, fetched } = candidatesOf(many);
    const list = await resultList(candidates, '法治', ['法治']);
    expect(list.total).toBe(many.length);
    expect(fetched).toEqual([]);
    const first = await list.more(RESULTS_PER_SCREEN);
    expect(first.map((hit) => hit.url)).toEqual(many.slice(0, RESULTS_PER_SCREEN).map((raw) => raw.url));
    expect(fetched).toHaveLength(RESULTS_PER_SCREEN);
    await list.more(RESULTS_PER_SCREEN);
    const last = await list.more(RESULTS_PER_SCREEN);
    expect(last).toHaveLength(3);
    expect(await list.more(RESULTS_PER_SCREEN)).toEqual([]);
    expect(list.hits.map((hit) => hit.url)).toEqual(many.map((raw) => raw.url));
    expect(new Set(fetched).size).toBe(many.length);
  });

  it('two requests at once show the next two screens, nothing twice', async () => {
    const { candidates } = candidatesOf(many);
    const list = await resultList(candidates, '法治', ['法治']);
    const [a, b] = await Promise.all([list.more(RESULTS_PER_SCREEN), list.more(RESULTS_PER_SCREEN)]);
    expect([...a!, ...b!].map((hit) => hit.url)).toEqual(many.slice(0, RESULTS_PER_SCREEN * 2).map((raw) => raw.url));
  });

  it('for a number, leaves out the figures the index rules out, fetching nothing to count', async () => {
    const raws = [figure('satisfaction', '95.8%', 95.8), ...many.slice(0, 12), figure('appearance', '95%以上', 95)];
    const { candidates, fetched } = candidatesOf(raws);
    // What the number filter says of "95%": 95.8% is found only by its prefix.
    const list = await resultList(candidates, '95%', ['95%'], new Set(['r0']));
    expect(list.total).toBe(raws.length - 1);
    expect(fetched).toEqual([]);
    const first = await list.more(RESULTS_PER_SCREEN);
    expect(first[0]?.url).toBe(raws[1]!.url);
    expect(fetched).toHaveLength(RESULTS_PER_SCREEN);
    await list.more(RESULTS_PER_SCREEN);
    expect(list.hits.map((hit) => hit.url)).toEqual(raws.slice(1).map((raw) => raw.url));
    expect(fetched).not.toContain('r0');
  });

  it('still checks a figure it shows against the query, should the index let one through', async () => {
    const raws = [figure('satisfaction', '95.8%', 95.8), text(1)];
    const { candidates } = candidatesOf(raws);
    const list = await resultList(candidates, '95%', ['95%']);
    expect((await list.more(RESULTS_PER_SCREEN)).map((hit) => hit.url)).toEqual([text(1).url]);
    expect(list.total).toBe(1);
  });

  it('lists and counts a place once, should it come twice', async () => {
    const { candidates } = candidatesOf([text(1), text(1), text(2)]);
    const list = await resultList(candidates, '法治', ['法治']);
    const hits = await list.more(RESULTS_PER_SCREEN);
    expect(hits.map((hit) => hit.url)).toEqual([text(1).url, text(2).url]);
    expect(list.total).toBe(2);
  });
});
