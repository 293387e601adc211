/**
 * The part of `npm run bench` a reader waits on while searching: from a query entered in the
 * search box of an ordinary page (Pagefind already loaded by an earlier query) to its results
 * shown in full. Run on the largest archive both sites have built, since the index, and the
 * results a word finds, grow with every year. Each query is entered at once, as a Chinese input
 * method commits a word. Both sites wait for the reader to pause before searching (ours 120 ms,
 * Starlight's Pagefind UI 300 ms); the times include that pause, as the reader's wait does.
 */
import { chromium, type Page } from 'playwright-core';
import { sleep } from './bench-pages.ts';
import { CHROMIUM, CHROMIUM_FLAGS } from './lib/chromium.ts';
import { startNginx } from './lib/nginx.ts';
import { startStaticServer } from '../tests/support/static-server.ts';

/** The first query loads Pagefind; the later ones are what a reader waits on once it is loaded. Words and figures of the 2023 report. */
const WARM_UP = '3721';
export const LATER_QUERIES = ['法律援助', '95.8%', '民营企业全生命周期', '3.81亿元', '枫桥经验'];

/** How long each site waits for the reader to pause before it searches. */
export const PAUSE_MS = { ours: 120, starlight: 300 };

interface SearchBox {
  /** Opens the search (a dialog on Starlight) and returns the box to type into. */
  open: (page: Page) => Promise<ReturnType<Page['locator']>>;
  /** A result as shown. */
  result: string;
}

export interface SearchTimes {
  /** The first query: Pagefind loaded, then searched. */
  first: number;
  /** Each of LATER_QUERIES. */
  later: number[];
}

/**
 * Milliseconds from each query's input event to the last change of the page that left a result
 * in it: when the results stopped arriving.
 */
async function typedSearchTimes(origin: string, pagePath: string, box: SearchBox): Promise<SearchTimes> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  try {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.addInitScript((result) => {
      const w = window as unknown as { lastInput: number; shown: number[] };
      w.shown = [];
      document.addEventListener('input', () => (w.lastInput = performance.now()), true);
      new MutationObserver(() => {
        if (document.querySelector(result)) w.shown.push(performance.now() - w.lastInput);
      }).observe(document, { subtree: true, childList: true, characterData: true });
    }, box.result);
    await page.goto(origin + pagePath, { waitUntil: 'networkidle' });
    const input = await box.open(page);
    const times: number[] = [];
    for (const query of [WARM_UP, ...LATER_QUERIES]) {
      await input.fill('');
      await page.evaluate(() => ((window as unknown as { shown: number[] }).shown = []));
      await input.focus();
      await page.keyboard.insertText(query);
      await page.locator(box.result).first().waitFor();
      // Settled: no change with results for half a second.
      let count = -1;
      for (;;) {
        const now = await page.evaluate(() => (window as unknown as { shown: number[] }).shown.length);
        if (now === count) break;
        count = now;
        await sleep(500);
      }
      times.push(await page.evaluate(() => (window as unknown as { shown: number[] }).shown.at(-1) ?? NaN));
    }
    const [first = NaN, ...later] = times;
    return { first, later };
  } finally {
    await browser.close();
  }
}

/** Our site in `dist`, through nginx: the header search box of a section page. */
export async function ourSearchTimes(dist: string, pagePath: string): Promise<SearchTimes> {
  const { origin, stop } = await startNginx(dist);
  try {
    return await typedSearchTimes(origin, pagePath, {
      open: async (page) => page.locator('#site-search-input'),
      result: '#site-search-listbox [role="option"]',
    });
  } finally {
    await stop();
  }
}

/** The Starlight site in `dist`: its search dialog on a section page. */
export async function starlightSearchTimes(dist: string, pagePath: string): Promise<SearchTimes> {
  const { server, origin } = await startStaticServer(dist);
  try {
    return await typedSearchTimes(origin, pagePath, {
      open: async (page) => {
        await page.locator('button[data-open-modal]').first().click();
        return page.locator('dialog input').first();
      },
      result: '.pagefind-ui__result-link',
    });
  } finally {
    server.close();
  }
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
