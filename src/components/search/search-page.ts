/**
 * The /search/ page: reads the query and filters from the URL, searches as the reader types
 * or changes a filter, and writes them back to the URL (replaceState) so the address can be shared.
 */
import type * as Engine from './engine.ts';
import type { Filters } from './engine.ts';
import type * as View from './results-view.ts';

// The engine and the results' view are fetched with the first search, not with the page
// (JavaScript on load ≤ 3 KB: tests/site/js-on-load.test.ts); a query in the address starts one at once.
let modules: Promise<[typeof Engine, typeof View]> | undefined;
const load = () => (modules ??= Promise.all([import('./engine.ts'), import('./results-view.ts')]));

const root = document.querySelector<HTMLElement>('[data-search-page]')!;
const form = root.querySelector('form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
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
async function run(debounceMs?: number) {
  const filters = chosenFilters();
  const raw = input.value;
  writeUrl(raw.trim(), filters);
  const ticket = ++latest;
  const [{ search }, { showResults }] = await load();
  const outcome = await search(raw, { filters, debounceMs });
  if (outcome && ticket === latest) showResults(outcome);
}

root
  .querySelector('[data-search-show-more]')!
  .addEventListener('click', () => void load().then(([, { showMore }]) => showMore()));

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
