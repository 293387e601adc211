/**
 * `npm run bench`: how the whole build (content check + Astro + Pagefind + compression)
 * grows with the archive. Generates synthetic archives of 1, 10 and 30 years, each year a
 * copy of the 2023 report, in temporary folders (never published), builds each, and prints
 * pages per second and the growth relative to one year.
 *
 *   npm run bench              # 1, 10, 30 years
 *   npm run bench -- 1 5       # other sizes
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPORTS_DIR } from '../src/lib/constants.ts';

const SOURCES = ['src', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json'];
const TEMPLATE_YEAR = 2023;
const sizes = process.argv.slice(2).map(Number).filter(Boolean);

/** A project copy whose content is `years` reports, the newest being 2023. */
function syntheticProject(years: number): string {
  const root = mkdtempSync(path.join(tmpdir(), `report-bench-${years}-`));
  for (const entry of SOURCES) cpSync(path.resolve(entry), path.join(root, entry), { recursive: true });
  symlinkSync(path.resolve('node_modules'), path.join(root, 'node_modules'), 'dir');
  const template = path.resolve(REPORTS_DIR, String(TEMPLATE_YEAR));
  for (let offset = 0; offset < years; offset++) {
    const year = TEMPLATE_YEAR - offset;
    const target = path.join(root, REPORTS_DIR, String(year));
    cpSync(template, target, { recursive: true });
    // Each year is its own publication: its own document number, date and address.
    const index = path.join(target, 'index.md');
    writeFileSync(
      index,
      readFileSync(index, 'utf8')
        .replace('鞍委〔2024〕17号', `鞍委〔${year + 1}〕17号`)
        .replace('published: 2024-03-15', `published: ${year + 1}-03-15`)
        .replace(/sourceUrl: (\S+)/, `sourceUrl: $1?year=${year}`),
    );
  }
  return root;
}

const countPages = (dir: string): number =>
  readdirSync(dir).reduce((count, name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return count + countPages(full);
    return count + (name.endsWith('.html') ? 1 : 0);
  }, 0);

const results: { years: number; pages: number; seconds: number }[] = [];
for (const years of sizes.length > 0 ? sizes : [1, 10, 30]) {
  const root = syntheticProject(years);
  const started = performance.now();
  const build = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: root, encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  if (build.status !== 0) {
    console.error(build.stdout, build.stderr);
    throw new Error(`The ${years}-year build failed.`);
  }
  const pages = countPages(path.join(root, 'dist'));
  results.push({ years, pages, seconds });
  const steps = /\(([^)]*s: [^)]*)\)/.exec(build.stdout)?.[1] ?? '';
  console.log(`${years} 年 years: ${pages} 页 pages in ${seconds.toFixed(1)} s (${steps})`);
  if (process.env.BENCH_KEEP) console.log(`kept: ${root}`);
  else rmSync(root, { recursive: true, force: true });
}

const [base] = results;
// Pages alone mislead: the 69 /metrics/<id>/ pages exist once whatever the archive's size,
// so growth is judged against the content (years), the thing that actually grows.
console.log('\nyears   pages   seconds   pages/s   s/year   time ×   years ×');
for (const r of results) {
  console.log(
    [
      String(r.years).padStart(5),
      String(r.pages).padStart(7),
      r.seconds.toFixed(1).padStart(9),
      (r.pages / r.seconds).toFixed(1).padStart(9),
      (r.seconds / r.years).toFixed(2).padStart(8),
      (r.seconds / base!.seconds).toFixed(2).padStart(8),
      (r.years / base!.years).toFixed(2).padStart(9),
    ].join(' '),
  );
}
