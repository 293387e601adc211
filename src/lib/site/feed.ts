/**
 * The RSS 2.0 text of /feed.xml. Links are absolute when the site's address is set and
 * root-relative otherwise (never a local or guessed address; see src/lib/site/site-url.ts), which is
 * why the feed is written here rather than by @astrojs/rss, which requires an address.
 */
import { siteAddress } from './site-url.ts';

export interface FeedItem {
  title: string;
  /** The item's page: /2023/. */
  link: string;
  pubDate: Date;
  description: string;
  categories: readonly string[];
}

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function rssXml({
  title,
  description,
  language,
  site,
  items,
}: {
  title: string;
  description: string;
  language: string;
  site: URL | string | undefined;
  items: readonly FeedItem[];
}): string {
  const tag = (name: string, text: string, attributes = '') => `<${name}${attributes}>${escape(text)}</${name}>`;
  const item = (entry: FeedItem) =>
    '<item>' +
    tag('title', entry.title) +
    tag('link', siteAddress(entry.link, site)) +
    // A guid is a permalink only when it is an absolute address.
    tag('guid', siteAddress(entry.link, site), ` isPermaLink="${site ? 'true' : 'false'}"`) +
    tag('description', entry.description) +
    tag('pubDate', entry.pubDate.toUTCString()) +
    entry.categories.map((category) => tag('category', category)).join('') +
    '</item>';
  return (
    '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>' +
    tag('title', title) +
    tag('description', description) +
    tag('link', siteAddress('/', site)) +
    tag('language', language) +
    items.map(item).join('') +
    '</channel></rss>'
  );
}
