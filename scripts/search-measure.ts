/**
 * Measures what the tests must not assert: bytes and time of a reader's first search from the
 * header box, and the script a page loads before anyone searches. Needs a build.
 *
 *   npx node scripts/search-measure.ts
 */
import path from 'node:path';
import { LATER_QUERIES, ourSearchTimes, PAUSE_MS } from './bench-search.ts';
import { launchBrowser, openPage } from '../tests/support/browser.ts';
import { originalReportYear } from '../tests/support/site-data.ts';
import { startStaticServer } from '../tests/support/static-server.ts';

// The page and queries are the official 2023 report's (鞍委〔2024〕17号), in whichever year folder it is.
const pagePath = `/${originalReportYear()}/dispute-resolution/`;

const { server, origin } = await startStaticServer(path.resolve('dist'));
const browser = await launchBrowser();
const { page } = await openPage(browser, origin, { viewport: { width: 1280, height: 800 } });
const fetched: { url: string; bytes: number }[] = [];
page.on('requestfinished', async (request) => {
  const body = await request.response().then((response) => response?.body().catch(() => null));
  fetched.push({ url: new URL(request.url()).pathname, bytes: body?.length ?? 0 });
});
await page.goto(origin + pagePath, { waitUntil: 'networkidle' });
const sum = (items: { bytes: number }[]) => items.reduce((total, item) => total + item.bytes, 0);
const onLoad = fetched.filter((f) => f.url.endsWith('.js'));
console.log(`JS on page load: ${sum(onLoad)} bytes (${onLoad.map((f) => `${f.url} ${f.bytes}`).join(', ')})`);

const before = fetched.length;
await page.locator('#site-search-input').fill('3721');
await page.locator('#site-search-listbox [role="option"]').first().waitFor();
await page.waitForLoadState('networkidle');
const first = fetched.slice(before);
console.log(`First query "3721": ${sum(first)} bytes in ${first.length} requests (uncompressed)`);
for (const f of first) console.log(`  ${f.bytes.toString().padStart(7)}  ${f.url}`);
await browser.close();
server.close();

// Timings through the project's nginx, as `npm run bench` measures them.
const times = await ourSearchTimes(path.resolve('dist'), pagePath);
console.log(
  `Query → results, first query (Pagefind loading, ${PAUSE_MS.ours} ms pause included): ${times.first.toFixed(0)} ms`,
);
console.log(
  `Query → results, later queries (${LATER_QUERIES.join(', ')}): ${times.later.map((t) => t.toFixed(0)).join(', ')} ms`,
);
