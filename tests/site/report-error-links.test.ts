/**
 * 纠错 links as built: with a contact email in content/site.yaml, every figure's citation block
 * links a mail that names the figure's id, and every page's footer one that names the page;
 * without one, no page shows any.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteIdentity } from '../../src/lib/site/identity.ts';
import { builtPages, DIST } from '../support/site-files.ts';
import { metricsOfYear, publishedYears } from '../support/site-data.ts';

const email = siteIdentity().contact.email;
const html = (page: string) => readFileSync(path.join(DIST, page, 'index.html'), 'utf8');
const links = (page: string) =>
  [...html(page).matchAll(/<a href="(mailto:[^"]+)"[^>]*data-report-error="([^"]+)"/g)].map(([, href, id]) => ({
    href: href!.replaceAll('&amp;', '&'),
    id: id!,
  }));

describe('纠错', () => {
  const pages = builtPages().filter((page) => page.endsWith('/') && !page.startsWith('/embed/'));
  it.runIf(!email)('without a contact email, no page offers it', () => {
    for (const page of pages) expect(links(page), page).toEqual([]);
  });
  it.runIf(Boolean(email))('with one, each figure and each page offers it, naming the figure and the page', () => {
    for (const year of publishedYears()) {
      for (const metric of metricsOfYear(year)) {
        const page = new URL(metric.url, 'http://x').pathname;
        const link = links(page).find((candidate) => candidate.id === metric.id);
        expect(link, metric.id).toBeDefined();
        expect(decodeURIComponent(link!.href)).toContain(`id: ${metric.id}`);
      }
    }
    for (const page of pages)
      expect(
        links(page).some((link) => link.id === 'page'),
        page,
      ).toBe(true);
  });
});
