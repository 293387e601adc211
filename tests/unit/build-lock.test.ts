/**
 * The build lock (scripts/lib/build-lock.ts): who counts as holding it, and that builds racing
 * for a dead holder's lock end with exactly one holder (issue 24 item 1).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  formatHolder,
  holderState,
  parseHolder,
  processInfo,
  releaseLock,
  takeLock,
  type Holder,
  type Probe,
} from '../../scripts/lib/build-lock.ts';

const holder = (pid: number, start = '100', token = `t${pid}`): Holder => ({ pid, start, token });

describe('who holds the lock', () => {
  it.each([
    ['no such process', holder(5), undefined, 'dead'],
    ['a zombie (killed, not yet reaped)', holder(5), { state: 'Z', start: '100' }, 'dead'],
    ['a dying process', holder(5), { state: 'X', start: '100' }, 'dead'],
    ['another process that got the same id later', holder(5), { state: 'S', start: '999' }, 'dead'],
    ['the holder, sleeping', holder(5), { state: 'S', start: '100' }, 'alive'],
    ['the holder, stopped', holder(5), { state: 'T', start: '100' }, 'alive'],
    ['an old lock with only a process id, which runs', parseHolder('5\n'), { state: 'R', start: '100' }, 'alive'],
    ['an unreadable lock', parseHolder('garbage'), { state: 'R', start: '100' }, 'dead'],
  ] as const)('%s: %s', (_, who, now, expected) => {
    expect(holderState(who, now)).toBe(expected);
  });

  it('reads its own record back', () => {
    const me = holder(42, '12345', 'abc');
    expect(parseHolder(formatHolder(me))).toEqual(me);
    expect(parseHolder('999999\n')).toEqual({ pid: 999999, start: '', token: 'pid-999999' });
  });

  it('sees a real zombie as dead and this process as alive', async () => {
    expect(
      holderState({ pid: process.pid, start: processInfo(process.pid)!.start, token: 'x' }, processInfo(process.pid)),
    ).toBe('alive');
    // `sleep 0` exits at once; its parent then becomes `sleep`, which never reaps it: a zombie.
    const parent = spawn('sh', ['-c', 'sleep 0 & echo $!; exec sleep 600'], { stdio: ['ignore', 'pipe', 'ignore'] });
    try {
      const zombie = Number(
        await new Promise<string>((resolve) => parent.stdout.once('data', (d: Buffer) => resolve(String(d)))),
      );
      // Wait for the state, not for a time: until the child has exited and not been reaped.
      while (processInfo(zombie)?.state !== 'Z') await new Promise((resolve) => setImmediate(resolve));
      expect(holderState({ pid: zombie, start: processInfo(zombie)!.start, token: 'z' }, processInfo(zombie))).toBe(
        'dead',
      );
    } finally {
      parent.kill('SIGKILL');
    }
  });
});

/** A world where the given process ids run, each started at time 100. */
const running =
  (...pids: number[]): Probe =>
  (pid) =>
    pids.includes(pid) ? { state: 'S', start: '100' } : undefined;

const lockDir = () => mkdtempSync(path.join(tmpdir(), 'build-lock-'));

describe('taking the lock', () => {
  it('a stale lock and three builds at once: exactly one takes it, 300 times over', async () => {
    for (let round = 0; round < 300; round++) {
      const dir = lockDir();
      const file = path.join(dir, 'lock');
      writeFileSync(file, round % 2 ? '999999\n' : formatHolder(holder(999999)));
      const builds = [holder(1001), holder(1002), holder(1003)];
      const probe = running(1001, 1002, 1003);
      const results = await Promise.all(builds.map((b) => takeLock(file, b, probe)));
      const winners = builds.filter((_, i) => results[i]!.taken);
      expect(winners).toHaveLength(1);
      // The lock names the winner; every loser was told of a live build (never of the dead one).
      expect(parseHolder(readFileSync(file, 'utf8'))).toEqual(winners[0]);
      for (const result of results) if (!result.taken) expect([1001, 1002, 1003]).toContain(result.holder.pid);
      // Nothing left beside the lock: no claims, no temporary records.
      expect(readdirSync(dir)).toEqual(['lock']);
    }
    // 1.6 s on an idle machine, 5.7 s on a busy one: a bound, not a wait.
  }, 60_000);

  it('a live holder keeps the lock; releasing it frees it for the next build', async () => {
    const file = path.join(lockDir(), 'lock');
    const probe = running(1, 2);
    expect(await takeLock(file, holder(1), probe)).toEqual({ taken: true });
    expect(await takeLock(file, holder(2), probe)).toEqual({ taken: false, holder: holder(1) });
    await releaseLock(file, holder(2)); // not the holder: nothing happens
    expect(await takeLock(file, holder(2), probe)).toMatchObject({ taken: false });
    await releaseLock(file, holder(1));
    expect(await takeLock(file, holder(2), probe)).toEqual({ taken: true });
  });

  it('a reused process id does not hold a dead build’s lock', async () => {
    const file = path.join(lockDir(), 'lock');
    writeFileSync(file, formatHolder(holder(7, '50')));
    // Process 7 runs, but started at 100: not the build that took the lock at 50.
    expect(await takeLock(file, holder(8), running(7, 8))).toEqual({ taken: true });
  });

  it('a takeover whose maker died is taken over; one whose maker runs refuses', async () => {
    const dir = lockDir();
    const file = path.join(dir, 'lock');
    writeFileSync(file, formatHolder(holder(999999)));
    writeFileSync(`${file}.takeover-t999999`, formatHolder(holder(1005)));
    expect(await takeLock(file, holder(1), running(1, 1005))).toEqual({ taken: false, holder: holder(1005) });
    expect(await takeLock(file, holder(1), running(1))).toEqual({ taken: true });
    expect(readdirSync(dir)).toEqual(['lock']);
  });
});
