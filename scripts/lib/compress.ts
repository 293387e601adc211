/**
 * Writes .gz and .br beside every text file of the built site, so the web server sends
 * them as they are (nginx gzip_static / brotli_static) instead of compressing per request.
 *
 * Deterministic: the same input gives the same bytes (no timestamps in the gzip header), so a
 * cache keyed by the file's content hash (and the levels) gives exactly what compressing again
 * would. The cache lives under .build/ (never published); entries this build did not use are
 * removed at the end, so it holds one site's worth. Levels: see docs/performance.md, "Precompression".
 *
 * The work is synchronous, one file after another, on a thread of its own during the build
 * (scripts/lib/compress-thread.ts): asynchronous zlib and file calls would fill Node's small
 * shared thread pool, and every file the search index reads meanwhile would wait behind them.
 */
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { errorCode, placeCached } from './links.ts';

/**
 * Chosen by measurement (docs/performance.md, "Precompression"). Shared assets (scripts, styles, Pagefind's
 * loader) are a fixed handful every reader fetches: the best brotli. Pages and data grow with
 * every year: quality 6 is 30 times cheaper than 11 for 16% more bytes (still far below gzip).
 */
export const BROTLI_QUALITY = { assets: 11, pages: 6 } as const;
export const GZIP_LEVEL = 9;
const ASSETS = /^(_astro|pagefind|scripts)\//;

/**
 * Text formats, and the two Pagefind files the search index leaves unzipped (.pf_meta and the
 * wasm.*.pagefind module, src/integrations/search-index.ts). Pagefind's other files
 * (.pf_fragment, .pf_index, .pf_filter) are already gzip-compressed by Pagefind.
 */
const COMPRESSIBLE = new Set(
  ['.html', '.css', '.js', '.mjs', '.json', '.csv', '.xml', '.svg', '.txt', '.wasm'].concat(['.pagefind', '.pf_meta']),
);
/** Below this size compression saves nothing worth a second file. */
const MIN_BYTES = 512;

/** Astro's internals in the site's folder while it builds (.prerender/): never published. */
const internal = (name: string) => name.startsWith('.') && name !== '.well-known';

/** Every file under `dir`, but Astro's internals. */
function* files(dir: string, top = true): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
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
function keep(written: string, entry: string) {
  try {
    linkSync(written, entry);
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return;
    try {
      copyFileSync(written, entry);
    } catch {
      // A cache entry is a saving, never a requirement.
    }
  }
}

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
function readDigests(file: string | undefined): Map<string, string> {
  try {
    const stored: unknown = file ? JSON.parse(readFileSync(file, 'utf8')) : {};
    return new Map(Object.entries(stored as object).filter((entry) => typeof entry[1] === 'string'));
  } catch {
    return new Map();
  }
}

/** Runs `step`; undefined when the file was removed since it was listed (the search records). */
function unlessGone<T>(step: () => T): T | undefined {
  try {
    return step();
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined;
    throw error;
  }
}

/** One file: its .gz and .br from the cache, or compressed now. Size 0 when it is gone or too small. */
function compressFile(site: string, file: string, cache: string | undefined, used: Set<string>, digests: Digests) {
  const info = unlessGone(() => statSync(file, { bigint: true }));
  if (!info || info.size < MIN_BYTES) return { size: 0, compressed: false };
  const identity = `${info.dev}:${info.ino}:${info.size}:${info.mtimeNs}`;
  let body: Buffer | undefined;
  let digest = digests.known.get(identity);
  if (digest === undefined) {
    body = unlessGone(() => readFileSync(file));
    if (!body) return { size: 0, compressed: false };
    digest = createHash('sha256').update(body).digest('hex');
  }
  digests.seen.set(identity, digest);
  const quality = BROTLI_QUALITY[ASSETS.test(path.relative(site, file).split(path.sep).join('/')) ? 'assets' : 'pages'];
  const key = `${digest}-br${quality}`;
  const cached = cache ? { gz: path.join(cache, `${key}.gz`), br: path.join(cache, `${key}.br`) } : undefined;
  const target = { gz: `${file}.gz`, br: `${file}.br` };
  if (cached) used.add(key);
  let hit = cached !== undefined && placeCached(cached.gz, target.gz);
  if (hit && !placeCached(cached!.br, target.br)) {
    rmSync(target.gz);
    hit = false;
  }
  if (!hit) {
    body ??= readFileSync(file);
    writeFileSync(target.gz, gzipSync(body, { level: GZIP_LEVEL }));
    writeFileSync(
      target.br,
      brotliCompressSync(body, {
        params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
      }),
    );
    if (cached) {
      keep(target.gz, cached.gz);
      keep(target.br, cached.br);
    }
  }
  return { size: Number(info.size), compressed: !hit };
}

/**
 * Compression of a site as it is being built, in passes, on the calling thread: `pass()`
 * compresses every file there now that an earlier pass did not; `finish()` compresses what was
 * written since, removes the .gz and .br of files removed since (the search records), and
 * drops cache entries no pass used. Files are never changed once written (the build writes
 * each page once), so a file compressed in the first pass is what is published.
 */
export function compressionPasses(site: string, cacheRoot?: string) {
  const cache = cacheRoot && path.join(cacheRoot, `gz${GZIP_LEVEL}`);
  const digestsFile = cacheRoot && path.join(cacheRoot, 'digests.json');
  const used = new Set<string>();
  const digests: Digests = { known: readDigests(digestsFile), seen: new Map() };
  const listed = new Set<string>();
  /** Each file compressed (or taken from the cache), by path. */
  const done = new Map<string, { size: number; compressed: boolean }>();

  /** Compresses what no earlier pass did; returns every file it found. */
  const pass = (): Set<string> => {
    if (cache) mkdirSync(cache, { recursive: true });
    const present = new Set<string>();
    for (const file of files(site)) {
      present.add(file);
      if (listed.has(file) || !COMPRESSIBLE.has(path.extname(file))) continue;
      listed.add(file);
      const result = compressFile(site, file, cache, used, digests);
      if (result.size > 0) done.set(file, result);
    }
    return present;
  };

  const finish = (): CompressTotals => {
    const present = pass();
    for (const source of listed) {
      if (present.has(source)) continue;
      rmSync(`${source}.gz`, { force: true });
      rmSync(`${source}.br`, { force: true });
      done.delete(source);
    }
    if (cache) {
      for (const name of readdirSync(cache)) {
        if (!used.has(name.slice(0, name.indexOf('.')))) rmSync(path.join(cache, name), { force: true });
      }
    }
    if (digestsFile) {
      const temporary = `${digestsFile}.${process.pid}.new`;
      writeFileSync(temporary, JSON.stringify(Object.fromEntries(digests.seen)));
      renameSync(temporary, digestsFile);
    }
    const totals: CompressTotals = { files: done.size, bytes: 0, compressed: 0 };
    for (const { size, compressed } of done.values()) {
      totals.bytes += size;
      if (compressed) totals.compressed += 1;
    }
    return totals;
  };
  return { pass: () => void pass(), finish };
}

/** What the build's thread is asked (scripts/lib/compress-thread.ts). */
export type CompressRequest = 'pass' | 'finish';
/** Its answer: the totals after `finish`, or the error it met. */
export type CompressReply = { totals?: CompressTotals } | { error: { message: string; code?: string } };

/**
 * The build's compression: the passes of compressionPasses, run on a thread of their own
 * (see the top of this file). The thread answers in the order it is asked; it ends after
 * `finish`, and never keeps the process alive while nothing is asked of it.
 */
export function precompressor(site: string, cacheRoot?: string) {
  const thread = new Worker(new URL('./compress-thread.ts', import.meta.url), { workerData: { site, cacheRoot } });
  thread.unref();
  /** What each request waits for, oldest first. */
  const waiting: { resolve: (totals?: CompressTotals) => void; reject: (error: Error) => void }[] = [];
  let ended: Error | undefined;
  const end = (error: Error) => {
    ended = error;
    for (const request of waiting.splice(0)) request.reject(error);
  };
  thread.on('message', (reply: CompressReply) => {
    const request = waiting.shift()!;
    if (waiting.length === 0) thread.unref();
    if ('error' in reply) request.reject(Object.assign(new Error(reply.error.message), { code: reply.error.code }));
    else request.resolve(reply.totals);
  });
  thread.on('error', end);
  thread.on('exit', (code) => end(new Error(`压缩线程已退出 The compression thread exited (${code}).`)));
  const ask = (request: CompressRequest) =>
    new Promise<CompressTotals | undefined>((resolve, reject) => {
      if (ended) return reject(ended);
      waiting.push({ resolve, reject });
      thread.ref();
      thread.postMessage(request);
    });
  return {
    pass: async () => void (await ask('pass')),
    finish: async (): Promise<CompressTotals> => {
      try {
        return (await ask('finish'))!;
      } finally {
        await thread.terminate();
      }
    },
  };
}

/** Compresses a finished site in one go (see precompressor). */
export const precompress = (site: string, cacheRoot?: string): Promise<CompressTotals> =>
  precompressor(site, cacheRoot).finish();
