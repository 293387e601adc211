/**
 * `npm run bench`: the whole build (content check + Astro + Pagefind + compression) of
 * synthetic 1-, 10- and 30-year archives (each year a copy of the 2023 report, in temporary
 * folders, never published), side by side with the same archive as a plain Starlight site
 * (../shared/bench/starlight, see its README), in the same run on the same machine.
 *
 * For each size, both sites are built twice:
 *  - cold: a clean copy (no dist/, no caches);
 *  - warm: rebuilt after one edit (one chart/section title of the newest year gets a word more).
 * It prints seconds and the ratio to Starlight; absolute times vary between runs, ratios less.
 * Each cold build starts after `sync` and a minute's pause (see settle(); BENCH_SETTLE=<seconds>).
 * Then, on the smallest size's copies (scripts/bench-pages.ts): each dev server's first page and
 * an edit showing, JavaScript on load of ordinary pages, and a first search's bytes; on the
 * largest size's copies (scripts/bench-search.ts): how long a search takes while typing.
 * The table is printed and written to docs/bench-results.md (BENCH_OUT=<file> elsewhere), so
 * the README links to the last run instead of quoting numbers.
 *
 *   npm run bench              # 1, 10, 30 years
 *   npm run bench -- 1 5       # other sizes
 *   BENCH_SOURCE=/path/to/other/checkout npm run bench   # measure another checkout (e.g. main, for before/after)
 *   STARLIGHT_BENCH=/path/to/shared/bench/starlight       # where the Starlight reference is (default ../shared/bench/starlight)
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import {
  astroEntry,
  devServer,
  ourPageBytes,
  starlightPageBytes,
  type DevTiming,
  type PageBytes,
} from './bench-pages.ts';
import {
  LATER_QUERIES,
  median,
  ourSearchTimes,
  PAUSE_MS,
  starlightSearchTimes,
  type SearchTimes,
} from './bench-search.ts';

const SOURCES = ['src', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json'];
const TEMPLATE_YEAR = 2023;
const REPORTS_DIR = 'content/reports';
const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const source = path.resolve(process.env.BENCH_SOURCE ?? '.');
/** In a normal clone ../shared sits beside the repository; worktrees may live elsewhere, so try the checkout's parents. */
const starlightDir = (() => {
  if (process.env.STARLIGHT_BENCH) return path.resolve(process.env.STARLIGHT_BENCH);
  const candidates = [path.resolve('..', 'shared/bench/starlight'), path.resolve('../..', 'shared/bench/starlight')];
  return candidates.find((dir) => existsSync(path.join(dir, 'bench.sh'))) ?? candidates[0]!;
})();
/** Where bench.sh installs Starlight once (its own default). */
const starlightBase = process.env.STARLIGHT_BENCH_DIR ?? '/tmp/starlight-bench-base';

const seconds = (started: number) => (performance.now() - started) / 1000;

/**
 * Before each cold build: the disk is flushed and left alone for a minute. Creating a file on
 * ext4 without a journal (this machine's disk) skips, one by one, every inode of its group
 * freed in the last 60 s (longer while not yet written back): measured here, 5,000 new files
 * take 0.12 s of system time in a quiet folder and 2.5 s after 20,000 files were deleted. A
 * build right after a large delete (the other site's clean-up, a test run) would pay for it.
 * Both sites' cold builds start after the same pause, and the bench deletes its copies only
 * at the end. (A warm build follows its own cold build, which deleted nothing.)
 */
const SETTLE_SECONDS = Number(process.env.BENCH_SETTLE ?? 65);
function settle() {
  spawnSync('sync');
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, SETTLE_SECONDS * 1000);
}

/** Temporary copies, deleted when the bench is done (see settle). */
const leftovers: string[] = [];

/**
 * CPU seconds used so far by finished child processes (and theirs): /proc/self/stat cutime + cstime.
 * On a shared, busy machine wall time swings from run to run; the work done swings far less.
 */
function childCpu(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

interface Timing {
  /** Wall-clock seconds. */
  wall: number;
  /** CPU seconds of every process the build ran. */
  cpu: number;
}

function timed(step: () => void): Timing {
  const [wall, cpu] = [performance.now(), childCpu()];
  step();
  return { wall: seconds(wall), cpu: childCpu() - cpu };
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(result.error ?? '', result.stdout ?? '', result.stderr ?? '');
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}`);
  }
  return result.stdout;
}

/** A project copy whose content is `years` reports, the newest being 2023. */
function syntheticProject(years: number): string {
  const root = mkdtempSync(path.join(tmpdir(), `report-bench-${years}-`));
  for (const entry of SOURCES) cpSync(path.join(source, entry), path.join(root, entry), { recursive: true });
  symlinkSync(path.resolve('node_modules'), path.join(root, 'node_modules'), 'dir');
  // Everything under content/ but the reports (the site's settings, content/site.yaml, …).
  for (const entry of readdirSync(path.join(source, 'content')))
    if (entry !== 'reports')
      cpSync(path.join(source, 'content', entry), path.join(root, 'content', entry), { recursive: true });
  const template = path.join(source, REPORTS_DIR, String(TEMPLATE_YEAR));
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

/** The one edit of a warm build: a word more in one title of one file, the same on both sites. */
function edit(file: string, pattern: RegExp) {
  const text = readFileSync(file, 'utf8');
  if (!pattern.test(text)) throw new Error(`bench: nothing to edit in ${file}`);
  writeFileSync(file, text.replace(pattern, '$1情况'));
}

const countPages = (dir: string): number =>
  readdirSync(dir).reduce((count, name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return count + countPages(full);
    return count + (name.endsWith('.html') ? 1 : 0);
  }, 0);

function ours(years: number) {
  const root = syntheticProject(years);
  const build = () => {
    let out = '';
    const time = timed(() => (out = run(process.execPath, ['scripts/build.ts'], root)));
    return { ...time, steps: /\(([^)]*s: [^)]*)\)/.exec(out)?.[1] ?? '' };
  };
  settle();
  const cold = build();
  edit(path.join(root, REPORTS_DIR, String(TEMPLATE_YEAR), '09-government-integrity.md'), /(\n {4}title: [^\n]+)/);
  const warm = build();
  const pages = countPages(path.join(root, 'dist'));
  if (process.env.BENCH_KEEP) console.log(`kept: ${root}`);
  else leftovers.push(root);
  return { pages, cold, warm, root };
}

/** Cold: the reference script itself. Warm: the same folder bench.sh makes, built, edited, rebuilt. */
function starlight(years: number) {
  let out = '';
  settle();
  const cold = timed(() => (out = run('bash', [path.join(starlightDir, 'bench.sh'), String(years)], tmpdir())));
  const match = /(\d+) pages in ([\d.]+) s/.exec(out);
  if (!match) throw new Error(`bench.sh printed no timing: ${out}`);
  const work = mkdtempSync(path.join(tmpdir(), 'sl-bench-warm-'));
  for (const entry of ['astro.config.mjs', 'package.json', 'src'])
    cpSync(path.join(starlightBase, entry), path.join(work, entry), { recursive: true });
  run('cp', ['-al', path.join(starlightBase, 'node_modules'), path.join(work, 'node_modules')], work);
  const docs = path.join(work, 'src/content/docs');
  const templates = readdirSync(docs).filter((name) => name.endsWith('.md'));
  for (let i = 0; i < years; i++) {
    const dir = path.join(docs, `y${TEMPLATE_YEAR - i}`);
    for (const name of templates) cpSync(path.join(docs, name), path.join(dir, name));
  }
  for (const name of templates) if (name !== 'index.md') rmSync(path.join(docs, name));
  const astro = [astroEntry(work), 'build'];
  const env = { ASTRO_TELEMETRY_DISABLED: '1' };
  run(process.execPath, astro, work, env);
  edit(path.join(docs, `y${TEMPLATE_YEAR}`, 's09.md'), /(\ntitle: [^\n]+)/);
  const warm = timed(() => run(process.execPath, astro, work, env));
  leftovers.push(work);
  // Cold wall time: what bench.sh prints (the build alone, without its copying).
  return { pages: Number(match[1]), cold: { wall: Number(match[2]), cpu: cold.cpu }, warm, root: work };
}

const lines: string[] = [];
const say = (line = '') => (console.log(line), lines.push(line));
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
const secs = (value: number) => `${value.toFixed(1)} s`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`bench: ${source} against Starlight in ${starlightDir}`);

const builds: string[] = [];
let smallest: { years: number; ours: string; starlight: string } | undefined;
let largest: typeof smallest;
for (const years of sizes.length > 0 ? sizes : [1, 10, 30]) {
  const reference = starlight(years);
  const result = ours(years);
  console.log(
    `${years} 年 years: ${result.pages} pages; cold ${secs(result.cold.wall)} (${result.cold.steps}); ` +
      `warm ${secs(result.warm.wall)} (${result.warm.steps}); Starlight ${reference.pages} pages`,
  );
  for (const build of ['cold', 'warm'] as const)
    for (const key of ['wall', 'cpu'] as const)
      builds.push(
        `| ${years} (${result.pages} / ${reference.pages} pages) | ${build}, ${key === 'wall' ? 'wall clock' : 'CPU'} | ` +
          `${secs(result[build][key])} | ${secs(reference[build][key])} | ${ratio(result[build][key], reference[build][key])} |`,
      );
  if (!smallest || years < smallest.years) smallest = { years, ours: result.root, starlight: reference.root };
  if (!largest || years > largest.years) largest = { years, ours: result.root, starlight: reference.root };
}

/** Dev server and bytes, on the smallest copies: what is measured does not grow with the archive. */
let dev: { ours: DevTiming; starlight: DevTiming } | undefined;
let bytes: { ours: PageBytes; starlight: PageBytes } | undefined;
if (smallest && !process.env.BENCH_BUILD_ONLY) {
  const year = String(TEMPLATE_YEAR);
  dev = {
    starlight: await devServer(
      smallest.starlight,
      `/y${year}/s09/`,
      path.join(smallest.starlight, `src/content/docs/y${year}/s09.md`),
      /(\ntitle: [^\n]+)/,
    ),
    ours: await devServer(
      smallest.ours,
      `/${year}/government-integrity/`,
      path.join(smallest.ours, REPORTS_DIR, year, '09-government-integrity.md'),
      /(\n {4}title: [^\n]+)/,
    ),
  };
  bytes = {
    starlight: await starlightPageBytes(path.join(smallest.starlight, 'dist'), `/y${year}/s09/`),
    ours: await ourPageBytes(path.join(smallest.ours, 'dist'), TEMPLATE_YEAR),
  };
}
/** Search while typing, on the largest copies: the index and each word's results grow with the archive. */
let typing: { ours: SearchTimes; starlight: SearchTimes } | undefined;
if (largest && !process.env.BENCH_BUILD_ONLY) {
  const year = String(TEMPLATE_YEAR);
  typing = {
    starlight: await starlightSearchTimes(path.join(largest.starlight, 'dist'), `/y${year}/s09/`),
    ours: await ourSearchTimes(path.join(largest.ours, 'dist'), `/${year}/government-integrity/`),
  };
}
for (const dir of leftovers) rmSync(dir, { recursive: true, force: true });

const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: source, encoding: 'utf8' }).stdout.trim();
say('# 性能对比 Bench results');
say();
say(
  `\`npm run bench\` (scripts/bench.ts), ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ` +
    `commit ${commit || 'unknown'}, ${availableParallelism()} processors, load average ${loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')} at the end.`,
);
say('The same report on both sites, built and measured in the same run on the same machine; ratio = ours ÷ Starlight');
say(
  '(below 1 is faster or smaller). Absolute times vary from run to run on a shared machine; ratios and CPU seconds less.',
);
say();
say('| years (pages: ours / Starlight) | build | ours | Starlight | ratio |');
say('| --- | --- | --- | --- | --- |');
for (const row of builds) say(row);
if (dev && bytes) {
  say();
  say(`| ${smallest!.years} year | ours | Starlight | ratio |`);
  say('| --- | --- | --- | --- |');
  say(
    `| dev server: start to first page | ${secs(dev.ours.firstPage)} | ${secs(dev.starlight.firstPage)} | ${ratio(dev.ours.firstPage, dev.starlight.firstPage)} |`,
  );
  say(
    `| dev server: content edit to page | ${secs(dev.ours.edit)} | ${secs(dev.starlight.edit)} | ${ratio(dev.ours.edit, dev.starlight.edit)} |`,
  );
  say(
    `| JavaScript on load, largest ordinary page (ours ${bytes.ours.jsPage}, Starlight ${bytes.starlight.jsPage}) | ` +
      `${kb(bytes.ours.jsOnLoad)} | ${kb(bytes.starlight.jsOnLoad)} | ${ratio(bytes.ours.jsOnLoad, bytes.starlight.jsOnLoad)} |`,
  );
  say(
    `| first search (${'法律援助'}), everything downloaded | ${kb(bytes.ours.firstSearch)} | ${kb(bytes.starlight.firstSearch)} | ${ratio(bytes.ours.firstSearch, bytes.starlight.firstSearch)} |`,
  );
}
if (typing) {
  const ms = (value: number) => `${value.toFixed(0)} ms`;
  const [ours, starlight] = [median(typing.ours.later), median(typing.starlight.later)];
  const [oursAfter, starlightAfter] = [ours - PAUSE_MS.ours, starlight - PAUSE_MS.starlight];
  say();
  say(
    `| ${largest!.years} years, search while typing (median of ${LATER_QUERIES.length} queries) | ours | Starlight | ratio |`,
  );
  say('| --- | --- | --- | --- |');
  say(`| query entered to results shown | ${ms(ours)} | ${ms(starlight)} | ${ratio(ours, starlight)} |`);
  say(
    `| of which after the pause before searching (ours ${PAUSE_MS.ours} ms, Starlight ${PAUSE_MS.starlight} ms) | ` +
      `${ms(oursAfter)} | ${ms(starlightAfter)} | ${ratio(oursAfter, starlightAfter)} |`,
  );
}
if (dev && bytes) {
  say();
  say(
    'Wall clock: the whole build as staff wait for it; CPU: every build process together (steadier on a busy machine).',
  );
  say(
    'Warm: rebuilt after one edit (a chart or section title of the newest year). Bytes: bodies as the server sends them',
  );
  say(
    "(brotli), ours through the project's nginx; a first search counts the page, its scripts and all of the search's files.",
  );
}
const out = path.resolve(process.env.BENCH_OUT ?? 'docs/bench-results.md');
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`\n→ ${path.relative(process.cwd(), out) || out}`);
