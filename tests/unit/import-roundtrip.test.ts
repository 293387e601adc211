/**
 * The whole import, in memory, against a real report copied into a temporary project:
 *  - round trip: a report's own source.txt, imported as a new year and matched against that
 *    report, gives back its curated figures and every id;
 *  - a next year with every figure changed: each found with its new value and last year's id;
 *  - a report of another structure: its sections and figures, no 文号, new slugs and ids;
 * and each imported draft passes the content check with no error.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPORTS_DIR } from '../../src/lib/content/files.ts';
import type { ReportInput } from '../../src/lib/content/checks/types.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { decodeText } from '../../src/lib/import/decode.ts';
import { importReport, type ImportResult } from '../../src/lib/import/import-report.ts';
import { previousReport } from '../../src/lib/content/propose/continuing.ts';
import { importSummary } from '../../src/lib/import/summary.ts';
import { importedFiles } from '../../src/lib/import/write.ts';
import { brokenContent } from '../support/content-fixture.ts';
import { encodeGb18030 } from '../support/gb18030.ts';
import { asNextYear, BUREAU_FIGURES, BUREAU_REPORT, nextYearText } from '../fixtures/import-texts.ts';

/** The curated report the tests import against (the repository's 2023 report, copied). */
const YEAR = 2023;
let root: string;
let curated: ReportInput;
let source: string;

beforeAll(async () => {
  root = brokenContent([], YEAR);
  const { reports } = await loadContent(root);
  curated = reports.find((report) => report.year === YEAR)!;
  source = readFileSync(path.join(root, REPORTS_DIR, String(YEAR), 'source.txt'), 'utf8');
});

const run = (text: string, year = YEAR + 1) =>
  importReport({ year, text, previous: previousReport(curated), today: '2000-01-01' });

/** Writes an import into a copy of the project beside the curated year and runs the content check. */
async function checkImported(result: ImportResult, text: string, year = YEAR + 1) {
  const project = brokenContent([], YEAR);
  const folder = path.join(project, REPORTS_DIR, String(year));
  mkdirSync(folder);
  for (const file of importedFiles(result, text, 'https://example.gov.cn/report.html'))
    writeFileSync(path.join(folder, file.name), file.content);
  return (await loadContent(project)).problems.filter((problem) => problem.file.includes(`/${year}/`));
}

const key = (
  slug: string,
  m: { value: number | null; unit: string; qualifier?: string | undefined; text: string | null },
) => `${slug}|${m.value}|${m.unit}|${m.qualifier ?? ''}|${m.text}`;

describe('round trip: a report’s own text gives back its curated figures and ids', () => {
  it('finds every figure (value, unit, qualifier, text, section), none missed, none false, every id kept', () => {
    const result = run(source);
    const expected = curated.sections.flatMap((s) =>
      s.data.metrics.map((m) => ({ key: key(s.data.slug, m), id: m.id })),
    );
    const imported = result.sections.flatMap((s) => s.metrics.map((m) => ({ key: key(s.slug, m), id: m.id })));
    const remaining = [...imported];
    let idsKept = 0;
    const missed = expected.filter(({ key: wanted, id }) => {
      const at = remaining.findIndex((figure) => figure.key === wanted);
      if (at === -1) return true;
      if (remaining[at]!.id === id) idsKept++;
      remaining.splice(at, 1);
      return false;
    });
    console.log(
      `round trip: ${expected.length} curated figures · found ${expected.length - missed.length} · missed ${missed.length} · false ${remaining.length} · ids kept ${idsKept}`,
    );
    expect(missed).toEqual([]);
    expect(remaining).toEqual([]);
    expect(idsKept).toBe(expected.length);
    expect(result.notes.provisional).toEqual([]);
  });

  it('keeps sections, slugs, titles, kinds, labels, parts, rates, headlines and charts', () => {
    const result = run(source);
    const sorted = [...curated.sections].sort((a, b) => a.data.order - b.data.order);
    expect(result.sections.map((s) => [s.order, s.slug, s.kind, s.title])).toEqual(
      sorted.map((s) => [s.data.order, s.data.slug, s.data.kind, s.data.title]),
    );
    for (const [index, section] of sorted.entries()) {
      const imported = result.sections[index]!;
      const strip = ({ context: _context, ...metric }: Record<string, unknown>) => metric;
      expect(imported.metrics.map(strip)).toEqual(section.data.metrics.map(strip));
      expect(imported.headline).toEqual(section.data.headline);
      // A withdrawn chart stays in its own year: it is not carried into the next.
      const drawn = (charts: { id: string; withdrawn?: string | undefined }[]) =>
        charts.filter((c) => !c.withdrawn).map((c) => c.id);
      expect(imported.charts.map((c) => c.id)).toEqual(drawn(section.data.charts));
      expect(imported.body).toBe(section.body.trim());
    }
    expect(result.report.headline).toEqual(curated.data.headline);
    expect(result.report.charts.map((c) => c.id)).toEqual(
      curated.data.charts.filter((c) => !c.withdrawn).map((c) => c.id),
    );
    expect(result.report).toMatchObject({
      title: curated.data.title,
      issuers: curated.data.issuers,
      documentNumber: curated.data.documentNumber,
      preamble: curated.body.trim(),
    });
    expect(new Date(result.report.published)).toEqual(curated.data.published);
    // The byline names the office; the curated field may name it in full (鞍山市司法局法治调研督察科).
    expect(curated.data.source).toContain(result.report.source);
  });

  it('reads the same from GB18030 with CRLF, a BOM-less paste with full-width punctuation and indentation', () => {
    const expected = run(source);
    const gbk = decodeText(encodeGb18030(source.replaceAll('\n', '\r\n')));
    expect(gbk.encoding).toBe('gb18030');
    expect(run(gbk.text)).toEqual(expected);
    const pasted = source
      .replace(/[,;:()]/g, (c) => ({ ',': '，', ';': '；', ':': '：', '(': '（', ')': '）' })[c]!)
      .replace(/^ +/gm, '\u3000\u3000');
    expect(run(pasted).sections).toEqual(expected.sections);
  });
});

describe('a next year with every figure changed', () => {
  it('finds each figure with its new value and last year’s id, and the draft passes the check', async () => {
    const next = nextYearText(source, curated);
    const text = asNextYear(next.text, curated, YEAR + 1);
    const { figures } = next;
    const result = run(text);
    const imported = new Map(result.sections.flatMap((s) => s.metrics.map((m) => [m.id, { ...m, section: s.slug }])));
    for (const figure of figures) {
      expect(imported.get(figure.id), figure.id).toMatchObject({
        section: figure.section,
        text: figure.text,
        value: figure.value,
      });
    }
    expect(imported.size).toBe(figures.length);
    expect(result.notes.droppedRelations).toEqual([]);
    const problems = await checkImported(result, text);
    expect(problems.filter((p) => p.severity !== 'warning')).toEqual([]);
  });
});

describe('a report of another structure (a bureau, no 文号, new sections)', () => {
  it('imports its sections and figures with new slugs and provisional ids, and passes the check', async () => {
    const result = run(BUREAU_REPORT);
    expect(result.report.documentNumber).toBeUndefined();
    expect(result.notes.missing).toEqual(['documentNumber', 'source']);
    expect(result.sections.map((s) => s.slug)).toEqual(['services', 'administrative-review', 'plans']);
    expect(result.sections.map((s) => s.continues)).toEqual([null, null, 'plans']);
    const figures = result.sections.flatMap((s) =>
      s.metrics.map((m) => [s.order, m.text, m.value, m.unit, m.qualifier ?? null]),
    );
    expect(figures).toEqual(BUREAU_FIGURES.map((figure) => [...figure]));
    for (const metric of result.notes.provisional) expect(metric.id).toMatch(/^[a-z][a-z0-9-]*$/);
    // 受理法律援助案件 continues last year's figure, in another section; its parts are gone, so partsSum is dropped.
    expect(result.notes.kept.map((metric) => metric.id)).toEqual(['legal-aid-cases']);
    expect(result.notes.droppedRelations).toEqual(['legal-aid-cases.partsSum']);
    expect(result.report.headline).toEqual(['legal-aid-cases']);
    // Last year's parts and the sections and charts that are gone are reported, not kept.
    expect(result.notes.sectionsGone).toContain('problems');
    expect(result.notes.droppedCharts.length).toBeGreaterThan(0);
    const files = importedFiles(result, BUREAU_REPORT);
    expect(files.find((file) => file.name === 'index.md')!.content).not.toMatch(/documentNumber/);
    const problems = await checkImported(result, BUREAU_REPORT);
    expect(problems.filter((p) => p.severity !== 'warning')).toEqual([]);
  });

  it('prints what it found and what staff must still check', () => {
    const result = run(BUREAU_REPORT);
    const decoded = decodeText(encodeGb18030(BUREAU_REPORT));
    const printed = importSummary({
      result,
      decoded,
      folder: 'content/reports/2024/',
      previousYear: YEAR,
      hasUrl: false,
      milliseconds: 812,
    }).join('\n');
    expect(printed).toContain('已从 GB18030/GBK 转换为 UTF-8');
    expect(printed).toContain('01-services.md  优化公共法律服务供给（6 个数字 figures）  新章节，slug 可改');
    expect(printed).toContain(`03-plans.md  下一步工作打算（1 个数字 figures）  沿用 ${YEAR} 年`);
    expect(printed).toContain('数字 9 个 figures: 沿用去年 id 1 个 kept · 新 id 8 个 new');
    expect(printed).toContain('services · banli-shixian · 公证办理时限 · 5个工作日以内');
    expect(printed).toContain('原文没有文号 documentNumber');
    expect(printed).toContain('填写 sourceUrl');
    expect(printed).toContain('用时 812 毫秒 Took 812 ms.');
  });
});
