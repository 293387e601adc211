/**
 * Share images (issue 23), on a copy of the project with siteUrl set: every page names an
 * og:image on the site that exists and is a 1200×630 PNG of what the page is; a build without
 * the CJK font names none and says what to install; an unchanged build, even one that renders
 * every page again (--force), draws no image again (the cache files are untouched: told by
 * their inode and modification time, never by how long a build took).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SITE_IDENTITY_FILE } from '../../src/lib/site/identity.ts';
import { SHARE_CACHE_DIR } from '../../src/lib/site/share-render.ts';
import { REPORTS_DIR } from '../../src/lib/content/files.ts';
import { projectCopy } from '../fixtures/multiyear.ts';
import { pngSize } from '../support/png.ts';

const SITE = 'https://fzzf.example.gov.cn';
const DOCUMENT_NUMBER = '鞍委〔2024〕17号';

let root: string;
let dist: string;
let withoutFont: { output: string; pages: Record<string, string> };

function build(env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SITE_URL: '', ...env },
  });
  const output = result.stdout + result.stderr;
  expect(result.status, output).toBe(0);
  return output;
}

/** Every page of the built site (not Pagefind's), relative to dist/, with its HTML. */
function pages(): Record<string, string> {
  const walk = (dir: string, prefix = ''): string[] =>
    readdirSync(dir).flatMap((name) =>
      statSync(path.join(dir, name)).isDirectory()
        ? walk(path.join(dir, name), `${prefix}${name}/`)
        : [`${prefix}${name}`],
    );
  return Object.fromEntries(
    walk(dist)
      .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'))
      .map((file) => [file, readFileSync(path.join(dist, file), 'utf8')]),
  );
}

const meta = (html: string, key: string) =>
  new RegExp(`<meta (?:property|name)="${key.replace(/[:.]/g, '\\$&')}" content="([^"]*)"`).exec(html)?.[1];

/** The cache's files: name, inode and modification time (a file drawn again is a new file). */
const cacheFiles = () =>
  readdirSync(path.join(root, SHARE_CACHE_DIR))
    .sort()
    .map((name) => {
      const { ino, mtimeMs } = statSync(path.join(root, SHARE_CACHE_DIR, name));
      return [name, ino, mtimeMs];
    });

/** The published images' bytes, by address. */
const published = () => {
  const dir = path.join(dist, 'share');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.png'))
    .sort()
    .map((name) => [name, readFileSync(path.join(dir, name)).toString('base64')]);
};

/** The year of the report with the 文号 of 2023's, found in the copy's content, never assumed. */
function reportYear(): string {
  const dir = path.join(root, REPORTS_DIR);
  const year = readdirSync(dir).find((name) =>
    readFileSync(path.join(dir, name, 'index.md'), 'utf8').includes(`documentNumber: ${DOCUMENT_NUMBER}`),
  );
  expect(year).toBeDefined();
  return year!;
}

beforeAll(() => {
  root = projectCopy();
  dist = path.join(root, 'dist');
  const settings = path.join(root, SITE_IDENTITY_FILE);
  writeFileSync(settings, readFileSync(settings, 'utf8').replace(/^siteUrl: .*$/m, `siteUrl: '${SITE}/'`));
  // First as a machine without the font: no image, and a note saying what to install.
  const output = build({ SHARE_FONT: path.join(root, 'no-such-font.ttc') });
  withoutFont = { output, pages: pages() };
  build();
}, 600_000);

describe('without the CJK font', () => {
  it('says what to install, in Chinese and English', () => {
    expect(withoutFont.output).toContain('apt-get install fonts-noto-cjk');
    expect(withoutFont.output).toContain('未找到中文字体');
    expect(withoutFont.output).toContain('no share images');
  });

  it('names no share image (no image of empty boxes), and keeps the small card', () => {
    expect(Object.keys(withoutFont.pages).length).toBeGreaterThan(10);
    for (const [page, html] of Object.entries(withoutFont.pages)) {
      expect(html, page).not.toContain('og:image');
      expect(meta(html, 'twitter:card'), page).toBe('summary');
    }
  });
});

describe('with siteUrl and the font', () => {
  it('every page names a 1200×630 PNG on the site, that exists, with its size, type and text', () => {
    const all = Object.entries(pages());
    expect(all.length).toBeGreaterThan(10);
    for (const [page, html] of all) {
      const image = meta(html, 'og:image');
      expect(image?.startsWith(`${SITE}/share/`), page).toBe(true);
      const file = path.join(dist, new URL(image!).pathname);
      expect(existsSync(file), `${page}: ${image}`).toBe(true);
      expect(pngSize(readFileSync(file)), image).toEqual({ width: 1200, height: 630 });
      expect(meta(html, 'og:image:width'), page).toBe('1200');
      expect(meta(html, 'og:image:height'), page).toBe('630');
      expect(meta(html, 'og:image:type'), page).toBe('image/png');
      expect(meta(html, 'og:image:alt')?.length, page).toBeGreaterThan(10);
      expect(meta(html, 'twitter:card'), page).toBe('summary_large_image');
    }
  });

  it("a section's image is its own, and shows the report's title and the section's heading", () => {
    const year = reportYear();
    const sections = Object.entries(pages()).filter(
      ([page, html]) =>
        new RegExp(`^${year}/(?!full/)[a-z0-9-]+/index\\.html$`).test(page) && meta(html, 'citation_title'),
    );
    expect(sections.length).toBeGreaterThan(3);
    for (const [page, html] of sections) {
      const slug = page.split('/')[1];
      expect(meta(html, 'og:image'), page).toBe(`${SITE}/share/${year}/${slug}.png`);
      const [title, heading] = meta(html, 'citation_title')!.split('\uff1a');
      const alt = meta(html, 'og:image:alt')!;
      for (const part of [title!, heading!, DOCUMENT_NUMBER]) expect(alt, page).toContain(part);
    }
  });

  it("the home page shows the newest report's image: its title, 文号 and date", () => {
    const year = reportYear();
    const html = pages()['index.html']!;
    expect(meta(html, 'og:image')).toBe(`${SITE}/share/${year}.png`);
    expect(meta(html, 'og:image:alt')).toContain(DOCUMENT_NUMBER);
    expect(meta(pages()[`${year}/index.html`]!, 'og:image')).toBe(`${SITE}/share/${year}.png`);
  });

  it('a warm build, and a forced one that renders every page, draw no image again', () => {
    const cache = cacheFiles();
    const images = published();
    expect(cache.length).toBe(images.length);
    build();
    expect(cacheFiles()).toEqual(cache);
    expect(published()).toEqual(images);
    build({ BUILD_FORCE: '1' });
    expect(cacheFiles()).toEqual(cache);
    expect(published()).toEqual(images);
  }, 400_000);
});
