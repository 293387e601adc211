/**
 * Content checks across years, on a copy of the real 2023 report with a scaffolded (and
 * sometimes filled) fictitious 2024: drafts warn, unfinished reports fail with one list,
 * figures dropped or renamed since last year are pointed out.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { formatPath } from '../../src/lib/content/print-problems.ts';
import { splitFrontmatter } from '../../src/lib/content/files.ts';
import { loadContent, problemsForBuild } from '../../src/lib/content/load.ts';
import type { Problem } from '../../src/lib/content/messages.ts';
import {
  CHANGES_2024,
  contentOnly,
  editFile,
  fillYear,
  linkPlans,
  runScript,
  scaffoldInProcess,
} from '../fixtures/multiyear.ts';

const DISPUTES = '05-dispute-resolution.md';
const HALF_WIDTH_IN_CHINESE = /[\p{Script=Han}][,;:()]|[,;:()][\p{Script=Han}]/u;
const in2024 = (problems: Problem[], file = '') =>
  problems.filter((p) => p.file.startsWith('content/reports/2024/') && p.file.endsWith(file));
const errors = (problems: Problem[]) => problems.filter((p) => p.severity !== 'warning');

function expectReadable(problems: Problem[]) {
  for (const p of problems) {
    expect(p.zh).not.toMatch(HALF_WIDTH_IN_CHINESE);
    expect(p.en.length).toBeGreaterThan(10);
  }
}

/** 2023 plus a 2024 scaffolded from it, optionally filled with the fixture's changes. */
function twoYears({ fill = false, draft = false } = {}) {
  const root = contentOnly();
  scaffoldInProcess(root, 2023, 2024);
  if (fill) fillYear(root, { year: 2024, from: 2023, changes: CHANGES_2024, draft });
  return root;
}

describe('npm run new-report', () => {
  it('scaffolds the next year: same sections, slugs, ids, labels and units; values to fill; a draft', () => {
    const root = contentOnly();
    const result = runScript(path.resolve('.'), 'new-report.ts', '2024', root);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('draft: true');
    const read = (year: number, name: string) => {
      const split = splitFrontmatter(readFileSync(path.join(root, 'content/reports', String(year), name), 'utf8'))!;
      return { data: parse(split.frontmatter) as Record<string, unknown>, body: split.body };
    };
    const before = read(2023, DISPUTES);
    const after = read(2024, DISPUTES);
    for (const key of ['order', 'slug', 'kind', 'title', 'headline']) expect(after.data[key]).toEqual(before.data[key]);
    const shape = (m: Record<string, unknown>) => [m['id'], m['label'], m['unit'], m['partOf'], m['partsSum']];
    const metrics = (d: Record<string, unknown>) => d['metrics'] as Record<string, unknown>[];
    expect(metrics(after.data).map(shape)).toEqual(metrics(before.data).map(shape));
    expect(metrics(after.data).every((m) => m['value'] === null && m['text'] === null && !m['context'])).toBe(true);
    expect(after.body).toContain('【待粘贴原文】');
    const index = read(2024, 'index.md');
    expect(index.data['draft']).toBe(true);
    expect(index.data['title']).toBe('关于2024年鞍山市法治政府建设情况的报告');
    expect(read(2024, '12-plans.md').data['title']).toBe('2025年重点工作安排');
  });

  it('refuses to overwrite a year that exists', () => {
    const root = contentOnly();
    const result = runScript(path.resolve('.'), 'new-report.ts', '2023', root);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/已经存在.*\n.*already exists/);
  });
});

describe('a draft', () => {
  it('just scaffolded: no error, one list of unfilled figures per section, no cascade', async () => {
    const { problems } = await loadContent(twoYears());
    expect(errors(problems)).toEqual([]);
    const disputes = in2024(problems, DISPUTES);
    expect(disputes).toHaveLength(2);
    expect(disputes[0]!.zh).toMatch(/还有 20 个指标没有填写.*legal-aid-cases/);
    expect(formatPath(disputes[0]!.path)).toBe('metrics[0]');
    expect(disputes[0]!.line).toBeGreaterThan(0);
    expect(disputes[0]!.en).toMatch(
      /^20 metric\(s\) of this section are not filled in yet \(draft\): metrics\[0\] disputes-resolved; /,
    );
    expect(disputes[1]!.zh).toMatch(/正文还是占位文字/);
    expect(disputes[1]!.en).toMatch(
      /^The body is still the placeholder \(draft\): replace it with the official text\./,
    );
    expectReadable(problems);
  });

  it('half filled (text pasted, figures not yet): warnings, the undeclared numbers in one list', async () => {
    const root = twoYears({ fill: true, draft: true });
    // Staff pasted the text but have not filled in the arbitration figures yet.
    for (const id of ['arbitration-applications', 'arbitration-claim-amount']) {
      const text = readFileSync(path.join(root, 'content/reports/2024', DISPUTES), 'utf8');
      const block = new RegExp(`(id: ${id}\\n(?:    .*\\n)*?)    value: .*\\n((?:    .*\\n)*?)    text: .*\\n`);
      editFile(
        root,
        2024,
        DISPUTES,
        block.exec(text)![0],
        block
          .exec(text)![0]
          .replace(/value: .*/, 'value:')
          .replace(/text: .*/, 'text:'),
      );
    }
    const { problems } = await loadContent(root);
    expect(errors(problems)).toEqual([]);
    const disputes = in2024(problems, DISPUTES).filter((p) => !/单位与 2023 年不同/.test(p.zh));
    expect(disputes.map((p) => p.zh)).toEqual([
      expect.stringMatching(/还有 2 个指标没有填写.*arbitration-applications.*arbitration-claim-amount/),
      expect.stringMatching(/还有 2 个数字没有对应已填写的指标：150、4\.2/),
    ]);
    expect(disputes.map((p) => p.en)).toEqual([
      expect.stringMatching(
        /^2 metric\(s\) .* \(draft\): metrics\[\d+\] arbitration-applications; metrics\[\d+\] arbitration-claim-amount\./,
      ),
      expect.stringMatching(
        /^2 number\(s\) in the body match no filled-in metric yet: 150, 4\.2\. Fill in the 2 unfilled/,
      ),
    ]);
    expectReadable(problems);
  });

  it('is left out of the build, its problems summed up in one warning', async () => {
    const loaded = await loadContent(twoYears());
    const forBuild = problemsForBuild(loaded);
    expect(forBuild).toHaveLength(1);
    expect(forBuild[0]).toMatchObject({ severity: 'warning', file: 'content/reports/2024/index.md' });
    expect(forBuild[0]!.zh).toMatch(/2024 年报告是草稿.*不会发布.*npm run check/);
    expect(forBuild[0]!.en).toMatch(
      /^The 2024 report is a draft \(draft: true\) and is not published\. It has \d+ open item\(s\): run npm run check/,
    );
  });
});

describe('a report marked ready (no draft line) that is not finished', () => {
  it('fails with the list of figures still to fill, file by file', async () => {
    const root = twoYears();
    editFile(
      root,
      2024,
      'index.md',
      /draft: true.*\n/.exec(readFileSync(path.join(root, 'content/reports/2024/index.md'), 'utf8'))![0],
      '',
    );
    const { problems } = await loadContent(root);
    const unfilled = errors(problems).filter((p) => /指标没有填写/.test(p.zh));
    expect(unfilled).toHaveLength(9); // the nine sections with figures
    const disputes = unfilled.find((p) => p.file.endsWith(DISPUTES))!;
    expect(disputes.zh).toMatch(
      /本节有 20 个指标没有填写，报告不能发布：metrics\[0\] disputes-resolved（排查化解矛盾纠纷）/,
    );
    expect(disputes.zh).toMatch(/draft: true/);
    expect(disputes.en).toMatch(
      /^20 metric\(s\) of this section are not filled in, so the report cannot be published: metrics\[0\] disputes-resolved; .*draft: true in index\.md\.$/,
    );
    // Last year's number, date and URL left unchanged are errors too.
    const index = errors(problems)
      .filter((p) => p.file.endsWith('2024/index.md'))
      .map((p) => formatPath(p.path));
    expect(index).toEqual(expect.arrayContaining(['documentNumber', 'published', 'sourceUrl']));
    expect(errors(problems).some((p) => p.file.endsWith('2024/source.txt'))).toBe(true);
    expectReadable(problems);
    expect(problemsForBuild({ reports: [], problems }).filter((p) => p.severity !== 'warning')).toHaveLength(
      errors(problems).length,
    );
  });
});

describe('between two years', () => {
  it('a filled report passes; a unit that changed is a warning', async () => {
    const root = twoYears({ fill: true });
    linkPlans(root);
    const { problems } = await loadContent(root);
    expect(errors(problems)).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'warning', path: ['metrics', 10, 'unit'] });
    expect(problems[0]!.zh).toMatch(/单位与 2023 年不同.*去年是「件」，今年是「项」/);
    expect(problems[0]!.en).toMatch(/^The unit of "[a-z-]+" changed since 2023 \(件 → 项\)\./);
  });

  it('warns (without failing) on an id of last year missing this year, and on a renamed-looking new id', async () => {
    const root = twoYears({ fill: true });
    editFile(root, 2024, DISPUTES, 'id: disputes-resolved\n', 'id: disputes-settled\n');
    const { problems } = await loadContent(root);
    expect(errors(problems)).toEqual([]);
    const missing = problems.find((p) => /今年没有/.test(p.zh))!;
    expect(missing).toMatchObject({ severity: 'warning', file: `content/reports/2024/${DISPUTES}` });
    expect(missing.zh).toMatch(/disputes-resolved（排查化解矛盾纠纷）/);
    expect(missing.en).toMatch(/^1 metric id\(s\) of the 2023 report are not in this year's: disputes-resolved\./);
    const renamed = problems.find((p) => /像是改了名/.test(p.zh))!;
    expect(renamed).toMatchObject({ severity: 'warning', path: ['metrics', 0, 'id'] });
    expect(renamed.zh).toMatch(/请改回 id: disputes-resolved/);
    expect(renamed.en).toMatch(
      /^"disputes-settled" is a new id with the same label as 2023's "disputes-resolved": it looks renamed\./,
    );
    expect(renamed.line).toBeGreaterThan(0);
    expectReadable(problems);
  });

  it('checks plan links: the item must be a heading of the plan, the section one of next year', async () => {
    const root = twoYears({ fill: true });
    linkPlans(root, 2023, [
      { item: '营造法治环境', section: 'business-environment' },
      { item: '完善司法保障机制', section: 'courts' },
    ]);
    const { problems } = await loadContent(root);
    const plans = errors(problems).filter((p) => p.file.endsWith('2023/12-plans.md'));
    expect(plans.map((p) => formatPath(p.path))).toEqual(['followUps[0].item', 'followUps[1].section']);
    expect(plans[0]!.zh).toMatch(/不是本节正文中的小标题/);
    expect(plans[1]!.zh).toMatch(/不是 2024 年报告的章节.*dispute-resolution/);
    expect(plans[0]!.en).toMatch(/^followUps item "营造法治环境" is not a heading of this section's body\./);
    expect(plans[1]!.en).toMatch(
      /^followUps section "courts" is not a section of the 2024 report\. Slugs: .*dispute-resolution/,
    );
    expectReadable(problems);
  });

  it('the real content still passes: no error in any year, no warning in the official report', async () => {
    const { reports, problems } = await loadContent(process.cwd());
    expect(errors(problems)).toEqual([]);
    const official = reports.find((report) => report.data.documentNumber === '鞍委〔2024〕17号');
    const folder = official!.file.replace(/[^/]+$/, '');
    expect(problems.filter((p) => p.file.startsWith(folder))).toEqual([]);
  });
});
