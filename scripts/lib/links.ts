/**
 * Cached files put in place by hard link: one home for the build's caches (the render cache,
 * scripts/lib/render-cache.ts, and the compression cache, scripts/lib/compress.ts). A link is
 * one file operation and no copy; where links are impossible (another file system) the file
 * is copied. Files so shared are never changed in place: each cache replaces an entry by
 * writing a new file, never by rewriting the old one.
 */
import { copyFileSync, linkSync } from 'node:fs';

export const errorCode = (error: unknown) => (error as NodeJS.ErrnoException).code;

/** The error of a link that cannot be made here (another file system, or links not allowed). */
export const cannotLink = (error: unknown) => errorCode(error) === 'EXDEV' || errorCode(error) === 'EPERM';

/**
 * Puts `cached` at `target`; false when the cache has no such file. Synchronous: one link is
 * quicker than a round trip through Node's thread pool, which compression keeps busy.
 */
export function placeCached(cached: string, target: string): boolean {
  try {
    linkSync(cached, target);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return false;
    if (!cannotLink(error)) throw error;
    copyFileSync(cached, target);
  }
  return true;
}
