/**
 * The reading mode for older readers: larger text in three sizes and high contrast,
 * remembered between visits, with nothing breaking at 320 px or at 200% zoom.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, useBrowser } from '../support/browser.ts';
import { FIRST_USE } from '../support/first-use.ts';
import { latestYear, publishedYears, sectionPagesByFigures, sectionsOf } from '../support/site-data.ts';

const origin = inject('origin');
/** Samples from the newest report: its cover and two of its section pages. */
const year = latestYear();
const cover = `/${year}/`;
const [firstSection, secondSection] = sectionsOf(year).map((section) => `/${year}/${section.slug}/`);
const browser = useBrowser();

const rootFontSize = (page: Page) =>
  page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
const overflowsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);

describe('text size and contrast controls', () => {
  it('enlarge the text, show which size is on, and are remembered on the next page', async () => {
    const { page, context } = await openPage(browser(), origin);
    await page.goto(origin + firstSection!);
    expect(await rootFontSize(page)).toBe(16);
    const larger = page.getByRole('button', { name: '特大字号' });
    await larger.focus();
    await page.keyboard.press('Enter');
    // The buttons' code is fetched on the first press: wait for the state, not for a time.
    await expect.poll(() => larger.getAttribute('aria-pressed'), FIRST_USE).toBe('true');
    expect(await rootFontSize(page)).toBe(24);

    await page.goto(origin + (secondSection ?? cover));
    expect(await rootFontSize(page)).toBe(24);
    expect(await page.getByRole('button', { name: '特大字号' }).getAttribute('aria-pressed')).toBe('true');

    await page.getByRole('button', { name: '标准字号' }).click();
    await expect.poll(() => rootFontSize(page), FIRST_USE).toBe(16);
    await context.close();
  });

  it('switch to high contrast: black text on white, remembered', async () => {
    const { page, context } = await openPage(browser(), origin);
    await page.goto(origin + cover);
    const toggle = page.getByRole('button', { name: '高对比度' });
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-pressed'), FIRST_USE).toBe('true');
    const colours = () =>
      page.evaluate(() => {
        const style = getComputedStyle(document.body);
        return [style.color, style.backgroundColor];
      });
    expect(await colours()).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
    await page.reload();
    expect(await colours()).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
    await context.close();
  });

  it('are hidden without JavaScript, where they could not work', async () => {
    const { page, context } = await openPage(browser(), origin, { javaScriptEnabled: false });
    await page.goto(origin + cover);
    expect(await page.locator('#reading-controls').isVisible()).toBe(false);
    await context.close();
  });
});

describe('layout at small widths and large text', () => {
  // Per year, the section page with the most figures (widest tables, most charts) and the whole text.
  const widest = publishedYears().flatMap((published) => [sectionPagesByFigures(published)[0]!, `/${published}/full/`]);
  it.each(['/', ...widest, '/data/'])(
    '%s has no sideways scrolling at 320 px with the largest text, nor zoomed to 200 per cent',
    async (path) => {
      const { page, context } = await openPage(browser(), origin, { viewport: { width: 320, height: 640 } });
      await page.goto(origin + path);
      await page.getByRole('button', { name: '特大字号' }).click();
      await expect.poll(() => rootFontSize(page), FIRST_USE).toBe(24);
      expect(await overflowsSideways(page)).toBe(false);
      await context.close();

      // 200% zoom of a 640 px window is a 320 px CSS viewport at device scale 2.
      const zoomed = await browser().newContext({ viewport: { width: 320, height: 400 }, deviceScaleFactor: 2 });
      const zoomedPage = await zoomed.newPage();
      await zoomedPage.goto(origin + path);
      expect(await overflowsSideways(zoomedPage)).toBe(false);
      await zoomed.close();
    },
  );
});

describe('dark mode', () => {
  it('follows the system setting', async () => {
    const { page, context } = await openPage(browser(), origin);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(origin + cover);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(18, 20, 23)');
    await context.close();
  });
});
