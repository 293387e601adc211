/**
 * Controls that need scripts (reading controls, a chart's 「以表格显示」, the figures table's
 * filters and sort buttons) show wherever the page's scripts run, from the first paint, and
 * nowhere else: by the class the <head> script puts on <html>, not by CSS's @media (scripting),
 * which Safari before 17 (many older iPhones) does not know.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, useBrowser } from '../support/browser.ts';
import { builtPages, pageHtml } from '../support/site-files.ts';
import { SCRIPTS_RUN_CLASS } from '../../src/lib/site/reading-preferences.ts';

const origin = inject('origin');
const browser = useBrowser();
const chartPage = builtPages().find((page) => !page.startsWith('/embed/') && pageHtml(page).includes('data-chart='))!;
const embedPage = builtPages().find((page) => page.startsWith('/embed/') && pageHtml(page).includes('data-chart-svg'))!;

type Kind = 'figures' | 'chart' | 'embed';
/** One page of each kind. */
const PAGES: [Kind, string][] = [
  ['figures', '/figures/'],
  ['chart', chartPage],
  ['embed', embedPage],
];

/** What a reader sees of the script-driven controls on the open page, of kind `kind`. */
async function read(page: Page, kind: Kind) {
  const visible = (selector: string) => page.locator(selector).first().isVisible();
  if (kind === 'figures') {
    const head = page.locator('[data-figure-list] thead');
    return {
      filters: await visible('form[data-figure-filters]'),
      sortButtons: (await head.getByRole('button').count()) === (await head.locator('th').count()),
      plainHeadings: await visible('[data-figure-list] thead .sort-label'),
    };
  }
  const chart = page.locator('figure.chart').first();
  return {
    readingControls: kind === 'embed' ? undefined : await visible('#reading-controls'),
    tableSwitch: await chart.getByRole('button', { name: '以表格显示' }).isVisible(),
    table: await chart.locator('.chart-table').isVisible(),
  };
}

const withScripts: Record<Kind, object> = {
  figures: { filters: true, sortButtons: true, plainHeadings: false },
  chart: { readingControls: true, tableSwitch: true, table: false },
  embed: { readingControls: undefined, tableSwitch: true, table: false },
};
const withoutScripts: Record<Kind, object> = {
  figures: { filters: false, sortButtons: false, plainHeadings: true },
  chart: { readingControls: false, tableSwitch: false, table: true },
  embed: { readingControls: undefined, tableSwitch: false, table: true },
};
describe('controls that need scripts', () => {
  it('are found on a chart page and an embed page of this build', () => {
    expect(chartPage).toBeDefined();
    expect(embedPage).toBeDefined();
  });

  it('show where scripts run, marked on <html> by the <head> script', async () => {
    const { page, context } = await openPage(browser(), origin);
    for (const [kind, address] of PAGES) {
      await page.goto(origin + address);
      expect(await page.evaluate(() => document.documentElement.className.split(' '))).toContain(SCRIPTS_RUN_CLASS);
      expect(await read(page, kind)).toEqual(withScripts[kind]);
    }
    await context.close();
  });

  it('show by that class alone, in a browser without @media (scripting)', async () => {
    // Chromium without JavaScript does not match @media (scripting: enabled), as old Safari never
    // does; the class, set by hand here, must be enough.
    const { page, context } = await openPage(browser(), origin, { javaScriptEnabled: false });
    for (const [kind, address] of PAGES) {
      await page.goto(origin + address);
      expect(await read(page, kind)).toEqual(withoutScripts[kind]);
      await page.$eval('html', (html, name) => html.classList.add(name), SCRIPTS_RUN_CLASS);
      expect(await read(page, kind)).toEqual(withScripts[kind]);
    }
    await context.close();
  });
});
