/**
 * The figures page as journalists use it: every figure in one plain table, filtered and
 * sorted in the browser, each leading to its sentence and its citation; and the Chinese
 * punctuation of the pages made for them (figures, data, each section's citations).
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, useBrowser } from '../support/browser.ts';
import { publishedMetrics } from '../support/site-files.ts';
import { latestYear, metricsOfYear, originalReportYear, publishedYears } from '../support/site-data.ts';

const origin = inject('origin');
const browser = useBrowser();

/** The visible rows of the figures table, as [label, text, value, unit, section, year]. */
const visibleRows = (page: Page) =>
  page.$$eval('[data-figure-list] tbody tr:not([hidden])', (rows) =>
    rows.map((row) => [...(row as HTMLTableRowElement).cells].map((cell) => (cell.textContent ?? '').trim())),
  );

describe('the figures page', () => {
  const all = publishedMetrics();
  /** Each published year's own figures page. */
  const yearPages = publishedYears().map((year) => ({ address: `/figures/${year}/`, year }));
  /**
   * The official 2023 report (鞍委〔2024〕17号), found by its 文号 wherever it is, whose figures the
   * tests below look for; they fail (not skip) if it is missing: the archive always keeps it.
   */
  const year = originalReportYear();

  it('lists every figure as a plain table without JavaScript, each linking to its sentence', async () => {
    const { page, context } = await openPage(browser(), origin, { javaScriptEnabled: false });
    for (const { address, year: only } of [{ address: '/figures/', year: undefined }, ...yearPages]) {
      await page.goto(origin + address);
      expect(await page.locator('form[data-figure-filters]').isVisible()).toBe(false);
      // Plain column headings: no sort button that could do nothing.
      expect(await page.locator('[data-figure-list] thead').getByRole('button').count()).toBe(0);
      expect(await page.locator('[data-figure-list] thead th').first().innerText()).toBe('指标');
      const links = await page.$$eval('[data-figure-list] tbody th a', (anchors) =>
        anchors.map(
          (a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash,
        ),
      );
      // /figures/ lists the newest year (the others are on /figures/<year>/), so it stays light at any size.
      const expected = all.filter((m) => m.year === (only ?? latestYear())).map((m) => m.url);
      expect(links).toEqual(expected.map((url) => new URL(url, origin).pathname + new URL(url, origin).hash));
    }
    await context.close();
  });

  it('shows label, text, unit, section and year of each figure', async () => {
    const { page, context } = await openPage(browser(), origin);
    await page.goto(`${origin}/figures/${year}/`);
    const rows = await visibleRows(page);
    const legalAid = rows.find((cells) => cells[0] === '受理法律援助案件' && cells[5] === String(year));
    expect(legalAid?.slice(0, 6)).toEqual([
      '受理法律援助案件',
      '3721件',
      '3,721',
      '件',
      '（五）多元化解社会矛盾纠纷成效明显',
      String(year),
    ]);
    await context.close();
  });

  it('filters by unit, section, year and text, and says how many are shown', async () => {
    const { page, context } = await openPage(browser(), origin);
    // The 2023 report's page: /figures/ lists only the newest year.
    const all = metricsOfYear(year);
    await page.goto(`${origin}/figures/${year}/`);
    await page.selectOption('#filter-unit', '%');
    let rows = await visibleRows(page);
    expect(rows.length).toBe(all.filter((m) => m.unit === '%').length);
    expect(rows.every((cells) => cells[3] === '%')).toBe(true);
    expect(await page.locator('[data-figure-count]').innerText()).toBe(`显示 ${all.length} 项中的 ${rows.length} 项。`);

    await page.selectOption('#filter-unit', '');
    await page.selectOption('#filter-section', `${year}-5`);
    rows = await visibleRows(page);
    expect(rows.length).toBe(all.filter((m) => m.year === year && m.section === 5).length);

    await page.selectOption('#filter-year', String(year));
    await page.fill('#filter-text', '法律援助');
    rows = await visibleRows(page);
    expect(rows.map((cells) => cells[1])).toEqual(['3721件', '3016件', '704件', '1件']);

    await page.click('button[type="reset"]');
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-figure-list] tbody tr:not([hidden])').length === n,
      all.length,
    );
    expect(await page.locator('[data-figure-count]').innerText()).toBe(`共 ${all.length} 项数据。`);
    await context.close();
  });

  it('sorts by any column, both ways, with aria-sort on the header', async () => {
    const { page, context } = await openPage(browser(), origin);
    // /figures/ lists the newest year's figures.
    const all = metricsOfYear(latestYear());
    await page.goto(`${origin}/figures/`);
    const valueHeader = page.locator('[data-figure-list] thead th', { hasText: '数值' });
    // One button per heading, heard once: its label and what it does.
    expect(await page.locator('[data-figure-list] thead').getByRole('button').count()).toBe(
      await page.locator('[data-figure-list] thead th').count(),
    );
    // Heard once: the hidden plain heading adds nothing to the column's name.
    expect(await valueHeader.ariaSnapshot()).toMatch(
      /^- columnheader "数值\s*\uff08排序\uff09":\n\s+- button "数值\s*\uff08排序\uff09"$/,
    );
    await valueHeader.getByRole('button').click();
    expect(await valueHeader.getAttribute('aria-sort')).toBe('ascending');
    const values = all.map((m) => m.value).sort((a, b) => a - b);
    let rows = await visibleRows(page);
    expect(rows.map((cells) => Number(cells[2]!.replace(/[^\d.]/g, '')))).toEqual(values);

    await valueHeader.getByRole('button').click();
    expect(await valueHeader.getAttribute('aria-sort')).toBe('descending');
    rows = await visibleRows(page);
    // The largest figure of all years first (in the 2023 report, 3.81亿元).
    const largest = all.reduce((max, m) => (m.value > max.value ? m : max));
    expect(rows[0]![1]).toBe(largest.text);

    const labelHeader = page.locator('[data-figure-list] thead th', { hasText: '指标' });
    await labelHeader.getByRole('button').press('Enter');
    expect(await labelHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(await valueHeader.getAttribute('aria-sort')).toBeNull();
    rows = await visibleRows(page);
    const labels = rows.map((cells) => cells[0]!);
    expect(labels).toEqual([...labels].sort(new Intl.Collator('zh-CN', { numeric: true }).compare));
    await context.close();
  });

  it('opens a figure’s citation on its section page from the 引用 link', async () => {
    const { page, context } = await openPage(browser(), origin);
    await page.goto(`${origin}/figures/${year}/`);
    await page.locator('tr', { hasText: '受理仲裁案件申请' }).getByRole('link', { name: /^引用/ }).click();
    await page.waitForURL(
      (url) => url.pathname + url.hash === `/${year}/dispute-resolution/#cite-arbitration-applications`,
    );
    expect(await page.locator('#cite-arbitration-applications').getAttribute('open')).not.toBeNull();
    await context.close();
  });
});

describe('Chinese punctuation on the new pages', () => {
  it('is full-width beside Chinese characters (GB/T 7714 citations, which use ASCII marks by the standard, excepted)', async () => {
    const halfWidth = /[\p{Script=Han}“”][,;:()]|[,;:()][\p{Script=Han}“”]/u;
    const { page, context } = await openPage(browser(), origin);
    const addresses = [
      '/figures/',
      ...publishedYears().map((published) => `/figures/${published}/`),
      '/data/',
      ...new Set(publishedMetrics().map((m) => new URL(m.url, origin).pathname)),
    ];
    const bad: string[] = [];
    for (const address of addresses) {
      await page.goto(origin + address);
      const text = await page.evaluate(() => {
        for (const block of document.querySelectorAll('details')) block.open = true;
        for (const citation of document.querySelectorAll('[data-gbt7714]')) citation.remove();
        return document.querySelector('main')!.innerText;
      });
      bad.push(
        ...text
          .split('\n')
          .filter((line) => halfWidth.test(line))
          .map((line) => `${address}: ${line}`),
      );
      expect(text, address).not.toMatch(/[ \t][，。；：、）」》]/);
    }
    expect(bad).toEqual([]);
    await context.close();
  });
});
