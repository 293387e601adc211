/**
 * The site's own words held to the text (issue 21), on the built pages of every year:
 *  - every item headed 原文 is the report's text, verbatim, from its own section;
 *  - metric pages keep each figure's bound (≥95 where the text says 95%以上) and its text;
 *  - where labels, chart titles, summaries and shares appear, one statement says they are the site's;
 *  - nothing claims earlier reports the site does not hold.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPORTS_DIR } from '../../src/lib/content/files.ts';
import { QUALIFIER_MARKS } from '../../src/lib/figures/units.ts';
import { SITE_WORDS } from '../../src/lib/report/citation.ts';
import { formatNumber } from '../../src/lib/format/chinese-numbers.ts';
import { builtPages, DIST, publishedMetrics } from '../support/site-files.ts';
import { publishedYears, sectionPagesOf } from '../support/site-data.ts';

const html = (page: string) => readFileSync(path.join(DIST, page, 'index.html'), 'utf8');

/** Text as a reader sees it: tags out, entities decoded, spaces collapsed. */
const textOf = (fragment: string) =>
  fragment
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, '');

/** A section's body as written in its content file, spaces collapsed. */
function sectionBody(year: number, slug: string): string {
  const folder = path.resolve(REPORTS_DIR, String(year));
  const file = readdirSync(folder).find((name) => name.endsWith(`-${slug}.md`))!;
  return readFileSync(path.join(folder, file), 'utf8')
    .split(/^---$/m)
    .slice(2)
    .join('---')
    .replace(/^#+\s+/gm, '')
    .replace(/\s+/g, '');
}

describe('items headed 原文 quote the text', () => {
  const years = publishedYears();

  it('reads the built years', () => {
    expect(years.length).toBeGreaterThan(0);
  });

  it.each(years.flatMap((year) => sectionPagesOf(year).map((page) => [page, year] as const)))('%s', (page, year) => {
    const body = sectionBody(year, page.split('/')[2]!);
    const source = html(page);
    // The citation blocks: <h3>原文</h3> then the sentence.
    const sentences = [...source.matchAll(/>原文<\/h3>\s*<blockquote[^>]*>([\s\S]*?)<\/blockquote>/g)].map((m) =>
      textOf(m[1]!),
    );
    // Any other line headed 原文：, up to its closing mark.
    const lines = [...textOf(source).matchAll(/原文：([^。<]+)/g)].map((m) => m[1]!);
    const figures = publishedMetrics().filter((metric) => metric.year === year && metric.url.startsWith(page));
    expect(sentences.length).toBe(figures.length);
    const notInText = [...sentences, ...lines].filter((quote) => !body.includes(quote));
    expect(notInText).toEqual([]);
  });
});

describe('metric pages keep each figure’s bound and its text', () => {
  const qualified = publishedMetrics().filter((metric) => metric.qualifier);

  it('the published figures include bounded ones', () => {
    expect(qualified.length).toBeGreaterThan(0);
  });

  it.each(qualified.map((metric) => [`${metric.year} ${metric.id}`, metric] as const))('%s', (_, metric) => {
    const page = textOf(html(`/metrics/${metric.id}/`));
    const mark = QUALIFIER_MARKS[metric.qualifier as keyof typeof QUALIFIER_MARKS];
    expect(page).toContain(`${metric.year}年${metric.text}${mark}${formatNumber(metric.value).replace(/\s+/g, '')}`);
  });
});

describe('the site’s words are marked as the site’s', () => {
  const pages = builtPages();
  const marked = (page: string) => html(page).includes(SITE_WORDS);

  it('on /figures/, /metrics/, every metric page, /data/ and every embed', () => {
    const wanted = pages.filter((page) => /^\/(figures|metrics|data|embed)\//.test(page) && page.endsWith('/'));
    expect(wanted.length).toBeGreaterThan(5);
    expect(wanted.filter((page) => !marked(page))).toEqual([]);
  });

  it('on every section page with figures', () => {
    const withFigures = new Set(publishedMetrics().map((metric) => new URL(metric.url, 'https://x').pathname));
    expect(withFigures.size).toBeGreaterThan(0);
    expect([...withFigures].filter((page) => !marked(page))).toEqual([]);
  });

  it('never claims what earlier reports lack', () => {
    expect(pages.filter((page) => page.endsWith('/') && html(page).includes('此前的年度报告没有这一指标'))).toEqual([]);
  });
});
