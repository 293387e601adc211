/**
 * Search results a screen at a time: the /search/ page fetches the text (fragment) of the
 * results it shows and no more, counts them all, and 「显示更多」 shows the next screen by
 * keyboard or mouse; the header box fetches no more than it lists. Counts of requests, never times.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from '../support/axe.ts';
import { openPage, useBrowser } from '../support/browser.ts';
import { originalReportYear, sectionPagesOf } from '../support/site-data.ts';
import { highlightTerms } from '../../src/lib/search/highlight.ts';
import { RESULTS_PER_SCREEN } from '../../src/lib/search/result-list.ts';
import { shapeResults, type RawResult } from '../../src/lib/search/results.ts';

const origin = inject('origin');
const browser = useBrowser();
/** The official 2023 report's year (鞍委〔2024〕17号): its own words are searched within it. */
const year = originalReportYear();

/** Every result for a query, shaped as the UI shapes them, from Pagefind's JS API in a page of its own. */
async function allHits(query: string, filters: object) {
  const { page, context } = await openPage(browser(), origin);
  await page.goto(`${origin}/`);
  const raw: RawResult[] = await page.evaluate(`(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    const response = await pagefind.search(${JSON.stringify(query)}, { filters: ${JSON.stringify(filters)} });
    return Promise.all(response.results.map((result) => result.data()));
  })()`);
  await context.close();
  return shapeResults(raw, query, highlightTerms(query));
}

/** Records the fragments (one per result's text) a page fetches. */
function fragmentsOf(page: Page): string[] {
  const fragments: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/pagefind/fragment/')) fragments.push(request.url());
  });
  return fragments;
}

/** The places the page lists, without the highlight parameter their links carry. */
const listedPlaces = (page: Page) =>
  page.locator('[data-search-results] a').evaluateAll((links) =>
    links.map((a) => {
      const url = new URL(a.getAttribute('href')!, 'http://x');
      return url.pathname + url.hash;
    }),
  );

describe('the /search/ page, a screen at a time', () => {
  it('fetches only the first screen, counts every result, and 「显示更多」 shows the rest by keyboard', async () => {
    const query = '法治';
    const expected = await allHits(query, { year: String(year) });
    // The query must have more results than a screen, or there is nothing to show more of.
    expect(expected.length).toBeGreaterThan(RESULTS_PER_SCREEN);
    const twoScreens = Math.min(expected.length, RESULTS_PER_SCREEN * 2);

    const { page, context, errors } = await openPage(browser(), origin);
    const fragments = fragmentsOf(page);
    await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}&year=${year}`);
    const status = page.locator('[data-search-page] [role="status"]');
    await status.filter({ hasText: `“${query}”` }).waitFor();
    const items = page.locator('[data-search-results] > li');
    expect(await items.count()).toBe(RESULTS_PER_SCREEN);
    expect(await status.innerText()).toBe(
      `找到 ${expected.length} 条与“${query}”相关的结果，显示前 ${RESULTS_PER_SCREEN} 条`,
    );
    await page.waitForLoadState('networkidle');
    expect(fragments.length).toBeLessThanOrEqual(RESULTS_PER_SCREEN);

    const more = page.getByRole('button', { name: /^显示更多/ });
    expect(await more.innerText()).toBe(`显示更多（还有 ${expected.length - RESULTS_PER_SCREEN} 条）`);
    expect(await axeViolations(page)).toEqual([]);
    await more.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => items.count()).toBe(twoScreens);
    // Focus goes to the first result just shown, where the reader goes on reading.
    const focusedIndex = () =>
      page.evaluate(() => {
        const item = document.activeElement?.closest('[data-search-results] > li');
        return item ? [...item.parentElement!.children].indexOf(item) : -1;
      });
    await expect.poll(focusedIndex).toBe(RESULTS_PER_SCREEN);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('A');
    expect(await status.innerText()).toContain(twoScreens < expected.length ? `显示前 ${twoScreens} 条` : '已全部显示');
    await page.waitForLoadState('networkidle');
    expect(fragments.length).toBeLessThanOrEqual(twoScreens);

    // The rest, a screen each, until the button goes: then every result is listed, in order, once.
    while (await more.isVisible()) {
      const before = await items.count();
      await more.click();
      await expect.poll(() => items.count()).toBeGreaterThan(before);
    }
    expect(await items.count()).toBe(expected.length);
    expect(await status.innerText()).toBe(`找到 ${expected.length} 条与“${query}”相关的结果，已全部显示`);
    expect(await listedPlaces(page)).toEqual(expected.map((hit) => hit.url));
    expect(new Set(fragments).size).toBe(fragments.length);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a new search starts again at the first screen', async () => {
    const { page, context } = await openPage(browser(), origin);
    await page.goto(`${origin}/search/?q=${encodeURIComponent('法治')}&year=${year}`);
    const items = page.locator('[data-search-results] > li');
    await items.first().waitFor();
    await page.getByRole('button', { name: /^显示更多/ }).click();
    await expect.poll(() => items.count()).toBeGreaterThan(RESULTS_PER_SCREEN);
    const query = '建设';
    const expected = await allHits(query, { year: String(year) });
    await page.locator('#search-page-input').fill(query);
    const status = page.locator('[data-search-page] [role="status"]');
    await status.filter({ hasText: `“${query}”` }).waitFor();
    expect(await items.count()).toBe(Math.min(expected.length, RESULTS_PER_SCREEN));
    expect(await status.innerText()).toContain(`找到 ${expected.length} 条`);
    await context.close();
  });

  it('counts a number query exactly: figures whose number only begins like it are left out', async () => {
    const query = '95%';
    const expected = await allHits(query, { year: String(year) });
    const { page, context } = await openPage(browser(), origin);
    await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}&year=${year}`);
    const status = page.locator('[data-search-page] [role="status"]');
    await status.filter({ hasText: `“${query}”` }).waitFor();
    expect(await status.innerText()).toMatch(new RegExp(`^找到 ${expected.length} 条`));
    const more = page.getByRole('button', { name: /^显示更多/ });
    while (await more.isVisible()) {
      const before = await page.locator('[data-search-results] > li').count();
      await more.click();
      await expect.poll(() => page.locator('[data-search-results] > li').count()).toBeGreaterThan(before);
    }
    expect(await listedPlaces(page)).toEqual(expected.map((hit) => hit.url));
    await context.close();
  });
});

describe('the header search box', () => {
  it('fetches the text of no result it does not list, and counts them all', async () => {
    const query = '法治';
    const expected = await allHits(query, {});
    const { page, context } = await openPage(browser(), origin);
    const fragments = fragmentsOf(page);
    await page.goto(origin + sectionPagesOf(year)[0]!);
    await page.locator('#site-search-input').fill(query);
    const options = page.locator('#site-search-listbox [role="option"]');
    await options.first().waitFor();
    await page.waitForLoadState('networkidle');
    const listed = await options.count();
    expect(listed).toBeLessThan(expected.length);
    expect(fragments.length).toBeLessThanOrEqual(listed);
    expect(await page.locator('[data-search-more]').innerText()).toBe(`查看全部 ${expected.length} 条结果`);
    await context.close();
  });
});
