/**
 * The content check's memory between runs: what each file's frontmatter parsed and validated
 * to, by the file's text. Reading YAML is most of the check's time (0.6 s of 0.8 s for 30
 * years); a rebuild after a one-file edit parses that file only.
 *
 * Only files that parsed without a problem are kept: a file with problems is read afresh, so
 * its messages are always this run's. The cache is dropped whole when the code that parses
 * and validates (src/lib/) or the installed packages (package-lock.json) change. It lives in
 * Astro's cache folder (never published) and holds the entries of the last run only.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { BUILD_CACHE_DIR } from './cache-dir.ts';

/** What a file's frontmatter became: the schema's output (only files that passed it are kept). */
export type ParsedData = unknown;

/** Earlier results by key (the schema's name and the file's text); what this run used is kept. */
export interface ParseCache {
  get(schema: string, text: string): ParsedData | undefined;
  set(schema: string, text: string, parsed: ParsedData): void;
}

const FILE = 'content-check.bin';

/** On disk: the code it was made with, and its entries. */
interface Stored {
  code: string;
  entries: Map<string, ParsedData>;
}

const keyOf = (schema: string, text: string) => createHash('sha256').update(schema).update('\0').update(text).digest('hex');

/** A digest of the code the results depend on: every file under src/lib/, and the lock file. */
async function codeDigest(root: string): Promise<string> {
  const hash = createHash('sha256');
  const lib = path.join(root, 'src/lib');
  const files = (await readdir(lib, { recursive: true, withFileTypes: true }).catch(() => []))
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  for (const file of [...files, path.join(root, 'package-lock.json')]) {
    hash.update(path.relative(root, file)).update('\0');
    hash.update(await readFile(file).catch(() => '')).update('\0');
  }
  return hash.digest('hex');
}

/** A cache held in memory only (tests, or where the disk cannot be written). */
export function memoryParseCache(previous = new Map<string, ParsedData>()) {
  const used = new Map<string, ParsedData>();
  const cache: ParseCache = {
    get(schema, text) {
      const key = keyOf(schema, text);
      const found = previous.get(key);
      if (found !== undefined) used.set(key, found);
      return found;
    },
    set: (schema, text, parsed) => void used.set(keyOf(schema, text), parsed),
  };
  /** True when this run used exactly what it started from (nothing to write). */
  const unchanged = () => used.size === previous.size && [...used.keys()].every((key) => previous.has(key));
  return { cache, used, unchanged };
}

/**
 * Opens the cache of the project at `root`. `save()` keeps this run's entries; it never throws
 * (a cache that cannot be written only makes the next check slower).
 */
export async function openParseCache(root: string): Promise<{ cache: ParseCache; save: () => Promise<void> }> {
  const file = path.join(root, BUILD_CACHE_DIR, FILE);
  const code = await codeDigest(root);
  const stored = await readFile(file)
    .then((bytes) => deserialize(bytes) as Stored)
    .catch(() => undefined);
  const current = stored?.code === code && stored.entries instanceof Map;
  const { cache, used, unchanged } = memoryParseCache(current ? stored.entries : undefined);
  const save = async () => {
    if (current && unchanged()) return;
    try {
      await mkdir(path.dirname(file), { recursive: true });
      const temporary = `${file}.${process.pid}.new`;
      await writeFile(temporary, serialize({ code, entries: used } satisfies Stored));
      await rename(temporary, file);
    } catch {
      // Read-only folder, full disk: the next run parses every file, as without a cache.
    }
  };
  return { cache, save };
}
