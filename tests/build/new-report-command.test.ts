/**
 * `npm run new-report -- <year> --from <file>` end to end, on a throwaway copy of the project:
 * the next year's official text (made from the copied report with every figure changed, saved
 * as GB18030 with CRLF the way Chinese Windows saves it) is imported as a draft that passes
 * `npm run check`; deleting the draft line and building publishes it with last year's ids and
 * year-over-year changes. A report of another kind (a bureau's: no 文号, no source URL, new
 * sections) imported as the year after is published in the same build and renders without them.
 * An existing year is never overwritten.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPORTS_DIR } from '../../src/lib/content/files.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { projectCopy, runScript } from '../fixtures/multiyear.ts';
import { asNextYear, BUREAU_REPORT, nextYearText, type ChangedFigure } from '../fixtures/import-texts.ts';
import { encodeGb18030 } from '../support/gb18030.ts';

interface Row {
  year: number;
  id: string;
  value: number;
  text: string;
}

let root: string;
let last: number;
let year: number;
let figures: ChangedFigure[];
let imported: ReturnType<typeof runScript>;
let bureau: ReturnType<typeof runScript>;
const folder = (y: number) => path.join(root, REPORTS_DIR, String(y));

/** A fingerprint of every file of a year, to prove nothing was changed. */
const fingerprint = (y: number) =>
  readdirSync(folder(y))
    .sort()
    .map(
      (name) =>
        `${name}:${createHash('sha256')
          .update(readFileSync(path.join(folder(y), name)))
          .digest('hex')}`,
    )
    .join('\n');

beforeAll(async () => {
  root = projectCopy();
  const { reports } = await loadContent(root);
  const report = reports.at(-1)!;
  last = report.year;
  year = last + 1;
  const source = readFileSync(path.join(folder(last), 'source.txt'), 'utf8');
  const next = nextYearText(source, report);
  figures = next.figures;
  const text = asNextYear(next.text, report, year);
  writeFileSync(path.join(root, 'next.txt'), encodeGb18030(text.replaceAll('\n', '\r\n')));
  imported = runScript(
    root,
    'new-report.ts',
    String(year),
    '--from',
    'next.txt',
    '--url',
    'https://example.gov.cn/next.html',
  );
  // The bureau's report of the year after (its title names its own year, as the check requires).
  writeFileSync(path.join(root, 'bureau.txt'), BUREAU_REPORT.replace('关于2024年', `关于${year + 1}年`));
  bureau = runScript(root, 'new-report.ts', String(year + 1), '--from', 'bureau.txt');
}, 60_000);

describe('new-report --from', () => {
  it('imports the text, saying what it found and how long it took', () => {
    expect(imported.status, imported.stderr).toBe(0);
    expect(imported.stdout).toContain('已从 GB18030/GBK 转换为 UTF-8');
    expect(imported.stdout).toContain(`沿用去年 id ${figures.length} 个 kept · 新 id 0 个 new`);
    expect(imported.stdout).toMatch(/用时 \d+ 毫秒 Took \d+ ms\./);
    console.log(
      `new-report --from: ${Math.round(imported.ms)} ms (the script's own count: ${/Took (\d+) ms/.exec(imported.stdout)![1]} ms)`,
    );
    expect(readFileSync(path.join(folder(year), 'index.md'), 'utf8')).toMatch(/^draft: true/m);
  });

  it('never overwrites an existing year, even with --from', () => {
    for (const y of [year, last]) {
      const before = fingerprint(y);
      const again = runScript(root, 'new-report.ts', String(y), '--from', 'next.txt');
      expect(again.status).toBe(1);
      expect(again.stderr).toContain('已经存在，没有做任何改动');
      expect(fingerprint(y)).toBe(before);
    }
  });

  it('makes a draft that passes the check, and publishes it once the draft line is deleted', () => {
    const check = runScript(root, 'check-content.ts');
    expect(check.status, check.stdout).toBe(0);
    expect(bureau.status, bureau.stderr).toBe(0);
    for (const y of [year, year + 1]) {
      const index = path.join(folder(y), 'index.md');
      writeFileSync(index, readFileSync(index, 'utf8').replace(/^draft: true.*\n/m, ''));
    }
    const build = runScript(root, 'build.ts');
    expect(build.status, build.stdout + build.stderr).toBe(0);

    const rows = (JSON.parse(readFileSync(path.join(root, 'dist/data/metrics.json'), 'utf8')) as { metrics: Row[] })
      .metrics;
    const published = rows.filter((row) => row.year === year);
    expect(
      published.map(({ id, value, text }) => ({ id, value, text })).sort((a, b) => a.id.localeCompare(b.id)),
    ).toEqual(figures.map(({ id, value, text }) => ({ id, value, text })).sort((a, b) => a.id.localeCompare(b.id)));
    // Year-over-year changes appear beside the figures of the new year.
    const legalAid = figures.find((figure) => figure.id === 'legal-aid-cases');
    const page = readFileSync(path.join(root, 'dist', String(year), legalAid?.section ?? '', 'index.html'), 'utf8');
    expect(page).toContain('较上年');
    expect(page).toContain(`较${last}年`);
  });

  it('renders the bureau’s report without a 文号 or source URL, citing it by its title', () => {
    const html = (...parts: string[]) => readFileSync(path.join(root, 'dist', ...parts, 'index.html'), 'utf8');
    const cover = html(String(year + 1));
    expect(cover).toContain(`关于${year + 1}年法治政府建设工作情况的报告`);
    expect(cover).not.toContain('<dt>文号</dt>');
    const section = html(String(year + 1), 'services');
    expect(section).toContain(`据《关于${year + 1}年法治政府建设工作情况的报告》`);
    for (const text of [cover, section, html(''), readFileSync(path.join(root, 'dist/feed.xml'), 'utf8')])
      expect(text).not.toMatch(/undefined|（）/);
  });
});
