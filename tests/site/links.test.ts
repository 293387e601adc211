/**
 * Every internal link of the built site resolves: the page exists, and a #fragment names
 * an element on that page. Read from the built files, so every link of every page is checked.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST, pageHtml } from '../support/site-files.ts';

const html = pageHtml;
const idsOf = (source: string) => new Set([...source.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
const decode = (text: string) => text.replaceAll('&amp;', '&');

/** The file a site path is served from, or null. */
function fileFor(urlPath: string): string | null {
  const candidates = urlPath.endsWith('/') ? [`${urlPath}index.html`] : [urlPath, `${urlPath}/index.html`];
  return candidates.map((c) => path.join(DIST, decodeURIComponent(c))).find((file) => existsSync(file)) ?? null;
}

describe('internal links', () => {
  const pages = builtPages();

  it.each(pages)('%s: every link and anchor resolves', (page) => {
    const source = html(page);
    const broken: string[] = [];
    for (const [, raw] of source.matchAll(/\shref="([^"]+)"/g)) {
      const href = decode(raw!);
      if (/^(https?:|mailto:|tel:|data:)/.test(href)) continue;
      const url = new URL(href, `http://site${page}`);
      const file = fileFor(url.pathname);
      if (!file) {
        broken.push(`${href}: no page`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && file.endsWith('.html') && !idsOf(readFileSync(file, 'utf8')).has(fragment)) {
        broken.push(`${href}: no element with id "${fragment}"`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('ids are unique on every page', () => {
    for (const page of pages) {
      const ids = [...html(page).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
      expect(ids.length, page).toBe(new Set(ids).size);
    }
  });
});
