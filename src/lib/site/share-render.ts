/**
 * Share images as PNG (og:image), drawn by resvg from the SVG of share-card.ts, and cached by
 * a hash of everything that makes them (the SVG, the font file, resvg's version): a build that
 * would draw the same image again reads it from .build/cache/share/ instead. One entry per
 * image address is kept (the last one drawn), so the cache stays one site's worth.
 *
 * Drawing costs little but the text: resvg reads the font (a 20 MB collection) again for each
 * line it lays out, about 40 ms a line. The site's name, the report's title and its 文号 recur
 * in every image of a year, so each distinct line is turned into outlines once per build
 * (resvg's own layout, read back as paths) and every image reuses them.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Resvg as ResvgClass } from '@resvg/resvg-js';
import { shareCardSvg, SHARE_FONT_FAMILY, textElement, type ShareCard, type ShareLine } from './share-card.ts';

/** The cache's folder, under the build's own (.build/, never published), from the project root. */
export const SHARE_CACHE_DIR = '.build/cache/share';

const require = createRequire(path.join(process.cwd(), 'package.json'));

let version: string | undefined;

/** resvg's version: a new one may draw differently. */
function resvgVersion(): string {
  try {
    version ??= (
      JSON.parse(readFileSync(require.resolve('@resvg/resvg-js/package.json'), 'utf8')) as { version: string }
    ).version;
  } catch {
    version = 'unknown';
  }
  return version;
}

/** The hash of an image's inputs: its cache entry's name, and its page cache key. */
export function shareImageHash(svg: string, fontFile: string): string {
  const font = statSync(fontFile);
  return createHash('sha256')
    .update(svg)
    .update('\0')
    .update(`${fontFile}\0${font.size}\0${font.mtimeMs}\0${resvgVersion()}`)
    .digest('hex')
    .slice(0, 32);
}

/** The cache entry's name: the image's address made a file name, then its hash (/share/2023/plans.png → 2023-plans.<hash>.png). */
const entryName = (imagePath: string, hash: string) =>
  `${imagePath
    .replace(/^\/share\//, '')
    .replace(/\.png$/, '')
    .replaceAll('/', '~')}.${hash}.png`;

// Required, not imported: a native module, loaded by Node as it is, never through the bundler.
const resvg = () => (require('@resvg/resvg-js') as { Resvg: typeof ResvgClass }).Resvg;

/** Each distinct line's outlines, laid out at the origin: by font file and the line's text element. */
const outlines = new Map<string, string>();

/** A line of text as resvg lays it out with the CJK font (and no system font), as SVG paths in place. */
function outlined(line: ShareLine, fontFile: string): string {
  const key = `${fontFile}\0${textElement({ ...line, x: 0, y: 0 })}`;
  let paths = outlines.get(key);
  if (paths === undefined) {
    // Laid out on a baseline below the top, so nothing is above the SVG's box, then moved back.
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">${textElement({ ...line, x: 0, y: line.size })}</svg>`;
    const Resvg = resvg();
    const usvg = new Resvg(svg, {
      font: { loadSystemFonts: false, fontFiles: [fontFile], defaultFontFamily: SHARE_FONT_FAMILY },
    }).toString();
    paths = usvg.replace(/^[\s\S]*?<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
    outlines.set(key, paths);
  }
  return `<g transform="translate(${line.x} ${line.y - line.size})">${paths}</g>`;
}

/** Draws a card as PNG: its lines as outlines (no font is needed to rasterise them). */
export function renderPng(card: ShareCard, fontFile: string): Buffer {
  const Resvg = resvg();
  const svg = shareCardSvg(card, (line) => outlined(line, fontFile));
  return new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
}

/**
 * The PNG of `card` for the image at `imagePath`: from the cache when drawn before with the same
 * inputs (its SVG with text, the font, resvg), else drawn now and kept (written under a temporary name and renamed, so a killed
 * build never leaves half a file). `drawn` says which.
 */
export function shareImagePng(
  imagePath: string,
  card: ShareCard,
  fontFile: string,
  root = process.cwd(),
): { png: Buffer; drawn: boolean } {
  const dir = path.join(root, SHARE_CACHE_DIR);
  const name = entryName(imagePath, shareImageHash(shareCardSvg(card), fontFile));
  const file = path.join(dir, name);
  try {
    return { png: readFileSync(file), drawn: false };
  } catch {
    // Not drawn yet: below.
  }
  const png = renderPng(card, fontFile);
  mkdirSync(dir, { recursive: true });
  const temporary = `${file}.${process.pid}.new`;
  writeFileSync(temporary, png);
  renameSync(temporary, file);
  const prefix = name.slice(0, name.indexOf('.') + 1);
  for (const other of readdirSync(dir)) {
    if (other !== name && other.startsWith(prefix)) rmSync(path.join(dir, other), { force: true });
  }
  return { png, drawn: true };
}
