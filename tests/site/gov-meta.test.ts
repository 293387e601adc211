/**
 * The government-website metadata on every built page, checked against the settings
 * (content/site.yaml) and each report's frontmatter; the footer's identifiers from the
 * settings, and nothing that the settings leave empty.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { SITE } from '../../src/lib/constants.ts';
import { contactItems, footerItems, loadSiteIdentity } from '../../src/lib/site-identity.ts';
import { builtPages, DIST } from '../support/site-files.ts';

const decode = (text: string) =>
  text
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
const html = (page: string) => readFileSync(path.join(DIST, page, page.endsWith('.html') ? '' : 'index.html'), 'utf8');

/** The page's <meta name=…> whose name starts with a capital (the government set), in order. */
const govMeta = (source: string) =>
  [...source.matchAll(/<meta name="([A-Z][A-Za-z]*)" content(?:="([^"]*)")?>/g)].map(
    ([, name, content]) => [name!, decode(content ?? '')] as const,
  );

const frontmatter = (file: string) =>
  parseYaml(readFileSync(file, 'utf8').split(/^---$/m)[1]!) as Record<string, unknown>;
const identity = loadSiteIdentity();
const pages = builtPages();

describe.each(pages)('%s', (page) => {
  const source = html(page);
  const meta = new Map(govMeta(source));
  const canonical = decode(/<link rel="canonical" href="([^"]+)"/.exec(source)?.[1] ?? '');

  it('carries SiteName, SiteDomain, SiteIDCode, ColumnName and ColumnType from the settings', () => {
    expect([...meta.keys()].slice(0, 5)).toEqual(['SiteName', 'SiteDomain', 'SiteIDCode', 'ColumnName', 'ColumnType']);
    expect(meta.get('SiteName')).toBe(SITE.name);
    expect(meta.get('SiteDomain')).toBe(new URL(canonical).host);
    expect(meta.get('SiteIDCode')).toBe(identity.siteIdCode);
    expect(meta.get('ColumnName')).not.toBe('');
    expect(meta.get('ColumnType')).not.toBe('');
  });

  const report = /^\/(\d{4})\/(?:([a-z-]+)\/)?$/.exec(page);
  it.runIf(report)('a report page carries the article metadata of its frontmatter', () => {
    const [, year, slug] = report!;
    const folder = path.resolve('content/reports', year!);
    const index = frontmatter(path.join(folder, 'index.md'));
    const sectionFile = slug && slug !== 'full' && readdirSync(folder).find((name) => name.endsWith(`-${slug}.md`));
    const section = sectionFile ? frontmatter(path.join(folder, sectionFile)) : undefined;
    const published = index.published instanceof Date ? index.published : new Date(String(index.published));
    expect(meta.get('ArticleTitle')).toBe(section ? section.title : index.title);
    expect(meta.get('PubDate')).toBe(`${published.toISOString().slice(0, 10)} 00:00`);
    expect(meta.get('PubDate')).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(meta.get('ContentSource')).toBe(index.source);
    expect(meta.get('Author')).toBe((index.issuers as string[]).join('、'));
    expect(meta.get('Keywords')?.split(',')).toEqual(expect.arrayContaining([index.documentNumber, `${year}年度报告`]));
    if (section) expect(meta.get('Keywords')?.split(',')).toContain(section.title);
    expect(meta.get('Description')).toBe(decode(/<meta name="description" content="([^"]*)"/.exec(source)![1]!));
    expect(meta.get('Url')).toBe(canonical);
  });

  it.runIf(!report)('other pages carry no article metadata', () => {
    expect(meta.has('ArticleTitle')).toBe(false);
  });

  it.runIf(source.includes('id="site-footer"'))('the footer shows exactly the identifiers the settings fill', () => {
    const footer = source.slice(source.indexOf('id="site-footer"'));
    const shown = [...footer.matchAll(/<span data-field="([^"]+)"/g)].map((match) => match[1]);
    expect(shown).toEqual([...footerItems(identity), ...contactItems(identity)].map((item) => item.label));
    for (const item of [...footerItems(identity), ...contactItems(identity)]) {
      expect(footer).toContain(item.text);
      if (item.href) expect(footer).toContain(`href="${item.href}"`);
    }
    for (const label of ['主办单位', '网站标识码', '备案号'])
      if (!footerItems(identity).some((item) => item.label.includes(label))) expect(footer).not.toContain(label);
  });
});
