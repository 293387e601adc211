/**
 * Search on the built site, in headless Chromium: the query table through Pagefind's JS API
 * and through the real UI, the shareable URL, filters, keyboard-only use, no duplicates,
 * lazy loading, JavaScript off, highlighting on the target page, and a strict CSP.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CSP_HEADER } from '../../src/lib/site/security.ts';
import { openPage, useBrowser } from '../support/browser.ts';
import { builtPages, DIST } from '../support/site-files.ts';
import { latestYear, originalReportYear, publishedYears, sectionPagesOf, sectionsOf } from '../support/site-data.ts';
import { highlightTerms } from '../../src/lib/search/highlight.ts';
import { normaliseQuery } from '../../src/lib/search/query.ts';
import { shapeResults, type RawResult } from '../../src/lib/search/results.ts';
import { SEARCH_CASES, judge, placeOf } from './search-queries.ts';

const origin = inject('origin');
/**
 * The year of the official 2023 report (鞍委〔2024〕17号), whose words and figures the query
 * table and several tests below search for; other years may repeat them, so those searches
 * are limited to it with the year filter. Throws, failing the tests, if the report is missing.
 */
const year = originalReportYear();
const browser = useBrowser();

/** Raw Pagefind results for a query, through its JS API in the page. */
async function pagefindSearch(page: Page, query: string, filters: object = {}): Promise<RawResult[]> {
  // A string, so the test runner does not rewrite the browser's dynamic import.
  return page.evaluate(`(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    const response = await pagefind.search(${JSON.stringify(query)}, { filters: ${JSON.stringify(filters)} });
    return Promise.all(response.results.map((result) => result.data()));
  })()`);
}

/** The result links the /search/ page lists for an address. */
async function resultLinks(page: Page, search: string): Promise<string[]> {
  await page.goto(`${origin}/search/${search}`);
  await page.locator('[data-search-page] [role="status"]').filter({ hasText: /结果/ }).waitFor();
  return page.locator('[data-search-results] a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
}

describe('the index', () => {
  it('holds every section page of every published year, every figure and each report, nothing else', () => {
    const entry = JSON.parse(readFileSync(path.join(DIST, 'pagefind/pagefind-entry.json'), 'utf8'));
    const figures = (JSON.parse(readFileSync(path.join(DIST, 'data/metrics.json'), 'utf8')) as { metrics: unknown[] })
      .metrics.length;
    const years = publishedYears();
    const sections = years.reduce((sum, published) => sum + sectionsOf(published).length, 0);
    expect(sectionsOf(year)).toHaveLength(12);
    expect(entry.languages['zh-cn'].page_count).toBe(sections + figures + years.length);
    expect(builtPages()).not.toContain('/search/records.json');
  });

  // Its worker too is left out: the site searches on the page's thread (engine.ts, noWorker).
  it("publishes Pagefind's JS API, not its worker or ready-made interfaces the site does not use", () => {
    const files = readdirSync(path.join(DIST, 'pagefind')).filter((name) => /\.(?:js|css)$/.test(name));
    expect(files.sort()).toEqual(['pagefind.js']);
  });

  it('leaves out chrome, the figure tables and the whole-report page', async () => {
    const { page, context } = await openPage(browser(), origin);
    await page.goto(`${origin}/`);
    for (const chrome of ['本节数据', '跳到正文', '数据下载', '原文写法']) {
      const contents = (await pagefindSearch(page, chrome)).map((r) => r.content ?? '');
      expect(
        contents.filter((text) => text.includes(chrome)),
        chrome,
      ).toEqual([]);
    }
    const urls = (await pagefindSearch(page, '法治')).map((r) => r.url);
    expect(urls.some((url) => url.includes('/full/'))).toBe(false);
    expect(new Set(urls).size).toBe(urls.length);
    await context.close();
  });

  it('filters by year, section and kind', async () => {
    const { page, context } = await openPage(browser(), origin);
    await page.goto(`${origin}/`);
    const figures = await pagefindSearch(page, '法律援助', { kind: 'figure' });
    expect(figures.length).toBeGreaterThanOrEqual(4);
    expect(figures.every((r) => r.meta.kind === 'figure' && r.url.includes('#'))).toBe(true);
    const text = await pagefindSearch(page, '法律援助', { kind: 'text', year: String(year) });
    expect(text.map((r) => r.url)).toEqual([`/${year}/dispute-resolution/`]);
    // A section filter alone keeps that section of every year that has it; with a year, one page.
    const heading = '（一）党对法治政府建设的领导持续增强';
    const section = await pagefindSearch(page, '100%', { section: heading });
    expect(section.length).toBeGreaterThan(0);
    expect(section.every((r) => /^\/\d{4}\/party-leadership\//.test(r.url))).toBe(true);
    const sectionOfYear = await pagefindSearch(page, '100%', { section: heading, year: String(year) });
    expect(sectionOfYear.length).toBeGreaterThan(0);
    expect(sectionOfYear.every((r) => r.url.startsWith(`/${year}/party-leadership/`))).toBe(true);
    // Each published year's filter keeps only that year (every report is about 法治政府建设).
    for (const published of publishedYears()) {
      const results = await pagefindSearch(page, '法治', { year: String(published) });
      expect(results.length, String(published)).toBeGreaterThan(0);
      expect(results.filter((r) => !r.url.startsWith(`/${published}/`)).map((r) => r.url)).toEqual([]);
    }
    await context.close();
  });
});

describe(`the query table (${SEARCH_CASES.length} real queries)`, () => {
  it('through Pagefind’s JS API: each finds its section in the top three, each figure first', async () => {
    const { page, context } = await openPage(browser(), origin);
    await page.goto(`${origin}/`);
    const problems: string[] = [];
    for (const item of SEARCH_CASES) {
      const query = normaliseQuery(item.query);
      const raw = await pagefindSearch(page, query, { year: String(year) });
      const hits = shapeResults(raw, query, highlightTerms(query));
      const problem = judge(
        item,
        hits.map((hit) => hit.url),
        year,
      );
      if (problem) problems.push(problem);
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  it(
    'through the /search/ page as a reader types: the same, each place listed once',
    { timeout: 180_000 },
    async () => {
      const { page, context, foreignRequests } = await openPage(browser(), origin);
      await page.goto(`${origin}/search/?year=${year}`);
      expect(await page.locator(`input[name="year"][value="${year}"]`).isChecked()).toBe(true);
      const problems: string[] = [];
      for (const item of SEARCH_CASES) {
        await page.locator('#search-page-input').fill(item.query);
        const status = page.locator('[data-search-page] [role="status"]');
        await status.filter({ hasText: `“${normaliseQuery(item.query)}”` }).waitFor();
        const links = await page
          .locator('[data-search-results] a')
          .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!));
        const problem = judge(item, links, year);
        if (problem) problems.push(problem);
        const places = links.map((href) => JSON.stringify(placeOf(href)));
        expect(new Set(places).size, item.query).toBe(places.length);
        expect(new URL(page.url()).searchParams.get('q')).toBe(item.query.trim());
        expect(new URL(page.url()).searchParams.getAll('year')).toEqual([String(year)]);
      }
      expect(problems).toEqual([]);
      expect(foreignRequests).toEqual([]);
      await context.close();
    },
  );
});

describe('the /search/ page', () => {
  it('shows a figure with its value, year and section, linking to its anchor with the highlight', async () => {
    const { page, context } = await openPage(browser(), origin);
    await resultLinks(page, `?q=3721&year=${year}`);
    const first = page.locator('[data-search-results] > li').first();
    expect(await first.locator('.search-hit-value').innerText()).toBe('3721件');
    expect(await first.locator('.search-hit-label').innerText()).toBe('受理法律援助案件');
    expect(await first.locator('.search-hit-where').innerText()).toContain(`${year}年`);
    expect(await first.locator('.search-hit-where').innerText()).toContain('多元化解社会矛盾纠纷成效明显');
    expect(await first.locator('a').getAttribute('href')).toBe(
      `/${year}/dispute-resolution/?highlight=3721#legal-aid-cases`,
    );
    await context.close();
  });

  it('shows the matched sentence with the words marked', async () => {
    const { page, context } = await openPage(browser(), origin);
    await resultLinks(page, `?q=${encodeURIComponent('民营企业全生命周期')}&year=${year}`);
    const excerpt = page.locator('[data-search-results] .search-hit-excerpt').first();
    expect(await excerpt.locator('mark').first().innerText()).toBe('民营企业全生命周期');
    expect(await excerpt.innerText()).toMatch(/^建立民营企业全生命周期法律服务工作机制/);
    await context.close();
  });

  it('keeps the query and filters in the URL as the reader types and filters', async () => {
    const { page, context } = await openPage(browser(), origin);
    await page.goto(`${origin}/search/`);
    await page.locator('#search-page-input').fill('法律援助');
    await page.locator('[data-search-results] li').first().waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBe('法律援助');
    await page.locator('details.search-filters summary').click();
    await page.locator('input[name="kind"][value="figure"]').check();
    await page.waitForURL((url) => url.searchParams.get('kind') === 'figure');
    await page.locator(`input[name="year"][value="${year}"]`).check();
    await page.waitForURL((url) => url.searchParams.get('year') === String(year));
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-search-results] > li')].every((li) => li.matches('.search-hit-figure')),
    );
    const shared = page.url();
    const { page: other, context: otherContext } = await openPage(browser(), origin);
    const links = await resultLinks(other, new URL(shared).search);
    expect(links.length).toBeGreaterThanOrEqual(4);
    expect(links.every((href) => href.startsWith(`/${year}/`) && href.includes('#legal-aid-cases'))).toBe(true);
    expect(await other.locator('input[name="kind"][value="figure"]').isChecked()).toBe(true);
    expect(await other.locator(`input[name="year"][value="${year}"]`).isChecked()).toBe(true);
    expect(await other.locator('#search-page-input').inputValue()).toBe('法律援助');
    await otherContext.close();
    await context.close();
  });

  it('says the search needs JavaScript when it is off', async () => {
    const { page, context } = await openPage(browser(), origin, { javaScriptEnabled: false });
    await page.goto(`${origin}/search/?q=3721`);
    expect(await page.locator('.search-noscript').innerText()).toContain('JavaScript');
    await context.close();
  });
});

describe('the header search box', () => {
  it('loads nothing of Pagefind until the reader starts to search', async () => {
    const { page, context } = await openPage(browser(), origin);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(origin + sectionPagesOf(latestYear())[0]!, { waitUntil: 'networkidle' });
    expect(requested.filter((p) => p.startsWith('/pagefind/') || /combobox|engine|highlight/.test(p))).toEqual([]);
    await page.locator('#site-search-input').focus();
    await page.waitForRequest((request) => request.url().includes('/pagefind/pagefind.js'));
    await context.close();
  });

  it('works with the keyboard alone: / focuses, arrows choose, Enter goes, Esc closes', async () => {
    const { page, context } = await openPage(browser(), origin, { viewport: { width: 1280, height: 800 } });
    await page.goto(`${origin}/${year}/`);
    await page.keyboard.press('/');
    const input = page.locator('#site-search-input');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-input');
    await page.keyboard.type('3721');
    await page.locator('#site-search-listbox [role="option"]').first().waitFor();
    expect(await input.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('[data-search-status]').first().innerText()).toMatch(/找到 \d+ 条/);

    await page.keyboard.press('Escape');
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('[data-search-popup]').isHidden()).toBe(true);

    await page.keyboard.press('ArrowDown');
    expect(await input.getAttribute('aria-expanded')).toBe('true');
    // Other years may have a 3721 too: arrows move down to the option of this report's year.
    const activeOption = async () => page.locator(`#${await input.getAttribute('aria-activedescendant')}`);
    const options = await page.locator('#site-search-listbox [role="option"]').count();
    for (let i = 1; i < options; i++) {
      if ((await (await activeOption()).locator('.search-hit-where').innerText()).startsWith(`${year}年`)) break;
      await page.keyboard.press('ArrowDown');
    }
    const active = await activeOption();
    expect(await active.getAttribute('aria-selected')).toBe('true');
    expect(await active.locator('.search-hit-where').innerText()).toMatch(new RegExp(`^${year}年`));
    expect(await active.locator('.search-hit-value').innerText()).toBe('3721件');
    await page.keyboard.press('Enter');
    await page.waitForURL(/legal-aid-cases/);
    expect(new URL(page.url()).pathname + new URL(page.url()).hash).toBe(
      `/${year}/dispute-resolution/#legal-aid-cases`,
    );
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('legal-aid-cases');
    await page.locator('mark.search-mark').first().waitFor();
    expect(await page.locator('mark.search-mark').first().innerText()).toBe('3721');
    await context.close();
  });

  it('Enter with no option chosen opens the shareable results page', async () => {
    const { page, context } = await openPage(browser(), origin);
    await page.goto(`${origin}/${latestYear()}/`);
    await page.locator('#site-search-input').fill('枫桥经验');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\//);
    expect(new URL(page.url()).searchParams.get('q')).toBe('枫桥经验');
    await context.close();
  });

  it('is a plain GET form to /search/ with JavaScript off', async () => {
    const { page, context } = await openPage(browser(), origin, { javaScriptEnabled: false });
    await page.goto(`${origin}/${latestYear()}/`);
    await page.locator('#site-search-input').fill('3721');
    await page.locator('#site-search-input').press('Enter');
    await page.waitForURL(/\/search\/\?q=3721/);
    await context.close();
  });
});

describe('the page a result leads to', () => {
  it('marks the matched words and scrolls to them; without the parameter, loads nothing', async () => {
    const { page, context } = await openPage(browser(), origin);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(`${origin}/${year}/law-enforcement/`, { waitUntil: 'networkidle' });
    expect(requested.some((url) => url.includes('highlight'))).toBe(false);
    await page.goto(`${origin}/${year}/law-enforcement/?highlight=${encodeURIComponent('包容免罚')}`);
    await page.locator('.report-text mark.search-mark').first().waitFor();
    expect(await page.locator('.report-text mark.search-mark').allInnerTexts()).toEqual(['包容免罚', '包容免罚']);
    await context.close();
  });
});

describe('under a strict Content-Security-Policy', () => {
  // The site's own header policy: the test proves search needs nothing beyond it.
  const CSP = CSP_HEADER;

  it('search works with only wasm-unsafe-eval added, and nothing is blocked', async () => {
    const { page, context } = await openPage(browser(), origin);
    await context.route(`${origin}/**`, async (route) => {
      const response = await route.fetch();
      const headers = { ...response.headers() };
      if ((headers['content-type'] ?? '').includes('text/html')) headers['content-security-policy'] = CSP;
      await route.fulfill({ response, headers });
    });
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused/.test(message.text())) violations.push(message.text());
    });
    const links = await resultLinks(page, `?q=${encodeURIComponent('95.8%')}&year=${year}`);
    expect(placeOf(links[0]!)).toEqual({
      year: String(year),
      section: 'dispute-resolution',
      anchor: 'hotline-satisfaction-rate',
    });
    expect(violations).toEqual([]);
    await context.close();
  });
});
