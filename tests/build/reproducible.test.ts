/**
 * Two clean builds of the same sources produce byte-identical sites, so what was reviewed
 * is what is published, and a deployment can be verified by comparing checksums. The
 * compression cache (.build/cache/compress) changes none of that: a rebuild with nothing
 * changed compresses nothing and publishes the same bytes; a changed file is compressed again.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const SOURCES = ['src', 'public', 'scripts', 'content', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

function copy(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'report-repro-'));
  for (const entry of SOURCES) cpSync(path.resolve(entry), path.join(root, entry), { recursive: true });
  symlinkSync(path.resolve('node_modules'), path.join(root, 'node_modules'), 'dir');
  return root;
}

/** Builds `root` and returns how many files were compressed afresh and a checksum of every file of dist/. */
function build(root: string): { fresh: number; total: number; sums: Map<string, string> } {
  const result = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: root, encoding: 'utf8' });
  expect(result.status, result.stdout + result.stderr).toBe(0);
  const [, fresh, total] = /(\d+) of (\d+) files new/.exec(result.stdout) ?? [];
  const sums = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else sums.set(path.relative(root, full), createHash('sha256').update(readFileSync(full)).digest('hex'));
    }
  };
  walk(path.join(root, 'dist'));
  return { fresh: Number(fresh), total: Number(total), sums };
}

describe('reproducible builds', () => {
  const first = copy();
  let clean: ReturnType<typeof build>;

  it('two clean builds produce the same files, byte for byte', () => {
    clean = build(first);
    const second = build(copy());
    expect(clean.sums.size).toBeGreaterThan(30);
    expect(clean.fresh).toBeGreaterThan(30);
    expect(Object.fromEntries(second.sums)).toEqual(Object.fromEntries(clean.sums));
  });

  it('a rebuild with nothing changed compresses nothing and publishes the same bytes', () => {
    const again = build(first);
    expect(again.fresh).toBe(0);
    expect(again.total).toBe(clean.total);
    expect(Object.fromEntries(again.sums)).toEqual(Object.fromEntries(clean.sums));
  });

  it('a changed file is compressed again, and its .br and .gz hold the new page', () => {
    const file = path.join(first, 'content/reports/2023/09-government-integrity.md');
    const text = readFileSync(file, 'utf8');
    const title = /\n {4}title: ([^\n]+)/.exec(text)![1]!;
    writeFileSync(file, text.replace(`    title: ${title}`, `    title: ${title}情况`));
    const edited = build(first);
    expect(edited.fresh).toBeGreaterThan(0);
    expect(edited.fresh).toBeLessThan(clean.total / 2);
    const page = path.join(first, 'dist/2023/government-integrity/index.html');
    const html = readFileSync(page);
    expect(html.toString()).toContain(`${title}情况`);
    expect(brotliDecompressSync(readFileSync(`${page}.br`)).equals(html)).toBe(true);
    expect(gunzipSync(readFileSync(`${page}.gz`)).equals(html)).toBe(true);
  });
});
