/**
 * /share/<year>.png and /share/<year>/<section>.png: the share images pages name in og:image
 * (src/components/meta/ShareImageMeta.astro), drawn at build time. Made only when the site's
 * address is set (og:image must be absolute) and the CJK font is on the machine
 * (src/lib/site/share-font.ts). Each image's cache key is the hash of what it is drawn from, so
 * an unchanged image is neither rendered by Astro nor drawn again (src/lib/site/share-render.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getReports } from '../../lib/report/reports.ts';
import { shareImagesOf } from '../../lib/report/share-images.ts';
import { SITE } from '../../lib/site/identity.ts';
import { shareCardSvg, SHARE_IMAGE, type ShareCard } from '../../lib/site/share-card.ts';
import { shareFontFile } from '../../lib/site/share-font.ts';
import { shareImageHash, shareImagePng } from '../../lib/site/share-render.ts';

export const getStaticPaths = (async () => {
  const font = shareFontFile();
  if (!import.meta.env.SITE || !font) return [];
  return shareImagesOf(SITE.name, await getReports()).map(({ path, card }) => {
    return {
      params: { image: path.replace(/^\/share\//, '').replace(/\.png$/, '') },
      props: { path, card, font },
      cacheKey: shareImageHash(shareCardSvg(card), font),
    };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { path, card, font } = props as { path: string; card: ShareCard; font: string };
  return new Response(new Uint8Array(shareImagePng(path, card, font).png), {
    headers: { 'Content-Type': SHARE_IMAGE.type },
  });
};
