/**
 * 语音朗读, with the browser's speech API replaced by a stub (an init script): hidden without
 * a Chinese voice; with one, reads the report text in order, sentence by sentence, figures as
 * written, highlighting each and keeping it in view; pause, resume and stop by keyboard;
 * stores nothing.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { reportAddress } from '../../src/lib/site/gov-meta.ts';
import { openPage, settledInView, useBrowser } from '../support/browser.ts';
import { FIRST_USE } from '../support/first-use.ts';
import { builtPages } from '../support/site-files.ts';
import { stubSpeech } from '../support/speech-stub.ts';

const origin = inject('origin');
const sections = builtPages().filter((page) => reportAddress(page)?.slug);
// A section from the middle of the built report: real text with figures to hear.
const page = sections.at(Math.floor(sections.length / 2))!;
const browser = useBrowser();

async function open(lang: string | null) {
  const watched = await openPage(browser(), origin);
  if (lang) await watched.page.addInitScript(stubSpeech, lang);
  await watched.page.goto(origin + page);
  return watched;
}

const spoken = (tab: Page) =>
  tab.evaluate(() =>
    (window as unknown as { speechLog: string[] }).speechLog
      .filter((e) => e.startsWith('speak:'))
      .map((e) => e.slice(6)),
  );
const highlighted = (tab: Page) =>
  tab.evaluate(() => {
    const highlight = CSS.highlights.get('read-aloud');
    return highlight ? [...highlight].map((range) => range.toString()).join('') : null;
  });

describe(`read-aloud on ${page}`, () => {
  it('is hidden without a Chinese voice', async () => {
    for (const lang of [null, 'en-US']) {
      const { page: tab, context } = await open(lang);
      expect(await tab.locator('[data-read-aloud]').isHidden(), String(lang)).toBe(true);
      await context.close();
    }
  });

  it('reads every sentence of the text in order, figures as written, highlighting each in view', async () => {
    const { page: tab, context, errors } = await open('zh-CN');
    const storage = await tab.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie]);
    const play = tab.locator('[data-read-aloud-play]');
    await play.waitFor({ state: 'visible' });
    await play.focus();
    await tab.keyboard.press('Enter');
    // The speech code is fetched on the first press: wait for the state it sets.
    await expect.poll(() => play.textContent(), FIRST_USE).toBe('暂停');
    const text = await tab.locator('main .report-text').innerText();
    const figures = await tab.locator('main .report-text data.figure').allTextContents();
    for (let step = 0; step < 500; step++) {
      const said = await spoken(tab);
      if ((await tab.locator('[data-read-aloud]').getAttribute('data-state')) === 'idle') break;
      expect(await highlighted(tab)).toBe(said.at(-1));
      // In view once the page's (smooth) scroll has settled: looked at before, under load, it
      // was still on its way (issue 24: 846.6 > 844).
      const box = await settledInView(tab, { highlight: 'read-aloud' });
      expect(box, `${said.at(-1)}: ${JSON.stringify(box)}`).toMatchObject({ inView: true });
      await tab.evaluate(() => (window as unknown as { endUtterance: () => void }).endUtterance());
    }
    const said = await spoken(tab);
    expect(said.length).toBeGreaterThan(3);
    // In order and complete: the sentences, joined, are the text without its white space.
    expect(said.join('').replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
    for (const sentence of said.slice(0, -1)) expect(sentence).toMatch(/[。！？；!?;：:”’」』）)》〉】\p{L}\p{N}]$/u);
    for (const figure of figures)
      expect(
        said.some((sentence) => sentence.includes(figure)),
        figure,
      ).toBe(true);
    expect(await highlighted(tab)).toBeNull();
    expect(await play.textContent()).toBe('朗读');
    expect(await tab.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie])).toEqual(storage);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('pauses, resumes and stops from the keyboard', async () => {
    const { page: tab, context } = await open('zh-CN');
    const play = tab.locator('[data-read-aloud-play]');
    const stop = tab.locator('[data-read-aloud-stop]');
    expect(await stop.isDisabled()).toBe(true);
    await play.focus();
    await tab.keyboard.press('Enter');
    await expect.poll(() => play.textContent(), FIRST_USE).toBe('暂停');
    await tab.keyboard.press('Enter');
    expect(await play.textContent()).toBe('继续');
    await tab.keyboard.press('Space');
    expect(await play.textContent()).toBe('暂停');
    await tab.keyboard.press('Tab');
    expect(await tab.evaluate(() => document.activeElement?.hasAttribute('data-read-aloud-stop'))).toBe(true);
    await tab.keyboard.press('Enter');
    expect(await play.textContent()).toBe('朗读');
    expect(await stop.isDisabled()).toBe(true);
    expect(await highlighted(tab)).toBeNull();
    const log = await tab.evaluate(() => (window as unknown as { speechLog: string[] }).speechLog);
    expect(log.filter((entry) => !entry.startsWith('speak:'))).toEqual(['pause', 'resume', 'cancel']);
    expect(await spoken(tab)).toHaveLength(1);
    await context.close();
  });
});
