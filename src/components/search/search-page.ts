/**
 * The /search/ page: reads the query and filters from the URL, searches as the reader types
 * or changes a filter, and writes them back to the URL (replaceState) so the address can be shared.
 */
import type * as Engine from './engine.ts';
import type { Filters } from './engine.ts';
import type * as Render from './render.ts';
import type { Hit } from '../../lib/search/results.ts';

// The engine and the result rendering are fetched with the first search, not with the page
// (JavaScript on load ≤ 3 KB: tests/site/js-on-load.test.ts); a query in the address starts one at once.
let modules: Promise<[typeof Engine, typeof Render]> | undefined;
const load = () => (modules ??= Promise.all([import('./engine.ts'), import('./render.ts')]));

const root = document.querySelector<HTMLElement>('[data-search-page]')!;
const form = root.querySelector('form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const status = root.querySelector<HTMLElement>('[data-search-status]')!;
const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
const moreButton = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
const FILTERS = ['kind', 'year', 'section'] as const;

const checkboxes = (name: string) => [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)];

function readUrl() {
  const params = new URLSearchParams(window.location.search);
  input.value = params.get('q') ?? '';
  for (const name of FILTERS) {
    const chosen = new Set(params.getAll(name));
    for (const box of checkboxes(name)) box.checked = chosen.has(box.value);
  }
  if (FILTERS.some((name) => params.has(name))) form.querySelector('details')?.setAttribute('open', '');
}

function chosenFilters(): Filters {
  return Object.fromEntries(
    FILTERS.map((name) => [
      name,
      checkboxes(name)
        .filter((box) => box.checked)
        .map((box) => box.value),
    ]),
  );
}

function writeUrl(query: string, filters: Filters) {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const [name, values] of Object.entries(filters)) for (const value of values ?? []) params.append(name, value);
  const search = params.toString();
  window.history.replaceState(null, '', search ? `?${search}` : window.location.pathname);
}

let latest = 0;
/** The search on screen: its results, and whether a 「显示更多」 is loading. */
let shown: { query: string; results: Engine.ResultList; ticket: number; loading: boolean } | undefined;

async function run(debounceMs?: number) {
  const filters = chosenFilters();
  const raw = input.value;
  writeUrl(raw.trim(), filters);
  const ticket = ++latest;
  const [{ search }, render] = await load();
  const outcome = await search(raw, { filters, debounceMs });
  if (!outcome || ticket !== latest) return;
  shown = { query: outcome.query, results: outcome.results, ticket, loading: false };
  list.replaceChildren(...items(render, outcome.hits, outcome.query));
  showCount(render, false);
  for (const counter of form.querySelectorAll<HTMLElement>('[data-count-for]')) {
    const [name = '', value = ''] = (counter.dataset.countFor ?? '').split(/:(.*)/);
    const count = outcome.counts[name]?.[value];
    counter.textContent = outcome.query && count !== undefined ? `（${count}）` : '';
  }
}

const items = ({ renderHit }: typeof Render, hits: readonly Hit[], query: string) =>
  hits.map((hit) => {
    const item = document.createElement('li');
    item.className = `search-hit search-hit-${hit.kind}`;
    item.append(renderHit(hit, query, true));
    return item;
  });

/** The live count (how many found, how many shown) and the button, while some are not shown. */
function showCount({ countText, shownText }: typeof Render, extended: boolean) {
  if (!shown) return;
  const { query, results } = shown;
  const rest = results.total - results.hits.length;
  status.textContent = countText(query, results.total) + shownText(results.hits.length, results.total, extended);
  moreButton.hidden = rest <= 0;
  moreButton.textContent = `显示更多（还有 ${rest} 条）`;
}

/** The next screen of results; focus moves to the first of them, so the reader goes on reading there. */
async function showMore() {
  const current = shown;
  if (!current || current.loading) return;
  current.loading = true;
  moreButton.setAttribute('aria-busy', 'true');
  const [{ RESULTS_PER_SCREEN }, render] = await load();
  const added = await current.results.more(RESULTS_PER_SCREEN).finally(() => {
    current.loading = false;
    moreButton.removeAttribute('aria-busy');
  });
  if (current.ticket !== latest) return;
  const newItems = items(render, added, current.query);
  list.append(...newItems);
  showCount(render, true);
  newItems[0]?.querySelector('a')?.focus();
}
moreButton.addEventListener('click', () => void showMore());

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void run();
});
input.addEventListener('input', () => void run(120));
form.addEventListener('change', (event) => {
  if ((event.target as Element).matches('input[type="checkbox"]')) void run();
});

readUrl();
if (input.value.trim()) void run();
window.addEventListener('popstate', () => {
  readUrl();
  void run();
});
