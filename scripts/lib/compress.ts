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
import { copyFile, link, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { errorCode, placeCached } from './links.ts';
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

/** Astro's internals in the site's folder while it builds (.prerender/): never published. */
const internal = (name: string) => name.startsWith('.') && name !== '.well-known';

/** Every file under `dir`, but Astro's internals. */
async function* files(dir: string, top = true): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (top && internal(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full, false);
    else yield full;
  }
}

/**
 * Keeps a file just written to the site as a cache entry: a second name for it. It was
 * written whole before it is linked, so a build killed at any moment leaves no half entry;
 * site files are never changed in place, so the two names can share the bytes.
 */
const keep = (written: string, entry: string) =>
  link(written, entry).catch((error: unknown) => {
    if (errorCode(error) !== 'EEXIST') return copyFile(written, entry).catch(() => undefined);
  });

export interface CompressTotals {
  files: number;
  bytes: number;
  /** Files compressed in this run (the rest came from the cache). */
  compressed: number;
}

/**
 * Content digests of files already read, by what stat says of them (device, inode, size and
 * modification time to the nanosecond): a page taken unchanged from Astro's cache is the same
 * file as last time (a hard link, scripts/lib/render-cache.ts), so a rebuild need not read
 * and hash the whole site again. A file written anew has a new inode or time, and is read.
 */
interface Digests {
  /** From the last build (digests.json in the cache folder). */
  known: Map<string, string>;
  /** This build's, kept for the next. */
  seen: Map<string, string>;
}

/** The last build's digests; none when there is no file or it cannot be read. */
async function readDigests(file: string | undefined): Promise<Map<string, string>> {
  try {
    const stored: unknown = file ? JSON.parse(await readFile(file, 'utf8')) : {};
    return new Map(Object.entries(stored as object).filter((entry) => typeof entry[1] === 'string'));
  } catch {
    return new Map();
  }
}

const gone = (error: unknown) => {
  // Removed since it was listed (the search records, read and dropped by the index): nothing to do.
  if (errorCode(error) === 'ENOENT') return undefined;
  throw error;
};

/** One file: its .gz and .br from the cache, or compressed now. Size 0 when it is gone or too small. */
async function compressFile(
  site: string,
  file: string,
  cache: string | undefined,
  used: Set<string>,
  digests: Digests,
) {
  const info = await stat(file, { bigint: true }).catch(gone);
  if (!info || info.size < MIN_BYTES) return { size: 0, compressed: false };
  const identity = `${info.dev}:${info.ino}:${info.size}:${info.mtimeNs}`;
  let body: Buffer | undefined;
  let digest = digests.known.get(identity);
  if (digest === undefined) {
    body = await readFile(file).catch(gone);
    if (!body) return { size: 0, compressed: false };
    digest = createHash('sha256').update(body).digest('hex');
  }
  digests.seen.set(identity, digest);
  const quality = BROTLI_QUALITY[ASSETS.test(path.relative(site, file).split(path.sep).join('/')) ? 'assets' : 'pages'];
  const key = `${digest}-br${quality}`;
  const cached = cache ? { gz: path.join(cache, `${key}.gz`), br: path.join(cache, `${key}.br`) } : undefined;
  const target = { gz: `${file}.gz`, br: `${file}.br` };
  if (cached) used.add(key);
  const hit =
    cached !== undefined &&
    (await placeCached(cached.gz, target.gz)) &&
    ((await placeCached(cached.br, target.br)) || (await rm(target.gz).then(() => false)));
  if (!hit) {
    body ??= await readFile(file);
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
  }
  return { size: Number(info.size), compressed: !hit };
}

/**
 * Compresses a site as it is being built, in passes: `pass()` compresses every file there now
 * that an earlier pass did not (the build starts one as soon as the pages are written, while
 * Pagefind indexes them); `finish()` compresses what was written since, removes the .gz and
 * .br of files removed since (the search records), and drops cache entries no pass used.
 * Files are never changed once written (the build writes each page once), so a file
 * compressed in the first pass is what is published.
 */
export function precompressor(site: string, cacheRoot?: string) {
  const cache = cacheRoot && path.join(cacheRoot, `gz${GZIP_LEVEL}`);
  const digestsFile = cacheRoot && path.join(cacheRoot, 'digests.json');
  const used = new Set<string>();
  let digests: Digests | undefined;
  const listed = new Set<string>();
  /** Each file compressed (or taken from the cache), by path. */
  const done = new Map<string, { size: number; compressed: boolean }>();

  /** Compresses what no earlier pass did; returns every file it found. */
  const pass = async (): Promise<Set<string>> => {
    if (cache) await mkdir(cache, { recursive: true });
    digests ??= { known: await readDigests(digestsFile), seen: new Map() };
    const present = new Set<string>();
    const queue: string[] = [];
    for await (const file of files(site)) {
      present.add(file);
      if (listed.has(file) || !COMPRESSIBLE.has(path.extname(file))) continue;
      listed.add(file);
      queue.push(file);
    }
    const worker = async () => {
      for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
        const result = await compressFile(site, file, cache, used, digests!);
        if (result.size > 0) done.set(file, result);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    return present;
  };

  const finish = async (): Promise<CompressTotals> => {
    const present = await pass();
    for (const source of listed) {
      if (present.has(source)) continue;
      await Promise.all([rm(`${source}.gz`, { force: true }), rm(`${source}.br`, { force: true })]);
      done.delete(source);
    }
    if (cache) {
      for (const name of await readdir(cache)) {
        if (!used.has(name.slice(0, name.indexOf('.')))) await rm(path.join(cache, name), { force: true });
      }
    }
    if (digestsFile && digests) {
      const temporary = `${digestsFile}.${process.pid}.new`;
      await writeFile(temporary, JSON.stringify(Object.fromEntries(digests.seen)));
      await rename(temporary, digestsFile);
    }
    const totals: CompressTotals = { files: done.size, bytes: 0, compressed: 0 };
    for (const { size, compressed } of done.values()) {
      totals.bytes += size;
      if (compressed) totals.compressed += 1;
    }
    return totals;
  };
  return { pass, finish };
}

/** Compresses a finished site in one go (see precompressor). */
export const precompress = (site: string, cacheRoot?: string): Promise<CompressTotals> =>
  precompressor(site, cacheRoot).finish();
