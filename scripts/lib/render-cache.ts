/**
 * Astro's incremental build keeps a copy of every page it rendered (.astro/cache/dist/) and,
 * once all pages are done, a manifest of the keys they were rendered from
 * (incremental-build.json). This module looks after those copies.
 *
 * 1. Unfinished builds. A build that failed or was killed while rendering may have replaced
 *    copies without writing the manifest, which would then vouch for pages it did not make.
 *    Before each build, a manifest older than any copy is removed: that build renders every
 *    page and writes a manifest the copies agree with.
 *
 * 2. Links, not copies. Astro copies each unchanged page from its cache into the new site and
 *    writes each rendered page twice (site and cache): at 30 years, about 1,800 new files per
 *    build, and creating a file costs ten times what linking one does (docs/performance.md, "Build speed").
 *    linkRenderCopies() makes the cache and the site share those files instead:
 *      - an unchanged page is put in place as a hard link to its copy;
 *      - a rendered page's copy is a hard link to the page just written to the new site.
 *    Shared bytes must never be written in place: the published site may hold them. Astro
 *    writes pages only into a new, empty folder (scripts/build.ts), and a copy is replaced
 *    by linking the new page under a temporary name and renaming it over the old one, so the
 *    old bytes stay exactly as the published site had them. Where links are impossible
 *    (another file system), files are copied as before.
 */
import { copyFile, link, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BUILD_CACHE_DIR } from '../../src/lib/content/cache-dir.ts';
import { cannotLink, placeCached } from './links.ts';
const MANIFEST = 'incremental-build.json';
const COPIES = 'dist';

/** A copy being put in place (linkRenderCopies): renamed over the old one once complete. */
const UNFINISHED = '.new';

/**
 * Newest modification time of any file under `dir` (0 when there is none). A copy a killed
 * build left under its temporary name is removed, and counts as newest.
 */
async function newestFile(dir: string): Promise<number> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  let newest = 0;
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    if (entry.name.endsWith(UNFINISHED)) {
      await rm(file, { force: true });
      newest = Infinity;
    } else newest = Math.max(newest, (await stat(file)).mtimeMs);
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

/** What Astro passes to its cache's methods: its settings, of which the two folders. */
interface AstroSettings {
  config: { cacheDir: URL; outDir: URL };
}

/** The two methods of Astro's IncrementalBuildCache (astro/dist/core/build/incremental.js) replaced here. */
interface RenderCacheMethods {
  restoreOutputFile(settings: AstroSettings, outputFile: string, destination: URL): Promise<boolean>;
  writeOutputFile(settings: AstroSettings, outputFile: string, body: Uint8Array | string): Promise<void>;
}

/** The cached copy of a page, by its path relative to the site (as Astro names it). */
const copyOf = (settings: AstroSettings, outputFile: string) =>
  fileURLToPath(new URL(outputFile, new URL(`${COPIES}/`, settings.config.cacheDir)));

/**
 * Makes Astro's render cache share files with the site being built (see the top of this file).
 * Returns false, and changes nothing, when this Astro's cache is not shaped as expected (after
 * an upgrade): the build is then as correct as before, only slower, and the incremental-build
 * test says so.
 */
export async function linkRenderCopies(): Promise<boolean> {
  const astro = path.dirname(createRequire(import.meta.url).resolve('astro/package.json'));
  const module = pathToFileURL(path.join(astro, 'dist/core/build/incremental.js')).href;
  const { IncrementalBuildCache } = (await import(module).catch(() => ({}))) as {
    IncrementalBuildCache?: { prototype: RenderCacheMethods };
  };
  const methods = IncrementalBuildCache?.prototype;
  if (typeof methods?.restoreOutputFile !== 'function' || typeof methods.writeOutputFile !== 'function') return false;

  methods.restoreOutputFile = async (settings, outputFile, destination) => {
    const target = fileURLToPath(destination);
    await mkdir(path.dirname(target), { recursive: true });
    return placeCached(copyOf(settings, outputFile), target);
  };

  methods.writeOutputFile = async (settings, outputFile) => {
    const page = fileURLToPath(new URL(outputFile, settings.config.outDir));
    const copy = copyOf(settings, outputFile);
    const temporary = `${copy}.${process.pid}${UNFINISHED}`;
    await mkdir(path.dirname(copy), { recursive: true });
    await rm(temporary, { force: true });
    await link(page, temporary).catch((error: unknown) => {
      if (!cannotLink(error)) throw error;
      return copyFile(page, temporary);
    });
    await rename(temporary, copy);
  };
  return true;
}
