/**
 * Two clean builds of the same sources produce byte-identical sites, so what was reviewed
 * is what is published, and a deployment can be verified by comparing checksums.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SOURCES = ['src', 'public', 'scripts', 'content', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/** Builds a fresh copy of the project and returns a checksum of every file of its dist/. */
function buildCopy(): Map<string, string> {
  const root = mkdtempSync(path.join(tmpdir(), 'report-repro-'));
  for (const entry of SOURCES) cpSync(path.resolve(entry), path.join(root, entry), { recursive: true });
  symlinkSync(path.resolve('node_modules'), path.join(root, 'node_modules'), 'dir');
  const result = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: root, encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  const sums = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else sums.set(path.relative(root, full), createHash('sha256').update(readFileSync(full)).digest('hex'));
    }
  };
  walk(path.join(root, 'dist'));
  return sums;
}

describe('reproducible builds', () => {
  it('two clean builds produce the same files, byte for byte', () => {
    const first = buildCopy();
    const second = buildCopy();
    expect(first.size).toBeGreaterThan(30);
    expect(Object.fromEntries(second)).toEqual(Object.fromEntries(first));
  });
});
