/**
 * Filtering and sorting the figures table (pure, so it is unit-tested; the browser script
 * figures-table.ts applies it to the rows).
 */

/** What the reader chose: an empty string means "all". */
export interface FigureFilter {
  year: string;
  section: string;
  unit: string;
  text: string;
}

/** What a row offers to the filter: its year, section key (2023-5), unit and text. */
export interface FilterableRow {
  year: string;
  section: string;
  unit: string;
  text: string;
}

/** Full-width and half-width forms compare the same, and case does not matter. */
const fold = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

/** True when the row passes every chosen filter; the text filter needs every word to occur. */
export function matchesFilter(row: FilterableRow, filter: FigureFilter): boolean {
  if (filter.year && row.year !== filter.year) return false;
  if (filter.section && row.section !== filter.section) return false;
  if (filter.unit && row.unit !== filter.unit) return false;
  const haystack = fold(row.text);
  return filter.text
    .split(/\s+/)
    .map(fold)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

/** Made on the first sort, not at load: building a Chinese collator took 40 ms of the page's start-up here. */
let collator: Intl.Collator | undefined;

/**
 * Compares two cells' sort keys: numerically when both are numbers, as Chinese text
 * otherwise; an empty key (no change from last year) always sorts last.
 */
export function compareSortKeys(a: string, b: string): number {
  if (a === '' || b === '') return a === b ? 0 : a === '' ? 1 : -1;
  const x = Number(a);
  const y = Number(b);
  if (Number.isFinite(x) && Number.isFinite(y)) return x - y;
  return (collator ??= new Intl.Collator('zh-CN', { numeric: true })).compare(a, b);
}
