/**
 * Writes .gz and .br beside every text file of the built site, so the web server sends
 * them as they are (nginx gzip_static / brotli_static) instead of compressing per request.
 *
 * Deterministic: the same input gives the same bytes (no timestamps in the gzip header), so a
 * cache keyed by the file's content hash (and the levels) gives exactly what compressing again
 * would. The cache lives under .build/ (never published); entries this build did not use are
 * removed at the end, so it holds one site's worth. Levels: see README, "Precompression".
 */
import { createHash } from 'node:crypto';
import { copyFile, link, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * Chosen by measurement (README, "Precompression"). Shared assets (scripts, styles, Pagefind's
 * loader) are a fixed handful every reader fetches: the best brotli. Pages and data grow with
 * every year: quality 6 is 30 times cheaper than 11 for 16% more bytes (still far below gzip).
 */
export const BROTLI_QUALITY = { assets: 11, pages: 6 } as const;
export const GZIP_LEVEL = 9;
const ASSETS = /^(_astro|pagefind|scripts)\//;

/**
 * Text formats only. Pagefind's own files (.pf_fragment, .pf_index, .pf_meta and the
 * wasm.*.pagefind module) are already gzip-compressed by Pagefind and are left as they are.
 */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.csv', '.xml', '.svg', '.txt', '.wasm']);
/** Below this size compression saves nothing worth a second file. */
const MIN_BYTES = 512;
/** Files compressed at once: zlib's async calls run on libuv's thread pool, so all cores work. */
const CONCURRENCY = 8;

async function* files(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else yield full;
  }
}

const code = (error: unknown) => (error as NodeJS.ErrnoException).code;

/**
 * A cached file put in place: a hard link (no copy), or a copy where links are not possible.
 * False when the cache has no such entry. Every file operation counts: on a virtual machine
 * each one costs more than compressing a small page, so a hit is one link per file.
 */
async function place(cached: string, target: string): Promise<boolean> {
  try {
    await link(cached, target);
  } catch (error) {
    if (code(error) === 'ENOENT') return false;
    if (code(error) !== 'EXDEV' && code(error) !== 'EPERM') throw error;
    await copyFile(cached, target);
  }
  return true;
}

/**
 * Keeps a file just written to the site as a cache entry: a second name for it. It was
 * written whole before it is linked, so a build killed at any moment leaves no half entry;
 * site files are never changed in place, so the two names can share the bytes.
 */
const keep = (written: string, entry: string) =>
  link(written, entry).catch((error: unknown) => {
    if (code(error) !== 'EEXIST') return copyFile(written, entry).catch(() => undefined);
  });

export interface CompressTotals {
  files: number;
  bytes: number;
  /** Files compressed in this run (the rest came from the cache). */
  compressed: number;
}

export async function precompress(site: string, cacheRoot?: string): Promise<CompressTotals> {
  const totals: CompressTotals = { files: 0, bytes: 0, compressed: 0 };
  const cache = cacheRoot && path.join(cacheRoot, `gz${GZIP_LEVEL}`);
  if (cache) await mkdir(cache, { recursive: true });
  const used = new Set<string>();
  const queue: string[] = [];
  for await (const file of files(site)) if (COMPRESSIBLE.has(path.extname(file))) queue.push(file);
  const worker = async () => {
    for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
      const body = await readFile(file);
      if (body.length < MIN_BYTES) continue;
      const quality =
        BROTLI_QUALITY[ASSETS.test(path.relative(site, file).split(path.sep).join('/')) ? 'assets' : 'pages'];
      const key = `${createHash('sha256').update(body).digest('hex')}-br${quality}`;
      const cached = cache ? { gz: path.join(cache, `${key}.gz`), br: path.join(cache, `${key}.br`) } : undefined;
      const target = { gz: `${file}.gz`, br: `${file}.br` };
      if (cached) used.add(key);
      const hit =
        cached !== undefined &&
        (await place(cached.gz, target.gz)) &&
        ((await place(cached.br, target.br)) || (await rm(target.gz).then(() => false)));
      if (!hit) {
        const [gzipped, brotli] = await Promise.all([
          gzipAsync(body, { level: GZIP_LEVEL }),
          brotliAsync(body, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: quality,
              [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
            },
          }),
        ]);
        await Promise.all([writeFile(target.gz, gzipped), writeFile(target.br, brotli)]);
        if (cached) await Promise.all([keep(target.gz, cached.gz), keep(target.br, cached.br)]);
        totals.compressed += 1;
      }
      totals.files += 1;
      totals.bytes += body.length;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  if (cache) {
    for (const name of await readdir(cache)) {
      if (!used.has(name.slice(0, name.indexOf('.')))) await rm(path.join(cache, name), { force: true });
    }
  }
  return totals;
}
