/**
 * No build publishes a local address (issue 21): the default build (no siteUrl, no SITE_URL)
 * names localhost nowhere, in any file, compressed copies included, and says nothing absolute
 * about itself. (With siteUrl set: tests/build/site-url.test.ts.)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { configuredOrigin, DIST } from '../support/site-files.ts';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

/** A file's bytes as served, decompressed when it is a .gz or .br copy. */
const contentOf = (file: string) => {
  const bytes = readFileSync(file);
  if (file.endsWith('.gz')) return gunzipSync(bytes);
  if (file.endsWith('.br')) return brotliDecompressSync(bytes);
  return bytes;
};

describe('the built site', () => {
  const all = files(DIST);

  it('names no local address in any file', () => {
    expect(all.length).toBeGreaterThan(50);
    const local = all.filter((file) => /localhost|127\.0\.0\.1/.test(contentOf(file).toString('latin1')));
    expect(local.map((file) => path.relative(DIST, file))).toEqual([]);
  });

  it('without an address, makes nothing that needs one', () => {
    if (configuredOrigin()) return; // Built with an address: tests/build/site-url.test.ts checks that case.
    const names = all.map((file) => path.relative(DIST, file).split(path.sep).join('/'));
    expect(names.filter((name) => name.startsWith('qr/') || name.startsWith('sitemap'))).toEqual([]);
    const html = all.filter((file) => file.endsWith('.html'));
    expect(html.filter((file) => readFileSync(file, 'utf8').includes('rel="canonical"'))).toEqual([]);
  });
});
