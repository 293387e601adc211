/**
 * Searches made while a reader types: only the newest is shown, and it is shown once the reader
 * has paused for `waitMs`. The search itself starts halfway through that pause: each result's
 * text is a request of its own (the index only says where it is), so fetching the first screen's
 * texts while the pause runs out shows them when it ends, not tens of milliseconds later (at
 * 30 years, 40-90 ms). A reader who types on before the halfway point costs nothing but `early`.
 */
export interface TypedSearches {
  /**
   * A search for the box as it is now: `early` at once (fetching what any search of these words
   * needs; its failure is left to `start` to meet), `start` halfway through `waitMs`. Resolves
   * to its outcome after `waitMs`, or to null once a newer call (or `cleared`) has overtaken it.
   */
  typed<T>(waitMs: number, early: () => Promise<unknown>, start: () => Promise<T>): Promise<T | null>;
  /** The box was emptied (or searched at once): any search still waiting is overtaken. */
  cleared(): void;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function typedSearches(): TypedSearches {
  let latest = 0;
  return {
    async typed(waitMs, early, start) {
      const ticket = ++latest;
      early().catch(() => undefined);
      await sleep(waitMs / 2);
      if (ticket !== latest) return null;
      const outcome = start();
      // Until it is shown, its failure is the shown search's to report, or nobody's (overtaken).
      outcome.catch(() => undefined);
      await sleep(waitMs / 2);
      if (ticket !== latest) return null;
      const shown = await outcome;
      return ticket === latest ? shown : null;
    },
    cleared() {
      latest += 1;
    },
  };
}
