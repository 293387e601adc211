/**
 * Every built page, as a reader's browser sees it: one <h1>, landmarks, a working skip
 * link, no request to any other host, readable without JavaScript, no axe-core violation.
 */
import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { openPage, openRequests, scrollThrough, useBrowser } from '../support/browser.ts';
import { builtPages } from '../support/site-files.ts';
import { READING_PREFERENCES_SCRIPT } from '../../src/lib/site/reading-preferences.ts';
import { metricsOfYear, originalReportYear, publishedYears, sectionPagesOf, sectionsOf } from '../support/site-data.ts';

const origin = inject('origin');
// The /metrics/<id>/ pages (one per figure, ~70) share one template: a few stand for all.
const metricPages = builtPages().filter((path) => /^\/metrics\/[^/]+\/$/.test(path));
const pages = builtPages().filter((path) => !metricPages.includes(path) || metricPages.indexOf(path) < 3);
const browser = useBrowser();

describe.each(pages)('%s', (path) => {
  it('has one h1, lang zh-CN, landmarks and a skip link to main', async () => {
    const { page, context } = await openPage(browser(), origin);
    await page.goto(origin + path);
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page.locator('header').first().count()).toBe(1);
    expect(await page.locator('main#main-content').count()).toBe(1);
    expect(await page.locator('footer').count()).toBeGreaterThanOrEqual(1);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim());
    expect(focused).toBe('跳到正文');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');
    await context.close();
  });

  it('requests nothing from any other host, and logs no error (no CSP violation)', async () => {
    const { page, context, foreignRequests, errors } = await openPage(browser(), origin);
    const open = openRequests(page);
    await page.goto(origin + path, { waitUntil: 'networkidle' });
    // To the end of the page, waiting for what that sets off (charts drawn, requests done).
    await scrollThrough(page, open);
    expect(foreignRequests).toEqual([]);
    // The not-found page is, rightly, served with status 404, which Chromium logs.
    const expected = path === '/404.html' ? [expect.stringContaining('404')] : [];
    expect(errors).toEqual(expected);
    await context.close();
  });

  it('has no accessibility violations (axe-core, WCAG 2.1 A/AA)', async () => {
    const { page, context } = await openPage(browser(), origin);
    await page.goto(origin + path);
    const violations = await axeViolations(page);
    expect(violations).toEqual([]);
    await context.close();
  });
});

describe('section pages', () => {
  const years = publishedYears();
  const sections = years.flatMap(sectionPagesOf);
  /** A year's section pages in reading order, as its content files declare them. */
  const inOrder = (year: number) => sectionsOf(year).map((section) => `/${year}/${section.slug}/`);

  it('every published year has one page per section of its content', () => {
    expect(years.length).toBeGreaterThan(0);
    for (const year of years) expect(sectionPagesOf(year), String(year)).toEqual([...inOrder(year)].sort());
  });

  it('the official 2023 report (鞍委〔2024〕17号) has twelve', () => {
    // Found by its 文号; fails (not skips) if it is missing: the archive always keeps it.
    expect(sectionPagesOf(originalReportYear())).toHaveLength(12);
  });

  it.each(sections)('%s reads the same with JavaScript off; its scripts are the site’s own files', async (path) => {
    const { page, context } = await openPage(browser(), origin, { javaScriptEnabled: false });
    await page.goto(origin + path);
    expect(await page.locator('h1').innerText()).not.toBe('');
    expect((await page.locator('.report-text').innerText()).length).toBeGreaterThan(50);
    expect(await page.locator('.report-text data.figure').count()).toBe(
      await page.locator('section[aria-labelledby^="figures-"] table a[href^="#"]').count(),
    );
    const sources = await page.$$eval(
      'script[src]:not([type="application/json"]):not([type="application/ld+json"])',
      (scripts) => scripts.map((script) => (script as HTMLScriptElement).src),
    );
    expect(sources.every((src) => src.startsWith(origin))).toBe(true);
    // Scripts only enhance (citations, copy buttons) and come from files of the site, as a
    // strict Content-Security-Policy requires, but for the reading preferences it allows by hash;
    // data blocks (JSON-LD) are not scripts that run.
    const inline = await page.$$eval('script', (scripts) =>
      scripts
        .filter((script) => !script.src && !/^application\/(ld\+)?json$/.test(script.type))
        .map((script) => script.textContent),
    );
    expect(inline).toEqual([READING_PREFERENCES_SCRIPT]);
    await context.close();
  });

  it.each(years)('%i: previous/next links walk through every section in order', async (year) => {
    const { page, context } = await openPage(browser(), origin);
    const expected = inOrder(year);
    await page.goto(origin + expected[0]!);
    expect(await page.locator('a[rel="prev"]').count()).toBe(0);
    const visited = [new URL(page.url()).pathname];
    while ((await page.locator('a[rel="next"]').count()) > 0 && visited.length <= expected.length) {
      const next = page.locator('a[rel="next"]');
      const href = (await next.getAttribute('href'))!;
      await Promise.all([page.waitForURL(origin + href), next.click()]);
      visited.push(new URL(page.url()).pathname);
    }
    expect(visited).toEqual(expected);
    await context.close();
  });

  it('each figure in a section table links to its place in the text', async () => {
    // 3721件, a figure of the official 2023 report, found by its 文号 wherever it is.
    const { page, context } = await openPage(browser(), origin);
    await page.goto(`${origin}/${originalReportYear()}/dispute-resolution/`);
    const link = page.locator('table a[href="#legal-aid-cases"]');
    expect(await link.innerText()).toBe('3721件');
    await link.click();
    expect(await page.evaluate(() => document.querySelector(':target')?.textContent)).toBe('3721件');
    await context.close();
  });
});

describe('the whole report on one page', () => {
  it.each(publishedYears())('%i: holds every section and figure and is kept out of the search index', async (year) => {
    const { page, context } = await openPage(browser(), origin);
    await page.goto(`${origin}/${year}/full/`);
    expect(await page.locator('[data-pagefind-body]').count()).toBe(0);
    expect(await page.locator('[data-pagefind-ignore="all"]').count()).toBe(1);
    for (const section of sectionsOf(year)) expect(await page.locator('main').innerText()).toContain(section.title);
    expect(await page.locator('data.figure').count()).toBe(metricsOfYear(year).length);
    await context.close();
  });
});
