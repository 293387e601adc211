/**
 * One build at a time: the lock file .build/lock names its holder (process id, the process's
 * start time and a token unique to this lock), so a holder that died, a zombie, or another
 * process that got the dead holder's id later is never taken for "another build running".
 *
 * Every change to the lock is atomic, so any number of builds started together end with
 * exactly one holder (issue 24: a stale lock and three builds once gave three holders, and
 * each build's tidy step removed another's site):
 *  - taking a free lock: the record is written whole to a file of our own, then linked to
 *    the lock's name; link() fails if the name exists, so only one build can succeed, and
 *    no build ever reads a half-written record;
 *  - taking over a dead holder's lock: first a takeover claim named after that lock's token
 *    is created the same way. Only the build that made the claim may remove that lock; it
 *    checks, holding the claim, that the lock is still the dead one, removes it, and then
 *    takes the free lock as above (where another build may still win: then it is refused).
 *    A claim is for one lock only, so a claim never removes a newer lock; a claim whose maker
 *    died is itself taken over the same way.
 *  - releasing: only the holder removes its own lock (nobody else removes a live holder's).
 */
import { randomUUID } from 'node:crypto';
import { link, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';

/** What a lock file holds: who holds it. */
export interface Holder {
  pid: number;
  /** The process's start time (/proc/<pid>/stat, field 22), '' where /proc is not available. */
  start: string;
  /** Unique to this lock: names its takeover claim. */
  token: string;
}

/** What is known of a process now: its state letter and start time, or undefined if there is none. */
export interface ProcessInfo {
  state: string;
  start: string;
}

export type HolderState = 'alive' | 'dead';

/**
 * Whether the lock's holder still runs: a process with its id must exist, not be a zombie
 * (Z, or X: dying) and, where both start times are known, have started when the holder did.
 * An unreadable record (an old lock file with no start time, or garbage) with no such
 * process is dead too.
 */
export function holderState(holder: Holder | undefined, now: ProcessInfo | undefined): HolderState {
  if (!holder || !now) return 'dead';
  if (now.state === 'Z' || now.state === 'X') return 'dead';
  if (holder.start && now.start && holder.start !== now.start) return 'dead';
  return 'alive';
}

export const formatHolder = (holder: Holder) => `${holder.pid} ${holder.start} ${holder.token}\n`;

/** The record in a lock file; an older build's lock held only the process id. */
export function parseHolder(text: string): Holder | undefined {
  const [pid, start = '', token = ''] = text.trim().split(/\s+/);
  const id = Number(pid);
  if (!Number.isSafeInteger(id) || id <= 0) return undefined;
  return { pid: id, start, token: token || `pid-${id}` };
}

/** The state and start time of process `pid` (Linux /proc; elsewhere, only whether it exists). */
export function processInfo(pid: number): ProcessInfo | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The name (field 2) is in parentheses and may hold spaces: fields are counted after it.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { state: fields[0]!, start: fields[19]! };
  } catch {
    if (existsSync('/proc/self/stat')) return undefined; // /proc works: no such process
  }
  try {
    process.kill(pid, 0);
    return { state: 'R', start: '' };
  } catch (error) {
    // EPERM: it exists, as another user's process.
    return (error as NodeJS.ErrnoException).code === 'EPERM' ? { state: 'R', start: '' } : undefined;
  }
}

/** This process, as a lock holder. */
export const me = (): Holder => ({
  pid: process.pid,
  start: processInfo(process.pid)?.start ?? '',
  token: randomUUID(),
});

const code = (error: unknown) => (error as NodeJS.ErrnoException).code;

async function readHolder(file: string): Promise<Holder | undefined | null> {
  try {
    return parseHolder(await readFile(file, 'utf8'));
  } catch (error) {
    if (code(error) === 'ENOENT') return null;
    throw error;
  }
}

/** Creates `file` holding `record`, whole, only if it does not exist: true if made. */
async function createWhole(file: string, record: string): Promise<boolean> {
  const temporary = `${file}.${process.pid}.${randomUUID()}.tmp`;
  await writeFile(temporary, record);
  try {
    await link(temporary, file);
    return true;
  } catch (error) {
    if (code(error) === 'EEXIST') return false;
    throw error;
  } finally {
    await rm(temporary, { force: true });
  }
}

export type Probe = (pid: number) => ProcessInfo | undefined;

export type LockResult = { taken: true } | { taken: false; holder: Holder };

/**
 * Takes the lock at `file` for `self`, or answers who holds it. `probe` tells what runs
 * (tests give their own). A dead holder's lock is taken over; never two holders at once.
 */
export async function takeLock(file: string, self: Holder, probe: Probe = processInfo): Promise<LockResult> {
  for (let attempt = 0; attempt < 20; attempt++) {
    if (await createWhole(file, formatHolder(self))) return { taken: true };
    const holder = await readHolder(file);
    if (holder === null) continue; // released meanwhile: try again
    if (holder && holderState(holder, probe(holder.pid)) === 'alive') return { taken: false, holder };
    const result = await removeDead(file, holder, self, probe);
    if (result) return result;
  }
  throw new Error('lock contention did not settle');
}

/**
 * Removes the lock at `file`, whose holder `dead` was seen dead, if it is still that lock.
 * Answers the live holder of the claim when another build is taking over at this moment.
 */
async function removeDead(
  file: string,
  dead: Holder | undefined,
  self: Holder,
  probe: Probe,
): Promise<LockResult | undefined> {
  // A lock with no readable record has no token: its claim is named after its bytes' absence.
  const claim = `${file}.takeover-${dead?.token ?? 'unreadable'}`;
  const claimed = await takeLock(claim, { ...self, token: randomUUID() }, probe);
  if (!claimed.taken) return { taken: false, holder: claimed.holder };
  try {
    const still = await readHolder(file);
    const same = still === null ? false : dead ? still?.token === dead.token : still === undefined;
    if (same) await rm(file, { force: true });
  } finally {
    await rm(claim, { force: true });
  }
  return undefined;
}

/** Releases the lock if `self` holds it. */
export async function releaseLock(file: string, self: Holder): Promise<void> {
  const holder = await readHolder(file).catch(() => undefined);
  if (holder?.token === self.token) await rm(file, { force: true });
}

/** The same, synchronously: for a build ending on a signal. */
export function releaseLockSync(file: string, self: Holder, remove: (file: string) => void): void {
  try {
    if (parseHolder(readFileSync(file, 'utf8'))?.token === self.token) remove(file);
  } catch {
    // Nothing to release.
  }
}
