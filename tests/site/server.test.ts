/**
 * What the web server sends (Debian's nginx with deploy/nginx/): the security headers of
 * src/lib/site/security.ts, cache rules, precompressed bodies, MIME types and a Chinese 404, on
 * every answer: nginx's own (400 for a malformed request) and folders without a page too.
 */
import { request } from 'node:http';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { CSP_HEADER, CSP_META, SECURITY_HEADERS } from '../../src/lib/site/security.ts';
import { READING_PREFERENCES_HASH, READING_PREFERENCES_SCRIPT } from '../../src/lib/site/reading-preferences.ts';
import { builtPages, DIST, pageHtml } from '../support/site-files.ts';
import { latestYear, sectionPagesByFigures } from '../support/site-data.ts';

const origin = inject('origin');
/** The newest report's cover and its section page with the most figures, as the samples of their kind. */
const cover = `/${latestYear()}/`;
const sectionPage = sectionPagesByFigures(latestYear())[0]!;

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A request with exactly the headers given (fetch would add and decode Accept-Encoding itself). */
const get = (path: string, headers: Record<string, string> = {}) =>
  new Promise<RawResponse>((resolve, reject) => {
    request(new URL(path, origin), { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    })
      .on('error', reject)
      .end();
  });

const stylesheet = `/_astro/${readdirSync('dist/_astro').find((name) => name.endsWith('.css'))}`;

describe('security headers', () => {
  it.each(['/', sectionPage, '/data/metrics.csv', stylesheet, '/no-such-page/'])(
    '%s carries every security header',
    async (path) => {
      const { headers } = await get(path);
      for (const [name, value] of Object.entries(SECURITY_HEADERS))
        expect(headers[name.toLowerCase()], name).toBe(value);
    },
  );

  it('the header policy is the meta policy plus frame-ancestors', () => {
    expect(CSP_HEADER).toBe(`${CSP_META}; frame-ancestors 'none'`);
    expect(CSP_META).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
  });

  it('no page has an inline script but the one the CSP allows by hash, nor a style attribute', () => {
    expect(CSP_META).toContain(READING_PREFERENCES_HASH);
    for (const page of builtPages()) {
      const html = pageHtml(page);
      const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
        .filter(([, attributes]) => !/\bsrc=/.test(attributes!) && !/type="application\/(ld\+)?json"/.test(attributes!))
        .map(([, , text]) => text);
      expect(
        inline.filter((text) => text !== READING_PREFERENCES_SCRIPT),
        page,
      ).toEqual([]);
      expect(html).not.toMatch(/<[^>]+\sstyle=/);
    }
  });

  it('every page carries the policy as a meta tag too', async () => {
    const { body } = await get(sectionPage);
    expect(body.toString()).toContain(`<meta http-equiv="Content-Security-Policy" content="${CSP_META}">`);
  });
});

describe('caching', () => {
  it('hashed assets are cacheable for a year', async () => {
    expect((await get(stylesheet)).headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('pages and data are revalidated', async () => {
    expect((await get(cover)).headers['cache-control']).toBe('no-cache');
    expect((await get('/data/metrics.json')).headers['cache-control']).toBe('no-cache');
  });
});

describe('compression and types', () => {
  it('sends the prebuilt brotli file to browsers that accept it, gzip to the others', async () => {
    const br = await get(sectionPage, { 'Accept-Encoding': 'br, gzip' });
    expect(br.headers['content-encoding']).toBe('br');
    const gz = await get(sectionPage, { 'Accept-Encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    const plain = await get(sectionPage);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(br.body.length).toBeLessThan(plain.body.length / 2);
  });

  it.each([
    ['/', 'text/html; charset=utf-8'],
    ['/data/metrics.json', 'application/json; charset=utf-8'],
    ['/data/metrics.csv', 'text/csv; charset=utf-8'],
    [stylesheet, 'text/css; charset=utf-8'],
    ['/pagefind/pagefind.js', 'text/javascript; charset=utf-8'],
  ])('%s is served as %s', async (path, type) => {
    expect((await get(path)).headers['content-type']).toBe(type);
  });
});

describe('not found', () => {
  it('answers 404 with the Chinese page', async () => {
    const { status, body } = await get(`${cover}no-such-section/`);
    expect(status).toBe(404);
    expect(body.toString()).toContain('页面不存在');
  });
});

/** Every folder of the built site without an index page (/embed/, /data/2023/...), as a URL path. */
function foldersWithoutIndex(dir = DIST): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (!statSync(full).isDirectory()) return [];
    const here = existsSync(path.join(full, 'index.html'))
      ? []
      : [`/${path.relative(DIST, full).split(path.sep).join('/')}/`];
    return [...here, ...foldersWithoutIndex(full)];
  });
}

describe('answers nginx makes itself', () => {
  const folders = foldersWithoutIndex();

  it('the site has folders without an index page to try', () => {
    expect(folders.length).toBeGreaterThan(0);
  });

  it.each(folders)('%s answers the Chinese 404 page with every security header, not a 403', async (folder) => {
    const { status, headers, body } = await get(folder);
    expect(status).toBe(404);
    expect(body.toString()).toContain('页面不存在');
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers[name.toLowerCase()], name).toBe(value);
  });

  it('a malformed request (400) carries every security header', async () => {
    // A broken percent escape: nginx refuses it before choosing any location.
    const { status, headers } = await get('/%zz');
    expect(status).toBe(400);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers[name.toLowerCase()], name).toBe(value);
  });

  it.each(['/', '/no-such-page/', '/%zz'])("%s does not name the server's version", async (path) => {
    const { headers, body } = await get(path);
    expect(headers.server ?? 'nginx').toBe('nginx');
    expect(body.toString()).not.toMatch(/nginx\/\d/);
  });
});
