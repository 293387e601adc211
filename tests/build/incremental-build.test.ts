/**
 * The incremental build on a three-year copy (the real report, and two FICTITIOUS later years
 * filled from it; see tests/fixtures/multiyear.ts): an edit renders again only the pages that
 * can show it (read from the keys Astro recorded, .astro/cache/incremental-build.json), and
 * what is published equals, byte for byte, what a clean build (`--force`) publishes. A build
 * that died while rendering leaves copies nobody vouches for: the next build renders afresh.
 */
import { createHash } from 'node:crypto';
import { linkSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHANGES_2024, fillYear, linkPlans, projectCopy, runScript, scaffoldInProcess } from '../fixtures/multiyear.ts';
import { BUILD_CACHE_DIR } from '../../src/lib/content/cache-dir.ts';

const [FIRST, SECOND, THIRD] = [2023, 2024, 2025];
let root: string;

/** Builds the copy and returns a checksum of every published file. */
function build(...args: string[]): Map<string, string> {
  const result = runScript(root, 'build.ts', ...args);
  expect(result.status, result.stdout + result.stderr).toBe(0);
  const sums = new Map<string, string>();
  const dist = path.join(root, 'dist');
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else sums.set(path.relative(dist, full), createHash('sha256').update(readFileSync(full)).digest('hex'));
    }
  };
  walk(dist);
  return sums;
}

/** The key each page was last rendered from, by address. */
function recordedKeys(): Map<string, string> {
  const manifest = JSON.parse(readFileSync(path.join(root, BUILD_CACHE_DIR, 'incremental-build.json'), 'utf8')) as {
    routes: Record<string, { paths: Record<string, { cacheKey: string }> }>;
  };
  return new Map(
    Object.values(manifest.routes).flatMap((route) =>
      Object.entries(route.paths).map(([pathname, { cacheKey }]) => [pathname, cacheKey]),
    ),
  );
}

/** The years whose pages (/<year>/…, /data/<year>/…, /embed/<year>/…) got new keys. */
function yearsRenderedAgain(before: Map<string, string>, after: Map<string, string>): number[] {
  const years = new Set<number>();
  for (const [pathname, key] of after) {
    const year = /\/(\d{4})(?:[/.]|$)/.exec(pathname)?.[1];
    if (year && before.get(pathname) !== key) years.add(Number(year));
  }
  return [...years].sort();
}

function editChartTitle(year: number) {
  const file = path.join(root, 'content/reports', String(year), '09-government-integrity.md');
  const text = readFileSync(file, 'utf8');
  const title = /\n {4}title: ([^\n]+)/.exec(text)![1]!;
  writeFileSync(file, text.replace(`    title: ${title}`, `    title: ${title}情况`));
}

beforeAll(() => {
  root = projectCopy();
  scaffoldInProcess(root, FIRST, SECOND);
  fillYear(root, { year: SECOND, from: FIRST, changes: CHANGES_2024 });
  scaffoldInProcess(root, SECOND, THIRD);
  fillYear(root, { year: THIRD, from: SECOND });
  linkPlans(root);
  build();
}, 240_000);

describe('incremental build', () => {
  it("an edit to one year's chart renders that year again, and publishes what a clean build does", () => {
    const before = recordedKeys();
    editChartTitle(SECOND);
    const incremental = build();
    expect(yearsRenderedAgain(before, recordedKeys())).toEqual([SECOND]);
    const clean = build('--force');
    expect(clean.size).toBeGreaterThan(100);
    expect(Object.fromEntries(incremental)).toEqual(Object.fromEntries(clean));
  }, 240_000);

  it("an edit to one year's plans reaches the next year's pages (they link back), and no further", () => {
    const before = recordedKeys();
    linkPlans(root, FIRST, []);
    const incremental = build();
    expect(yearsRenderedAgain(before, recordedKeys())).toEqual([FIRST, SECOND]);
    expect(Object.fromEntries(incremental)).toEqual(Object.fromEntries(build('--force')));
  }, 240_000);

  it('shares unchanged pages with its cache, and never rewrites the bytes the published site holds', () => {
    build();
    const page = (year: number) => path.join(root, 'dist', String(year), 'government-integrity', 'index.html');
    const copy = (year: number) =>
      path.join(root, BUILD_CACHE_DIR, 'dist', String(year), 'government-integrity', 'index.html');
    // Linked, not copied: one file under two names (scripts/lib/render-cache.ts).
    expect(statSync(page(FIRST)).ino).toBe(statSync(copy(FIRST)).ino);
    // A third name for the page the published site serves now, which the next build renders again.
    const held = path.join(mkdtempSync(path.join(tmpdir(), 'report-held-')), 'index.html');
    linkSync(page(SECOND), held);
    const served = readFileSync(held, 'utf8');
    editChartTitle(SECOND);
    build();
    expect(readFileSync(page(SECOND), 'utf8')).not.toEqual(served);
    expect(readFileSync(held, 'utf8')).toEqual(served);
    expect(statSync(page(SECOND)).ino).toBe(statSync(copy(SECOND)).ino);
    rmSync(path.dirname(held), { recursive: true });
  }, 240_000);

  it('after a build that died while rendering, no page is taken from its copies', () => {
    const published = build();
    // What a killed build leaves: a copy newer than the manifest that vouches for the old one
    // (put in place as the build does, under a new name, never over the shared bytes).
    const copy = path.join(root, BUILD_CACHE_DIR, 'dist', String(THIRD), 'index.html');
    rmSync(copy);
    writeFileSync(copy, '<p>half-written page</p>');
    const after = runScript(root, 'build.ts');
    expect(after.status, after.stdout + after.stderr).toBe(0);
    expect(after.stdout).toContain('render cache reset');
    expect(readFileSync(path.join(root, 'dist', String(THIRD), 'index.html'), 'utf8')).not.toContain('half-written');
    expect(Object.fromEntries(build())).toEqual(Object.fromEntries(published));
  }, 240_000);
});
