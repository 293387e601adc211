/**
 * The /search/ page's results, loaded with the engine on the first search (not with the page):
 * the list a screen at a time, the live count, the counts beside the filters, and 「显示更多」.
 */
import { RESULTS_PER_SCREEN, type SearchOutcome } from './engine.ts';
import { countText, renderHit, shownText } from './render.ts';
import type { Hit } from '../../lib/search/results.ts';

const root = document.querySelector<HTMLElement>('[data-search-page]')!;
const status = root.querySelector<HTMLElement>('[data-search-status]')!;
const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
const button = root.querySelector<HTMLButtonElement>('[data-search-show-more]')!;

/** The search on screen, and whether its next screen is loading. */
let current: { outcome: SearchOutcome; loading: boolean } | undefined;

const items = (hits: readonly Hit[], query: string) =>
  hits.map((hit) => {
    const item = document.createElement('li');
    item.className = `search-hit search-hit-${hit.kind}`;
    item.append(renderHit(hit, query, true));
    return item;
  });

/** The live count (how many found, how many shown) and the button, while some are not shown. */
function showCount({ query, results }: SearchOutcome, extended: boolean) {
  const rest = results.total - results.hits.length;
  status.textContent = countText(query, results.total) + shownText(results.hits.length, results.total, extended);
  button.hidden = rest <= 0;
  button.textContent = `显示更多（还有 ${rest} 条）`;
}

/** A new search: its first screen, its count, and its matches per filter value. */
export function showResults(outcome: SearchOutcome): void {
  current = { outcome, loading: false };
  list.replaceChildren(...items(outcome.hits, outcome.query));
  showCount(outcome, false);
  for (const counter of root.querySelectorAll<HTMLElement>('[data-count-for]')) {
    const [name = '', value = ''] = (counter.dataset.countFor ?? '').split(/:(.*)/);
    const count = outcome.counts[name]?.[value];
    counter.textContent = outcome.query && count !== undefined ? `（${count}）` : '';
  }
}

/** The next screen; focus moves to the first of its results, where the reader goes on reading. */
export async function showMore(): Promise<void> {
  const shown = current;
  if (!shown || shown.loading) return;
  shown.loading = true;
  button.setAttribute('aria-busy', 'true');
  const added = await shown.outcome.results.more(RESULTS_PER_SCREEN).finally(() => {
    shown.loading = false;
    button.removeAttribute('aria-busy');
  });
  // A newer search replaced the list meanwhile.
  if (current !== shown) return;
  const newItems = items(added, shown.outcome.query);
  list.append(...newItems);
  showCount(shown.outcome, true);
  newItems[0]?.querySelector('a')?.focus();
}
