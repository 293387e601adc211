/**
 * The site's public address, in one place. Everything that needs an absolute address
 * (canonical links, share tags, the sitemap, the feed, QR codes, citations, the data files)
 * reads Astro's `site`, which astro.config.mjs sets from here.
 *
 * Staff set it once: `siteUrl` in content/site.yaml; `SITE_URL=https://… npm run build`
 * overrides it. Without either there is no address: the site has no `site`, every link stays
 * root-relative, and what needs an absolute address is left out (never a made-up or local
 * address: a printed QR code that opens localhost helps nobody). The build ends with one line
 * saying so (siteNotSetNotice).
 */
import { loadSiteIdentity, SiteIdentityError } from './identity.ts';

/** The address from site.yaml, or undefined when it is empty or the file cannot be read (the
 *  site-identity integration then reports the file's problem with its line). */
const siteYamlUrl = (root: string): string | undefined => {
  try {
    return loadSiteIdentity(root).siteUrl || undefined;
  } catch (error) {
    if (error instanceof SiteIdentityError || (error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
};

/** The configured address: SITE_URL from the environment, else siteUrl in site.yaml, else none. */
export const siteUrl = (env: string | undefined = process.env.SITE_URL, root = process.cwd()): string | undefined =>
  env?.trim() || siteYamlUrl(root);

/** The address to write into the data files' `url` column: the configured one, if any. */
export const publishedSite = (site: URL | string | undefined): URL | undefined => (site ? new URL(site) : undefined);

/** `pathname` on the site as an absolute address, or undefined when the address is not set. */
export const absoluteUrl = (pathname: string, site: URL | string | undefined): string | undefined =>
  site ? new URL(pathname, site).href : undefined;

/** The address to show or copy: absolute when the site's address is set, root-relative otherwise. */
export const siteAddress = (pathname: string, site: URL | string | undefined): string =>
  absoluteUrl(pathname, site) ?? pathname;

/** The line that ends a build without an address (Chinese, then English). */
export const siteNotSetNotice = () =>
  '提示：未设置网站地址（content/site.yaml 的 siteUrl），本次构建的链接均为站内相对地址，未生成二维码、网站地图和规范链接。正式发布前请填写 siteUrl。\n' +
  'Note: the site address is not set (siteUrl in content/site.yaml): links are root-relative, and QR codes, the sitemap and canonical links are left out. Set siteUrl before publishing.';
