import { describe, expect, it } from 'vitest';
import { COLUMN_TYPES, columnFor, formatPubDate, govMetaTags, reportAddress } from '../../src/lib/site/gov-meta.ts';

describe('reportAddress', () => {
  it('knows a cover, a whole report and a section, of any year', () => {
    expect(reportAddress('/2031/')).toEqual({ year: 2031, slug: undefined, full: false });
    expect(reportAddress('/2031/full/')).toEqual({ year: 2031, slug: undefined, full: true });
    expect(reportAddress('/2031/plans/')).toEqual({ year: 2031, slug: 'plans', full: false });
    expect(reportAddress('/data/2031/')).toBeUndefined();
    expect(reportAddress('/')).toBeUndefined();
  });
});

describe('columnFor', () => {
  it('gives every kind of page a column', () => {
    expect(columnFor('/')).toMatchObject({ name: '首页', type: '首页' });
    expect(columnFor('/reports/')).toMatchObject({ name: '历年报告', type: '信息公开目录' });
    expect(columnFor('/corrections/').name).toBe('更正');
    expect(columnFor('/2031/plans/').name).toBe('年度报告');
    expect(columnFor('/data/').type).toBe('数据发布');
    expect(columnFor('/embed/2031/x/').type).toBe('数据发布');
    expect(columnFor('/404.html').name).toBe('页面未找到');
  });
});

describe('ColumnType', () => {
  const pages = ['/', '/2031/', '/2031/full/', '/2031/plans/', '/reports/', '/data/', '/figures/2031/', '/metrics/x/'];
  const others = ['/embed/2031/x/', '/corrections/', '/search/', '/accessibility/', '/404.html', '/unknown/'];
  it.each([...pages, ...others])(
    '%s: a value of the published 栏目类别 list, with a description and keywords',
    (page) => {
      const column = columnFor(page);
      expect(COLUMN_TYPES).toContain(column.type);
      expect(column.description).toMatch(/\S/);
      expect(column.keywords.length).toBeGreaterThan(0);
    },
  );
  it('the list holds only values the 政府网站发展指引 lists', () => {
    const published = [
      '首页',
      '概况信息',
      '机构职能',
      '负责人信息',
      '工作动态',
      '政策文件',
      '信息公开指南',
      '信息公开目录',
    ];
    published.push(
      '信息公开年报',
      '依法申请公开',
      '数据发布',
      '数据开放',
      '政策解读',
      '回应关切',
      '办事服务',
      '咨询投诉',
    );
    for (const type of COLUMN_TYPES) expect(published).toContain(type);
  });
});

describe('govMetaTags', () => {
  const base = {
    siteName: '站名',
    city: '某市',
    site: new URL('https://r.example.gov.cn/'),
    siteIdCode: '',
    description: '说明',
  };

  it('PubDate is YYYY-MM-DD HH:mm', () => {
    expect(formatPubDate(new Date('2024-03-15'))).toBe('2024-03-15 00:00');
    expect(formatPubDate(new Date('2024-03-15'), '09:30')).toBe('2024-03-15 09:30');
  });

  it('every page: the seven site and column tags, the city in the column description; SiteIDCode empty until issued', () => {
    expect(govMetaTags({ ...base, pathname: '/search/' })).toEqual([
      { name: 'SiteName', content: '站名' },
      { name: 'SiteDomain', content: 'r.example.gov.cn' },
      { name: 'SiteIDCode', content: '' },
      { name: 'ColumnName', content: '站内搜索' },
      { name: 'ColumnDescription', content: '在某市法治政府建设年度报告网站内搜索报告全文和数字。' },
      { name: 'ColumnKeywords', content: '某市,站内搜索,法治政府建设,年度报告' },
      { name: 'ColumnType', content: '首页' },
    ]);
  });

  it('a report page adds the article tags, Url absolute', () => {
    const tags = govMetaTags({
      ...base,
      pathname: '/2031/plans/',
      article: {
        title: '标题',
        published: new Date('2032-03-01'),
        source: '某科',
        keywords: ['甲', '乙'],
        authors: ['A', 'B'],
      },
    });
    expect(Object.fromEntries(tags.map((tag) => [tag.name, tag.content]))).toMatchObject({
      ArticleTitle: '标题',
      PubDate: '2032-03-01 00:00',
      ContentSource: '某科',
      Keywords: '甲,乙',
      Author: 'A、B',
      Description: '说明',
      Url: 'https://r.example.gov.cn/2031/plans/',
    });
  });
});
