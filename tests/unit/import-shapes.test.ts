/**
 * Every real shape of a report imports into a draft that passes its own check, as the year
 * after the curated one and as an earlier year than the newest: no title line, no 文号, 一、
 * parts with or without （一） sections, numbered items only, no headings at all. A text of
 * headings only, or with an empty section, is refused.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPORTS_DIR } from '../../src/lib/content/files.ts';
import type { ReportInput } from '../../src/lib/content/checks/types.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { structureProblem } from '../../src/lib/import/door.ts';
import { importReport } from '../../src/lib/import/import-report.ts';
import { previousReport } from '../../src/lib/content/propose/continuing.ts';
import { importedFiles } from '../../src/lib/import/write.ts';
import { brokenContent } from '../support/content-fixture.ts';

const CURATED = 2023;
let curated: ReportInput;

beforeAll(async () => {
  curated = (await loadContent(brokenContent([], CURATED))).reports.find(
    (report) => report.data.documentNumber === '鞍委〔2024〕17号',
  )!;
});

/** Imports `text` as `year` beside the curated report and returns the problems of the new year. */
async function importAndCheck(text: string, year: number) {
  const root = brokenContent([], CURATED);
  const previous = year > CURATED ? previousReport(curated) : undefined;
  const result = importReport({ year, text, previous, today: '2000-01-01' });
  expect(structureProblem(result)).toBeNull();
  const folder = path.join(root, REPORTS_DIR, String(year));
  mkdirSync(folder);
  for (const file of importedFiles(result, text, 'https://example.gov.cn/r.html'))
    writeFileSync(path.join(folder, file.name), file.content);
  const { problems } = await loadContent(root);
  const errors = problems.filter((p) => p.file.includes(`/${year}/`) && p.severity !== 'warning');
  return { result, errors };
}

const paragraph = (words: string) => `\u3000\u3000${words}`;

const SHAPES: Record<string, string[]> = {
  'no title line (the first line is the preamble)': [
    paragraph('2024年，全市法治政府建设取得新进展，现将有关情况报告如下：'),
    '一、主要举措和成效',
    '（一）加强立法工作',
    paragraph('全年完成立法项目3件，开展立法调研12次。'),
    '（二）严格规范执法',
    paragraph('办理行政执法案件1500余件，执法人员培训率达100%。'),
    '二、存在的问题',
    paragraph('基层执法力量仍然薄弱。'),
  ],
  'no 文号, 一、 parts without （一） sections': [
    '关于2024年某县法治政府建设情况的报告',
    paragraph('2024年，县政府坚持依法行政，现报告如下：'),
    '一、加强党对法治政府建设的领导',
    paragraph('召开专题会议4次，研究法治建设重点任务。'),
    '二、深化行政执法体制改革',
    paragraph('整合执法队伍6支，办理执法案件近800件。'),
    '三、存在的不足',
    paragraph('法治宣传的覆盖面还不够广。'),
    '四、下一步工作安排',
    paragraph('继续推进严格规范公正文明执法。'),
  ],
  'numbered items only': [
    '关于2024年某局法治政府建设情况的报告',
    paragraph('现将本局2024年法治政府建设情况报告如下。'),
    '1.完善制度建设',
    paragraph('制定规范性文件5件，清理文件32件。'),
    '2.强化执法监督',
    paragraph('开展执法检查18次，发现问题41个，全部整改。'),
    '3.下一步打算',
    paragraph('进一步提高依法行政水平。'),
  ],
  'no headings at all (one section)': [
    '关于2024年某街道法治建设情况的报告',
    paragraph('2024年，街道办事处认真落实法治政府建设要求。'),
    paragraph('全年调解矛盾纠纷260件，调解成功率96%以上。'),
    paragraph('下一步，街道将继续加强法治宣传教育。'),
  ],
};

describe('every real shape imports into a draft that passes its own check', () => {
  for (const [shape, lines] of Object.entries(SHAPES)) {
    it(`${shape}: as the year after the curated one and as an earlier year`, async () => {
      for (const year of [CURATED + 1, CURATED - 1]) {
        // The texts speak of 2024; as another year, of that year.
        const text = `${lines.join('\n')}\n`.replaceAll('2024', String(year));
        const { result, errors } = await importAndCheck(text, year);
        expect(errors.map((e) => `${year} ${e.file} ${e.zh}`)).toEqual([]);
        expect(result.sections.length).toBeGreaterThan(0);
        expect(result.sections.every((section) => section.body.trim() !== '')).toBe(true);
      }
    });
  }
});

describe('a text with nothing to publish is refused with a message', () => {
  it.each([
    ['headings only', '关于2024年的报告\n一、主要举措和成效\n（一）加强立法\n（二）严格执法\n二、存在的问题\n'],
    [
      'an empty section',
      '关于2024年的报告\n一、主要举措\n（一）加强立法\n完成立法3件。\n（二）严格执法\n二、存在的问题\n问题仍多。\n',
    ],
    ['a title only', '关于2024年的报告\n'],
  ])('%s', (_name, text) => {
    const result = importReport({ year: 2024, text, today: '2000-01-01' });
    const problem = structureProblem(result);
    expect(problem?.zh).toMatch(/没有正文/);
    expect(problem?.en).toMatch(/no (text|body)/);
  });
});
