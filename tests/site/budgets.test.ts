/**
 * Page-weight budgets, measured on what a phone actually downloads: a section page's HTML and
 * CSS under 30 KB gzip; the JavaScript loaded before any chart is in view kept small; chart
 * code under 60 KB gzip, and only fetched once a chart comes near the viewport.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from '../support/browser.ts';
import { DIST } from '../support/site-files.ts';

const origin = inject('origin');
const KB = 1024;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** Gzip size of a file of the site, as nginx sends it. */
const gzipBytes = (urlPath: string) => {
  const file = path.join(DIST, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);
  return gzipSync(readFileSync(file), { level: 9 }).length;
};

/** What a page downloads, by type, before and after scrolling to its end. */
async function downloads(urlPath: string) {
  // A common Android phone: the first chart of a section starts below the first screens.
  const { page, context } = await openPage(browser, origin, { viewport: { width: 360, height: 640 } });
  const seen: { type: string; path: string }[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === origin) seen.push({ type: request.resourceType(), path: url.pathname });
  });
  await page.goto(origin + urlPath, { waitUntil: 'networkidle' });
  const atLoad = [...seen];
  for (let y = 0; y < 30; y++) await page.mouse.wheel(0, 800);
  await page.waitForLoadState('networkidle');
  await context.close();
  const sum = (list: typeof seen, type: string) =>
    [...new Set(list.filter((r) => r.type === type).map((r) => r.path))].reduce((n, p) => n + gzipBytes(p), 0);
  const chartCodeAtLoad = atLoad.some((r) => r.type === 'script' && r.path.includes('chart-draw'));
  return {
    chartCodeAtLoad,
    html: gzipBytes(urlPath),
    css: sum(atLoad, 'stylesheet'),
    jsAtLoad: sum(atLoad, 'script'),
    jsAfterScroll: sum(seen, 'script'),
  };
}

describe.each(['/2023/party-leadership/', '/2023/dispute-resolution/', '/2023/law-enforcement/', '/2023/plans/'])(
  '%s',
  (urlPath) => {
    it('HTML + CSS under 30 KB gzip; little JavaScript before a chart is in view; charts under 60 KB', async () => {
      const weight = await downloads(urlPath);
      console.log(urlPath, JSON.stringify(weight));
      expect(weight.html + weight.css).toBeLessThan(30 * KB);
      expect(weight.chartCodeAtLoad).toBe(false);
      expect(weight.jsAtLoad).toBeLessThan(10 * KB);
      expect(weight.jsAfterScroll - weight.jsAtLoad).toBeLessThan(60 * KB);
    });
  },
);
