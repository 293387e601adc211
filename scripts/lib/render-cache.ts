/**
 * Astro's incremental build keeps a copy of every page it rendered (.astro/cache/dist/) and,
 * once all pages are done, a manifest of the keys they were rendered from
 * (incremental-build.json). A build that failed or was killed while rendering may have
 * replaced copies without writing the manifest, which would then vouch for pages it did not
 * make. Before each build, a manifest older than any copy is removed: that build renders every
 * page and writes a manifest the copies agree with.
 */
import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { BUILD_CACHE_DIR } from '../../src/lib/constants.ts';
const MANIFEST = 'incremental-build.json';
const COPIES = 'dist';

/** Newest modification time of any file under `dir` (0 when there is none). */
async function newestFile(dir: string): Promise<number> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  let newest = 0;
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    newest = Math.max(newest, (await stat(path.join(entry.parentPath, entry.name))).mtimeMs);
  }
  return newest;
}

/** Removes the manifest when a copy is newer than it; says whether it did. */
export async function dropUnfinishedRenderCache(root: string): Promise<boolean> {
  const cache = path.join(root, BUILD_CACHE_DIR);
  const manifest = await stat(path.join(cache, MANIFEST)).catch(() => undefined);
  if (!manifest) return false;
  if ((await newestFile(path.join(cache, COPIES))) <= manifest.mtimeMs) return false;
  await rm(path.join(cache, MANIFEST), { force: true });
  return true;
}
