/**
 * The site's public address, in one place. Everything that needs an absolute address
 * (canonical links, Open Graph, the sitemap, the feed, citations, the Dataset description)
 * reads Astro's `site`, which astro.config.mjs sets from here.
 *
 * Production builds set it: `SITE_URL=https://your.domain npm run build`.
 * Without SITE_URL the build uses DEFAULT_SITE_URL, the address of `npm run preview`, so a
 * local build is self-consistent and plainly not the published site.
 */

/** The address used when SITE_URL is not set: the local preview server. */
export const DEFAULT_SITE_URL = 'http://localhost:4321/';

/** The configured address: SITE_URL from the environment, or the default. */
export const siteUrl = (env: string | undefined = process.env.SITE_URL): string => env?.trim() || DEFAULT_SITE_URL;

/**
 * The address to write into the data files' `url` column: only a configured one. With the
 * default (local preview) address the column stays root-relative, as it always was, so a
 * data file from a local build never points at localhost.
 */
export const publishedSite = (site: URL | string | undefined): URL | undefined => {
  if (!site) return undefined;
  const url = new URL(site);
  return url.href === new URL(DEFAULT_SITE_URL).href ? undefined : url;
};
