/**
 * Headless Chromium for the site tests: Debian's /usr/bin/chromium driven by playwright-core
 * (no browser download). Every request to a host other than the test server is recorded and
 * aborted, so a test can assert that a page asks nothing of any third party.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { CHROMIUM, CHROMIUM_FLAGS } from '../../scripts/lib/chromium.ts';

export { CHROMIUM };

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_FLAGS,
  });
}

/**
 * One Chromium for the test file (or describe block) that calls it: launched before its tests,
 * closed after them, so no file repeats that set-up. Hooks run in the order they are registered:
 * call it before any beforeAll that opens a page. The getter throws if used before the launch.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());
  return () => {
    if (!browser) throw new Error('useBrowser: no browser yet; use it in a test or a later hook');
    return browser;
  };
}

export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  /** Every URL requested from a host other than `origin`. */
  foreignRequests: string[];
  /** Console errors and uncaught exceptions, CSP violations among them. */
  errors: string[];
}

/** Opens a page that records and blocks requests to any other origin. */
export async function openPage(
  browser: Browser,
  origin: string,
  options: { javaScriptEnabled?: boolean; viewport?: { width: number; height: number } } = {},
): Promise<WatchedPage> {
  const context = await browser.newContext({
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: options.viewport ?? { width: 390, height: 844 },
    locale: 'zh-CN',
  });
  const foreignRequests: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    foreignRequests.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, context, foreignRequests, errors };
}

/**
 * Resolves once the page has stopped scrolling: the scroll position the same on three animation
 * frames in a row. A state, not a time: on a busy machine a smooth scroll takes longer, and this
 * waits for it. A scroll that has been asked for but not yet begun may look settled: callers
 * poll their assertion (expect.poll), settling before each look.
 */
export const scrollSettled = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let last = [Number.NaN, Number.NaN];
        let same = 0;
        const look = () => {
          const now = [window.scrollX, window.scrollY];
          same = now[0] === last[0] && now[1] === last[1] ? same + 1 : 0;
          last = now;
          if (same >= 2) resolve();
          else requestAnimationFrame(look);
        };
        requestAnimationFrame(look);
      }),
  );

/** Whether the element (or, with no selector, the first range of the named CSS highlight) lies wholly in the viewport. */
export const inView = (page: Page, target: { selector?: string; id?: string; highlight?: string }) =>
  page.evaluate((target) => {
    const box = target.highlight
      ? ([...(CSS.highlights.get(target.highlight) ?? [])][0] as Range | undefined)?.getBoundingClientRect()
      : (target.id
          ? document.getElementById(target.id)
          : document.querySelector(target.selector!)
        )?.getBoundingClientRect();
    if (!box) return { inView: false, top: null, bottom: null, height: window.innerHeight };
    return {
      inView: box.top >= 0 && box.bottom <= window.innerHeight,
      top: box.top,
      bottom: box.bottom,
      height: window.innerHeight,
    };
  }, target);

/** Waits for the page to stop scrolling, then for `target` to be in view (the state asserted, never a fixed time). */
export async function settledInView(page: Page, target: Parameters<typeof inView>[1], timeout = 15_000) {
  let last: Awaited<ReturnType<typeof inView>> | undefined;
  const deadline = Date.now() + timeout;
  do {
    await scrollSettled(page);
    last = await inView(page, target);
    if (last.inView) return last;
  } while (Date.now() < deadline);
  return last;
}

/** Counts the page's requests still open: call before the page loads. */
export function openRequests(page: Page): () => number {
  let open = 0;
  page.on('request', () => open++);
  page.on('requestfinished', () => open--);
  page.on('requestfailed', () => open--);
  return () => open;
}

/** Charts in the viewport not yet drawn (run in the page: a chart draws when it comes into view). */
// "In view" as the chart loader means it (chart-loader.ts: IntersectionObserver, threshold 0.05):
// at least 5% of the chart on screen. A sliver at the screen's edge is drawn once the reader
// scrolls on; counting it here waited for a chart no reader asked for yet.
const undrawnChartsInView = () =>
  [...document.querySelectorAll('figure[data-chart]')].filter((figure) => {
    const box = figure.getBoundingClientRect();
    const visible = Math.min(box.bottom, window.innerHeight) - Math.max(box.top, 0);
    return box.height > 0 && visible / box.height >= 0.05 && figure.getAttribute('data-drawn') !== 'true';
  }).length;

/**
 * Scrolls to the end of the page a screen at a time, as a reader would, and after each screen
 * waits for what it sets off: the scroll settled and every chart in view drawn (its code
 * fetched); at the end, until no request is open (`open` from openRequests). States, never a
 * fixed time: the 15 s are only how long to wait before calling it a failure (chart code
 * arrives slowly on a busy machine; expect.poll's default second was too short).
 */
export async function scrollThrough(page: Page, open: () => number) {
  for (;;) {
    const atEnd = await page.evaluate(() => {
      const from = window.scrollY;
      window.scrollBy(0, window.innerHeight);
      // At the end, or a page that does not scroll (any further).
      return (
        window.scrollY === from || window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1
      );
    });
    await scrollSettled(page);
    await expect.poll(() => page.evaluate(undrawnChartsInView), { timeout: 15_000 }).toBe(0);
    if (atEnd) break;
  }
  await expect.poll(open, { timeout: 15_000 }).toBe(0);
}
