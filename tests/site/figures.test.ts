/**
 * The published data holds every figure of the official text, with the right value,
 * unit and section. The expected figures are read from source.txt here, independently
 * of the frontmatter, so a figure left out of the data or mistyped in it is caught.
 */
import { describe, expect, inject, it } from 'vitest';
import { openPage, settledInView, useBrowser } from '../support/browser.ts';
import { officialSource, publishedMetrics, type PublishedMetric } from '../support/site-files.ts';
import { originalReportYear } from '../support/site-data.ts';

const origin = inject('origin');
/**
 * The official 2023 report (鞍委〔2024〕17号), found by its 文号 wherever it is: the reading of its
 * source below follows that text's structure. Fails (not skips) if it is missing: the archive keeps it.
 */
const year = originalReportYear();

interface SourceFigure {
  section: number;
  text: string;
  value: number;
  unit: string;
  qualifier: string | null;
}

const NUMERALS = '一二三四五六七八九十';

/** Reads every figure (a number with a unit) from the official text, with the section it is in. */
function figuresInSource(): SourceFigure[] {
  const figures: SourceFigure[] = [];
  let part = 0;
  let section = 0;
  const measures = 10;
  for (const raw of officialSource(year).split('\n').slice(2)) {
    const line = raw.trim().normalize('NFKC');
    const partHeading = /^([一二三])、/.exec(line);
    if (partHeading) {
      part = NUMERALS.indexOf(partHeading[1]!) + 1;
      if (part > 1) section = measures + part - 1;
      continue;
    }
    const sectionHeading = /^\(([一二三四五六七八九十]+)\)/.exec(line);
    if (sectionHeading && part === 1) {
      section = NUMERALS.indexOf(sectionHeading[1]!) + 1;
      continue;
    }
    if (section === 0) continue;
    const pattern =
      /(?<![\d.])(\d+(?:\.\d+)?)(余)?(万|亿)?(余)?(件次|人次|大类|件|项|名|家|条|册|次|个|户|期|元|%)(以上)?/g;
    for (const match of line.matchAll(pattern)) {
      const [text, digits, before, magnitude, after, unit, atLeast] = match;
      const factor = magnitude === '亿' ? 1e8 : magnitude === '万' ? 1e4 : 1;
      figures.push({
        section,
        text,
        value: Math.round(Number(digits) * factor * 100) / 100,
        unit: unit!,
        qualifier: before || after ? 'more-than' : atLeast ? 'at-least' : null,
      });
    }
  }
  return figures;
}

describe('metrics.json against the official text', () => {
  const source = figuresInSource();
  const published = publishedMetrics().filter((m) => m.year === year);

  it('the source has about seventy figures', () => {
    expect(source.length).toBeGreaterThanOrEqual(65);
  });

  it('every figure of the source is published once, with its value, unit, qualifier and section', () => {
    const remaining: PublishedMetric[] = [...published];
    const unmatched: SourceFigure[] = [];
    for (const figure of source) {
      const at = remaining.findIndex(
        (m) =>
          m.section === figure.section &&
          m.text.normalize('NFKC') === figure.text &&
          m.value === figure.value &&
          m.unit === figure.unit &&
          m.qualifier === figure.qualifier,
      );
      if (at === -1) unmatched.push(figure);
      else remaining.splice(at, 1);
    }
    expect(unmatched).toEqual([]);
    expect(remaining).toEqual([]);
  });

  it('spot checks a few figures readers know', () => {
    const byId = new Map(published.map((m) => [m.id, m]));
    expect(byId.get('legal-aid-cases')).toMatchObject({ value: 3721, unit: '件', section: 5 });
    expect(byId.get('arbitration-claim-amount')).toMatchObject({ value: 381_000_000, unit: '元', text: '3.81亿元' });
    expect(byId.get('lenient-exemptions')).toMatchObject({ value: 220_000, qualifier: 'more-than' });
  });
});

describe('every figure has a working anchor', () => {
  const browser = useBrowser();

  it('each metrics.json url lands on a <data> element holding the figure, scrolled into view', async () => {
    const { page } = await openPage(browser(), origin);
    const problems: string[] = [];
    for (const metric of publishedMetrics()) {
      await page.goto(new URL(metric.url, origin).href);
      // Looked at once the page has stopped moving (the jump to the anchor, late layout).
      const visible = (await settledInView(page, { id: metric.id }))?.inView;
      const found = await page.evaluate(
        ([id, visible]) => {
          const element = document.getElementById(id);
          if (!element) return null;
          return {
            tag: element.tagName,
            value: element.getAttribute('value'),
            text: element.textContent,
            visible,
            targeted: element.matches(':target'),
          };
        },
        [metric.id, visible] as const,
      );
      const expected = { tag: 'DATA', value: String(metric.value), text: metric.text, visible: true, targeted: true };
      if (JSON.stringify(found) !== JSON.stringify(expected)) problems.push(`${metric.url}: ${JSON.stringify(found)}`);
    }
    expect(problems).toEqual([]);
    // About eighty page loads: on a busy machine, more than the default minute (a bound, not a wait).
  }, 300_000);
});
