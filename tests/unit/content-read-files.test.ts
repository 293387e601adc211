/**
 * Reading content from disk (src/lib/content/read-files.ts): a symbolic link, a folder where
 * index.md or source.txt belongs, an oversized or unreadable file is refused with its path in
 * Chinese and English, never skipped silently, never called "missing", never errno text alone.
 */
import { chmodSync, cpSync, mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPORTS_DIR } from '../../src/lib/content/files.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import type { Problem } from '../../src/lib/content/messages.ts';
import { MAX_FILE_BYTES, readError } from '../../src/lib/content/read-files.ts';
import { publishedYear } from '../support/content-memory.ts';

/** A project holding a copy of the newest published year; `folder` is that year's folder. */
function project() {
  const root = mkdtempSync(path.join(tmpdir(), 'read-files-'));
  const year = String(publishedYear());
  const folder = path.join(root, REPORTS_DIR, year);
  mkdirSync(path.dirname(folder), { recursive: true });
  cpSync(path.join(REPORTS_DIR, year), folder, { recursive: true });
  return { root, year, folder };
}

const errorsOf = (problems: Problem[]) => problems.filter((p) => p.severity !== 'warning');

describe('content on disk that is not plain files and folders', () => {
  it('refuses a year folder that is a symbolic link, naming it, instead of skipping the year', async () => {
    const { root, year, folder } = project();
    const elsewhere = path.join(root, 'elsewhere');
    renameSync(folder, elsewhere);
    symlinkSync(elsewhere, folder);
    const errors = errorsOf((await loadContent(root)).problems);
    expect(errors).toEqual([
      expect.objectContaining({
        file: `${REPORTS_DIR}/${year}`,
        zh: expect.stringMatching(/符号链接/),
        en: expect.stringMatching(/symbolic link/),
      }),
    ]);
  });

  it.each(['index.md', 'source.txt'])('refuses %s as a symbolic link, not "missing"', async (name) => {
    const { root, year, folder } = project();
    renameSync(path.join(folder, name), path.join(root, name));
    symlinkSync(path.join(root, name), path.join(folder, name));
    const errors = errorsOf((await loadContent(root)).problems);
    expect(errors).toContainEqual(
      expect.objectContaining({ file: `${REPORTS_DIR}/${year}/${name}`, zh: expect.stringMatching(/符号链接/) }),
    );
    expect(errors.map((p) => p.zh).join('\n')).not.toMatch(/缺少/);
  });

  it.each(['index.md', 'source.txt'])('refuses %s as a folder, not "missing"', async (name) => {
    const { root, year, folder } = project();
    rmSync(path.join(folder, name));
    mkdirSync(path.join(folder, name));
    const errors = errorsOf((await loadContent(root)).problems);
    expect(errors).toContainEqual(
      expect.objectContaining({
        file: `${REPORTS_DIR}/${year}/${name}`,
        zh: expect.stringContaining(`${name} 是一个文件夹`),
        en: expect.stringContaining(`${name} is a folder`),
      }),
    );
    expect(errors.map((p) => p.zh).join('\n')).not.toMatch(/缺少/);
  });

  it('refuses a file larger than any report, naming it', async () => {
    const { root, year, folder } = project();
    writeFileSync(path.join(folder, 'source.txt'), 'x'.repeat(MAX_FILE_BYTES + 1));
    const errors = errorsOf((await loadContent(root)).problems);
    expect(errors).toEqual([
      expect.objectContaining({ file: `${REPORTS_DIR}/${year}/source.txt`, zh: expect.stringMatching(/文件太大/) }),
    ]);
  });

  it('names a file nobody may read in both languages, with what to do', () => {
    const said = readError(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' }));
    expect(said.zh).toMatch(/没有读取这个文件（夹）的权限.*chmod/);
    expect(said.en).toMatch(/No permission to read/);
    expect(said.zh + said.en).not.toMatch(/permission denied/);
  });

  it.skipIf(process.getuid?.() === 0)(
    'refuses a mode-000 file at its own path (not as root: root reads it)',
    async () => {
      const { root, year, folder } = project();
      chmodSync(path.join(folder, 'index.md'), 0);
      const errors = errorsOf((await loadContent(root)).problems);
      expect(errors).toContainEqual(
        expect.objectContaining({ file: `${REPORTS_DIR}/${year}/index.md`, zh: expect.stringMatching(/没有读取/) }),
      );
    },
  );
});
