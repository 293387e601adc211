/**
 * `npm test`'s provisioning step (scripts/provision.ts), run on fake machines: the tools are
 * pointed at files in a temp folder, and PATH holds nothing or a fake apt-get that records
 * what it was asked and "installs" by creating the files.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ALL = ['chromium', 'nginx', 'libnginx-mod-http-brotli-static', 'fonts-noto-cjk'];

function machine() {
  const dir = mkdtempSync(path.join(tmpdir(), 'provision-'));
  const bin = path.join(dir, 'bin');
  mkdirSync(bin);
  const files = {
    CHROMIUM_PATH: path.join(dir, 'chromium'),
    NGINX_PATH: path.join(dir, 'nginx'),
    NGINX_BROTLI_MODULE: path.join(dir, 'brotli.so'),
    SHARE_FONT: path.join(dir, 'NotoSansCJK-Bold.ttc'),
  };
  return { dir, bin, files };
}

function provision(env: Record<string, string>) {
  const result = spawnSync(process.execPath, ['scripts/provision.ts'], { encoding: 'utf8', env });
  return { status: result.status, output: result.stdout + result.stderr };
}

describe('npm test provisions what the tests need', () => {
  it('with nothing installed and no apt-get on PATH: stops at once, naming each missing file and the command', () => {
    const { bin, files } = machine();
    const { status, output } = provision({ ...files, PATH: bin });
    expect(status).toBe(1);
    for (const file of Object.values(files)) expect(output).toContain(file);
    expect(output).toContain(`apt-get install -y --no-install-recommends ${ALL.join(' ')}`);
    expect(output).toContain('apt-get not found');
    expect(output).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('names only what is missing: a machine with Chromium, nginx and the font but no brotli module', () => {
    const { bin, files } = machine();
    writeFileSync(files.CHROMIUM_PATH, '');
    writeFileSync(files.NGINX_PATH, '');
    writeFileSync(files.SHARE_FONT, '');
    const { status, output } = provision({ ...files, PATH: bin });
    expect(status).toBe(1);
    expect(output).toContain(files.NGINX_BROTLI_MODULE);
    expect(output).not.toContain(files.CHROMIUM_PATH);
    expect(output).toContain('apt-get install -y --no-install-recommends libnginx-mod-http-brotli-static\n');
  });

  it('passes when everything is present', () => {
    const { bin, files } = machine();
    for (const file of Object.values(files)) writeFileSync(file, '');
    expect(provision({ ...files, PATH: bin })).toMatchObject({ status: 0 });
  });

  it.skipIf(process.getuid?.() !== 0)(
    'as root with apt-get: installs exactly the missing packages, then passes',
    () => {
      const { dir, bin, files } = machine();
      writeFileSync(files.CHROMIUM_PATH, '');
      const log = path.join(dir, 'apt.log');
      // The fake apt-get records its arguments and, on install, creates the files the packages would.
      writeFileSync(
        path.join(bin, 'apt-get'),
        `#!/bin/sh\necho "$@" >> ${log}\n[ "$1" = install ] && : > ${files.NGINX_PATH} && : > ${files.NGINX_BROTLI_MODULE} && : > ${files.SHARE_FONT}\nexit 0\n`,
      );
      chmodSync(path.join(bin, 'apt-get'), 0o755);
      const { status, output } = provision({ ...files, PATH: bin });
      expect(status, output).toBe(0);
      expect(readFileSync(log, 'utf8').trim().split('\n')).toEqual([
        'update -qq',
        'install -y -qq --no-install-recommends nginx libnginx-mod-http-brotli-static fonts-noto-cjk',
      ]);
      expect(existsSync(files.NGINX_BROTLI_MODULE)).toBe(true);
      expect(existsSync(files.SHARE_FONT)).toBe(true);
    },
  );

  it.skipIf(process.getuid?.() !== 0)('as root, when apt-get fails: stops with the command, not a stack trace', () => {
    const { bin, files } = machine();
    writeFileSync(path.join(bin, 'apt-get'), '#!/bin/sh\nexit 100\n');
    chmodSync(path.join(bin, 'apt-get'), 0o755);
    const { status, output } = provision({ ...files, PATH: bin });
    expect(status).toBe(1);
    expect(output).toContain(`apt-get install -y --no-install-recommends ${ALL.join(' ')}`);
    expect(output).not.toMatch(/\n\s+at /);
  });
});
