import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { typedSearches } from '../../src/lib/search/typing.ts';

/** A search whose steps are recorded, resolving to `answer` when started. */
function recorded(answer: string) {
  const steps: string[] = [];
  return {
    steps,
    early: async () => void steps.push('early'),
    start: async () => (steps.push('start'), answer),
  };
}

describe('searches made while typing', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('fetches the index at once, starts halfway through the pause, and shows when the pause ends', async () => {
    const searches = typedSearches();
    const search = recorded('法律援助');
    let shown: string | null | undefined;
    void searches.typed(120, search.early, search.start).then((outcome) => (shown = outcome));
    expect(search.steps).toEqual(['early']);
    await vi.advanceTimersByTimeAsync(59);
    expect(search.steps).toEqual(['early']);
    await vi.advanceTimersByTimeAsync(1);
    expect(search.steps).toEqual(['early', 'start']);
    // Started, but not shown before the reader has paused the whole 120 ms.
    expect(shown).toBeUndefined();
    await vi.advanceTimersByTimeAsync(60);
    expect(shown).toBe('法律援助');
  });

  it('never starts a search the reader typed on from before its halfway point', async () => {
    const searches = typedSearches();
    const first = recorded('法律');
    const second = recorded('法律援助');
    const outcomes = [
      searches.typed(120, first.early, first.start),
      (await vi.advanceTimersByTimeAsync(30), searches.typed(120, second.early, second.start)),
    ];
    await vi.advanceTimersByTimeAsync(200);
    expect(await Promise.all(outcomes)).toEqual([null, '法律援助']);
    expect(first.steps).toEqual(['early']);
    expect(second.steps).toEqual(['early', 'start']);
  });

  it('drops a started search once a newer one is typed', async () => {
    const searches = typedSearches();
    const first = recorded('法律');
    const second = recorded('法律援助');
    const older = searches.typed(120, first.early, first.start);
    await vi.advanceTimersByTimeAsync(90);
    expect(first.steps).toEqual(['early', 'start']);
    const newer = searches.typed(120, second.early, second.start);
    await vi.advanceTimersByTimeAsync(200);
    expect([await older, await newer]).toEqual([null, '法律援助']);
  });

  it('shows nothing typed before the box was emptied, even a search already started', async () => {
    const searches = typedSearches();
    const search = recorded('法律援助');
    const pending = searches.typed(120, search.early, search.start);
    await vi.advanceTimersByTimeAsync(70);
    searches.cleared();
    await vi.advanceTimersByTimeAsync(200);
    expect(await pending).toBeNull();
  });

  it('reports a failed search only if it is the one shown', async () => {
    const searches = typedSearches();
    const failing = async () => Promise.reject(new Error('offline'));
    const shown = searches.typed(120, failing, failing);
    const rejected = expect(shown).rejects.toThrow('offline');
    await vi.advanceTimersByTimeAsync(120);
    await rejected;

    const overtaken = searches.typed(120, failing, failing);
    await vi.advanceTimersByTimeAsync(90);
    searches.cleared();
    await vi.advanceTimersByTimeAsync(60);
    expect(await overtaken).toBeNull();
  });
});
