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

/** A cached file put in place: a hard link (no copy), or a copy where links are not possible. */
const place = (cached: string, target: string) => link(cached, target).catch(() => copyFile(cached, target));

export interface CompressTotals {
  files: number;
  bytes: number;
  gzip: number;
  brotli: number;
  /** Files compressed in this run (the rest came from the cache). */
  compressed: number;
}

export async function precompress(site: string, cacheRoot?: string): Promise<CompressTotals> {
  const totals: CompressTotals = { files: 0, bytes: 0, gzip: 0, brotli: 0, compressed: 0 };
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
      const cached = cache && { gz: path.join(cache, `${key}.gz`), br: path.join(cache, `${key}.br`) };
      let sizes: [number, number] | undefined;
      if (cached) {
        used.add(key);
        sizes = await Promise.all([readFile(cached.gz), readFile(cached.br)]).then(
          ([gz, br]) => [gz.length, br.length] as [number, number],
          () => undefined,
        );
      }
      if (sizes && cached) {
        await Promise.all([place(cached.gz, `${file}.gz`), place(cached.br, `${file}.br`)]);
      } else {
        const [gzipped, brotli] = await Promise.all([
          gzipAsync(body, { level: GZIP_LEVEL }),
          brotliAsync(body, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: quality,
              [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
            },
          }),
        ]);
        await Promise.all([writeFile(`${file}.gz`, gzipped), writeFile(`${file}.br`, brotli)]);
        // Written beside the cache and renamed in by link: a build killed mid-write leaves no half entry.
        if (cached) await Promise.all([store(gzipped, cached.gz), store(brotli, cached.br)]);
        sizes = [gzipped.length, brotli.length];
        totals.compressed += 1;
      }
      totals.files += 1;
      totals.bytes += body.length;
      totals.gzip += sizes[0];
      totals.brotli += sizes[1];
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

/** Writes a cache entry under a temporary name, then links it to its real one (atomic). */
async function store(bytes: Buffer, target: string) {
  const temp = `${target}.${process.pid}.tmp`;
  await writeFile(temp, bytes);
  await link(temp, target).catch(() => undefined);
  await rm(temp, { force: true });
}
