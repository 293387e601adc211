/**
 * Writes .gz and .br beside every text file of the built site, so the web server sends
 * them as they are (nginx gzip_static / brotli_static) instead of compressing per request.
 * Deterministic: the same input gives the same bytes (no timestamps in the gzip header).
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

const COMPRESSIBLE = new Set([
  '.html',
  '.css',
  '.js',
  '.mjs',
  '.json',
  '.csv',
  '.xml',
  '.svg',
  '.txt',
  '.wasm',
  '.pagefind',
]);
/** Below this size compression saves nothing worth a second file. */
const MIN_BYTES = 512;

async function* files(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else yield full;
  }
}

/** Files compressed at once: zlib's async calls run on libuv's thread pool, so all cores work. */
const CONCURRENCY = 8;

export async function precompress(
  site: string,
): Promise<{ files: number; bytes: number; gzip: number; brotli: number }> {
  const totals = { files: 0, bytes: 0, gzip: 0, brotli: 0 };
  const queue: string[] = [];
  for await (const file of files(site)) if (COMPRESSIBLE.has(path.extname(file))) queue.push(file);
  const worker = async () => {
    for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
      const body = await readFile(file);
      if (body.length < MIN_BYTES) continue;
      const [gzipped, brotli] = await Promise.all([
        gzipAsync(body, { level: 9 }),
        brotliAsync(body, {
          params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
        }),
      ]);
      await Promise.all([writeFile(`${file}.gz`, gzipped), writeFile(`${file}.br`, brotli)]);
      totals.files += 1;
      totals.bytes += body.length;
      totals.gzip += gzipped.length;
      totals.brotli += brotli.length;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return totals;
}
