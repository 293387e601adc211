/**
 * Every class of bad content the build must reject, on a copy of the real 2023 report
 * with one mistake made the way staff might make it. Each must name the file and field,
 * in Chinese with English beside it.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { formatPath } from '../../src/lib/content/print-problems.ts';
import type { Problem } from '../../src/lib/content/messages.ts';
import { brokenContent, type Edit } from '../support/content-fixture.ts';

const DISPUTES = '05-dispute-resolution.md';
const INTEGRITY = '09-government-integrity.md';
const ENFORCEMENT = '04-law-enforcement.md';

async function problemsAfter(...edits: Edit[]): Promise<Problem[]> {
  return (await loadContent(brokenContent(edits))).problems;
}

/** Han characters next to ASCII , ; : ( ) — Chinese text must use full-width punctuation. */
const HALF_WIDTH_IN_CHINESE = /[\p{Script=Han}][,;:()]|[,;:()][\p{Script=Han}]/u;

function expectOne(problems: Problem[], file: string, field: string, zh: RegExp, en: RegExp) {
  const found = problems.filter((p) => p.file.endsWith(file) && formatPath(p.path) === field);
  expect(found, `problems: ${JSON.stringify(problems, null, 1)}`).toHaveLength(1);
  const [problem] = found;
  expect(problem!.zh).toMatch(zh);
  expect(problem!.en).toMatch(en);
  expect(problem!.zh).not.toMatch(HALF_WIDTH_IN_CHINESE);
  expect(problem!.line).toBeGreaterThan(0);
  return problem!;
}

describe('the real 2023 report', () => {
  it('passes every check', async () => {
    const { reports, problems } = await loadContent(process.cwd());
    // The archive always keeps the official report, found by its 文号: no problem at all in it,
    // and no error in any year (a year copied to start the next one may carry warnings).
    const official = reports.filter((report) => report.data.documentNumber === '鞍委〔2024〕17号');
    expect(official).toHaveLength(1);
    const folder = official[0]!.file.replace(/[^/]+$/, '');
    expect(problems.filter((p) => p.file.startsWith(folder))).toEqual([]);
    expect(problems.filter((p) => p.severity !== 'warning')).toEqual([]);
  });
});

describe('bad content is rejected with file, field and a way to fix it', () => {
  it('a figure whose text is not in the section body', async () => {
    const problems = await problemsAfter({ file: DISPUTES, find: 'text: 3016件', replace: 'text: 3061件' });
    expect(problems.some((p) => p.file.endsWith(DISPUTES) && formatPath(p.path) === 'metrics[7].value')).toBe(true);
    expectOne(
      problems,
      DISPUTES,
      'metrics[7].text',
      /3061件.*找不到/,
      /^The text "3061件" of metric "legal-aid-cases-criminal" is not in this section's body\./,
    );
  });

  it('a body sentence edited so the declared figure no longer appears', async () => {
    const problems = await problemsAfter({ file: DISPUTES, find: '包括刑事3016件', replace: '包括刑事3017件' });
    expectOne(
      problems,
      DISPUTES,
      'metrics[7].text',
      /3016件.*找不到/,
      /^The text "3016件" of metric "legal-aid-cases-criminal" is not in/,
    );
  });

  it('a number in the text that no metric declares', async () => {
    const problems = await problemsAfter({
      file: DISPUTES,
      find: '排查化解矛盾22845件。',
      replace: '排查化解矛盾22845件\uFF0C其中重大纠纷99件。',
    });
    const problem = expectOne(
      problems,
      DISPUTES,
      'metrics',
      /数字「99」.*没有登记为指标/,
      /^The number 99 in the body \(…件，其中重大纠纷99件。全年收到…\) is not declared\. Add a metric for it/,
    );
    expect(problem.line).toBeGreaterThan(100);
  });

  it('a value that disagrees with its text (万 not converted)', async () => {
    const problems = await problemsAfter({ file: DISPUTES, find: 'value: 972000', replace: 'value: 97.2' });
    expectOne(
      problems,
      DISPUTES,
      'metrics[13].value',
      /折合 972000.*请改为 972000/,
      /"97\.2万件" is 972000 in base units, but value is 97\.2\. Set value to 972000\./,
    );
  });

  it('a unit that disagrees with its text', async () => {
    const problems = await problemsAfter({
      file: DISPUTES,
      find: 'value: 381000000\n    unit: 元',
      replace: 'value: 381000000\n    unit: 件',
    });
    expectOne(
      problems,
      DISPUTES,
      'metrics[11].unit',
      /单位是「元」/,
      /^Unit does not match the text: "3\.81亿元" is in 元, but unit is 件\./,
    );
  });

  it('a unit that is not one of the report units', async () => {
    const problems = await problemsAfter({
      file: DISPUTES,
      find: 'value: 381000000\n    unit: 元',
      replace: 'value: 381000000\n    unit: 亿元',
    });
    expectOne(
      problems,
      DISPUTES,
      'metrics[11].unit',
      /单位必须是以下之一/,
      /^Unit must be one of: .*件次, 人次, .* For money \(万元, 亿元\) use 元\.$/,
    );
  });

  it('a qualifier missing where the text says 余', async () => {
    const problems = await problemsAfter({
      file: ENFORCEMENT,
      find: 'text: 22万余次\n    qualifier: more-than',
      replace: 'text: 22万余次',
    });
    expectOne(
      problems,
      ENFORCEMENT,
      'metrics[8].qualifier',
      /qualifier: more-than/,
      /^The text "22万余次" says 余: set qualifier: more-than\.$/,
    );
  });

  it('a percentage above 100', async () => {
    const problems = await problemsAfter(
      { file: DISPUTES, find: 'value: 98.8', replace: 'value: 988' },
      { file: DISPUTES, find: '办结率98.8%', replace: '办结率988%' },
      { file: DISPUTES, find: 'text: 98.8%', replace: 'text: 988%' },
    );
    expectOne(
      problems,
      DISPUTES,
      'metrics[15].value',
      /百分比应在 0 到 100 之间/,
      /^A percentage must be between 0 and 100; this one is 988\.$/,
    );
  });

  it('an id used twice in one year, across two sections', async () => {
    const problems = await problemsAfter({
      file: INTEGRITY,
      find: 'id: special-entity-cases-concluded',
      replace: 'id: legal-aid-cases',
    });
    expectOne(
      problems,
      INTEGRITY,
      'metrics[8].id',
      /legal-aid-cases.*05-dispute-resolution\.md/,
      /^id "legal-aid-cases" is already used in content\/reports\/\d{4}\/05-dispute-resolution\.md; ids must be unique within a year\.$/,
    );
  });

  it('an id that is not kebab-case', async () => {
    const problems = await problemsAfter({ file: DISPUTES, find: 'id: legal-aid-cases\n', replace: 'id: Legal_Aid\n' });
    expectOne(
      problems,
      DISPUTES,
      'metrics[6].id',
      /小写英文字母/,
      /^Use lowercase letters, digits and hyphens, starting with a letter/,
    );
  });

  it('parts that do not add up to their whole', async () => {
    const problems = await problemsAfter(
      { file: DISPUTES, find: '民事704件', replace: '民事705件' },
      {
        file: DISPUTES,
        find: 'value: 704\n    unit: 件\n    text: 704件',
        replace: 'value: 705\n    unit: 件\n    text: 705件',
      },
    );
    expectOne(
      problems,
      DISPUTES,
      'metrics[6].partsSum',
      /3016件 \+ 705件 \+ 1件 = 3722.*3721/,
      /^Parts do not add up: 3016件 \+ 705件 \+ 1件 = 3722, but 3721件 is 3721\./,
    );
  });

  it('a part pointing at a whole that does not exist', async () => {
    const problems = await problemsAfter({
      file: DISPUTES,
      find: 'partOf: legal-aid-cases\n',
      replace: 'partOf: legal-aid\n',
    });
    expectOne(
      problems,
      DISPUTES,
      'metrics[7].partOf',
      /legal-aid.*不存在/,
      /^partOf names "legal-aid", which is not a metric of this year\.$/,
    );
  });

  it('a stated rate that disagrees with its counts (1171 → 679 is a 42% fall)', async () => {
    const problems = await problemsAfter(
      // In the body (the chart's note quotes the same words): a changed figure, not a text the body lacks.
      { file: INTEGRITY, find: '降幅达42%。健全', replace: '降幅达24%。健全' },
      { file: INTEGRITY, find: 'value: 42\n', replace: 'value: 24\n' },
      { file: INTEGRITY, find: 'text: 42%', replace: 'text: 24%' },
    );
    expectOne(
      problems,
      INTEGRITY,
      'metrics[5].value',
      /应为 42%.*24%/,
      /^The rate does not match its figures: 1171户 and 679户 give 42%, the text says 24%\./,
    );
  });

  it('a figure that occurs twice without context to tell which', async () => {
    // 化解率100% is declared without context; a second 100% in the text makes it ambiguous.
    const problems = await problemsAfter({ file: DISPUTES, find: '已全部化解', replace: '已100%全部化解' });
    expectOne(
      problems,
      DISPUTES,
      'metrics[19].text',
      /「100%」在本节正文中出现了 2 次.*context/,
      /^"100%" appears 2 times in the body\. Set context to the words just before the figure/,
    );
  });

  it('a frontmatter field misspelt', async () => {
    const problems = await problemsAfter({
      file: DISPUTES,
      find: '    label: 受理法律援助案件\n',
      replace: '    lable: 受理法律援助案件\n',
    });
    expect(problems.some((p) => p.file.endsWith(DISPUTES) && /lable/.test(p.zh + p.en))).toBe(true);
  });

  it('frontmatter that is not valid YAML', async () => {
    const problems = await problemsAfter({ file: DISPUTES, find: 'kind: measures', replace: 'kind: [measures' });
    const yaml = problems.find((p) => p.file.endsWith(DISPUTES));
    expect(yaml?.zh).toMatch(/YAML 格式有误/);
    expect(yaml?.en).toMatch(/^The frontmatter is not valid YAML: .+\. Check spaces after colons/);
  });

  it('lists every problem of a build at once, not only the first', async () => {
    const problems = await problemsAfter(
      { file: DISPUTES, find: 'value: 972000', replace: 'value: 97.2' },
      { file: INTEGRITY, find: 'id: special-entity-cases-concluded', replace: 'id: legal-aid-cases' },
      { file: ENFORCEMENT, find: 'text: 22万余次\n    qualifier: more-than', replace: 'text: 22万余次' },
    );
    expect(new Set(problems.map((p) => p.file.split('/').at(-1)))).toEqual(new Set([DISPUTES, INTEGRITY, ENFORCEMENT]));
  });
});
