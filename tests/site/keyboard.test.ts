/**
 * A keyboard-only walk through the site, as a reader who cannot use a mouse: from the home
 * page to a section, to the figures page, and through search, with the focus always visible.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, useBrowser } from '../support/browser.ts';
import { latestYear, originalReportYear, sectionsOf } from '../support/site-data.ts';

const origin = inject('origin');
const browser = useBrowser();

/** Presses Tab until the focused element matches, checking each stop shows a focus outline. */
async function tabTo(page: Page, matches: (text: string, href: string | null) => boolean, limit = 80) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      const style = getComputedStyle(element);
      return {
        text: element.textContent?.trim() ?? '',
        href: element.getAttribute('href'),
        outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
      };
    });
    if (!focused) continue;
    expect(focused.outline, `focus visible on “${focused.text.slice(0, 30)}”`).toBe(true);
    if (matches(focused.text, focused.href)) return;
  }
  throw new Error('The element was not reached with the Tab key');
}

describe('keyboard only', () => {
  it('home → a section → the figures page → search, with the focus always visible', async () => {
    const { page, context } = await openPage(browser(), origin, { viewport: { width: 1280, height: 800 } });
    await page.goto(`${origin}/`);

    // The home page shows the newest report: its first section.
    const year = latestYear();
    const [first] = sectionsOf(year);
    await tabTo(page, (_, href) => href === `/${year}/${first!.slug}/`);
    await Promise.all([page.waitForURL(`${origin}/${year}/${first!.slug}/`), page.keyboard.press('Enter')]);
    expect(await page.locator('h1').innerText()).toContain(first!.title);

    await tabTo(page, (_, href) => href === '/figures/');
    await Promise.all([page.waitForURL(`${origin}/figures/`), page.keyboard.press('Enter')]);
    expect(await page.locator('h1').count()).toBe(1);

    // A figure of the official 2023 report (鞍委〔2024〕17号), found by its 文号 wherever it is
    // (other years may have a 3721 too); fails if that report is missing: the archive keeps it.
    const original = originalReportYear();
    const target = `/${original}/dispute-resolution/`;
    await page.keyboard.press('/');
    await page.keyboard.type('3721');
    await Promise.all([page.waitForURL(/\/search\/\?q=3721/), page.keyboard.press('Enter')]);
    // Pagefind loads on the results page first: on a busy machine that takes more than a second.
    await expect
      .poll(() => page.locator(`a[href^="${target}"][href*="#legal-aid-cases"]`).count(), { timeout: 15_000 })
      .toBeGreaterThan(0);
    await tabTo(page, (_, href) => (href?.startsWith(target) && href.includes('#legal-aid-cases')) ?? false);
    await Promise.all([page.waitForURL((url) => url.pathname === target), page.keyboard.press('Enter')]);
    await expect.poll(() => page.evaluate(() => document.querySelector(':target')?.id)).toBe('legal-aid-cases');
    await context.close();
  });
});
