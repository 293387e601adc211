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
 *
 * The index is kept in Astro's cache folder with the key of what it was made of (the text
 * key in records.json, see src/lib/incremental/page-cache-keys.ts, the records themselves and the
 * lock file, for Pagefind's version); a build whose key is the same links that index into
 * the site instead of indexing the archive again.
 */
import { createHash } from 'node:crypto';
import { copyFile, link, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { facetMarkup, type PageFacets, type SearchRecord } from '../lib/search/records.ts';
import { foldWidth } from '../lib/search/query.ts';
import { formatMessage } from '../lib/content/print-problems.ts';

/** Only the section's heading and its official text: every other child of the article repeats them. */
const EXCLUDE = ['[data-pagefind-body] > :not(header):not(.report-text)', '[data-pagefind-body] > header > p'];

const RECORDS_FILE = 'search/records.json';
const OUTPUT = 'pagefind';
/**
 * Pagefind splits its word index into files of about this many bytes (its default is larger).
 * A first search loads the file of each word it asks for: small files keep that near 10 KB
 * whatever the archive holds (with two years, the default made 法律援助 load 28 KB in two
 * files), at the cost of one more request for a query whose words fall in different files.
 * Set through PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE, which Pagefind 1.6 reads; the search-bytes
 * test (tests/site/search-bytes.test.ts) measures what a first search transfers.
 */
const INDEX_CHUNK_BYTES = 8000;
/**
 * Pagefind's ready-made search interfaces, which it writes beside its JS API. The site has its
 * own (src/components/search/, on pagefind.js without its worker, see engine.ts): these are not published, so no
 * code goes out that no page runs, and the build does not compress 0.6 MB of it.
 */
const UNUSED = /^pagefind-(?:[a-z]+-)?ui\.(?:js|css)$|^pagefind-(?:highlight|worker)\.js$/;
/**
 * Fetched by every first search, whatever the query: the WebAssembly module and the language's
 * metadata. Pagefind gzips them; kept unzipped instead (Pagefind reads either: its files start
 * with a signature once unzipped), so the build's compression step writes them a brotli copy
 * too, 15% smaller than gzip (the module: 55 KB gzip, 47 KB brotli). Index chunks and fragments
 * grow with the archive and stay as Pagefind writes them (compressing them would cost every build).
 */
const UNZIPPED = /^wasm\.[a-z-]+\.pagefind$|\.pf_meta$/;

/** Pagefind's gzip of `file` replaced by its content (a new file: the old may be linked from the cache). */
async function unzipInPlace(file: string) {
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, gunzipSync(await readFile(file)));
  await rename(temp, file);
}

/** In the cache folder: the last index (OUTPUT) and the key it was made from (KEY_FILE). */
export const INDEX_CACHE = 'search-index';
const KEY_FILE = 'key';

/**
 * Hard links of every file under `from` at the same places under `to` (files are never changed
 * in place); copies where links are impossible (.astro/ and .build/ on two file systems: EXDEV).
 */
async function linkTree(from: string, to: string) {
  const entries = await readdir(from, { recursive: true, withFileTypes: true });
  const relative = (entry: (typeof entries)[number]) => path.relative(from, path.join(entry.parentPath, entry.name));
  // Folders first (a handful), then one link per file: each file operation counts.
  await mkdir(to, { recursive: true });
  for (const entry of entries)
    if (entry.isDirectory()) await mkdir(path.join(to, relative(entry)), { recursive: true });
  for (const entry of entries)
    if (!entry.isDirectory()) {
      const [source, target] = [path.join(from, relative(entry)), path.join(to, relative(entry))];
      await link(source, target).catch((error: unknown) => {
        const code = (error as NodeJS.ErrnoException).code;
        if (code !== 'EXDEV' && code !== 'EPERM') throw error;
        return copyFile(source, target);
      });
    }
}

/** What an index is made of: the records file (with the text key) and the lock file (Pagefind's version). */
const indexKey = async (recordsJson: string, root: string) =>
  createHash('sha256')
    .update(`chunk ${INDEX_CHUNK_BYTES}\n`)
    .update(recordsJson)
    .update(await readFile(path.join(root, 'package-lock.json')).catch(() => 'no lock file'))
    .digest('hex');

/** The index made last time, if it was made from `key`: linked into the site. */
async function reuseIndex(site: string, cache: string, key: string): Promise<boolean> {
  const stored = await readFile(path.join(cache, KEY_FILE), 'utf8').catch(() => undefined);
  if (stored !== key) return false;
  await linkTree(path.join(cache, OUTPUT), path.join(site, OUTPUT));
  return true;
}

/** Keeps the index just written for the next build: made beside, then renamed in (a killed build leaves no half entry). */
async function storeIndex(site: string, cache: string, key: string) {
  const temp = `${cache}.${process.pid}.tmp`;
  await rm(temp, { recursive: true, force: true });
  await linkTree(path.join(site, OUTPUT), path.join(temp, OUTPUT));
  await writeFile(path.join(temp, KEY_FILE), key);
  await rm(cache, { recursive: true, force: true });
  await rename(temp, cache);
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => path.join(e.parentPath, e.name));
}

/** /abs/site/2023/x/index.html → /2023/x/ */
const urlOf = (site: string, file: string) =>
  `/${path.relative(site, file).split(path.sep).join('/')}`.replace(/index\.html$/, '');

export interface IndexResult {
  pages: number;
  records: number;
  /** The index of the last build, used again (nothing it holds had changed). */
  reused: boolean;
}

/**
 * Indexes the site written in `site`; with `cache` (a folder of Astro's cache), keeps the index
 * there and uses it again while nothing it is made of changes. `root` holds package-lock.json.
 */
export async function indexSite(site: string, cache?: { dir: string; root: string }): Promise<IndexResult> {
  const recordsPath = path.join(site, RECORDS_FILE);
  const recordsJson = await readFile(recordsPath, 'utf8');
  const { records, pages: facets } = JSON.parse(recordsJson) as { records: SearchRecord[]; pages: PageFacets[] };
  await rm(recordsPath);
  const key = cache && (await indexKey(recordsJson, cache.root));
  if (cache && key && (await reuseIndex(site, cache.dir, key)))
    return { pages: facets.length, records: records.length, reused: true };

  // Read by the Pagefind binary, which the first createIndex starts with this process's environment.
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(INDEX_CHUNK_BYTES);
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDE });
  if (!index) throw new Error(`Pagefind 无法启动 Pagefind could not start: ${errors.join('; ')}`);
  const problems: string[] = [];
  try {
    const facetsByUrl = new Map(facets.map((page) => [page.url, page]));

    // Sent all at once: Pagefind's service answers each in turn, and the index is the same
    // (see the reproducible-build test) at a fraction of the round trips' wait.
    const added: Promise<{ errors: string[] }>[] = [];
    let pages = 0;
    for (const file of await htmlFiles(site)) {
      const html = await readFile(file, 'utf8');
      if (!html.includes('data-pagefind-body')) continue;
      const url = urlOf(site, file);
      const pageFacets = facetsByUrl.get(url);
      if (!pageFacets)
        throw new Error(
          formatMessage({ zh: `搜索索引：${url} 没有筛选信息。`, en: `Search index: no filters for ${url}.` }),
        );
      // The indexed copy only: the page's filters and meta go inside its body; full-width digits
      // and letters fold to ASCII, as the query is folded (NFKC) in the browser.
      const content = foldWidth(html).replace(
        /<article data-pagefind-body[^>]*>/,
        (tag) => tag + facetMarkup(pageFacets),
      );
      added.push(index.addHTMLFile({ url, content }));
      pages++;
    }
    if (pages === 0)
      throw new Error(
        formatMessage({ zh: '搜索索引为空：没有页面被索引。', en: 'Search index is empty: no page was indexed.' }),
      );
    added.push(...records.map((record) => index.addCustomRecord(record)));
    for (const result of await Promise.all(added)) problems.push(...result.errors);

    if (problems.length > 0) throw new Error(`搜索索引出错 Search index errors: ${problems.join('; ')}`);
    const written = await index.writeFiles({ outputPath: path.join(site, OUTPUT) });
    if (written.errors.length > 0)
      throw new Error(`写入搜索索引出错 Writing the index failed: ${written.errors.join('; ')}`);
    for (const name of await readdir(path.join(site, OUTPUT)))
      if (UNUSED.test(name)) await rm(path.join(site, OUTPUT, name));
      else if (UNZIPPED.test(name)) await unzipInPlace(path.join(site, OUTPUT, name));
    if (cache && key) await storeIndex(site, cache.dir, key);
    return { pages, records: records.length, reused: false };
  } finally {
    await pagefind.close();
  }
}

/**
 * Runs `index` with Pagefind's own report of its service's end (a stack trace on the console)
 * held back: a Pagefind that exits or panics mid-way (a full disk, a kill) fails the build
 * with this short message instead.
 */
async function pagefindEndsPlainly<T>(index: () => Promise<T>): Promise<T> {
  const log = console.error;
  let stopped = false;
  console.error = (...args: unknown[]) => (args[0] === 'Service stopped' ? (stopped = true) : log(...args));
  try {
    return await index();
  } catch (error) {
    if (!stopped && !/Pagefind backend closed|backend is closed/.test(String(error))) throw error;
    throw new Error(
      '搜索索引程序 Pagefind 中途退出，索引未完成：请检查磁盘空间，再运行一次。\n' +
        'Pagefind (the search indexer) exited before finishing: check free disk space and run again.',
      { cause: error },
    );
  } finally {
    console.error = log;
  }
}

/** The integration: indexes the site Astro has just written; any Pagefind error fails the build. */
export default function searchIndex(): AstroIntegration {
  let cache: { dir: string; root: string } | undefined;
  return {
    name: 'anshan:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        cache = { dir: fileURLToPath(new URL(INDEX_CACHE, config.cacheDir)), root: fileURLToPath(config.root) };
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { pages, records, reused } = await pagefindEndsPlainly(() => indexSite(fileURLToPath(dir), cache));
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(
          `Pagefind: ${pages} pages, ${records} records ${reused ? 'unchanged, index reused' : 'indexed'} in ${seconds} s`,
        );
      },
    },
  };
}
