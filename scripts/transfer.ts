/**
 * What a reader's browser downloads, in bytes as the server sends them: the pages and files a
 * page asks for (its worker's too) are requested again from the same server, compressed as a
 * browser accepts (brotli or gzip), and their bodies counted. Used by the size tests
 * (tests/site/search-bytes.test.ts) and by `npm run bench`, which measures the plain Starlight
 * site the same way (a text file its server sends uncompressed is counted as brotli would send it,
 * as any ordinary server set-up does).
 */
import { request as httpRequest } from 'node:http';
import { brotliCompressSync, constants } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';

export interface Transfer {
  /** Path and query on the site. */
  path: string;
  /** What the browser took it for: document, script, stylesheet, fetch, … */
  type: string;
  /** The body's bytes as sent (compressed), headers not counted. */
  bytes: number;
}

const TEXT = /^(?:text\/|application\/(?:javascript|json|xml|wasm)|image\/svg)/;
/** Below this, compressing saves nothing (the build does not compress such files either). */
const MIN_BYTES = 512;

/** The body of `url` as the server sends it to a browser that accepts brotli and gzip. */
export function servedBytes(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { headers: { 'accept-encoding': 'br, gzip' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        const plainText =
          !res.headers['content-encoding'] && TEXT.test(res.headers['content-type'] ?? '') && body.length >= MIN_BYTES;
        resolve(
          plainText
            ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length
            : body.length,
        );
      });
    });
    req.on('error', reject);
    req.end();
  });
}

/**
 * Opens `urlPath` in a fresh browser context (nothing cached), waits for the network to be
 * quiet and then for `until` (a state on the page), and returns every file of `origin` it
 * fetched, each once. `atLoad` lists what was fetched before `until` ran.
 */
export async function pageTransfers(
  browser: Browser,
  origin: string,
  urlPath: string,
  until?: (page: Page) => Promise<void>,
): Promise<{ all: Transfer[]; atLoad: Transfer[] }> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 390, height: 844 } });
  const seen = new Map<string, string>();
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === origin && !seen.has(url.pathname + url.search))
      seen.set(url.pathname + url.search, request.resourceType());
  });
  const page = await context.newPage();
  await page.goto(origin + urlPath, { waitUntil: 'networkidle' });
  const loaded = new Set(seen.keys());
  if (until) {
    await until(page);
    await page.waitForLoadState('networkidle');
  }
  await context.close();
  const all = await Promise.all(
    [...seen].map(async ([path, type]) => ({ path, type, bytes: await servedBytes(origin + path) })),
  );
  return { all, atLoad: all.filter((transfer) => loaded.has(transfer.path)) };
}

export const totalBytes = (transfers: Transfer[]) => transfers.reduce((sum, transfer) => sum + transfer.bytes, 0);
export const scriptBytes = (transfers: Transfer[]) =>
  totalBytes(transfers.filter((transfer) => transfer.type === 'script'));
