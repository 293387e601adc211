/**
 * Builds the Pagefind search index over the built site at `astro:build:done`, as Starlight
 * does, with Pagefind's Node API; scripts/build.ts only stages and publishes.
 * Any error Pagefind reports fails the build (the CLI would only log some of them).
 *
 * What is indexed, once each, so no passage is ever returned twice:
 *  - each section page's heading and official text (the <article data-pagefind-body>),
 *    without the figure table, charts or citations that repeat the text's figures, with
 *    its filters (year, section, kind) added to the indexed copy;
 *  - one custom record per figure (its label and value, linking to its anchor) and one
 *    per report (title, issuers, 文号, date, preamble), from /search/records.json,
 *    which is then removed from the site.
 * The whole-report page and every page without data-pagefind-body are left out.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { facetMarkup, type PageFacets, type SearchRecord } from '../lib/search/records.ts';
import { foldWidth } from '../lib/search/query.ts';

/** Only the section's heading and its official text: every other child of the article repeats them. */
const EXCLUDE = ['[data-pagefind-body] > :not(header):not(.report-text)', '[data-pagefind-body] > header > p'];

const RECORDS_FILE = 'search/records.json';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => path.join(e.parentPath, e.name));
}

/** /abs/site/2023/x/index.html → /2023/x/ */
const urlOf = (site: string, file: string) =>
  `/${path.relative(site, file).split(path.sep).join('/')}`.replace(/index\.html$/, '');

export async function indexSite(site: string): Promise<{ pages: number; records: number }> {
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDE });
  if (!index) throw new Error(`Pagefind 无法启动 Pagefind could not start: ${errors.join('; ')}`);
  const problems: string[] = [];
  try {
    const recordsPath = path.join(site, RECORDS_FILE);
    const { records, pages: facets } = JSON.parse(await readFile(recordsPath, 'utf8')) as {
      records: SearchRecord[];
      pages: PageFacets[];
    };
    const facetsByUrl = new Map(facets.map((page) => [page.url, page]));

    let pages = 0;
    for (const file of await htmlFiles(site)) {
      const html = await readFile(file, 'utf8');
      if (!html.includes('data-pagefind-body')) continue;
      const url = urlOf(site, file);
      const pageFacets = facetsByUrl.get(url);
      if (!pageFacets) throw new Error(`搜索索引：${url} 没有筛选信息。Search index: no filters for ${url}.`);
      // The indexed copy only: the page's filters and meta go inside its body; full-width digits
      // and letters fold to ASCII, as the query is folded (NFKC) in the browser.
      const content = foldWidth(html).replace(
        /<article data-pagefind-body[^>]*>/,
        (tag) => tag + facetMarkup(pageFacets),
      );
      const added = await index.addHTMLFile({ url, content });
      problems.push(...added.errors);
      pages++;
    }
    if (pages === 0) throw new Error('搜索索引为空：没有页面被索引。Search index is empty: no page was indexed.');

    for (const record of records) problems.push(...(await index.addCustomRecord(record)).errors);
    await rm(recordsPath);

    if (problems.length > 0) throw new Error(`搜索索引出错 Search index errors: ${problems.join('; ')}`);
    const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
    if (written.errors.length > 0)
      throw new Error(`写入搜索索引出错 Writing the index failed: ${written.errors.join('; ')}`);
    return { pages, records: records.length };
  } finally {
    await pagefind.close();
  }
}

/** The integration: indexes the site Astro has just written; any Pagefind error fails the build. */
export default function searchIndex(): AstroIntegration {
  return {
    name: 'anshan:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { pages, records } = await indexSite(fileURLToPath(dir));
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`Pagefind: ${pages} pages, ${records} records in ${seconds} s`);
      },
    },
  };
}
