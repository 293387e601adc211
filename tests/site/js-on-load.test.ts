/**
 * JavaScript on load (issue 26 item 1): every page, embed pages included (their chart is drawn
 * at build time, as SVG), downloads at most 3 KB of script, brotli, as nginx sends it (inline
 * scripts included), before the reader does anything. Controls load their code when first used.
 * Sizes, never times.
 */
import { request } from 'node:http';
import { brotliCompressSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from '../support/browser.ts';
import { builtPages } from '../support/site-files.ts';

const origin = inject('origin');
const browser = useBrowser();
const BUDGET = 3 * 1024;

/** Bytes of a file as nginx sends it to a browser that accepts brotli (the body, still compressed). */
const brotliBytes = (url: string) =>
  new Promise<number>((resolve, reject) => {
    request(url, { headers: { 'accept-encoding': 'br, gzip' } }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => (bytes += chunk.length));
      response.on('end', () => resolve(bytes));
      response.on('error', reject);
    })
      .on('error', reject)
      .end();
  });

/** The scripts a page loads by itself, in a phone's viewport, until the network is idle, and its inline scripts' text. */
async function scriptsAtLoad(urlPath: string): Promise<{ files: string[]; inline: string[] }> {
  const { page, context } = await openPage(browser(), origin, { viewport: { width: 360, height: 640 } });
  const scripts = new Set<string>();
  page.on('request', (r) => {
    if (r.resourceType() === 'script' && r.url().startsWith(origin)) scripts.add(r.url().split('#')[0]!);
  });
  await page.goto(origin + urlPath, { waitUntil: 'networkidle' });
  // Data blocks (JSON-LD) are not scripts the browser runs.
  const inline = await page.$$eval('script:not([src])', (elements) =>
    elements
      .filter((element) => ['', 'text/javascript', 'module'].includes(element.getAttribute('type') ?? ''))
      .map((element) => element.textContent ?? ''),
  );
  await context.close();
  return { files: [...scripts].sort(), inline };
}

/** Every page but the error page, which no link leads to. */
const pages = builtPages().filter((page) => page !== '/404.html');
// One page per kind (year, section, metric… pages of one template load the same scripts), plus every top-level page.
const kinds = new Map<string, string>();
for (const page of pages)
  kinds.set(page.replace(/\d{4}/g, 'YEAR').replace(/^(\/(?:YEAR|metrics)\/)(?!full\/)[^/]+\/$/, '$1*/'), page);
const sampled = [...new Set(kinds.values())];

describe('JavaScript on load, brotli through nginx', () => {
  it('samples pages of every kind', () => {
    expect(sampled).toContain('/');
    expect(sampled).toContain('/search/');
    expect(sampled.some((page) => page.startsWith('/embed/'))).toBe(true);
    expect(sampled.some((page) => /^\/\d{4}\/[a-z0-9-]+\/$/.test(page))).toBe(true);
  });
  it.each(sampled)('%s: at most 3 KB', async (urlPath) => {
    const { files, inline } = await scriptsAtLoad(urlPath);
    const sizes = await Promise.all(files.map(async (url) => [new URL(url).pathname, await brotliBytes(url)] as const));
    // Inline scripts (the reading preferences in <head>) count too, compressed on their own: an upper bound.
    for (const text of inline) sizes.push(['(inline)', brotliCompressSync(text).length]);
    const total = sizes.reduce((sum, [, bytes]) => sum + bytes, 0);
    console.log(urlPath, total, JSON.stringify(sizes));
    expect(total, JSON.stringify(sizes)).toBeLessThanOrEqual(BUDGET);
  });
});
