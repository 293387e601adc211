/**
 * Broken copies of the real content, for tests of the content checks: copy a year's
 * folder into a temporary project root, then apply edits staff might make by mistake.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPORTS_DIR } from '../../src/lib/content/files.ts';

export interface Edit {
  /** File inside the year's folder: "05-dispute-resolution.md". */
  file: string;
  /** Exact text to find (must occur), and what to put instead. */
  find: string;
  replace: string;
}

/** A temporary project root holding a copy of content/reports/<year> with the edits applied. */
export function brokenContent(edits: Edit[], year = 2023): string {
  const root = mkdtempSync(path.join(tmpdir(), 'report-content-'));
  const target = path.join(root, REPORTS_DIR, String(year));
  cpSync(path.resolve(REPORTS_DIR, String(year)), target, { recursive: true });
  for (const edit of edits) {
    const file = path.join(target, edit.file);
    const text = readFileSync(file, 'utf8');
    if (!text.includes(edit.find)) throw new Error(`Fixture edit not applicable: ${edit.file} has no ${edit.find}`);
    writeFileSync(file, text.replace(edit.find, edit.replace));
  }
  return root;
}
