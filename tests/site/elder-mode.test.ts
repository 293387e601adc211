/**
 * 长者模式: one button, by keyboard, turns on 特大 text, high contrast, wider line spacing, a
 * large cursor and 指读 (the paragraph clicked is read aloud, figures as written, with the
 * speech API stubbed); it is remembered and applied before the first paint on reload.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, useBrowser } from '../support/browser.ts';
import { FIRST_USE } from '../support/first-use.ts';
import { sectionPagesByFigures } from '../support/site-data.ts';
import { latestYear } from '../support/site-data.ts';
import { stubSpeech } from '../support/speech-stub.ts';

const origin = inject('origin');
const browser = useBrowser();
// The section of the newest report with the most figures: paragraphs with figures to hear.
const section = sectionPagesByFigures(latestYear())[0]!;

const look = (page: Page) =>
  page.evaluate(() => {
    const body = getComputedStyle(document.body);
    return {
      fontSize: parseFloat(getComputedStyle(document.documentElement).fontSize),
      colours: [body.color, body.backgroundColor],
      lineHeight: parseFloat(body.lineHeight) / parseFloat(body.fontSize),
      cursor: body.cursor,
    };
  });

async function turnOn(page: Page) {
  const button = page.getByRole('button', { name: '长者模式' });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => button.getAttribute('aria-pressed'), FIRST_USE).toBe('true');
}

describe('长者模式', () => {
  it('one keyboard press: larger text, high contrast, wider lines, a large cursor; remembered before the first paint', async () => {
    const { page, context, errors } = await openPage(browser(), origin);
    await page.goto(origin + section);
    const before = await look(page);
    expect(before.fontSize).toBe(16);
    await turnOn(page);
    const on = await look(page);
    expect(on.fontSize).toBe(24);
    expect(on.colours).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
    expect(on.lineHeight).toBeGreaterThan(before.lineHeight);
    expect(on.cursor).toContain('arrow-large.svg');
    expect(before.cursor).not.toContain('arrow-large.svg');

    // On reload the mode is on when <body> first exists: set by the script in <head>, before any paint.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        observer.disconnect();
        (window as unknown as { elderAtBody: boolean }).elderAtBody =
          document.documentElement.hasAttribute('data-elder');
      }).observe(document, { childList: true, subtree: true });
    });
    await page.reload();
    expect(await page.evaluate(() => (window as unknown as { elderAtBody: boolean }).elderAtBody)).toBe(true);
    expect(await look(page)).toEqual(on);
    expect(await page.getByRole('button', { name: '长者模式' }).getAttribute('aria-pressed')).toBe('true');

    await page.getByRole('button', { name: '长者模式' }).click();
    await expect.poll(async () => (await look(page)).fontSize, FIRST_USE).toBe(16);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('指读: a paragraph clicked is read aloud, sentence by sentence, figures as written', async () => {
    const { page, context } = await openPage(browser(), origin);
    await page.addInitScript(stubSpeech, 'zh-CN');
    await page.goto(origin + section);
    await turnOn(page);
    const paragraph = page
      .locator('main .report-text p')
      .filter({ has: page.locator('data.figure') })
      .first();
    const text = (await paragraph.innerText()).replace(/\s+/g, '');
    const figures = await paragraph.locator('data.figure').allTextContents();
    await paragraph.click({ position: { x: 5, y: 5 } });
    const spoken = () =>
      page.evaluate(() =>
        (window as unknown as { speechLog: string[] }).speechLog
          .filter((e) => e.startsWith('speak:'))
          .map((e) => e.slice(6)),
      );
    await expect.poll(async () => (await spoken()).length, FIRST_USE).toBeGreaterThan(0);
    // Let the voice reach the end of each sentence until the paragraph is read.
    for (
      let step = 0;
      step < 100 && (await page.locator('[data-read-aloud]').getAttribute('data-state')) !== 'idle';
      step++
    ) {
      await page.evaluate(() => (window as unknown as { endUtterance: () => void }).endUtterance());
    }
    const said = await spoken();
    expect(said.join('').replace(/\s+/g, '')).toBe(text);
    for (const figure of figures) expect(said.join('')).toContain(figure);
    await context.close();
  });

  it('off: clicking a paragraph reads nothing', async () => {
    const { page, context } = await openPage(browser(), origin);
    await page.addInitScript(stubSpeech, 'zh-CN');
    await page.goto(origin + section);
    await page
      .locator('main .report-text p')
      .first()
      .click({ position: { x: 5, y: 5 } });
    // The control the reader did not touch was never loaded: nothing can be speaking.
    expect(await page.evaluate(() => (window as unknown as { speechLog: string[] }).speechLog)).toEqual([]);
    await context.close();
  });
});
