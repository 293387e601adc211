/** 历年报告 rows (src/lib/report/report-list.ts): published reports only, newest first, nothing made up. */
import { describe, expect, it } from 'vitest';
import { reportRows, type ListedReport } from '../../src/lib/report/report-list.ts';

const listed = (year: number, over: Partial<ListedReport['data']> = {}, draft = false): ListedReport => ({
  year,
  draft,
  url: `/${year}/`,
  data: { title: `关于${year}年某市法治政府建设情况的报告`, published: new Date(`${year + 1}-03-15`), ...over },
});

describe('reportRows', () => {
  it('lists published reports newest first, leaving drafts out', () => {
    const rows = reportRows([listed(2030), listed(2032, {}, true), listed(2031)]);
    expect(rows.map((row) => row.year)).toEqual([2031, 2030]);
  });

  it('carries the title, 文号, date, source and link as the report gives them', () => {
    const [row] = reportRows([
      listed(2031, { documentNumber: '某委〔2032〕9号', source: '某科', sourceUrl: 'https://a.gov.cn/1.html' }),
    ]);
    expect(row).toEqual({
      year: 2031,
      title: '关于2031年某市法治政府建设情况的报告',
      documentNumber: '某委〔2032〕9号',
      date: '2032-03-15',
      dateZh: '2032年3月15日',
      source: '某科',
      sourceUrl: 'https://a.gov.cn/1.html',
      url: '/2031/',
    });
  });

  it('leaves out a 文号 or source the report does not have', () => {
    const [row] = reportRows([listed(2031)]);
    expect(row!.documentNumber).toBeUndefined();
    expect(row!.source).toBeUndefined();
    expect(row!.sourceUrl).toBeUndefined();
  });
});
