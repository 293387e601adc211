/**
 * Every built page, as a reader's browser sees it: one <h1>, landmarks, a working skip
 * link, no request to any other host, readable without JavaScript, no axe-core violation.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from '../support/browser.ts';
import { builtPages } from '../support/site-files.ts';

const origin = inject('origin');
const pages = builtPages();
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe.each(pages)('%s', (path) => {
  it('has one h1, lang zh-CN, landmarks and a skip link to main', async () => {
    const { page, context } = await openPage(browser, origin);
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

  it('requests nothing from any other host', async () => {
    const { page, context, foreignRequests } = await openPage(browser, origin);
    await page.goto(origin + path, { waitUntil: 'networkidle' });
    await page.mouse.wheel(0, 20_000);
    await page.waitForTimeout(200);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it('has no accessibility violations (axe-core, WCAG 2.1 A/AA)', async () => {
    const { page, context } = await openPage(browser, origin);
    await page.goto(origin + path);
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: { run: (o: object) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
        }
      ).axe;
      const result = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
    });
    expect(violations).toEqual([]);
    await context.close();
  });
});

describe('section pages', () => {
  const sections = pages.filter((path) => /^\/\d{4}\/(?!full\/)[a-z-]+\/$/.test(path));

  it('there are twelve for 2023', () => {
    expect(sections.filter((path) => path.startsWith('/2023/'))).toHaveLength(12);
  });

  it.each(sections)('%s reads the same with JavaScript off, and ships no script but the search box', async (path) => {
    const { page, context } = await openPage(browser, origin, { javaScriptEnabled: false });
    await page.goto(origin + path);
    expect(await page.locator('h1').innerText()).not.toBe('');
    expect((await page.locator('.report-text').innerText()).length).toBeGreaterThan(50);
    // The header search box's one small external module (it loads the rest on first use).
    expect(await page.locator('script:not([type="module"][src*="/_astro/SearchBox."])').count()).toBe(0);
    await context.close();
  });

  it('previous/next links walk through every section in order', async () => {
    const { page, context } = await openPage(browser, origin);
    await page.goto(`${origin}/2023/party-leadership/`);
    expect(await page.locator('a[rel="prev"]').count()).toBe(0);
    const visited = [new URL(page.url()).pathname];
    while ((await page.locator('a[rel="next"]').count()) > 0) {
      await page.locator('a[rel="next"]').click();
      visited.push(new URL(page.url()).pathname);
    }
    expect(visited).toEqual(sections.filter((path) => path.startsWith('/2023/')).sort((a, b) => order(a) - order(b)));
    await context.close();

    function order(path: string) {
      return visited.indexOf(path) === -1 ? Infinity : visited.indexOf(path);
    }
  });

  it('each figure in a section table links to its place in the text', async () => {
    const { page, context } = await openPage(browser, origin);
    await page.goto(`${origin}/2023/dispute-resolution/`);
    const link = page.locator('table a[href="#legal-aid-cases"]');
    expect(await link.innerText()).toBe('3721件');
    await link.click();
    expect(await page.evaluate(() => document.querySelector(':target')?.textContent)).toBe('3721件');
    await context.close();
  });
});

describe('the whole report on one page', () => {
  it('holds every section and is kept out of the search index', async () => {
    const { page, context } = await openPage(browser, origin);
    await page.goto(`${origin}/2023/full/`);
    expect(await page.locator('[data-pagefind-body]').count()).toBe(0);
    expect(await page.locator('[data-pagefind-ignore="all"]').count()).toBe(1);
    expect(await page.locator('data.figure').count()).toBeGreaterThanOrEqual(65);
    await context.close();
  });
});
