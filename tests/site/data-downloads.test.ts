/**
 * Taking the data away: every download (per year, per section, CSV and JSON) holds exactly
 * what metrics.json holds, and is linked from the figures page, the data page and its section.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from '../support/browser.ts';
import { DIST, publishedMetrics, type PublishedMetric } from '../support/site-files.ts';
import { metricsOfYear, publishedYears, sectionsOf } from '../support/site-data.ts';

const origin = inject('origin');
const browser = useBrowser();

/** Each value of a row as CSV writes it. */
const asCsv = (metric: PublishedMetric) =>
  Object.fromEntries(Object.entries(metric).map(([k, v]) => [k, v === null ? '' : String(v)]));

describe.each(publishedYears())('%i: downloads hold exactly what metrics.json holds', (year) => {
  const yearDir = path.join(DIST, 'data', String(year));
  // The data files themselves, not the .gz/.br copies the build writes beside them.
  const files = readdirSync(yearDir).filter((name) => /\.(csv|json)$/.test(name));
  const sectionFiles = (ext: string) => files.filter((name) => name.endsWith(ext) && name !== `metrics${ext}`);
  const json = (file: string) => (JSON.parse(readFileSync(file, 'utf8')) as { metrics: PublishedMetric[] }).metrics;
  const csv = (file: string) => {
    const raw = readFileSync(file, 'utf8');
    expect(raw.charCodeAt(0), `${file} starts with a BOM`).toBe(0xfeff);
    // The first ten columns are the public contract; `corrected` was added at the end.
    expect(raw.slice(1).split('\r\n')[0]).toBe(
      'year,section,sectionTitle,id,label,value,unit,text,qualifier,url,corrected',
    );
    expect(/(?<!\r)\n/.test(raw), `${file}: every line ends with CRLF`).toBe(false);
    return parse(raw, {
      bom: true,
      columns: true,
      skip_empty_lines: true,
      relax_quotes: false,
      record_delimiter: '\r\n',
    }) as Record<string, string>[];
  };
  const ofYear = metricsOfYear(year);

  it('the year file, as JSON and as CSV', () => {
    expect(json(path.join(yearDir, 'metrics.json'))).toEqual(ofYear);
    expect(csv(path.join(yearDir, 'metrics.csv'))).toEqual(ofYear.map(asCsv));
    expect(csv(path.join(DIST, 'data', 'metrics.csv'))).toEqual(publishedMetrics().map(asCsv));
  });

  it('the section files, which together are the year, each holding only its section', () => {
    expect(sectionFiles('.json').length).toBe(sectionsOf(year).length);
    const jsonRows = sectionFiles('.json').flatMap((name) => {
      const rows = json(path.join(yearDir, name));
      expect(new Set(rows.map((r) => new URL(r.url, origin).pathname))).toEqual(
        rows.length ? new Set([`/${year}/${name.replace('.json', '')}/`]) : new Set(),
      );
      return rows;
    });
    const csvRows = sectionFiles('.csv').flatMap((name) => csv(path.join(yearDir, name)));
    const byPlace = (a: PublishedMetric | Record<string, string>, b: PublishedMetric | Record<string, string>) =>
      Number(a.section) - Number(b.section) ||
      ofYear.findIndex((m) => m.id === a.id) - ofYear.findIndex((m) => m.id === b.id);
    expect(jsonRows.sort(byPlace)).toEqual(ofYear);
    expect(csvRows.sort(byPlace)).toEqual(ofYear.map(asCsv));
  });

  it('quotes a field only when RFC 4180 needs it', () => {
    for (const name of files.filter((n) => n.endsWith('.csv'))) {
      const raw = readFileSync(path.join(yearDir, name), 'utf8');
      for (const line of raw.slice(1).split('\r\n').filter(Boolean)) {
        for (const quoted of line.match(/"(?:[^"]|"")*"/g) ?? []) expect(quoted, name).toMatch(/[",\r\n]/);
      }
    }
  });

  it('are linked from the figures page, the data page and each section', async () => {
    const { page, context } = await openPage(browser(), origin, { javaScriptEnabled: false });
    const downloadLinks = async (address: string) => {
      await page.goto(origin + address);
      return page.$$eval('a[download]', (anchors) =>
        anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
      );
    };
    expect(await downloadLinks('/figures/')).toEqual(
      expect.arrayContaining([
        '/data/metrics.csv',
        '/data/metrics.json',
        `/data/${year}/metrics.csv`,
        `/data/${year}/metrics.json`,
      ]),
    );
    const dataPage = await downloadLinks('/data/');
    for (const name of files)
      expect(
        dataPage.includes(`/data/${year}/${name}`) || !json(path.join(yearDir, name.replace('.csv', '.json'))).length,
      ).toBe(true);
    for (const { slug } of sectionsOf(year)) {
      if (!json(path.join(yearDir, `${slug}.json`)).length) continue;
      expect(await downloadLinks(`/${year}/${slug}/`), slug).toEqual(
        expect.arrayContaining([`/data/${year}/${slug}.csv`, `/data/${year}/${slug}.json`]),
      );
    }
    await context.close();
  });
});
