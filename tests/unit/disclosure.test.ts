/**
 * 信息公开 fields of a year's index.md (src/lib/content/schema.ts) and how the report's metadata
 * block shows them (src/lib/report/disclosure.ts): each only when given, in catalogue order,
 * links http(s) only.
 */
import { describe, expect, it } from 'vitest';
import { reportSchema } from '../../src/lib/content/schema.ts';
import { disclosureRows, relatedGroups } from '../../src/lib/report/disclosure.ts';

const BASE = { title: '关于2031年某市法治政府建设情况的报告', published: '2032-03-15' };
const parse = (extra: Record<string, unknown>) => reportSchema.safeParse({ ...BASE, ...extra });
const fieldsOf = (extra: Record<string, unknown>) => {
  const result = parse(extra);
  if (!result.success) throw new Error(JSON.stringify(result.error.issues));
  return result.data;
};
const failedPaths = (extra: Record<string, unknown>) => {
  const result = parse(extra);
  expect(result.success).toBe(false);
  return result.error!.issues.map((issue) => issue.path.join('.'));
};

const FULL = {
  issuers: ['中共某市委', '某市人民政府'],
  documentNumber: '某委〔2032〕9号',
  indexNumber: '000014349/2032-00110',
  topic: '综合政务\\政务公开',
  written: '2032-03-01',
  validity: '有效',
  related: [
    { title: '《报告》解读', url: 'https://sfj.example.gov.cn/jd/1.html', kind: '解读' },
    { title: '某市法治政府建设实施纲要', url: 'http://www.example.gov.cn/a.html', kind: '相关文件' },
    { title: '图解', url: 'https://sfj.example.gov.cn/jd/2.html', kind: '解读' },
  ],
};

describe('the 信息公开 fields in the schema', () => {
  it('are all optional: a report without them is valid and has no related links', () => {
    const data = fieldsOf({});
    expect(data.indexNumber).toBeUndefined();
    expect(data.written).toBeUndefined();
    expect(data.related).toEqual([]);
  });

  it('read a full set: 成文日期 as a date, links as given', () => {
    const data = fieldsOf(FULL);
    expect(data.written).toEqual(new Date('2032-03-01'));
    expect(data.related).toHaveLength(3);
  });

  it.each([
    ['javascript: link', { related: [{ title: '解读', url: 'javascript:alert(1)', kind: '解读' }] }, 'related.0.url'],
    ['data: link', { related: [{ title: '解读', url: 'data:text/html,x', kind: '解读' }] }, 'related.0.url'],
    ['unknown kind', { related: [{ title: '解读', url: 'https://a.gov.cn/', kind: '新闻' }] }, 'related.0.kind'],
    [
      'markup in a title',
      { related: [{ title: '<b>解读</b>', url: 'https://a.gov.cn/', kind: '解读' }] },
      'related.0.title',
    ],
    [
      'unknown field in a link',
      { related: [{ title: '解读', url: 'https://a.gov.cn/', kind: '解读', x: 1 }] },
      'related.0',
    ],
    ['markup in 索引号', { indexNumber: '<script>' }, 'indexNumber'],
    ['empty 主题分类', { topic: '' }, 'topic'],
    ['a 成文日期 that is no date', { written: '三月一日' }, 'written'],
    ['a paragraph as 有效性', { validity: '有'.repeat(200) }, 'validity'],
  ])('refuse %s', (_name, extra, field) => {
    expect(failedPaths(extra)).toContain(field);
  });
});

describe('disclosureRows', () => {
  it('shows only 发布日期 (and what the report has) when no 信息公开 field is given', () => {
    const rows = disclosureRows(fieldsOf({ documentNumber: '某委〔2032〕9号' }));
    expect(rows.map((row) => row.label)).toEqual(['文号', '发布日期']);
    expect(rows[1]).toMatchObject({ text: '2032年3月15日', datetime: '2032-03-15' });
  });

  it('shows every given field, as given, in catalogue order', () => {
    const rows = disclosureRows(fieldsOf(FULL));
    expect(rows.map((row) => [row.label, row.text])).toEqual([
      ['索引号', '000014349/2032-00110'],
      ['主题分类', '综合政务\\政务公开'],
      ['发文机关', '中共某市委 某市人民政府'],
      ['文号', '某委〔2032〕9号'],
      ['成文日期', '2032年3月1日'],
      ['发布日期', '2032年3月15日'],
      ['有效性', '有效'],
    ]);
    expect(rows.find((row) => row.field === 'written')?.datetime).toBe('2032-03-01');
  });
});

describe('relatedGroups', () => {
  it('groups links by kind, 相关文件 first, keeping their order; no group without links', () => {
    const groups = relatedGroups(fieldsOf(FULL));
    expect(groups.map((group) => [group.kind, group.links.map((link) => link.title)])).toEqual([
      ['相关文件', ['某市法治政府建设实施纲要']],
      ['解读', ['《报告》解读', '图解']],
    ]);
    expect(relatedGroups(fieldsOf({ related: [FULL.related[0]] })).map((group) => group.kind)).toEqual(['解读']);
    expect(relatedGroups(fieldsOf({}))).toEqual([]);
  });
});
