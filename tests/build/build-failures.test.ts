/**
 * A build's exit code is the truth, and the published site is never lost (issue 24 items 1-2),
 * on a throwaway copy of the project:
 *  - a stale lock and three builds started together: every build either publishes or is
 *    refused, and dist/ is a complete site afterwards, the lock released, one site kept;
 *  - every failure, whatever the step (Pagefind exiting or panicking, a signal, a full disk),
 *    exits non-zero with a short message in Chinese and English, removes its staging folder
 *    and its lock, and leaves the last site in dist/;
 *  - hard links impossible (EXDEV: .build/ and .astro/ on two file systems): files are copied.
 * Disk faults are injected into Node's file calls (tests/support/fault-fs.ts), and Pagefind is
 * replaced by a program that panics, so nothing needs root or a real full disk. No test waits
 * for a time: each waits for the state it needs (a process stopped, a build exited).
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectCopy } from '../fixtures/multiyear.ts';
import { expectComplete, siteFiles } from '../support/published-site.ts';

let root: string;
const FAULTS = path.resolve('tests/support/fault-fs.ts');

const env = (extra: Record<string, string> = {}) => ({ ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...extra });
const withFaults = (extra: Record<string, string>) =>
  env({ NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${FAULTS}`.trim(), ...extra });

interface Result {
  status: number | null;
  signal: NodeJS.Signals | null;
  output: string;
}

function build(environment = env()): Result {
  const result = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: root, encoding: 'utf8', env: environment });
  return { status: result.status, signal: result.signal, output: result.stdout + result.stderr };
}

/** Starts a build and resolves with its end. */
function start(environment = env()) {
  const child = spawn(process.execPath, ['scripts/build.ts'], { cwd: root, env: environment });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk));
  const done = new Promise<Result>((resolve) =>
    child.on('exit', (status, signal) => resolve({ status, signal, output })),
  );
  return { child, done };
}

const procState = (pid: number) => readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[0];

/** Every file of the published site, relative to dist/. */
const files = () => siteFiles(path.join(root, 'dist'));

/** After any build: dist/ is a complete site, the lock is released, and only the published site is kept. */
function expectSettled() {
  expectComplete(files());
  expect(existsSync(path.join(root, '.build/lock'))).toBe(false);
  expect(readdirSync(path.join(root, '.build')).filter((name) => name.startsWith('lock'))).toEqual([]);
  expect(existsSync(path.join(root, '.dist.next'))).toBe(false);
  expect(readdirSync(path.join(root, '.build/sites'))).toEqual([path.basename(readlinkSync(path.join(root, 'dist')))]);
}

/** A failed build: non-zero, says so in both languages without a stack trace, and left the site it found. */
function expectFailedCleanly(result: Result, before: string, ...says: string[]) {
  expect(result.status, result.output).not.toBe(0);
  expect(result.status).not.toBeNull();
  expect(result.output).toContain('dist/ 中已发布的网站保持不变');
  expect(result.output).toContain('the site in dist/ is unchanged');
  for (const words of says) expect(result.output).toContain(words);
  expect(result.output).not.toMatch(/\n\s+at \S/);
  expect(result.output).not.toContain('网站已生成');
  expect(readlinkSync(path.join(root, 'dist'))).toBe(before);
  expectSettled();
}

beforeAll(() => {
  root = projectCopy();
  const first = build();
  expect(first.status, first.output).toBe(0);
  expectSettled();
}, 600_000);

describe('a stale lock and builds started together', () => {
  it('every build publishes or is refused; dist/ is complete and the lock released (5 rounds)', async () => {
    const outcomes: string[] = [];
    for (let round = 0; round < 5; round++) {
      // A lock left by a build that died: its process id is free (the repro).
      writeFileSync(path.join(root, '.build/lock'), '999999\n');
      const results = await Promise.all([start(), start(), start()].map((b) => b.done));
      for (const result of results) {
        if (result.status === 0) {
          expect(result.output).toContain('网站已生成');
          outcomes.push('published');
        } else {
          expect(result.status, result.output).toBe(75);
          expect(result.output).toContain('另一个构建正在进行');
          expect(result.output).toContain('Another build is running');
          // Never the dead holder of the stale lock.
          expect(result.output).not.toContain('999999');
          outcomes.push('refused');
        }
      }
      expect(results.filter((r) => r.status === 0).length).toBeGreaterThanOrEqual(1);
      expectSettled();
    }
    expect(outcomes.filter((o) => o === 'published').length).toBeGreaterThanOrEqual(5);
  }, 900_000);

  it('tidy keeps a site another live process is writing, and removes a dead build’s', () => {
    // Sites are named <time>-<pid>: one of a process that runs (should a lock ever fail), one of none.
    const live = spawn('sleep', ['600'], { stdio: 'ignore' });
    try {
      const sites = path.join(root, '.build/sites');
      for (const name of [`zzz-${live.pid}`, 'zzz-999999']) {
        mkdirSync(path.join(sites, name));
        writeFileSync(path.join(sites, name, 'index.html'), 'being written');
      }
      const result = build();
      expect(result.status, result.output).toBe(0);
      expect(existsSync(path.join(sites, `zzz-${live.pid}`, 'index.html'))).toBe(true);
      expect(existsSync(path.join(sites, 'zzz-999999'))).toBe(false);
      rmSync(path.join(sites, `zzz-${live.pid}`), { recursive: true });
      expectSettled();
    } finally {
      live.kill('SIGKILL');
    }
  }, 600_000);

  it('a zombie holding the lock is not a running build', async () => {
    // `sleep 0` exits at once and its parent (then `sleep`) never reaps it: a zombie holds the lock.
    const parent = spawn('sh', ['-c', 'sleep 0 & echo $!; exec sleep 600'], { stdio: ['ignore', 'pipe', 'ignore'] });
    try {
      const zombie = Number(
        await new Promise<string>((resolve) => parent.stdout.once('data', (d: Buffer) => resolve(String(d)))),
      );
      while (procState(zombie) !== 'Z') await new Promise((resolve) => setImmediate(resolve));
      writeFileSync(path.join(root, '.build/lock'), `${zombie}\n`);
      const result = build();
      expect(result.status, result.output).toBe(0);
      expectSettled();
    } finally {
      parent.kill('SIGKILL');
    }
  }, 600_000);
});

describe('every failure exits non-zero, cleans up and keeps the last site', () => {
  it('Pagefind panics (e.g. a full disk): exit 1 with a message, not 0 without publishing', () => {
    const before = readlinkSync(path.join(root, 'dist'));
    const fake = path.join(root, 'fake-pagefind');
    writeFileSync(
      fake,
      "#!/bin/sh\necho \"thread 'main' panicked at 'No space left on device (os error 28)'\" >&2\nexit 101\n",
    );
    chmodSync(fake, 0o755);
    // The last index is kept for reuse; without it Pagefind must run.
    rmSync(path.join(root, '.astro/cache/search-index'), { recursive: true, force: true });
    const result = build(env({ PAGEFIND_BINARY_PATH: fake, PAGEFIND_EXTENDED_BINARY_PATH: fake }));
    // Whether Pagefind's end is noticed on a write (EPIPE) or only when nothing is left to wait
    // on depends on when it died: both say so, in both languages.
    expectFailedCleanly(result, before, 'Pagefind', '中途退出', 'exited');
  }, 600_000);

  it('a step whose process ended without answering (nothing left to wait on): exit 1, not 0', () => {
    // What a Pagefind that dies after its last request leaves: a promise that never settles.
    const before = readlinkSync(path.join(root, 'dist'));
    const result = build(env({ BUILD_STALL_AT: 'staged' }));
    expectFailedCleanly(result, before, 'exited without finishing');
  }, 600_000);

  it('the disk fills while pages are written (ENOSPC): a short message saying so', () => {
    const before = readlinkSync(path.join(root, 'dist'));
    const result = build(withFaults({ FAULT_ENOSPC: '/\\.build/sites/[^/]+/.*\\.html$', BUILD_FORCE: '1' }));
    expectFailedCleanly(result, before, '磁盘已满', 'The disk is full');
    expect(result.output).not.toMatch(/ENOSPC: injected fault/);
  }, 600_000);

  it('tidying fails after the new site is published: exit 1, saying the new site is live, not the old', async () => {
    const before = readlinkSync(path.join(root, 'dist'));
    const { child, done } = start(
      withFaults({ BUILD_PAUSE_AT: 'published', FAULT_EACCES_RM: '/\\.build/sites/left-behind$' }),
    );
    // Once the new site is live, an older one appears that this build cannot remove (owned by another user).
    while (procState(child.pid!) !== 'T') await new Promise((resolve) => setImmediate(resolve));
    const old = path.join(root, '.build/sites/left-behind');
    mkdirSync(old, { recursive: true });
    writeFileSync(path.join(old, 'index.html'), 'old');
    child.kill('SIGCONT');
    const result = await done;
    expect(result.status, result.output).toBe(1);
    expect(result.output).toContain('网站已生成并发布到 dist/，但随后清理旧版本时出错');
    expect(result.output).toContain('The site was built and published in dist/');
    expect(result.output).toContain('没有写入权限');
    expect(result.output).not.toContain('保持不变');
    expect(result.output).not.toMatch(/EACCES: injected fault|\s+at\s/);
    expect(readlinkSync(path.join(root, 'dist'))).not.toBe(before);
    expectComplete(files());
    expect(existsSync(path.join(root, '.build/lock'))).toBe(false);
    // The next build, able to remove it, tidies it away.
    const next = build();
    expect(next.status, next.output).toBe(0);
    expect(existsSync(old)).toBe(false);
  }, 600_000);

  it('the disk fills while compressing (ENOSPC in the compression thread)', () => {
    const before = readlinkSync(path.join(root, 'dist'));
    rmSync(path.join(root, '.build/cache/compress'), { recursive: true, force: true });
    const result = build(withFaults({ FAULT_ENOSPC: '/\\.build/sites/[^/]+/.*\\.(br|gz)$' }));
    expectFailedCleanly(result, before, '磁盘已满', 'The disk is full');
  }, 600_000);

  it.each([
    ['SIGINT', 'locked', 130],
    ['SIGTERM', 'staged', 143],
  ] as const)(
    '%s while the build is stopped at "%s": exit %i, staging folder and lock removed',
    async (signal, point, code) => {
      const before = readlinkSync(path.join(root, 'dist'));
      const { child, done } = start(env({ BUILD_PAUSE_AT: point }));
      // Wait until it has stopped itself at the point (state T), then signal it and let it go on.
      while (procState(child.pid!) !== 'T') await new Promise((resolve) => setImmediate(resolve));
      if (point === 'staged') expect(readdirSync(path.join(root, '.build/sites')).length).toBe(2);
      child.kill(signal);
      child.kill('SIGCONT');
      const result = await done;
      expect(result.status, result.output).toBe(code);
      expectFailedCleanly(result, before, signal, '构建已被中止', 'The build was stopped');
    },
    600_000,
  );
});

describe('hard links impossible (EXDEV)', () => {
  it('the caches are copied instead: the build publishes a complete site', () => {
    // Every link between Astro's cache (.astro/) and the build's folder (.build/), either way.
    const crossing = { FAULT_EXDEV: '/\\.astro/.* -> .*/\\.build/|/\\.build/.* -> .*/\\.astro/' };
    const result = build(withFaults(crossing));
    expect(result.status, result.output).toBe(0);
    expect(result.output).not.toContain('EXDEV');
    expectSettled();
    // Again, now that every cache (render, compression, search index) is there to be reused.
    const again = build(withFaults(crossing));
    expect(again.status, again.output).toBe(0);
    expectSettled();
  }, 600_000);
});
