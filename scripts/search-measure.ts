/**
 * Measures what the tests must not assert: bytes and time of a reader's first search from the
 * header box, and the script a page loads before anyone searches. Needs a build.
 *
 *   npx node scripts/search-measure.ts
 */
import path from 'node:path';
import { launchBrowser, openPage } from '../tests/support/browser.ts';
import { originalReportYear } from '../tests/support/site-data.ts';
import { startStaticServer } from '../tests/support/static-server.ts';

const { server, origin } = await startStaticServer(path.resolve('dist'));
const browser = await launchBrowser();
const { page } = await openPage(browser, origin, { viewport: { width: 1280, height: 800 } });

const fetched: { url: string; bytes: number }[] = [];
page.on('requestfinished', async (request) => {
  const body = await request.response().then((response) => response?.body().catch(() => null));
  fetched.push({ url: new URL(request.url()).pathname, bytes: body?.length ?? 0 });
});

// Time from the last keystroke (its input event) to the first option in the listbox.
await page.addInitScript(() => {
  const w = window as unknown as { lastInput: number; shown: number[] };
  w.shown = [];
  document.addEventListener('input', () => (w.lastInput = performance.now()), true);
  new MutationObserver(() => {
    if (document.querySelector('#site-search-listbox [role="option"]')) w.shown.push(performance.now() - w.lastInput);
  }).observe(document, { subtree: true, childList: true });
});

// The page and queries are the official 2023 report's (鞍委〔2024〕17号), in whichever year folder it is.
await page.goto(`${origin}/${originalReportYear()}/dispute-resolution/`, { waitUntil: 'networkidle' });
const sum = (items: { bytes: number }[]) => items.reduce((total, item) => total + item.bytes, 0);
const onLoad = fetched.filter((f) => f.url.endsWith('.js'));
console.log(`JS on page load: ${sum(onLoad)} bytes (${onLoad.map((f) => `${f.url} ${f.bytes}`).join(', ')})`);

const before = fetched.length;
async function timedQuery(query: string) {
  await page.locator('#site-search-input').fill('');
  await page.evaluate(() => ((window as unknown as { shown: number[] }).shown = []));
  await page.locator('#site-search-input').pressSequentially(query);
  await page.locator('#site-search-listbox [role="option"]').first().waitFor();
  await page.waitForTimeout(300);
  return page.evaluate(() => (window as unknown as { shown: number[] }).shown.at(-1) ?? NaN);
}
await page.locator('#site-search-input').focus();
const cold = await timedQuery('3721');
await page.waitForLoadState('networkidle');
const first = fetched.slice(before);
console.log(`First query "3721": ${sum(first)} bytes in ${first.length} requests`);
for (const f of first) console.log(`  ${f.bytes.toString().padStart(7)}  ${f.url}`);
console.log(`Keystroke → results, first query (Pagefind loading, 120 ms debounce included): ${cold.toFixed(0)} ms`);
const warm: number[] = [];
for (const query of ['法律援助', '95.8%', '民营企业全生命周期', '3.81亿元', '枫桥经验'])
  warm.push(await timedQuery(query));
console.log(`Keystroke → results, later queries: ${warm.map((t) => t.toFixed(0)).join(', ')} ms`);

await browser.close();
server.close();
