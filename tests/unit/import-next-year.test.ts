/**
 * A realistic next year (tests/fixtures/import-realistic.ts): every continuing figure keeps
 * its id through changed numbers, a unit change (flagged) and reworded sentences (relabelled
 * from this year's words); the renamed section keeps its address and headline; new figures get
 * ids nobody types; withdrawn charts stay behind; and the draft passes its own check.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPORTS_DIR } from '../../src/lib/content/files.ts';
import type { ReportInput } from '../../src/lib/content/checks/types.ts';
import { idSchema } from '../../src/lib/content/field-schemas.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { importReport, type ImportResult } from '../../src/lib/import/import-report.ts';
import { previousReport } from '../../src/lib/content/propose/continuing.ts';
import { importedFiles } from '../../src/lib/import/write.ts';
import { brokenContent } from '../support/content-fixture.ts';
import { RENAMED, realisticNextYear, type RealisticNextYear } from '../fixtures/import-realistic.ts';
import { asNextYear } from '../fixtures/import-texts.ts';

let curated: ReportInput;
let next: RealisticNextYear;
let result: ImportResult;
let year: number;

beforeAll(async () => {
  const root = brokenContent([], 2023);
  curated = (await loadContent(root)).reports.find((report) => report.data.documentNumber === '鞍委〔2024〕17号')!;
  year = curated.year + 1;
  const source = readFileSync(path.join(root, REPORTS_DIR, String(curated.year), 'source.txt'), 'utf8');
  next = realisticNextYear(source, curated);
  next.text = asNextYear(next.text, curated, year);
  result = importReport({ year, text: next.text, previous: previousReport(curated), today: '2000-01-01' });
});

const metrics = () => result.sections.flatMap((section) => section.metrics.map((metric) => ({ ...metric, section })));

describe('a realistic next year', () => {
  it('keeps the id of every continuing figure, through a unit change and reworded sentences', () => {
    const found = metrics();
    const lost = next.continuing.filter(({ id, text }) => !found.some((m) => m.id === id && m.text === text));
    expect(lost).toEqual([]);
    expect(result.notes.gone).toEqual([]);
    expect(result.notes.unitChanged.map((change) => [change.id, change.from, change.to])).toEqual([
      [next.unitChanged, '件', '件次'],
    ]);
    // A reworded sentence: same id, and a label from this year's words where last year's no longer fits.
    for (const id of next.reworded) {
      const metric = found.find((m) => m.id === id)!;
      expect(next.text).toContain(metric.label.replace(/[^\p{Script=Han}]/gu, '').slice(0, 4));
    }
  });

  it('gives every new figure a valid id nobody typed and a label that is not a verb stub', () => {
    const added = result.notes.provisional.filter((metric) => !next.continuing.some(({ id }) => id === metric.id));
    expect(added.map((metric) => metric.text)).toEqual(next.added);
    for (const metric of added) {
      expect(idSchema.safeParse(metric.id).success).toBe(true);
      expect(metric.id).not.toMatch(/figure-\d/);
      expect(metric.label).not.toMatch(/(至|到|制作|播出|达到)$/);
    }
    console.log(
      `realistic next year: ${metrics().length} figures · ids kept ${result.notes.kept.length} · new ${added.length}\n` +
        added.map((metric) => `  ${metric.id} · ${metric.label} · ${metric.text}`).join('\n') +
        `\nrelabelled: ${result.notes.relabelled.map((r) => `${r.id} ${r.from} → ${r.to}`).join('; ')}`,
    );
  });

  it('keeps a renamed section’s address and headline; the removed one is named; the added one gets a slug', () => {
    const renamed = result.sections.find((section) => section.title === RENAMED.to)!;
    const before = curated.sections.find((section) => section.data.title === RENAMED.from)!;
    expect(renamed.slug).toBe(before.data.slug);
    expect(renamed.headline).toEqual(before.data.headline);
    expect(result.notes.sectionsGone).toEqual(['emergency-response']);
    expect(result.notes.droppedHeadline).toEqual([]);
    const added = result.sections.find((section) => section.title.startsWith('行政复议'))!;
    expect(added.continues).toBeNull();
    expect(added.slug).toMatch(/^[a-z][a-z-]*$/);
  });

  it('leaves withdrawn charts behind', () => {
    const withdrawn = curated.sections.flatMap((s) => s.data.charts.filter((c) => c.withdrawn).map((c) => c.id));
    expect(withdrawn.length).toBeGreaterThan(0);
    const carried = result.sections.flatMap((section) => section.charts.map((chart) => chart.id));
    for (const id of withdrawn) expect(carried).not.toContain(id);
  });

  it('imports into a draft that passes its own check', async () => {
    const root = brokenContent([], curated.year);
    const folder = path.join(root, REPORTS_DIR, String(year));
    mkdirSync(folder);
    for (const file of importedFiles(result, next.text, 'https://example.gov.cn/r.html'))
      writeFileSync(path.join(folder, file.name), file.content);
    const { problems } = await loadContent(root);
    const errors = problems.filter((p) => p.file.includes(`/${year}/`) && p.severity !== 'warning');
    expect(errors.map((p) => `${p.file} ${p.zh}`)).toEqual([]);
  });
});
