/**
 * The official text reaches readers unaltered: every sentence of source.txt appears in
 * the rendered section pages (compared after NFKC, since the site prints Chinese
 * punctuation full-width where the source has ASCII), and the pages print Chinese
 * punctuation full-width.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from '../support/browser.ts';
import { officialSource, publishedMetrics } from '../support/site-files.ts';

const origin = inject('origin');
let browser: Browser;
/** Rendered text (innerText of <main>) of the cover and every section page of 2023. */
const rendered = new Map<string, string>();

const nfkc = (text: string) => text.normalize('NFKC');

beforeAll(async () => {
  browser = await launchBrowser();
  const sectionPages = [...new Set(publishedMetrics().map((m) => new URL(m.url, origin).pathname))];
  const { page } = await openPage(browser, origin);
  // Sections without figures are found through the cover's table of contents.
  await page.goto(`${origin}/2023/`);
  const linked = await page.$$eval('nav[aria-labelledby="contents-heading"] a', (links) =>
    links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
  for (const path of new Set(['/2023/', ...sectionPages, ...linked])) {
    await page.goto(origin + path);
    rendered.set(path, await page.locator('main').innerText());
  }
});

afterAll(() => browser?.close());

/** The source's lines of report text: its first line is the title, its second the web page's byline. */
function sourceLines(): { title: string; lines: string[] } {
  const [title = '', , ...rest] = officialSource(2023)
    .split('\n')
    .map((line) => line.trim());
  return { title, lines: rest.filter(Boolean) };
}

/** Sentences end with 。 or, in lists, with ;. */
const sentences = (line: string) =>
  nfkc(line)
    .split(/(?<=[。;])/)
    .map((s) => s.trim())
    .filter(Boolean);

describe('the official text, sentence by sentence', () => {
  it('covers the cover and all twelve sections', () => {
    expect(rendered.size).toBe(13);
  });

  it('every sentence of the source appears verbatim (after NFKC) on a page of the site', () => {
    const pages = [...rendered.values()].map(nfkc);
    const { lines } = sourceLines();
    const all = lines.flatMap(sentences);
    expect(all.length).toBeGreaterThan(60);
    const missing = all.filter((sentence) => !pages.some((text) => text.includes(sentence)));
    expect(missing).toEqual([]);
  });

  it('the title line (issuers and title) is on the cover', () => {
    const cover = nfkc(rendered.get('/2023/')!);
    for (const part of sourceLines().title.split(/\s+/)) expect(cover).toContain(nfkc(part));
  });

  it('each section page holds its own paragraphs whole, not split across pages', () => {
    const { lines } = sourceLines();
    const paragraphs = lines.filter((line) => line.length > 60).map(nfkc);
    for (const paragraph of paragraphs) {
      expect([...rendered.values()].some((text) => nfkc(text).includes(paragraph))).toBe(true);
    }
  });

  it('prints Chinese punctuation full-width: no ASCII , ; : ( ) beside a Chinese character', () => {
    const halfWidth = /[\p{Script=Han}“”][,;:()]|[,;:()][\p{Script=Han}“”]/u;
    for (const [path, text] of rendered) {
      const bad = text.split('\n').filter((line) => halfWidth.test(line));
      expect(bad, path).toEqual([]);
    }
  });

  it('puts no stray space before Chinese punctuation', () => {
    for (const [path, text] of rendered) {
      expect(text, path).not.toMatch(/[ \t][,。;:、)」》]/);
    }
  });
});
