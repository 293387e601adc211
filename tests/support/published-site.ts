/**
 * What a build test checks of the site a build published in a project copy: its files, and that
 * it is whole (the home page, every section of 2023, the data, the search index, compressed
 * copies, no build internals).
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';

/** Every file of the published site under `dir` (a copy's dist/), relative to it. */
export function siteFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? siteFiles(full, `${prefix}${name}/`) : [`${prefix}${name}`];
  });
}

/** A complete site: the home page, every section of 2023, the data, the search index, compressed copies. */
export function expectComplete(listing: string[]) {
  for (const file of ['index.html', 'index.html.br', 'index.html.gz', 'data/metrics.json', 'pagefind/pagefind.js']) {
    expect(listing).toContain(file);
  }
  expect(listing.filter((f) => /^2023\/[a-z-]+\/index\.html$/.test(f)).length).toBeGreaterThanOrEqual(12);
  expect(listing.filter((f) => f.split('/').some((part) => part.startsWith('.')))).toEqual([]);
}
