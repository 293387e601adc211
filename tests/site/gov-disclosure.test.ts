/**
 * Issue 23 items 3 and 6 on the built site: the 信息公开 fields in a report's metadata block only
 * when its index.md gives them (the real content gives none of them, so none shows; a build
 * with them set: tests/build/gov-settings.test.ts); the 历年报告 page lists every report in
 * dist/; 打印本页 on report pages, shown only where scripts run, prints the 文号, the address
 * and the date stamped when pressed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { REPORT_INDEX_FILE, REPORTS_DIR, splitFrontmatter } from '../../src/lib/content/files.ts';
import { formatDateZh } from '../../src/lib/format/chinese.ts';
import { openPage, useBrowser } from '../support/browser.ts';
import { FIRST_USE } from '../support/first-use.ts';
import { latestYear, publishedYears, sectionPagesByFigures } from '../support/site-data.ts';
import { builtPages, pageHtml } from '../support/site-files.ts';

const origin = inject('origin');
const browser = useBrowser();

/** A year's index.md frontmatter, as staff wrote it. */
const frontmatter = (year: number) =>
  parse(
    splitFrontmatter(readFileSync(path.resolve(REPORTS_DIR, String(year), REPORT_INDEX_FILE), 'utf8'))!.frontmatter,
  ) as Record<string, unknown>;

const REPORT_PAGE = /^\/(\d{4})\/(?:[a-z0-9-]+\/)?$/;
const pages = builtPages();
const reportPages = pages.filter((page) => REPORT_PAGE.test(page));
const otherPages = pages.filter((page) => !REPORT_PAGE.test(page));
const metaPages = reportPages.filter((page) => pageHtml(page).includes('data-report-meta'));
const years = publishedYears();

const decode = (text: string) => text.replaceAll('&amp;', '&').replaceAll('&quot;', '"');

describe('the built site has what these checks read', () => {
  it('reports, report pages with a metadata block and other pages', () => {
    expect(years.length).toBeGreaterThan(0);
    expect(metaPages.length).toBeGreaterThanOrEqual(years.length);
    expect(otherPages.length).toBeGreaterThan(0);
  });
});

describe.each(metaPages)('metadata block of %s', (page) => {
  it('shows a 信息公开 field exactly when index.md gives it, and related links only when listed', () => {
    const data = frontmatter(Number(REPORT_PAGE.exec(page)![1]));
    const html = pageHtml(page);
    for (const field of ['indexNumber', 'topic', 'written', 'validity'])
      expect(html.includes(`data-meta="${field}"`), field).toBe(data[field] !== undefined);
    const related = (data.related as { kind: string }[] | undefined) ?? [];
    for (const kind of ['相关文件', '解读'])
      expect(html.includes(`data-related="${kind}"`), kind).toBe(related.some((link) => link.kind === kind));
    expect(html).toContain('data-meta="published"');
  });
});

describe('历年报告 (/reports/)', () => {
  const html = pageHtml('/reports/');
  const rows = [...html.matchAll(/<li[^>]*data-report-year="(\d{4})"[^>]*>([\s\S]*?)<\/li>/g)];

  it('lists every report in dist/, newest first', () => {
    expect(rows.map(([, year]) => Number(year))).toEqual(years);
  });

  it.each(years)('%s: title linking to the report, 文号, date and official source as index.md gives them', (year) => {
    const data = frontmatter(year);
    const row = rows.find(([, found]) => Number(found) === year)![2]!;
    expect(row).toContain(`<a href="/${year}/">${year}年度：${data.title as string}</a>`);
    const published = data.published instanceof Date ? data.published : new Date(String(data.published));
    expect(row).toContain(`>${formatDateZh(published)}</time>`);
    if (data.documentNumber) expect(row).toContain(`data-field="documentNumber">${data.documentNumber as string}<`);
    else expect(row).not.toContain('文号');
    const sourceUrl = /href="([^"]+)"[^>]*data-field="sourceUrl"/.exec(row)?.[1];
    expect(sourceUrl && decode(sourceUrl)).toBe(data.sourceUrl);
  });

  it('is linked from the footer of every page with a footer', () => {
    for (const page of pages.filter((candidate) => pageHtml(candidate).includes('id="site-footer"'))) {
      const html = pageHtml(page);
      expect(html.slice(html.indexOf('id="site-footer"')), page).toContain('<a href="/reports/">历年报告</a>');
    }
  });
});

describe('打印本页', () => {
  it.each(reportPages)('%s has one print button and the print block with its 文号', (page) => {
    const html = pageHtml(page);
    const data = frontmatter(Number(REPORT_PAGE.exec(page)![1]));
    expect(html.match(/<button type="button" class="reading-button" data-print>/g)).toHaveLength(1);
    expect(html).toContain('data-print-info');
    if (data.documentNumber)
      expect(html).toContain(`<span data-print-number>（${data.documentNumber as string}）</span>`);
  });

  it('other pages have neither', () => {
    for (const page of otherPages) {
      expect(pageHtml(page), page).not.toContain('data-print');
    }
  });

  const page = sectionPagesByFigures(latestYear())[0]!;

  it('pressed, stamps the date and address and opens the print dialog; print shows them, not the controls', async () => {
    const { page: tab, context, errors } = await openPage(browser(), origin);
    await tab.addInitScript(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void (window as unknown as { printed: number }).printed++;
    });
    await tab.goto(origin + page);
    const info = tab.locator('[data-print-info]');
    await expect.poll(() => info.isVisible()).toBe(false);
    await tab.getByRole('button', { name: '打印本页' }).click();
    await expect.poll(() => tab.evaluate(() => (window as unknown as { printed: number }).printed), FIRST_USE).toBe(1);
    const today = await tab.evaluate(() => new Date().toLocaleDateString('zh-CN', { dateStyle: 'long' }));
    await tab.emulateMedia({ media: 'print' });
    expect(await info.isVisible()).toBe(true);
    expect(await info.innerText()).toContain(`打印日期：${today}`);
    expect(await info.innerText()).toContain(`本页网址：${origin}${page}`);
    expect(await tab.locator('#reading-controls').isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('without JavaScript the button is not shown (it could do nothing) and the print block has no date', async () => {
    const { page: tab, context } = await openPage(browser(), origin, { javaScriptEnabled: false });
    await tab.goto(origin + page);
    expect(await tab.locator('[data-print]').count()).toBe(1);
    expect(await tab.locator('[data-print]').isVisible()).toBe(false);
    await tab.emulateMedia({ media: 'print' });
    expect(await tab.locator('[data-print-info]').isVisible()).toBe(true);
    expect(await tab.locator('[data-print-date]').isVisible()).toBe(false);
    await context.close();
  });
});
