/**
 * `npm run build`: builds the whole site into a new folder and only then publishes it, so a
 * failed or interrupted build (a wrong figure, a broken page, a search-index error, Ctrl+C, a
 * power cut) leaves the last good site in place.
 *
 *   1. lock                  one build at a time (.build/lock, taken atomically: a dead build's
 *                            lock is taken over by one build only; scripts/lib/build-lock.ts);
 *                            a second one stops with a message
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
 * incremental build; keys in src/lib/incremental/page-cache-keys.ts); the others are hard links to its
 * copies (scripts/lib/render-cache.ts). `npm run build -- --force` renders every page
 * (BUILD_FORCE=1 does the same).
 *
 * Any failure (an error of any step, Pagefind ending without an answer, Ctrl+C or another
 * signal, a full disk) ends with a short message in Chinese and English (scripts/lib/
 * build-failure.ts) and a non-zero exit, its staging folder and lock removed, the last site
 * in place. A build killed outright (SIGKILL) leaves dist/ pointing at the last good site; the
 * next build removes what the killed one left. BUILD_KILL_AT=<point> / BUILD_PAUSE_AT=<point> /
 * BUILD_STALL_AT=<point> (tests only) kill, stop or stall the build at the named points:
 * locked, staged, compressed, linked, published.
 */
import { readlinkSync, rmSync } from 'node:fs';
import { lstat, mkdir, readdir, readlink, rename, rm, symlink } from 'node:fs/promises';
import path from 'node:path';
import { build, type AstroIntegration } from 'astro';
import {
  afterPublishMessage,
  failureMessage,
  signalMessage,
  SIGNAL_EXIT,
  STOPPED_WITHOUT_ANSWER,
} from './lib/build-failure.ts';
import { me, processInfo, releaseLock, releaseLockSync, takeLock } from './lib/build-lock.ts';
import { precompressor } from './lib/compress.ts';
import { dropUnfinishedRenderCache, linkRenderCopies } from './lib/render-cache.ts';
import { siteNotSetNotice, siteUrl } from '../src/lib/site/site-url.ts';
import { shareFontFile, shareFontMissingNotice } from '../src/lib/site/share-font.ts';

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

/**
 * Test hook: BUILD_STALL_AT=<point> waits there for ever on nothing, as a step whose process
 * ended without answering does (Pagefind's service, killed or panicking): the build must
 * still end, non-zero (see 'beforeExit' below).
 */
const stall = (point: string) =>
  process.env.BUILD_STALL_AT === point ? new Promise<never>(() => undefined) : Promise.resolve();

class BuildStopped extends Error {}

const holder = me();

/** Takes the lock, or stops with a message if another live build holds it (scripts/lib/build-lock.ts). */
async function lock(): Promise<void> {
  await mkdir(work, { recursive: true });
  const result = await takeLock(lockFile, holder).catch((error: unknown) => {
    if (error instanceof Error && error.message === 'lock contention did not settle')
      throw new BuildStopped('无法获得构建锁，请再运行一次。Could not take the build lock (.build/lock); run again.');
    throw error;
  });
  if (!result.taken)
    throw new BuildStopped(
      `另一个构建正在进行（进程 ${result.holder.pid}），请等它结束后再运行。dist/ 未改动。\n` +
        `Another build is running (process ${result.holder.pid}); run again when it has finished. dist/ is unchanged.`,
    );
}

/** The site dist/ points at now, if it is one of ours. */
async function published(): Promise<string | undefined> {
  try {
    return path.basename(await readlink(dist));
  } catch {
    return undefined;
  }
}

/** A site folder another live process is building (named `<time>-<pid>`, see main). */
function buildingElsewhere(name: string): boolean {
  const pid = Number(name.split('-')[1]);
  if (!Number.isSafeInteger(pid) || pid <= 0 || pid === process.pid) return false;
  const now = processInfo(pid);
  return now !== undefined && now.state !== 'Z' && now.state !== 'X';
}

/**
 * Removes every site but the published one (read again before each removal, never
 * remembered) and `keep`, and whatever a killed build left. A site another live process is
 * writing is left for a later build, should a lock ever fail.
 */
async function tidy(keep?: string) {
  await rm(nextLink, { force: true });
  const names = await readdir(sites).catch(() => [] as string[]);
  for (const name of names) {
    if (name === keep || name === (await published()) || buildingElsewhere(name)) continue;
    await rm(path.join(sites, name), { recursive: true, force: true });
  }
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

/** What this build has made so far: what a failure, however it comes, must undo. */
const state = { site: undefined as string | undefined, locked: false, finished: false, published: false };

/**
 * Undoes this build at once, synchronously (a signal or an exit gives no time to wait): its
 * staging folder unless dist/ points at it, and its lock. Used by every way a build ends badly,
 * just before the process ends: removed any earlier, while Astro's other pages were still
 * rendering, its modules went missing under them and each page logged a stack trace.
 */
function undoSync() {
  if (state.site) {
    let current: string | undefined;
    try {
      current = path.basename(readlinkSync(dist));
    } catch {
      current = undefined;
    }
    if (current !== path.basename(state.site)) rmSync(state.site, { recursive: true, force: true, maxRetries: 5 });
    state.site = undefined;
  }
  if (state.locked) releaseLockSync(lockFile, holder, (file) => rmSync(file, { force: true }));
  state.locked = false;
}

function fail(message: string, code: number): never {
  try {
    undoSync();
  } catch {
    // The message is the build's own failure, never this clean-up's; the next build tidies.
  }
  console.error(`\n${message}`);
  process.exit(code);
}

// Ctrl+C, kill, a closed terminal: clean up and say so (a SIGKILL leaves it to the next build).
for (const signal of Object.keys(SIGNAL_EXIT) as NodeJS.Signals[])
  process.on(signal, () => fail(signalMessage(signal), SIGNAL_EXIT[signal]!));
// The event loop ran dry before the build finished: a step's process (Pagefind's service)
// ended without answering, and its promise will never settle. Without this, exit code 0.
process.on('beforeExit', () => {
  if (!state.finished) fail(STOPPED_WITHOUT_ANSWER, 1);
});
// Whatever else goes wrong (an error no step caught): the same short message, never a stack trace.
process.on('uncaughtException', (error) => fail(failureMessage(error), 1));
process.on('unhandledRejection', (error) => fail(failureMessage(error), 1));

async function main() {
  const started = performance.now();
  await lock();
  state.locked = true;
  let firstPass: Promise<unknown> | undefined;
  checkpoint('locked');
  await tidy();
  const id = `${Date.now().toString(36)}-${process.pid}`;
  const staging = path.join(sites, id);
  await mkdir(sites, { recursive: true });
  state.site = staging;

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
    hooks: {
      'astro:build:generated': () => {
        firstPass = compression.pass();
        // Awaited after Pagefind; until then its failure (a full disk) must not end the process unheard.
        firstPass.catch(() => undefined);
      },
    },
  };
  await timed('astro + pagefind', () =>
    build({ root, outDir: staging, logLevel: 'warn', force, integrations: [compressWhileIndexing] }),
  );
  await dropInternals(staging);
  checkpoint('staged');
  await stall('staged');
  await timed(
    'compress',
    async () => (await firstPass, compression.finish()),
    (t) => `, ${t.compressed} of ${t.files} files new`,
  );
  checkpoint('compressed');
  await publish(staging);
  state.site = undefined;
  state.published = true;
  checkpoint('published');
  await tidy(id);
  await releaseLock(lockFile, holder);
  state.locked = false;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`网站已生成：dist/（用时 ${seconds} 秒）。\nSite built in dist/ (${seconds} s: ${steps.join(', ')}).`);
  if (!siteUrl(process.env.SITE_URL, root)) console.log(siteNotSetNotice());
  else if (!shareFontFile()) console.log(shareFontMissingNotice());
}

main().then(
  () => {
    state.finished = true;
  },
  (error: unknown) => {
    state.finished = true;
    if (error instanceof BuildStopped) fail(error.message, 75);
    fail(state.published ? afterPublishMessage(error) : failureMessage(error), 1);
  },
);
