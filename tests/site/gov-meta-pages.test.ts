/**
 * The government-website metadata on every built page, checked against the settings
 * (content/site.yaml) and each report's frontmatter; the footer's identifiers from the
 * settings, and nothing that the settings leave empty.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { COLUMN_TYPES } from '../../src/lib/site/gov-meta.ts';
import { accountLinks, contactItems, footerItems } from '../../src/lib/site/footer.ts';
import { loadSiteIdentity, SITE } from '../../src/lib/site/identity.ts';
import { builtPages, pageHtml } from '../support/site-files.ts';

const decode = (text: string) =>
  text
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
const html = pageHtml;

/** The page's <meta name=…> whose name starts with a capital (the government set), in order. */
const govMeta = (source: string) =>
  [...source.matchAll(/<meta name="([A-Z][A-Za-z]*)" content(?:="([^"]*)")?>/g)].map(
    ([, name, content]) => [name!, decode(content ?? '')] as const,
  );

const frontmatter = (file: string) =>
  parseYaml(readFileSync(file, 'utf8').split(/^---$/m)[1]!) as Record<string, unknown>;
const identity = loadSiteIdentity();
const pages = builtPages();

/** What every check below reads of one page. */
function pageOf(page: string) {
  const source = html(page);
  const meta = new Map(govMeta(source));
  const canonical = decode(/<link rel="canonical" href="([^"]+)"/.exec(source)?.[1] ?? '');
  return { source, meta, canonical };
}

const REPORT_PAGE = /^\/(\d{4})\/(?:([a-z-]+)\/)?$/;
const reportPages = pages.filter((page) => REPORT_PAGE.test(page));
const otherPages = pages.filter((page) => !REPORT_PAGE.test(page));
const pagesWithFooter = pages.filter((page) => html(page).includes('id="site-footer"'));

describe('the built site has report pages and other pages', () => {
  it('both kinds exist, so no check below runs over nothing', () => {
    expect(reportPages.length).toBeGreaterThan(0);
    expect(otherPages.length).toBeGreaterThan(0);
    expect(pagesWithFooter.length).toBeGreaterThan(0);
  });
});

describe.each(pages)('%s', (page) => {
  it('carries SiteName, SiteDomain, SiteIDCode and the column tags; ColumnType from the published list', () => {
    const { meta, canonical } = pageOf(page);
    // SiteDomain only with the site's address (then the canonical link's host); never a local one.
    const columns = ['ColumnName', 'ColumnDescription', 'ColumnKeywords', 'ColumnType'];
    const names = ['SiteName', ...(canonical ? ['SiteDomain'] : []), 'SiteIDCode', ...columns];
    expect([...meta.keys()].slice(0, names.length)).toEqual(names);
    expect(meta.get('SiteName')).toBe(SITE.name);
    expect(meta.get('SiteDomain')).toBe(canonical ? new URL(canonical).host : undefined);
    expect(meta.get('SiteIDCode')).toBe(identity.siteIdCode);
    expect(meta.get('ColumnName')).not.toBe('');
    expect(COLUMN_TYPES).toContain(meta.get('ColumnType'));
    expect(meta.get('ColumnDescription')).toContain(SITE.city);
    expect(meta.get('ColumnKeywords')?.split(',')).toContain(SITE.city);
  });
});

describe.each(reportPages)('report page %s', (page) => {
  it('carries the article metadata of its frontmatter', () => {
    const { source, meta, canonical } = pageOf(page);
    const [, year, slug] = REPORT_PAGE.exec(page)!;
    const folder = path.resolve('content/reports', year!);
    const index = frontmatter(path.join(folder, 'index.md'));
    const sectionFile = slug && slug !== 'full' && readdirSync(folder).find((name) => name.endsWith(`-${slug}.md`));
    const section = sectionFile ? frontmatter(path.join(folder, sectionFile)) : undefined;
    const published = index.published instanceof Date ? index.published : new Date(String(index.published));
    expect(meta.get('ArticleTitle')).toBe(section ? section.title : index.title);
    // The time only when staff recorded it (publishedTime); 00:00 otherwise, never invented.
    expect(meta.get('PubDate')).toBe(
      `${published.toISOString().slice(0, 10)} ${(index.publishedTime as string | undefined) ?? '00:00'}`,
    );
    expect(meta.get('PubDate')).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(meta.get('ContentSource')).toBe(index.source);
    expect(meta.get('Author')).toBe((index.issuers as string[]).join('、'));
    expect(meta.get('Keywords')?.split(',')).toEqual(expect.arrayContaining([index.documentNumber, `${year}年度报告`]));
    if (section) expect(meta.get('Keywords')?.split(',')).toContain(section.title);
    expect(meta.get('Description')).toBe(decode(/<meta name="description" content="([^"]*)"/.exec(source)![1]!));
    expect(meta.get('Url')).toBe(canonical || undefined);
  });
});

describe.each(otherPages)('other page %s', (page) => {
  it('carries no article metadata', () => {
    expect(pageOf(page).meta.has('ArticleTitle')).toBe(false);
  });
});

describe.each(pagesWithFooter)('footer of %s', (page) => {
  it('shows exactly the identifiers the settings fill', () => {
    const { source } = pageOf(page);
    const footer = source.slice(source.indexOf('id="site-footer"'));
    const shown = [...footer.matchAll(/<span data-field="([^"]+)"/g)].map((match) => match[1]);
    expect(shown).toEqual([...footerItems(identity), ...contactItems(identity)].map((item) => item.label));
    for (const item of [...footerItems(identity), ...contactItems(identity)]) {
      expect(footer).toContain(item.text);
      if (item.href) expect(footer).toContain(`href="${item.href}"`);
    }
    // 我为政府网站找错 and the 党政机关网站标识: links exactly when site.yaml sets them.
    const links = [...footer.matchAll(/<a href="([^"]+)" rel="external" data-field="([^"]+)"/g)].map(
      ([, href, label]) => [label, decode(href!)],
    );
    expect(links).toEqual(accountLinks(identity).map((item) => [item.label, item.href]));
    if (accountLinks(identity).length === 0) expect(footer).not.toContain('data-gov-links');
    for (const label of ['主办单位', '网站标识码', '备案号'])
      if (!footerItems(identity).some((item) => item.label.includes(label))) expect(footer).not.toContain(label);
  });
});
