/**
 * What the web server sends (Debian's nginx with deploy/nginx/): the security headers of
 * src/lib/security.ts, cache rules, precompressed bodies, MIME types and a Chinese 404.
 */
import { request } from 'node:http';
import { readdirSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { CSP_HEADER, CSP_META, SECURITY_HEADERS } from '../../src/lib/security.ts';
import { builtPages, pageHtml } from '../support/site-files.ts';
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

  it('no page has an inline script or style attribute (the CSP allows neither)', () => {
    for (const page of builtPages()) {
      const html = pageHtml(page);
      const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((match) => match[1]!);
      expect(
        scripts.filter(
          (attributes) => !/\bsrc=/.test(attributes) && !/type="application\/(ld\+)?json"/.test(attributes),
        ),
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
