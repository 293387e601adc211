/**
 * What `npm run check` tells staff about figures after an import: new figures to confirm
 * (provisional ids, as warnings), and for a number nobody declared, the entry to paste, with
 * last year's id when the words around it continue one of last year's figures.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDocument, isSeq, isMap } from 'yaml';
import { REPORTS_DIR } from '../../src/lib/content/files.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import type { ReportInput } from '../../src/lib/content/checks/types.ts';
import { splitFrontmatter } from '../../src/lib/content/files.ts';
import { importReport } from '../../src/lib/import/import-report.ts';
import { previousReport } from '../../src/lib/content/propose/continuing.ts';
import { importedFiles } from '../../src/lib/import/write.ts';
import { brokenContent } from '../support/content-fixture.ts';
import { asNextYear, BUREAU_REPORT, nextYearText } from '../fixtures/import-texts.ts';

const YEAR = 2023;
let curated: ReportInput;

beforeAll(async () => {
  curated = (await loadContent(brokenContent([], YEAR))).reports.find((report) => report.year === YEAR)!;
});

/** A project with the curated year and `text` imported as the next one; `edit` may change a file first. */
function importedProject(text: string, edit?: (folder: string) => void) {
  const root = brokenContent([], YEAR);
  const folder = path.join(root, REPORTS_DIR, String(YEAR + 1));
  mkdirSync(folder);
  const result = importReport({ year: YEAR + 1, text, previous: previousReport(curated), today: '2000-01-01' });
  for (const file of importedFiles(result, text, 'https://example.gov.cn/r.html'))
    writeFileSync(path.join(folder, file.name), file.content);
  edit?.(folder);
  return root;
}

describe('new figures to confirm', () => {
  it('lists the provisional ids of each section once, as a warning', async () => {
    const { problems } = await loadContent(importedProject(BUREAU_REPORT));
    const provisional = problems.filter((p) => p.zh.includes('provisional: true'));
    expect(provisional.map((p) => [path.basename(p.file), p.severity])).toEqual([
      ['01-services.md', 'warning'],
      ['02-administrative-review.md', 'warning'],
      ['03-plans.md', 'warning'],
    ]);
    expect(provisional[0]!.zh).toContain('gongzheng-shixiang（办理公证事项，近3000件）');
    expect(problems.filter((p) => p.severity !== 'warning' && p.file.includes(`/${YEAR + 1}/`))).toEqual([]);
  });
});

describe('an undeclared number: the entry to paste', () => {
  it('gives value, unit, text and last year’s id for a figure staff left out', async () => {
    const next = nextYearText(
      readFileSync(path.join(brokenContent([], YEAR), REPORTS_DIR, String(YEAR), 'source.txt'), 'utf8'),
      curated,
    );
    const { figures } = next;
    const text = asNextYear(next.text, curated, YEAR + 1);
    const removed = figures.find((figure) => figure.id === 'disputes-resolved')!;
    const root = importedProject(text, (folder) => {
      const name = readdirSync(folder).find((file) => file.endsWith(`-${removed.section}.md`))!;
      const file = path.join(folder, name);
      const { frontmatter, body } = splitFrontmatter(readFileSync(file, 'utf8'))!;
      const document = parseDocument(frontmatter);
      const metrics = document.get('metrics');
      if (!isSeq(metrics)) throw new Error('no metrics');
      metrics.items = metrics.items.filter((item) => !(isMap(item) && item.get('id') === removed.id));
      writeFileSync(file, `---\n${document.toString()}---\n${body}`);
    });
    const { problems } = await loadContent(root);
    const found = problems.filter((p) => p.file.includes(`/${YEAR + 1}/`) && p.severity !== 'warning');
    expect(found).toHaveLength(1);
    expect(found[0]!.zh).toContain(`（id 沿用去年的 ${removed.id}）`);
    expect(found[0]!.zh).toContain(
      [
        `- id: ${removed.id}`,
        '  label: 排查化解矛盾纠纷',
        `  value: ${removed.value}`,
        '  unit: 件',
        `  text: ${removed.text}`,
      ]
        .map((line) => `      ${line}`)
        .join('\n'),
    );
  });
});
