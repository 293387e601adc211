/**
 * What journalists' and search engines' tools read: the sitemap, the RSS feed, the Dataset
 * JSON-LD of the data page, and each page's citation and share metadata.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from '../support/browser.ts';
import { builtPages, configuredOrigin, DIST } from '../support/site-files.ts';
import { ORIGINAL_DOCUMENT_NUMBER, originalReportYear, publishedYears, reportData } from '../support/site-data.ts';

const origin = inject('origin');
const browser = useBrowser();

/** The configured site address (SITE_URL or its default), as the build wrote it. */
const site = configuredOrigin();

describe('what machines read', () => {
  const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['url', 'sitemap', 'item'].includes(name) });
  const read = (file: string) => readFileSync(path.join(DIST, file), 'utf8');

  it('the sitemap lists every page, on the configured site; none without an address', () => {
    if (!site) {
      // A sitemap must give absolute addresses: without the site's address there is none.
      expect(existsSync(path.join(DIST, 'sitemap-index.xml'))).toBe(false);
      return;
    }
    const index = read('sitemap-index.xml');
    expect(XMLValidator.validate(index)).toBe(true);
    const maps = (xml.parse(index).sitemapindex.sitemap as { loc: string }[]).map((s) => new URL(s.loc));
    const locs = maps.flatMap((map) => {
      const text = read(map.pathname.slice(1));
      expect(XMLValidator.validate(text)).toBe(true);
      return (xml.parse(text).urlset.url as { loc: string }[]).map((u) => new URL(u.loc));
    });
    expect(locs.every((loc) => loc.origin === site)).toBe(true);
    expect(locs.map((loc) => loc.pathname).sort()).toEqual(
      builtPages()
        .filter((p) => p !== '/404.html')
        .sort(),
    );
  });

  it('the feed is valid RSS 2.0 with one item per published report, linked from every page', async () => {
    const text = read('feed.xml');
    expect(XMLValidator.validate(text)).toBe(true);
    const { rss } = xml.parse(text);
    expect(rss['@_version']).toBe('2.0');
    expect(rss.channel.title).toBe('鞍山市法治政府建设年度报告');
    const items = rss.channel.item as { title: string; link: string; pubDate: string; guid: unknown }[];
    // Newest first, each with its report's 文号 (when it has one) and publication date.
    const years = publishedYears();
    expect(items.map((item) => new URL(item.link, 'https://base.invalid').pathname)).toEqual(
      years.map((year) => `/${year}/`),
    );
    years.forEach((year, i) => {
      const report = reportData(year);
      expect(items[i]!.title).toContain(report.documentNumber ?? report.title);
      expect(new Date(items[i]!.pubDate).toISOString().slice(0, 10)).toBe(report.published);
    });
    // The official 2023 report, found by its 文号 wherever it is: published on 2024-03-15.
    const original = items[years.indexOf(originalReportYear())]!;
    expect(original.title).toContain(ORIGINAL_DOCUMENT_NUMBER);
    expect(new Date(original.pubDate).toISOString().slice(0, 10)).toBe('2024-03-15');
    const { page, context } = await openPage(browser(), origin, { javaScriptEnabled: false });
    for (const address of ['/', ...years.map((year) => `/${year}/`), '/data/']) {
      await page.goto(origin + address);
      expect(await page.getAttribute('link[rel="alternate"][type="application/rss+xml"]', 'href'), address).toBe(
        '/feed.xml',
      );
    }
    await context.close();
  });

  it('the data page describes the data set as schema.org Dataset JSON-LD whose files exist', async () => {
    const { page, context } = await openPage(browser(), origin, { javaScriptEnabled: false });
    await page.goto(`${origin}/data/`);
    const blocks = await page.$$eval('script[type="application/ld+json"]', (scripts) =>
      scripts.map((s) => s.textContent ?? ''),
    );
    expect(blocks).toHaveLength(1);
    const dataset = JSON.parse(blocks[0]!) as {
      '@type': string;
      license: string;
      distribution: { contentUrl: string }[];
      isBasedOn: { url: string; identifier: string }[];
    };
    expect(dataset['@type']).toBe('Dataset');
    expect(new URL(dataset.license, 'https://base.invalid').hash).toBe('#terms');
    expect(await page.locator('#terms').count()).toBe(1);
    // Based on every published report, each by its 文号 and official address.
    expect(dataset.isBasedOn).toHaveLength(publishedYears().length);
    for (const year of publishedYears()) {
      const { documentNumber, sourceUrl } = reportData(year);
      expect(dataset.isBasedOn).toContainEqual(
        expect.objectContaining(documentNumber ? { identifier: documentNumber, url: sourceUrl } : { url: sourceUrl }),
      );
    }
    expect(dataset.isBasedOn).toContainEqual(
      expect.objectContaining({
        identifier: ORIGINAL_DOCUMENT_NUMBER,
        url: 'http://sfj.anshan.gov.cn/html/ASSFJ/202403/0172860686844488.html',
      }),
    );
    for (const file of dataset.distribution) {
      const response = await page.request.get(origin + new URL(file.contentUrl, 'https://base.invalid').pathname);
      expect(response.status(), file.contentUrl).toBe(200);
    }
    await context.close();
  });

  it('each section page carries citation metadata and share tags with its headline figure', async () => {
    // A section of the official 2023 report, found by its 文号 wherever it is; fails if it is missing.
    const year = originalReportYear();
    const { page, context } = await openPage(browser(), origin, { javaScriptEnabled: false });
    await page.goto(`${origin}/${year}/dispute-resolution/`);
    const meta = (selector: string) => page.$$eval(selector, (tags) => tags.map((t) => t.getAttribute('content')));
    expect(await meta('meta[name="citation_title"]')).toEqual([
      '关于2023年鞍山市法治政府建设情况的报告：（五）多元化解社会矛盾纠纷成效明显',
    ]);
    expect(await meta('meta[name="citation_author"]')).toEqual(['中共鞍山市委', '鞍山市人民政府']);
    expect(await meta('meta[name="citation_publisher"]')).toEqual(['中共鞍山市委、鞍山市人民政府']);
    expect(await meta('meta[name="citation_date"]')).toEqual(['2024/03/15']);
    expect(await meta('meta[name="citation_technical_report_number"]')).toEqual(['鞍委〔2024〕17号']);
    expect(await meta('meta[name="citation_public_url"]')).toEqual(site ? [`${site}/${year}/dispute-resolution/`] : []);
    expect(await meta('meta[property="og:title"]')).toEqual([
      '（五）多元化解社会矛盾纠纷成效明显 - 2023年鞍山市法治政府建设情况',
    ]);
    expect(await meta('meta[property="og:description"]')).toEqual([
      '据《关于2023年鞍山市法治政府建设情况的报告》（鞍委〔2024〕17号），“全市受理法律援助案件共3721件”。',
    ]);
    // The share image needs the site's address (og:image is absolute): a large card with it, a small one without.
    expect(await meta('meta[name="twitter:card"]')).toEqual([site ? 'summary_large_image' : 'summary']);
    expect(await meta('meta[property="og:image"]')).toEqual(
      site ? [`${site}/share/${year}/dispute-resolution.png`] : [],
    );
    expect(await page.$$eval('link[rel="canonical"]', (links) => links.map((l) => l.getAttribute('href')))).toEqual(
      site ? [`${site}/${year}/dispute-resolution/`] : [],
    );
    await context.close();
  });

  it('every page has exactly one set of share tags, and a canonical address when the site has one', () => {
    // Read from the built files (the tags are in the HTML as served; no script adds them), so
    // every page of every year is checked in a moment however many years there are.
    const tags: [string, RegExp][] = [
      ['og:title', /<meta\b[^>]*\bproperty="og:title"[^>]*>/g],
      ['og:description', /<meta\b[^>]*\bproperty="og:description"[^>]*>/g],
      ['og:url', /<meta\b[^>]*\bproperty="og:url"[^>]*>/g],
      ['og:image', /<meta\b[^>]*\bproperty="og:image"[^>]*>/g],
      ['twitter:card', /<meta\b[^>]*\bname="twitter:card"[^>]*>/g],
      ['canonical', /<link\b[^>]*\brel="canonical"[^>]*>/g],
    ];
    const wrong: string[] = [];
    for (const address of builtPages()) {
      const html = read(address.endsWith('.html') ? address.slice(1) : `${address.slice(1)}index.html`);
      for (const [name, pattern] of tags) {
        const count = html.match(pattern)?.length ?? 0;
        // The address tags need the site's address: none without it (never a local one).
        const expected = site || !['og:url', 'og:image', 'canonical'].includes(name) ? 1 : 0;
        if (count !== expected) wrong.push(`${address} ${name}: ${count}`);
      }
    }
    expect(builtPages().length).toBeGreaterThan(10);
    expect(wrong).toEqual([]);
  });
});
