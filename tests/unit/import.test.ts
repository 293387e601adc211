/**
 * The importer's pure steps: reading the file as published, the punctuation rule, the
 * structure of a report, and finding figures by rule. The whole import, against real
 * content, is in import-roundtrip.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/lib/import/decode.ts';
import { findFigures } from '../../src/lib/figures/find.ts';
import { labelFor } from '../../src/lib/content/propose/names.ts';
import { chinesePunctuation } from '../../src/lib/import/punctuation.ts';
import { splitReport } from '../../src/lib/import/structure.ts';
import { encodeGb18030 } from '../support/gb18030.ts';
import { BUREAU_FIGURES, BUREAU_REPORT } from '../fixtures/import-texts.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeText: the file as published', () => {
  const text = '关于2024年的报告\n一、主要举措\n';

  it('reads UTF-8 as it is', () => {
    expect(decodeText(utf8(text))).toEqual({ text, encoding: 'utf-8', bom: false, crlf: false });
  });

  it('drops a BOM and turns CRLF into LF, saying so', () => {
    const decoded = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text.replaceAll('\n', '\r\n'))]));
    expect(decoded).toEqual({ text, encoding: 'utf-8', bom: true, crlf: true });
  });

  it('detects GB18030/GBK (what Chinese Windows saves) and converts it', () => {
    const bytes = encodeGb18030(BUREAU_REPORT.replaceAll('\n', '\r\n'));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const decoded = decodeText(bytes);
    expect(decoded.encoding).toBe('gb18030');
    expect(decoded.crlf).toBe(true);
    expect(decoded.text).toBe(BUREAU_REPORT);
  });
});

describe('chinesePunctuation: the rule content/reports/2023 applies to its source', () => {
  it.each([
    ['整改完成率100%,2023年(第三版):', '整改完成率100%，2023年（第三版）：'],
    ['一是加强;二是改进', '一是加强；二是改进'],
    ['开通"12348"热线', '开通"12348"热线'],
    ['３７２１件，９５．８％', '3721件，95.8%'],
    ['共计3,721件,时间42:18', '共计3,721件，时间42:18'],
    ['成功组织实施 2022年度 ,以及', '成功组织实施 2022年度，以及'],
  ])('%s → %s', (line, expected) => {
    expect(chinesePunctuation(line)).toBe(expected);
  });
});

describe('splitReport: sections by the text’s own headings', () => {
  it('reads a bureau’s report: issuer before 关于, no 文号, date from the signature', () => {
    const { head, preamble, measuresHeading, sections } = splitReport(BUREAU_REPORT);
    expect(head).toEqual({
      title: '关于2024年法治政府建设工作情况的报告',
      issuers: ['鞍山市司法局'],
      published: '2025-01-20',
    });
    expect(preamble).toBe(
      '2024年，市司法局认真贯彻落实《法治政府建设实施纲要（2021-2025年）》，现将有关情况报告如下：',
    );
    expect(measuresHeading).toBe('2024年工作情况');
    expect(sections.map(({ kind, title }) => [kind, title])).toEqual([
      ['measures', '优化公共法律服务供给'],
      ['measures', '加强行政复议工作'],
      ['plans', '下一步工作打算'],
    ]);
    // The numbered item is a heading of its section; the signature closes the last section, as in the text.
    expect(sections[0]!.body).toContain('\n\n## 1.推进基层法律服务\n\n');
    expect(sections.at(-1)!.body).toMatch(/\n\n鞍山市司法局\n\n2025年1月20日$/);
  });

  it('reads a report with only （一） sections, pasted with ASCII brackets and leading spaces', () => {
    const { sections, head } = splitReport('  (一)加强立法\n  完成立法3件。\n  (二)存在的不足\n  基层力量薄弱。\n');
    expect(head).toEqual({ issuers: [] });
    expect(sections).toEqual([
      { kind: 'measures', title: '加强立法', body: '完成立法3件。' },
      { kind: 'problems', title: '存在的不足', body: '基层力量薄弱。' },
    ]);
  });

  it('splits a heading run into its first paragraph at the first 。', () => {
    const { sections } = splitReport('一、工作成效\n（一）加强党的领导。坚持把法治建设纳入议程，完成整改5项。\n');
    expect(sections).toEqual([
      { kind: 'measures', title: '加强党的领导', body: '坚持把法治建设纳入议程，完成整改5项。' },
    ]);
  });

  it('keeps the （一） items of a plans part as ## headings of one section', () => {
    const { sections } = splitReport(
      '一、工作成效\n(一)甲\n正文。\n二、2025年工作安排\n总述。\n(一)营造环境\n持续优化。\n',
    );
    expect(sections.at(-1)).toEqual({
      kind: 'plans',
      title: '2025年工作安排',
      body: '总述。\n\n## （一）营造环境\n\n持续优化。',
    });
  });
});

describe('findFigures: every figure by rule, nothing else', () => {
  it('finds each figure of a report of another kind, with the four qualifiers, and no false one', () => {
    const { sections } = splitReport(BUREAU_REPORT);
    const found = sections.flatMap((section, index) =>
      findFigures(section.body).figures.map((f) => [index + 1, f.text, f.value, f.unit, f.qualifier]),
    );
    expect(found).toEqual(BUREAU_FIGURES.map((figure) => [...figure]));
    // Years, the range 2021-2025年, 12348, 3月15日, 第3批 and the marker 1. are not figures, nor left over.
    expect(sections.flatMap((section) => findFigures(section.body).others)).toEqual([]);
  });

  it('reads magnitudes into base units and keeps the text as written', () => {
    const { figures } = findFigures('包容免罚22万余次，免除2900余万元，标的额3.81亿元，压缩2个百分点。');
    expect(figures.map(({ text, value, unit, qualifier }) => ({ text, value, unit, qualifier }))).toEqual([
      { text: '22万余次', value: 220_000, unit: '次', qualifier: 'more-than' },
      { text: '2900余万元', value: 29_000_000, unit: '元', qualifier: 'more-than' },
      { text: '3.81亿元', value: 381_000_000, unit: '元', qualifier: null },
      { text: '2个百分点', value: 2, unit: '个百分点', qualifier: null },
    ]);
  });

  it('gives a figure that occurs twice the words before it as context', () => {
    const { figures } = findFigures('审查率100%，参与率100%。');
    expect(figures.map((f) => [f.text, f.context])).toEqual([
      ['100%', '查率'],
      ['100%', '与率'],
    ]);
  });

  it('does not read 节约 or 最近 as a qualifier', () => {
    const { figures } = findFigures('节约3000万元，最近3个月完成5件。');
    expect(figures.map((f) => [f.text, f.qualifier])).toEqual([
      ['3000万元', null],
      ['3个月', null],
      ['5件', null],
    ]);
  });

  it('does not count spans of months or years', () => {
    expect(findFigures('1-10月受理5件，1至3月办结2件，落实2021—2025年规划。')).toMatchObject({
      figures: [{ text: '5件' }, { text: '2件' }],
      others: [],
    });
  });

  it('lists a number without a unit for staff to look at, so the draft still passes the check', () => {
    expect(findFigures('排名全省3位，完成5件。').others).toEqual(['3位']);
  });
});

describe('labelFor: a label from the words of the clause', () => {
  const label = (body: string, text: string) => {
    const start = body.indexOf(text);
    return labelFor(body, { start, end: start + text.length }, '备用');
  };
  it.each([
    ['全市受理法律援助案件共3721件，包括刑事3016件', '3721件', '受理法律援助案件'],
    ['包括刑事3016件、民事704件', '704件', '民事'],
    ['绘制80个重点项目审批服务鱼骨图，联动', '80个', '重点项目审批服务鱼骨图'],
    ['企业开办全流程压缩至1个工作日以内。', '1个工作日以内', '企业开办全流程'],
    ['制作播出50余期普法节目。', '50余期', '普法节目'],
    ['，3件。', '3件', '备用'],
  ])('%s → %s', (body, text, expected) => {
    expect(label(body, text)).toBe(expected);
  });
});
