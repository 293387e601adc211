/**
 * The official text reaches readers unaltered: every sentence of source.txt appears in
 * the rendered section pages (compared after NFKC, since the site prints Chinese
 * punctuation full-width where the source has ASCII), and the pages print Chinese
 * punctuation full-width. The text is compared for the official 2023 report, found by its 文号;
 * the pages of every published year are checked for coverage and punctuation.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from '../support/browser.ts';
import { officialSource } from '../support/site-files.ts';
import { metricsOfYear, originalReportYear, publishedYears, sectionsOf } from '../support/site-data.ts';

const origin = inject('origin');
const browser = useBrowser();
const years = publishedYears();
/** Per year, the rendered text (innerText of <main>) of its cover and every section page it reaches. */
const rendered = new Map<number, Map<string, string>>();

const nfkc = (text: string) => text.normalize('NFKC');

beforeAll(async () => {
  const { page } = await openPage(browser(), origin);
  for (const year of years) {
    const pages = new Map<string, string>();
    const sectionPages = metricsOfYear(year).map((m) => new URL(m.url, origin).pathname);
    // Sections without figures are found through the cover's table of contents.
    await page.goto(`${origin}/${year}/`);
    const linked = await page.$$eval('nav[aria-labelledby="contents-heading"] a', (links) =>
      links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    for (const path of new Set([`/${year}/`, ...sectionPages, ...linked])) {
      await page.goto(origin + path);
      pages.set(path, await page.locator('main').innerText());
    }
    rendered.set(year, pages);
  }
});

/** The source's lines of report text: its first line is the title, its second the web page's byline. */
function sourceLines(year: number): { title: string; lines: string[] } {
  const [title = '', , ...rest] = officialSource(year)
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
  it('covers the cover and every section of every published year', () => {
    expect(years.length).toBeGreaterThan(0);
    for (const year of years) {
      expect([...rendered.get(year)!.keys()].sort(), String(year)).toEqual(
        [`/${year}/`, ...sectionsOf(year).map((section) => `/${year}/${section.slug}/`)].sort(),
      );
    }
  });

  it('the official 2023 report (鞍委〔2024〕17号) has its cover and twelve sections', () => {
    // Found by its 文号, wherever it is; fails (not skips) if missing: the archive always keeps it.
    expect(rendered.get(originalReportYear())!.size).toBe(13);
  });

  // The sentence tests read the official 2023 report's source.txt (the web page as published:
  // title, byline, 文号, text), so they are about that report; other years' whole text is a
  // content rule of `npm run check`.
  it('every sentence of the source appears verbatim (after NFKC) on a page of the report', () => {
    const year = originalReportYear();
    const pages = [...rendered.get(year)!.values()].map(nfkc);
    const { lines } = sourceLines(year);
    const all = lines.flatMap(sentences);
    expect(all.length).toBeGreaterThan(60);
    const missing = all.filter((sentence) => !pages.some((text) => text.includes(sentence)));
    expect(missing).toEqual([]);
  });

  it('the title line (issuers and title) of the official 2023 report is on its cover', () => {
    // Its source.txt is the web page as published: title line, then byline. Another year's
    // source may have no title line, so this is asserted of that report only.
    const year = originalReportYear();
    const cover = nfkc(rendered.get(year)!.get(`/${year}/`)!);
    for (const part of sourceLines(year).title.split(/\s+/)) expect(cover).toContain(nfkc(part));
  });

  it('each section page holds its own paragraphs whole, not split across pages', () => {
    const year = originalReportYear();
    const { lines } = sourceLines(year);
    const paragraphs = lines.filter((line) => line.length > 60).map(nfkc);
    for (const paragraph of paragraphs) {
      expect(
        [...rendered.get(year)!.values()].some((text) => nfkc(text).includes(paragraph)),
        paragraph,
      ).toBe(true);
    }
  });

  it('prints Chinese punctuation full-width: no ASCII , ; : ( ) beside a Chinese character', () => {
    const halfWidth = /[\p{Script=Han}“”][,;:()]|[,;:()][\p{Script=Han}“”]/u;
    for (const [path, text] of [...rendered.values()].flatMap((pages) => [...pages])) {
      const bad = text.split('\n').filter((line) => halfWidth.test(line));
      expect(bad, path).toEqual([]);
    }
  });

  it('puts no stray space before Chinese punctuation', () => {
    for (const [path, text] of [...rendered.values()].flatMap((pages) => [...pages])) {
      expect(text, path).not.toMatch(/[ \t][,。;:、)」》]/);
    }
  });
});
