/**
 * Global set-up of every test run: one temporary folder for the whole run, removed at its end.
 * Tests make their copies of the project, sites and servers with `os.tmpdir()`, which reads
 * TMPDIR; pointed here before any worker starts, everything they leave goes with it. (Runs used
 * to leave hundreds of copies in /tmp, gigabytes a week, and a disk that slows down as it fills
 * with freed inodes: see scripts/bench.ts.)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export default function setup(): () => void {
  const root = mkdtempSync(path.join(tmpdir(), 'report-tests-'));
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true });
}
