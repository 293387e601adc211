/**
 * A reader's first search, opened cold from a shared address (/search/?q=法律援助): everything
 * it downloads until its results are shown (the page, its styles and scripts, Pagefind's code,
 * WebAssembly, index and fragments) stays within 100 KB as nginx sends it. Sizes, never times.
 */
import { expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';
import { pageTransfers, totalBytes } from '../../scripts/transfer.ts';

const origin = inject('origin');
const browser = useBrowser();
const KB = 1024;

it('a first search transfers at most 100 KB, Pagefind included', async () => {
  const { all } = await pageTransfers(browser(), origin, `/search/?q=${encodeURIComponent('法律援助')}`, (page) =>
    page.locator('[data-search-results] li').first().waitFor(),
  );
  console.log([...all.map((t) => `${t.bytes} ${t.path}`), `${totalBytes(all)} in all`].join('\n'));
  // The search did run: Pagefind's module, an index chunk and at least one result's fragment came.
  for (const part of [/wasm\.[a-z-]+\.pagefind$/, /\.pf_index$/, /\.pf_fragment$/])
    expect(all.some((t) => part.test(t.path))).toBe(true);
  expect(totalBytes(all)).toBeLessThanOrEqual(100 * KB);
});
