/**
 * The site's address is a setting (issue 21): siteUrl in content/site.yaml. Built on a copy of
 * the project with it set, every absolute address of the site uses it: canonical links, share
 * tags, the sitemap, the feed, the data package and the QR codes (decoded). (Without it, the
 * default build publishes no local address: tests/site/site-address.test.ts.)
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import jsQR from 'jsqr';
import { beforeAll, describe, expect, it } from 'vitest';
import { SITE_IDENTITY_FILE } from '../../src/lib/site/identity.ts';
import { projectCopy } from '../fixtures/multiyear.ts';

const SITE = 'https://fzzf.example.gov.cn';

let root: string;
let dist: string;
let output: string;

/** Every file of the built site, relative to dist/. */
function files(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full, `${prefix}${name}/`) : [`${prefix}${name}`];
  });
}
const read = (file: string) => readFileSync(path.join(dist, file), 'utf8');

/** The modules of a QR code SVG as qr.ts draws it (one rectangle per run), as RGBA pixels for jsQR. */
function decodeQrSvg(svg: string): string | undefined {
  const size = Number(/viewBox="0 0 (\d+) \d+"/.exec(svg)![1]);
  const scale = 4;
  const width = size * scale;
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
  for (const [, x, y, w] of svg.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let row = Number(y) * scale; row < (Number(y) + 1) * scale; row++) {
      for (let col = Number(x) * scale; col < (Number(x) + Number(w)) * scale; col++) {
        pixels.fill(0, (row * width + col) * 4, (row * width + col) * 4 + 3);
      }
    }
  }
  return jsQR(pixels, width, width)?.data;
}

beforeAll(() => {
  root = projectCopy();
  const settings = path.join(root, SITE_IDENTITY_FILE);
  writeFileSync(settings, readFileSync(settings, 'utf8').replace(/^siteUrl: .*$/m, `siteUrl: '${SITE}/'`));
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  delete env.SITE_URL;
  const result = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: root, encoding: 'utf8', env });
  output = result.stdout + result.stderr;
  expect(result.status, output).toBe(0);
  dist = path.join(root, 'dist');
}, 600_000);

describe('a build with siteUrl set in site.yaml', () => {
  it('does not say the address is missing', () => {
    expect(output).not.toContain('未设置网站地址');
  });

  it('gives every page a canonical link and share address on the site', () => {
    const pages = files(dist).filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'));
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) {
      const html = read(page);
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
      // 404.html stands for any address; the others are their own address.
      const expected = page.endsWith('index.html') ? `${SITE}/${page.replace(/index\.html$/, '')}` : canonical!;
      expect(canonical?.startsWith(`${SITE}/`), page).toBe(true);
      expect(canonical, page).toBe(expected);
      expect(html, page).toContain(`<meta property="og:url" content="${expected}"`);
    }
  });

  it('lists its pages in the sitemap, the feed and the data package at that address', () => {
    const locs = [...read('sitemap-0.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs.length).toBeGreaterThan(10);
    expect(locs.every((loc) => loc.startsWith(`${SITE}/`))).toBe(true);
    expect(read('sitemap-index.xml')).toContain(`<loc>${SITE}/sitemap-0.xml</loc>`);
    const links = [...read('feed.xml').matchAll(/<link>([^<]+)<\/link>/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(1);
    expect(links.every((link) => link.startsWith(`${SITE}/`))).toBe(true);
    const pkg = JSON.parse(read('data/datapackage.json')) as { id: string; homepage: string };
    expect(pkg.id).toBe(`${SITE}/data/datapackage.json`);
    expect(pkg.homepage).toBe(`${SITE}/data/`);
  });

  it('draws each report page’s QR code as its address on the site', () => {
    const codes = files(path.join(dist, 'qr')).filter((file) => file.endsWith('.svg'));
    expect(codes.length).toBeGreaterThan(10);
    for (const code of codes) {
      const page = `/${code.replace(/\.svg$/, '')}/`;
      expect(decodeQrSvg(read(`qr/${code}`)), code).toBe(`${SITE}${page}`);
    }
  });

  it('names no other address of its own, and never localhost', () => {
    for (const file of files(dist).filter((name) => /\.(html|xml|json|csv|txt|svg)$/.test(name))) {
      const text = read(file);
      expect(text, file).not.toMatch(/localhost|127\.0\.0\.1/);
    }
  });
});
