/**
 * The CJK font the share images are drawn with (src/lib/site/share-card.ts): Noto Sans CJK
 * Bold, as Debian's fonts-noto-cjk installs it (and Arch's and older Fedora's packages). Read
 * from the machine, never shipped or fetched. Without it no share image is made and pages name
 * none: an image of empty boxes is worse than none. The build says what to install.
 */
import { existsSync } from 'node:fs';

/** Where the distributions put the font collection (resvg reads .ttc). */
export const SHARE_FONT_CANDIDATES = [
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc',
  '/usr/share/fonts/noto-cjk/NotoSansCJK-Bold.ttc',
  '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Bold.ttc',
] as const;

/** The font file on this machine, or undefined. SHARE_FONT names another path (the font elsewhere; tests: none). */
export function shareFontFile(env: string | undefined = process.env.SHARE_FONT): string | undefined {
  const candidates = env === undefined ? SHARE_FONT_CANDIDATES : [env];
  return candidates.find((file) => file && existsSync(file));
}

/** The line that ends a build with an address but without the font (Chinese, then English). */
export const shareFontMissingNotice = () =>
  '提示：未找到中文字体 Noto Sans CJK，本次构建未生成分享图（og:image）。请安装：apt-get install fonts-noto-cjk，然后重新构建。\n' +
  'Note: no Noto Sans CJK font was found, so no share images (og:image) were made. Install it: apt-get install fonts-noto-cjk, then build again.';
