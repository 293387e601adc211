/**
 * `npm run build`: builds the whole site into a new folder and only then publishes it, so a
 * failed or interrupted build (a wrong figure, a broken page, a search-index error, Ctrl+C, a
 * power cut) leaves the last good site in place.
 *
 *   1. lock                  one build at a time (.build/lock); a second one stops with a message
 *   2. astro build           → .build/sites/<id>: content check, pages, then Pagefind
 *                              (src/integrations/content-check.ts, search-index.ts)
 *   3. precompress           .gz and .br beside every text file, from a cache keyed by content
 *                            (begun as soon as the pages are written, while Pagefind indexes,
 *                            on a thread of its own: scripts/lib/compress.ts)
 *   4. publish               dist is a symlink to the site; the new link replaces it with one
 *                            rename, so there is never a moment without a complete site
 *   5. tidy                  older sites, build internals and the lock are removed
 *
 * Astro renders again only the pages whose data or code changed since the last build (its
 * incremental build; keys in src/lib/page-cache-keys.ts); the others are hard links to its
 * copies (scripts/lib/render-cache.ts). `npm run build -- --force` renders every page
 * (BUILD_FORCE=1 does the same).
 *
 * A build killed at any point leaves dist/ pointing at the last good site; the next build
 * removes what the killed one left. BUILD_KILL_AT=<point> / BUILD_PAUSE_AT=<point> (tests only)
 * kill or stop the build at the named points: locked, staged, compressed, linked, published.
 */
import { lstat, mkdir, open, readdir, readFile, readlink, rename, rm, symlink } from 'node:fs/promises';
import path from 'node:path';
import { build, type AstroIntegration } from 'astro';
import { precompressor } from './lib/compress.ts';
import { dropUnfinishedRenderCache, linkRenderCopies } from './lib/render-cache.ts';
import { siteNotSetNotice, siteUrl } from '../src/lib/site.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';

const root = process.cwd();
const work = path.join(root, '.build');
const sites = path.join(work, 'sites');
const lockFile = path.join(work, 'lock');
const dist = path.join(root, 'dist');
/** Render every page, ignoring Astro's cache of the last build. */
const force = process.argv.includes('--force') || process.env.BUILD_FORCE === '1';
/** The new link is made here, then renamed onto dist (same folder: rename is atomic). */
const nextLink = path.join(root, '.dist.next');

/** Test hooks: a real SIGKILL (nothing runs after it) or a SIGSTOP at a named point. */
function checkpoint(point: string) {
  if (process.env.BUILD_KILL_AT === point) process.kill(process.pid, 'SIGKILL');
  if (process.env.BUILD_PAUSE_AT === point) process.kill(process.pid, 'SIGSTOP');
}

class BuildStopped extends Error {}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Takes the lock, or stops with a message if another build holds it; a dead build's lock is taken over. */
async function lock(): Promise<void> {
  await mkdir(work, { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(lockFile, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = Number(await readFile(lockFile, 'utf8').catch(() => ''));
    if (holder && alive(holder)) {
      throw new BuildStopped(
        `另一个构建正在进行（进程 ${holder}），请等它结束后再运行。dist/ 未改动。\n` +
          `Another build is running (process ${holder}); run again when it has finished. dist/ is unchanged.`,
      );
    }
    // Left by a build that was killed: nobody holds it.
    await rm(lockFile, { force: true });
  }
  throw new BuildStopped('无法获得构建锁 Could not take the build lock (.build/lock); try again.');
}

/** The site dist/ points at now, if it is one of ours. */
async function published(): Promise<string | undefined> {
  try {
    return path.basename(await readlink(dist));
  } catch {
    return undefined;
  }
}

/** Removes every site but the published one, and whatever a killed build left. */
async function tidy(keep: string | undefined) {
  await rm(nextLink, { force: true });
  const names = await readdir(sites).catch(() => [] as string[]);
  for (const name of names) if (name !== keep) await rm(path.join(sites, name), { recursive: true, force: true });
  // The staging folder of earlier versions of this script.
  await rm(path.join(work, 'dist'), { recursive: true, force: true });
  await rm(path.join(work, 'previous'), { recursive: true, force: true });
}

/** Build internals (Astro's .prerender/ and the like) never reach the published site. */
async function dropInternals(site: string) {
  for (const name of await readdir(site)) {
    if (name.startsWith('.') && name !== '.well-known') await rm(path.join(site, name), { recursive: true });
  }
}

/** Points dist at `site` with one rename; a dist/ folder from before is moved into .build/sites first. */
async function publish(site: string) {
  await rm(nextLink, { force: true });
  await symlink(path.relative(root, site), nextLink, 'dir');
  checkpoint('linked');
  const current = await lstat(dist).catch(() => undefined);
  if (current?.isDirectory()) {
    // Once, when moving from a dist/ folder to a dist link: the old site is kept until the link replaces it.
    await rename(dist, path.join(sites, 'folder'));
  }
  await rename(nextLink, dist);
}

async function main() {
  const started = performance.now();
  await lock();
  let site: string | undefined;
  let publishedNow = false;
  let firstPass: Promise<unknown> | undefined;
  try {
    checkpoint('locked');
    const keep = await published();
    await tidy(keep);
    const id = `${Date.now().toString(36)}-${process.pid}`;
    const staging = path.join(sites, id);
    site = staging;
    await mkdir(sites, { recursive: true });

    const steps: string[] = [];
    const timed = async <T>(name: string, step: () => Promise<T>, note: (result: T) => string = () => '') => {
      const at = performance.now();
      const result = await step();
      steps.push(`${name} ${((performance.now() - at) / 1000).toFixed(1)} s${note(result)}`);
    };
    // A build that died while rendering leaves page copies its manifest does not describe.
    if (await dropUnfinishedRenderCache(root)) steps.push('render cache reset after an unfinished build');
    // Unchanged pages are linked from Astro's cache, not copied (scripts/lib/render-cache.ts).
    await linkRenderCopies();
    // Astro runs the content check first and Pagefind last (see astro.config.mjs). Compression
    // starts as soon as the pages are written, while Pagefind indexes them.
    const compression = precompressor(staging, path.join(work, 'cache', 'compress'));
    const compressWhileIndexing: AstroIntegration = {
      name: 'compress-while-indexing',
      hooks: { 'astro:build:generated': () => void (firstPass = compression.pass()) },
    };
    await timed('astro + pagefind', () =>
      build({ root, outDir: staging, logLevel: 'warn', force, integrations: [compressWhileIndexing] }),
    );
    await dropInternals(staging);
    checkpoint('staged');
    await timed(
      'compress',
      async () => (await firstPass, compression.finish()),
      (t) => `, ${t.compressed} of ${t.files} files new`,
    );
    checkpoint('compressed');
    await publish(staging);
    publishedNow = true;
    checkpoint('published');
    await tidy(id);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`网站已生成：dist/（用时 ${seconds} 秒）。\nSite built in dist/ (${seconds} s: ${steps.join(', ')}).`);
    if (!siteUrl(process.env.SITE_URL, root)) console.log(siteNotSetNotice());
  } finally {
    // A failed build's folder goes at once (a killed one's, at the next build). Pages still being
    // written when the error came may keep it from going; the next build removes it then, and
    // the error reported is the build's own, never this clean-up's.
    await firstPass?.catch(() => undefined);
    if (site && !publishedNow) await rm(site, { recursive: true, force: true }).catch(() => undefined);
    await rm(lockFile, { force: true });
  }
}

main().catch((error: unknown) => {
  if (error instanceof BuildStopped) {
    console.error(`\n${error.message}`);
    process.exit(75);
  }
  const message = error instanceof Error ? error.message : String(error);
  console.error(
    `\n构建失败，dist/ 中已发布的网站保持不变。\nBuild failed; the site in dist/ is unchanged.\n\n${message}`,
  );
  process.exit(1);
});
