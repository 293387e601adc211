/**
 * Citing a figure from its section page: the figure in the text opens its sentence, permanent
 * link and citations (GB/T 7714 and the one-line form naming the report by its title); each
 * copies to the clipboard, or is selected when the clipboard is refused.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, useBrowser } from '../support/browser.ts';
import { configuredOrigin, publishedMetrics } from '../support/site-files.ts';
import { originalReportYear, reportData } from '../support/site-data.ts';

const origin = inject('origin');
const browser = useBrowser();

/** The configured site address (SITE_URL or its default), as the build wrote it. */
const site = configuredOrigin();

/**
 * The official 2023 report (鞍委〔2024〕17号), found by its 文号 wherever it is: the tests of one
 * figure below cite it. Fails (not skips) if it is missing: the archive always keeps it.
 */
const year = originalReportYear();

/** The one-line form of the 2023 report's legal-aid figure. */
const ONE_LINE = '据《关于2023年鞍山市法治政府建设情况的报告》（鞍委〔2024〕17号），“全市受理法律援助案件共3721件”。';

/** The local calendar day in the browser, as the citation's access date. */
const browserToday = (page: Page) =>
  page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });

describe('citing a figure from its section page', () => {
  const section = `${origin}/${year}/dispute-resolution/`;
  const expectedUrl = `${site}/${year}/dispute-resolution/#legal-aid-cases`;

  it('a figure in the text opens, with the keyboard, the sentence, permanent link and citations', async () => {
    const { page, context } = await openPage(browser(), origin);
    await page.goto(section);
    const figure = page.locator('.report-text data#legal-aid-cases');
    expect(await figure.getAttribute('role')).toBe('button');
    expect(await figure.getAttribute('aria-expanded')).toBe('false');
    await figure.focus();
    await page.keyboard.press('Enter');
    const block = page.locator('#cite-legal-aid-cases');
    expect(await block.getAttribute('open')).not.toBeNull();
    expect(await figure.getAttribute('aria-expanded')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.closest('details')?.id)).toBe('cite-legal-aid-cases');
    expect(await block.locator('[data-sentence]').innerText()).toBe(
      '全市受理法律援助案件共3721件，包括刑事3016件、民事704件、行政1件；',
    );
    expect(await block.locator('[data-permalink]').innerText()).toBe(expectedUrl);
    await context.close();
  });

  it('copies the GB/T 7714 citation (with today as access date) and the one-line form, and announces it', async () => {
    const { page, context } = await openPage(browser(), origin);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await page.goto(section);
    await page.locator('.report-text data#legal-aid-cases').click();
    const block = page.locator('#cite-legal-aid-cases');
    const today = await browserToday(page);

    await block.getByRole('button', { name: '复制引用' }).click();
    const citation =
      '中共鞍山市委, 鞍山市人民政府. 关于2023年鞍山市法治政府建设情况的报告: 鞍委〔2024〕17号[R/OL]. ' +
      `鞍山: 中共鞍山市委, 鞍山市人民政府, 2024-03-15: （五）多元化解社会矛盾纠纷成效明显[${today}]` +
      // This page when the site has an address (never a local one), then the official page.
      `${site ? `. ${expectedUrl}` : ''}. 原文: ${reportData(year).sourceUrl}`;
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(citation);
    const status = block.getByRole('status');
    await expect.poll(() => status.innerText()).toBe(`已复制：${citation}`);

    await block.getByRole('button', { name: '复制这句话' }).press('Enter');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(ONE_LINE);

    await block.getByRole('button', { name: '复制链接' }).click();
    // Without the site's address the link is made whole with the address the reader is at.
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe(site ? expectedUrl : origin + expectedUrl);
    await context.close();
  });

  it('selects the text to copy by hand when the clipboard is refused', async () => {
    const { page, context } = await openPage(browser(), origin);
    await page.goto(section);
    await page.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new Error('denied')) },
      });
    });
    await page.locator('.report-text data#legal-aid-cases').click();
    const block = page.locator('#cite-legal-aid-cases');
    await block.getByRole('button', { name: '复制这句话' }).click();
    await expect.poll(() => page.evaluate(() => getSelection()?.toString())).toBe(ONE_LINE);
    await expect.poll(() => block.getByRole('status').innerText()).toContain('已选中文字');
    await context.close();
  });

  it('the permanent link leads to the figure in its sentence', async () => {
    const { page, context } = await openPage(browser(), origin);
    await page.goto(section);
    await page.locator('.report-text data#legal-aid-cases').click();
    const permalink = new URL(
      (await page.locator('#cite-legal-aid-cases [data-permalink]').getAttribute('data-copy-text'))!,
      origin,
    );
    // The permanent address is on the configured site; the test server stands in for it.
    await page.goto(origin + permalink.pathname + permalink.hash);
    const target = await page.evaluate(() => {
      const element = document.querySelector(':target');
      return {
        tag: element?.tagName,
        text: element?.textContent,
        sentence: element?.parentElement?.textContent?.includes('全市受理法律援助案件共3721件'),
      };
    });
    expect(target).toEqual({ tag: 'DATA', text: '3721件', sentence: true });
    await context.close();
  });

  it('every figure of every section has a citation block with its sentence, link and both citations', async () => {
    const { page, context } = await openPage(browser(), origin, { javaScriptEnabled: false });
    const problems: string[] = [];
    for (const [pagePath, metrics] of Map.groupBy(publishedMetrics(), (m) => new URL(m.url, origin).pathname)) {
      await page.goto(origin + pagePath);
      for (const metric of metrics) {
        // Each figure cites its own year's report, by the title and 文号 (when it has one) of its index.md.
        const report = reportData(metric.year);
        const cited = `《${report.title}》${report.documentNumber ? `（${report.documentNumber}）` : ''}`;
        const block = page.locator(`details#cite-${metric.id}`);
        const sentence = await block.locator('[data-sentence]').textContent();
        const line = await block.locator(`#cite-${metric.id}-line`).textContent();
        const gbt = await block.locator('[data-gbt7714]').textContent();
        if (!sentence?.includes(metric.text)) problems.push(`${metric.id}: sentence ${sentence}`);
        // The one-line form quotes the clause holding the figure, verbatim: a piece of its sentence.
        const quoted =
          line?.startsWith(`据${cited}，“`) && line.endsWith('”。') ? line.slice(cited.length + 3, -2) : '';
        if (!quoted.includes(metric.text) || !sentence?.includes(quoted))
          problems.push(`${metric.year} ${metric.id}: line ${line}`);
        // This page (only with the site's address), then the official page as the original.
        const ending = `${site ? `. ${site}${pagePath}#${metric.id}` : ']'}. 原文: ${report.sourceUrl}`;
        if (!gbt?.includes(report.documentNumber ?? report.title) || !gbt.endsWith(ending))
          problems.push(`${metric.year} ${metric.id}: gbt ${gbt}`);
      }
    }
    expect(problems).toEqual([]);
    await context.close();
  });
});
