/**
 * What `npm run dev` watches (astro.config.mjs, vite.server.watch.ignored): edits to content
 * and code, never the build's output and caches. Walking those made the dev server's start
 * 2.5 s slower with 30 years (see `npm run bench`); ignoring too much would leave staff's
 * edits unseen. The patterns are anchored at the project's folder. Matched here as Vite's
 * watcher matches them (chokidar → anymatch → picomatch with { dot: true }), so a checkout in a
 * folder whose name has glob characters, e.g. "report (copy)", is tested as it runs.
 */
import path from 'node:path';
import picomatch from 'picomatch';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { BUILD_CACHE_DIR } from '../../src/lib/content/cache-dir.ts';

const root = path.dirname(fileURLToPath(new URL('../../astro.config.mjs', import.meta.url)));
const ignored = config.vite?.server?.watch?.ignored;
const patterns = Array.isArray(ignored) ? ignored : [];
const matchers = patterns.flatMap((pattern) =>
  typeof pattern === 'string' ? [picomatch(pattern, { dot: true })] : [],
);
const isIgnored = (file: string) => matchers.some((matches) => matches(path.resolve(root, file)));
/** Each of `files` (relative to the project) is ignored, or each is watched. */
const expectIgnored = (files: string[], ignored: boolean) => {
  for (const file of files) expect(isIgnored(file), file).toBe(ignored);
};

describe('the dev server watches edits, not the build', () => {
  it('ignores the published site, earlier builds and the build caches', () => {
    expect(patterns.length).toBeGreaterThan(0);
    expectIgnored(
      [
        'dist',
        'dist/2023/dispute-resolution/index.html',
        'dist/pagefind/pagefind.js',
        '.build/sites/mxamlhbz-23441/2023/index.html',
        '.build/cache/compress/gz9/abc-br6.br',
        '.dist.next',
        `${BUILD_CACHE_DIR}/dist/2023/dispute-resolution/index.html`,
        `${BUILD_CACHE_DIR}/search-index/pagefind/pagefind.js`,
      ],
      true,
    );
  });

  it('watches the content, the code and the content store Astro reloads from', () => {
    expectIgnored(
      [
        'content/reports/2023/index.md',
        'content/reports/2023/01-dispute-resolution.md',
        'content/reports/2023/source.txt',
        'content/site.yaml',
        'src/pages/[year]/[section].astro',
        'src/lib/report/changes.ts',
        'public/favicon.svg',
        '.astro/data-store.json',
        `${BUILD_CACHE_DIR}/data-store.json`,
      ],
      false,
    );
  });

  it('ignores only this project’s build folders, not folders of the same name elsewhere', () => {
    expectIgnored(
      ['content/dist/notes.md', 'public/dist/logo.svg', 'src/dist/x.ts', '../dist/report/content/a.md'],
      false,
    );
    // Compared unescaped: the config escapes the glob characters of the folder's name.
    const unescaped = (pattern: string) => pattern.replace(/\\(.)/g, '$1');
    expect(patterns.every((pattern) => typeof pattern === 'string' && unescaped(pattern).startsWith(root))).toBe(true);
  });
});
