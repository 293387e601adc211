/**
 * A build with a wrong figure fails with a message staff can act on, exits non-zero,
 * and leaves the last good site in dist/ exactly as it was.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenContent } from '../support/content-fixture.ts';

/** A throwaway copy of the project whose content has the given mistake. */
function projectWithBrokenContent(): string {
  const root = brokenContent([
    { file: '05-dispute-resolution.md', find: 'value: 972000', replace: 'value: 97.2' },
    { file: '09-government-integrity.md', find: 'id: special-entity-cases-concluded', replace: 'id: legal-aid-cases' },
  ]);
  for (const entry of ['src', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(path.resolve(entry), path.join(root, entry), { recursive: true });
  }
  symlinkSync(path.resolve('node_modules'), path.join(root, 'node_modules'), 'dir');
  return root;
}

describe('a build with bad content', () => {
  it('fails, names the files and fields, and leaves dist/ untouched', () => {
    const root = projectWithBrokenContent();
    const lastGood = '<!doctype html><title>last good build</title>';
    mkdirSync(path.join(root, 'dist'));
    writeFileSync(path.join(root, 'dist', 'index.html'), lastGood);

    const result = spawnSync(process.execPath, ['scripts/build.ts'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    const output = result.stdout + result.stderr;

    expect(result.status).not.toBe(0);
    expect(output).toContain('content/reports/2023/05-dispute-resolution.md');
    expect(output).toContain('metrics[13].value');
    expect(output).toContain('请改为 972000');
    expect(output).toContain('content/reports/2023/09-government-integrity.md');
    expect(output).toContain('metrics[8].id');
    expect(output).toContain('dist/ 中已发布的网站保持不变');
    expect(readFileSync(path.join(root, 'dist', 'index.html'), 'utf8')).toBe(lastGood);
    expect(existsSync(path.join(root, 'dist', '2023'))).toBe(false);
  });
});
