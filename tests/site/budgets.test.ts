/**
 * Page-weight budgets, measured on what a phone actually downloads: a section page's HTML and
 * CSS under 30 KB gzip; the JavaScript loaded before any chart is in view kept small; chart
 * code under 60 KB gzip, and only fetched once a chart comes near the viewport.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { openPage, openRequests, scrollThrough, useBrowser } from '../support/browser.ts';
import { DIST } from '../support/site-files.ts';
import { publishedYears, sectionPagesByFigures, sectionPagesOf, sectionsOf } from '../support/site-data.ts';

const origin = inject('origin');
const KB = 1024;
const browser = useBrowser();

/** Gzip size of a file of the site, as nginx sends it. */
const gzipBytes = (urlPath: string) => {
  const file = path.join(DIST, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);
  return gzipSync(readFileSync(file), { level: 9 }).length;
};

/** What a page downloads, by type, before and after scrolling to its end. */
async function downloads(urlPath: string) {
  // A common Android phone: the first chart of a section starts below the first screens.
  const { page, context } = await openPage(browser(), origin, { viewport: { width: 360, height: 640 } });
  const seen: { type: string; path: string }[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === origin) seen.push({ type: request.resourceType(), path: url.pathname });
  });
  const open = openRequests(page);
  await page.goto(origin + urlPath, { waitUntil: 'networkidle' });
  const atLoad = [...seen];
  // waitForLoadState('networkidle') would not wait here: the page reached it before the scroll.
  await scrollThrough(page, open);
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

/** The stylesheets a page links, as paths of the site. */
const stylesheets = (urlPath: string) =>
  [
    ...readFileSync(path.join(DIST, urlPath, 'index.html'), 'utf8').matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g),
  ].map((match) => /\bhref="([^"]+)"/.exec(match[0])![1]!);

it('every section page of every published year: HTML + CSS under 30 KB gzip', () => {
  const pages = publishedYears().flatMap(sectionPagesOf);
  expect(pages.length).toBeGreaterThan(0);
  for (const urlPath of pages) expect(stylesheets(urlPath).length, urlPath).toBeGreaterThan(0);
  const over = pages
    .map((urlPath) => ({
      urlPath,
      bytes: gzipBytes(urlPath) + stylesheets(urlPath).reduce((n, p) => n + gzipBytes(p), 0),
    }))
    .filter(({ bytes }) => bytes >= 30 * KB);
  expect(over).toEqual([]);
});

/** Per year, in a browser: the first and last sections, and the two with the most figures and charts. */
const sampled = publishedYears().flatMap((year) => {
  const order = sectionsOf(year).map((section) => `/${year}/${section.slug}/`);
  return [...new Set([order[0]!, ...sectionPagesByFigures(year).slice(0, 2), order.at(-1)!])];
});

describe.each(sampled)('%s', (urlPath) => {
  it('HTML + CSS under 30 KB gzip; little JavaScript before a chart is in view; charts under 60 KB', async () => {
    const weight = await downloads(urlPath);
    console.log(urlPath, JSON.stringify(weight));
    expect(weight.html + weight.css).toBeLessThan(30 * KB);
    expect(weight.chartCodeAtLoad).toBe(false);
    expect(weight.jsAtLoad).toBeLessThan(10 * KB);
    expect(weight.jsAfterScroll - weight.jsAtLoad).toBeLessThan(60 * KB);
  });
});
