/**
 * The content check's parse cache (src/lib/content/parse-cache.ts) changes nothing but time:
 * after every class of bad edit (the same table as content-checks-edits.test.ts), a check that
 * takes the untouched files from a warm cache finds exactly what a check without one finds,
 * line numbers included. On disk, the cache survives a run, and is dropped when the code that
 * parses changes or the file is damaged.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUILD_CACHE_DIR } from '../../src/lib/content/cache-dir.ts';
import { checkContent, type LoadedContent } from '../../src/lib/content/load.ts';
import { memoryParseCache, openParseCache } from '../../src/lib/content/parse-cache.ts';
import { FILE_EDITS } from '../support/bad-edits-files.ts';
import { TEXT_EDITS } from '../support/bad-edits-text.ts';
import { ContentCopy } from '../support/content-memory.ts';

/** What a check found, without the functions it carries (each section's `locate`, untyped). */
const found = ({ reports, problems, entries }: LoadedContent) => ({
  problems,
  entries,
  reports: reports.map((report) => ({
    ...report,
    sections: report.sections.map((section) =>
      Object.fromEntries(Object.entries(section).filter(([key]) => key !== 'locate')),
    ),
  })),
});

describe('a warm parse cache finds what a cold check finds', () => {
  const clean = new ContentCopy();
  const warm = memoryParseCache();
  checkContent(clean.folders, warm.cache);

  it('fills with every file of a clean report', () => {
    const files = [...clean.folders.values()][0]!;
    expect(warm.used.size).toBe([...files.keys()].filter((name) => name.endsWith('.md')).length);
  });

  it.each([...TEXT_EDITS, ...FILE_EDITS].map((row) => [row.name, row] as const))('%s', (_name, row) => {
    const copy = new ContentCopy();
    row.edit(copy);
    const cold = checkContent(copy.folders);
    const reused = memoryParseCache(new Map(warm.used));
    const cached = checkContent(copy.folders, reused.cache);
    expect(found(cached)).toEqual(found(cold));
    expect(cold.problems.length).toBeGreaterThan(0);
  });
});

describe('the cache on disk', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'report-parse-cache-'));
  const code = path.join(root, 'src/lib/parse.ts');
  mkdirSync(path.dirname(code), { recursive: true });
  writeFileSync(code, 'export const version = 1;');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const reopen = async () => (await openParseCache(root)).cache.get('section', 'text');

  it('keeps what a run parsed for the next run', async () => {
    const { cache, save } = await openParseCache(root);
    expect(cache.get('section', 'text')).toBeUndefined();
    cache.set('section', 'text', { published: new Date('2024-03-15'), value: 1.5 });
    await save();
    expect(await reopen()).toEqual({ published: new Date('2024-03-15'), value: 1.5 });
    // The same text read by another schema is another entry.
    expect((await openParseCache(root)).cache.get('report', 'text')).toBeUndefined();
  });

  it('is dropped when the code that parses changes', async () => {
    writeFileSync(code, 'export const version = 2;');
    expect(await reopen()).toBeUndefined();
  });

  it('is ignored when damaged, and written afresh', async () => {
    writeFileSync(path.join(root, BUILD_CACHE_DIR, 'content-check.bin'), 'not a cache');
    const { cache, save } = await openParseCache(root);
    expect(cache.get('section', 'text')).toBeUndefined();
    cache.set('section', 'text', 1);
    await save();
    expect(await reopen()).toBe(1);
  });
});
