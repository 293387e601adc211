/**
 * Builds that cannot lose the site (issue 11 item 8), on a throwaway copy of the project:
 *  - two builds at once: the second stops with a message (no stack trace), the first publishes;
 *  - a build killed at each named point (BUILD_KILL_AT, a real SIGKILL) leaves dist/ serving the
 *    last complete site, and the next build succeeds and removes what the killed one left;
 *  - build internals (dot folders such as Astro's .prerender/) never reach dist/.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectCopy } from '../fixtures/multiyear.ts';
import { expectComplete, siteFiles } from '../support/published-site.ts';

let root: string;
const env = (extra: Record<string, string> = {}) => ({ ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...extra });

function build(extra: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: root, encoding: 'utf8', env: env(extra) });
  return { status: result.status, signal: result.signal, output: result.stdout + result.stderr };
}

/** Every file of the published site, relative to dist/. */
const files = () => siteFiles(path.join(root, 'dist'));

let good: string[];
beforeAll(() => {
  root = projectCopy();
  const first = build();
  expect(first.status, first.output).toBe(0);
  good = files();
  expectComplete(good);
}, 600_000);

describe('one build at a time', () => {
  it('a second build while one runs stops with a message, and the first still publishes', async () => {
    // The first build stops itself once it holds the lock (SIGSTOP), so the second surely meets it.
    const first = spawn(process.execPath, ['scripts/build.ts'], { cwd: root, env: env({ BUILD_PAUSE_AT: 'locked' }) });
    let output = '';
    first.stdout.on('data', (chunk: Buffer) => (output += chunk));
    first.stderr.on('data', (chunk: Buffer) => (output += chunk));
    const exited = new Promise<number | null>((resolve) => first.on('exit', resolve));
    // Wait until it has stopped: its state in /proc turns to T (stopped).
    const stopped = () => readFileSync(`/proc/${first.pid}/stat`, 'utf8').split(' ')[2] === 'T';
    while (!stopped()) await new Promise((resolve) => setImmediate(resolve));

    const second = build();
    expect(second.status).not.toBe(0);
    expect(second.output).toContain('另一个构建正在进行');
    expect(second.output).toContain('Another build is running');
    expect(second.output).not.toMatch(/\n\s+at /);
    expect(files()).toEqual(good);

    first.kill('SIGCONT');
    expect(await exited, output).toBe(0);
    expectComplete(files());
  }, 600_000);
});

describe('a build killed at any point leaves the last good site', () => {
  it.each(['locked', 'staged', 'compressed', 'linked', 'published'])(
    'killed at "%s": dist/ is a complete site; the next build recovers',
    (point) => {
      const before = readlinkSync(path.join(root, 'dist'));
      const killed = build({ BUILD_KILL_AT: point });
      expect(killed.signal).toBe('SIGKILL');
      const listing = files();
      expectComplete(listing);
      // Up to the publishing rename, the old site; from it on, the new one: never anything between.
      if (point === 'published') expect(readlinkSync(path.join(root, 'dist'))).not.toBe(before);
      else expect(readlinkSync(path.join(root, 'dist'))).toBe(before);
      expect(listing).toEqual(good);
    },
    600_000,
  );

  it('the next build takes over the killed build’s lock, publishes, and leaves one site behind', () => {
    const next = build();
    expect(next.status, next.output).toBe(0);
    expectComplete(files());
    expect(existsSync(path.join(root, '.build/lock'))).toBe(false);
    expect(existsSync(path.join(root, '.dist.next'))).toBe(false);
    expect(readdirSync(path.join(root, '.build/sites'))).toEqual([
      path.basename(readlinkSync(path.join(root, 'dist'))),
    ]);
  }, 600_000);

  it('moves a dist/ folder of an older build into place without losing it', () => {
    // What a checkout built before dist/ became a link has; the build replaces it by a link.
    const real = path.join(root, 'dist');
    spawnSync('rm', ['-f', real]);
    spawnSync('cp', ['-r', path.join(root, '.build/sites', readdirSync(path.join(root, '.build/sites'))[0]!), real]);
    writeFileSync(path.join(real, 'marker.txt'), 'old');
    const next = build({ BUILD_KILL_AT: 'linked' });
    expect(next.signal).toBe('SIGKILL');
    expect(readFileSync(path.join(real, 'marker.txt'), 'utf8')).toBe('old');
    const done = build();
    expect(done.status, done.output).toBe(0);
    expect(existsSync(path.join(root, 'dist/marker.txt'))).toBe(false);
    expectComplete(files());
  }, 600_000);
});
