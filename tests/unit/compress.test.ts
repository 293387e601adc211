/**
 * Precompression in passes (scripts/lib/compress.ts), as the build runs it: a first pass over
 * the pages while Pagefind still writes its index, then a last one. The result is what one
 * pass over the finished site gives: files written after the first pass are compressed, and a
 * file removed after it (the search records) leaves no .gz or .br behind.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { precompress, precompressor } from '../../scripts/lib/compress.ts';

const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** A small site: pages, data, and Astro's internal folder (never compressed). */
function site(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'report-compress-'));
  folders.push(root);
  const page = (n: number) => `<p>${'第一部分 法治政府建设 '.repeat(40)} ${n}</p>`;
  for (const [file, text] of [
    ['index.html', page(0)],
    ['2023/index.html', page(1)],
    ['search/records.json', JSON.stringify({ records: page(2) })],
    ['.prerender/chunk.js', `export const x = ${JSON.stringify(page(3))};`],
    ['tiny.txt', 'small'],
  ]) {
    mkdirSync(path.dirname(path.join(root, file!)), { recursive: true });
    writeFileSync(path.join(root, file!), text!);
  }
  return root;
}

const listing = (root: string) =>
  readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(gz|br)$/.test(name))
    .sort();

describe('precompression in passes', () => {
  it('compresses what is written after the first pass and drops what was removed since', async () => {
    const root = site();
    const compression = precompressor(root);
    await compression.pass();
    expect(listing(root)).toContain('search/records.json.br');
    rmSync(path.join(root, 'search/records.json'));
    writeFileSync(path.join(root, 'sitemap.xml'), `<urlset>${'<url><loc>/2023/</loc></url>'.repeat(40)}</urlset>`);
    const totals = await compression.finish();
    expect(listing(root)).toEqual([
      '2023/index.html.br',
      '2023/index.html.gz',
      'index.html.br',
      'index.html.gz',
      'sitemap.xml.br',
      'sitemap.xml.gz',
    ]);
    expect(totals.files).toBe(3);
    const sitemap = readFileSync(path.join(root, 'sitemap.xml'));
    expect(gunzipSync(readFileSync(path.join(root, 'sitemap.xml.gz')))).toEqual(sitemap);
    expect(brotliDecompressSync(readFileSync(path.join(root, 'sitemap.xml.br')))).toEqual(sitemap);
  });

  it('gives the same files as one pass over the finished site', async () => {
    const [inPasses, atOnce] = [site(), site()];
    const compression = precompressor(inPasses);
    await compression.pass();
    for (const root of [inPasses, atOnce]) rmSync(path.join(root, 'search/records.json'));
    await compression.finish();
    await precompress(atOnce);
    expect(listing(inPasses)).toEqual(listing(atOnce));
    for (const name of listing(atOnce))
      expect(readFileSync(path.join(inPasses, name))).toEqual(readFileSync(path.join(atOnce, name)));
  });

  it('takes unchanged files from the cache, and compresses a file rewritten with the same size again', async () => {
    const root = site();
    const cache = path.join(root, '..', `${path.basename(root)}-cache`);
    folders.push(cache);
    const clean = async () => {
      for (const name of listing(root)) rmSync(path.join(root, name));
      return precompress(root, cache);
    };
    expect((await clean()).compressed).toBe(3);
    expect((await clean()).compressed).toBe(0);
    const page = path.join(root, 'index.html');
    const text = readFileSync(page, 'utf8');
    writeFileSync(page, text.replace('第一部分', '第二部分'));
    expect(readFileSync(page).length).toBe(Buffer.byteLength(text));
    expect((await clean()).compressed).toBe(1);
    expect(brotliDecompressSync(readFileSync(`${page}.br`)).toString()).toContain('第二部分');
  });

  it('reports an error met on its thread to the build, and ends the thread', async () => {
    const missing = path.join(tmpdir(), 'report-compress-missing', 'site');
    const compression = precompressor(missing);
    await expect(compression.pass()).rejects.toMatchObject({
      code: 'ENOENT',
      message: expect.stringContaining(missing),
    });
    await expect(compression.finish()).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
