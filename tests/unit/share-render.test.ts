/**
 * Share images as PNG (src/lib/site/share-render.ts): a 1200×630 PNG, drawn once for the same
 * inputs and read back from the cache after, one cache entry per image address. Whether an
 * image was drawn is told by the renderer and by the cache file, never by time.
 */
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { shareCardSvg, type ShareCard } from '../../src/lib/site/share-card.ts';
import { shareFontFile } from '../../src/lib/site/share-font.ts';
import { SHARE_CACHE_DIR, shareImageHash, shareImagePng } from '../../src/lib/site/share-render.ts';
import { pngSize } from '../support/png.ts';

const FONT = shareFontFile();
const card: ShareCard = {
  site: '某市法治政府建设年度报告',
  title: '关于2031年某市法治政府建设情况的报告',
  heading: '（五）多元化解社会矛盾纠纷成效明显',
  meta: '某委〔2032〕3号 · 2032年3月15日发布',
};

describe('share image PNGs', () => {
  it('needs the CJK font, which npm test provisions', () => {
    expect(FONT, 'apt-get install fonts-noto-cjk').toBeDefined();
  });

  it('are 1200×630 PNGs, drawn once and then read from the cache', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'share-render-'));
    const first = shareImagePng('/share/2031/dispute-resolution.png', card, FONT!, root);
    expect(first.drawn).toBe(true);
    expect(pngSize(first.png)).toEqual({ width: 1200, height: 630 });
    const cache = path.join(root, SHARE_CACHE_DIR);
    const [entry] = readdirSync(cache);
    expect(entry).toBe(`2031~dispute-resolution.${shareImageHash(shareCardSvg(card), FONT!)}.png`);
    const before = statSync(path.join(cache, entry!));

    const again = shareImagePng('/share/2031/dispute-resolution.png', card, FONT!, root);
    expect(again.drawn).toBe(false);
    expect(again.png.equals(first.png)).toBe(true);
    const after = statSync(path.join(cache, entry!));
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
  });

  it('are drawn again when what they show changes, and the old entry goes', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'share-render-'));
    const cache = path.join(root, SHARE_CACHE_DIR);
    shareImagePng('/share/2031.png', { ...card, heading: undefined }, FONT!, root);
    shareImagePng('/share/2031/plans.png', card, FONT!, root);
    const changed = shareImagePng('/share/2031/plans.png', { ...card, heading: '二、2032年重点工作安排' }, FONT!, root);
    expect(changed.drawn).toBe(true);
    const entries = readdirSync(cache).sort();
    expect(entries).toHaveLength(2);
    expect(entries[0]!.startsWith('2031.')).toBe(true);
    expect(readFileSync(path.join(cache, entries[1]!)).equals(changed.png)).toBe(true);
  });
});
