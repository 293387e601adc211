/**
 * `npm run build`: builds the whole site into a staging folder and only then replaces
 * dist/, so a failed build (a wrong figure, a broken page, a search-index error) leaves
 * the last good site untouched.
 *
 *   1. content check (inside Astro, via src/integrations/content-check.ts)
 *   2. astro build          → .build/dist
 *   3. pagefind index       → .build/dist/pagefind
 *   4. precompress          .gz and .br beside every text file
 *   5. swap                 .build/dist → dist
 */
import { rename, rm, mkdir, access } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'astro';
import { precompress } from './lib/compress.ts';
import { indexSite } from './lib/search-index.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';

const root = process.cwd();
const staging = path.join(root, '.build', 'dist');
const previous = path.join(root, '.build', 'previous');
const dist = path.join(root, 'dist');

const exists = (target: string) =>
  access(target).then(
    () => true,
    () => false,
  );

async function main() {
  const started = performance.now();
  await rm(path.join(root, '.build'), { recursive: true, force: true });
  await mkdir(path.dirname(staging), { recursive: true });

  const steps: string[] = [];
  const timed = async (name: string, step: () => Promise<unknown>) => {
    const at = performance.now();
    await step();
    steps.push(`${name} ${((performance.now() - at) / 1000).toFixed(1)} s`);
  };
  await timed('astro', () => build({ root, outDir: staging, logLevel: 'warn' }));
  await timed('pagefind', () => indexSite(staging));
  await timed('compress', () => precompress(staging));

  if (await exists(dist)) await rename(dist, previous);
  await rename(staging, dist);
  await rm(previous, { recursive: true, force: true });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`网站已生成：dist/（用时 ${seconds} 秒）。\nSite built in dist/ (${seconds} s: ${steps.join(', ')}).`);
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(
    `\n构建失败，dist/ 中已发布的网站保持不变。\nBuild failed; the site in dist/ is unchanged.\n\n${message}`,
  );
  process.exit(1);
});
