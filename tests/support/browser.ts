/**
 * Headless Chromium for the site tests: Debian's /usr/bin/chromium driven by playwright-core
 * (no browser download). Every request to a host other than the test server is recorded and
 * aborted, so a test can assert that a page asks nothing of any third party.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
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
