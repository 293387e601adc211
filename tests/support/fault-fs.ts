/**
 * Disk faults for build tests, without root or a real full disk: preloaded into a build with
 * `node --import <this file>` (NODE_OPTIONS), it makes Node's file calls fail as a disk would.
 *  - FAULT_ENOSPC=<regex>: every write to a path matching it fails with ENOSPC (disk full);
 *  - FAULT_EXDEV=<regex>: every hard link whose "source -> target" matches fails with EXDEV
 *    (e.g. between .build/ and .astro/, as if they were on two file systems);
 *  - FAULT_EACCES_RM=<regex>: removing a path matching it fails with EACCES (a folder another
 *    user owns).
 * The build's own code and Astro's see the same failing calls (the ES module bindings of
 * node:fs and node:fs/promises are updated too), including the compression thread.
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const fault = (code: string, syscall: string, target: unknown) =>
  Object.assign(new Error(`${code}: injected fault, ${syscall} '${String(target)}'`), { code, errno: -1, syscall });

type AnyFn = (...args: unknown[]) => unknown;

/** Wraps fs[name] and fs.promises[name] so a call whose path matches fails with `code`. */
/** `pathArg` is the index of the path the fault depends on; -1: both paths, as "source -> target". */
function inject(names: string[], code: string, matches: (target: string) => boolean, pathArg = 0) {
  const subject = (args: unknown[]) =>
    pathArg < 0 ? `${String(args[0])} -> ${String(args[1])}` : String(args[pathArg]);
  const sync = fs as unknown as Record<string, AnyFn>;
  const promises = fs.promises as unknown as Record<string, AnyFn>;
  for (const name of names) {
    const original = sync[name];
    if (original && name.endsWith('Sync'))
      sync[name] = function (this: unknown, ...args: unknown[]) {
        if (matches(subject(args))) throw fault(code, name, subject(args));
        return original.apply(this, args);
      };
    else if (original)
      sync[name] = function (this: unknown, ...args: unknown[]) {
        if (matches(subject(args))) {
          const callback = args.at(-1);
          if (typeof callback === 'function') return void process.nextTick(callback, fault(code, name, subject(args)));
        }
        return original.apply(this, args);
      };
    const originalPromise = promises[name];
    if (originalPromise)
      promises[name] = async function (this: unknown, ...args: unknown[]) {
        if (matches(subject(args))) throw fault(code, name, subject(args));
        return originalPromise.apply(this, args);
      };
  }
}

const full = process.env.FAULT_ENOSPC ? new RegExp(process.env.FAULT_ENOSPC) : undefined;
if (full) {
  inject(['writeFile', 'writeFileSync', 'appendFile', 'appendFileSync'], 'ENOSPC', (t) => full.test(t));
  // copyFile(source, target): the target is what fills the disk.
  inject(['copyFile', 'copyFileSync'], 'ENOSPC', (t) => full.test(t), 1);
}
const crossing = process.env.FAULT_EXDEV ? new RegExp(process.env.FAULT_EXDEV) : undefined;
if (crossing) inject(['link', 'linkSync'], 'EXDEV', (t) => crossing.test(t), -1);
const locked = process.env.FAULT_EACCES_RM ? new RegExp(process.env.FAULT_EACCES_RM) : undefined;
if (locked) inject(['rm', 'rmSync'], 'EACCES', (t) => locked.test(t));
syncBuiltinESMExports();
