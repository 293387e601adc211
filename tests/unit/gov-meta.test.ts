import { describe, expect, it } from 'vitest';
import { columnFor, formatPubDate, govMetaTags, reportAddress } from '../../src/lib/site/gov-meta.ts';

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
    expect(columnFor('/')).toEqual({ name: '首页', type: '首页' });
    expect(columnFor('/2031/plans/').name).toBe('年度报告');
    expect(columnFor('/data/').type).toBe('数据发布');
    expect(columnFor('/embed/2031/x/').type).toBe('数据发布');
    expect(columnFor('/404.html').name).toBe('页面未找到');
  });
});

describe('govMetaTags', () => {
  const base = { siteName: '站名', site: new URL('https://r.example.gov.cn/'), siteIdCode: '', description: '说明' };

  it('PubDate is YYYY-MM-DD HH:mm', () => {
    expect(formatPubDate(new Date('2024-03-15'))).toBe('2024-03-15 00:00');
    expect(formatPubDate(new Date('2024-03-15'), '09:30')).toBe('2024-03-15 09:30');
  });

  it('every page: the five site tags; SiteIDCode stays empty until issued', () => {
    expect(govMetaTags({ ...base, pathname: '/search/' })).toEqual([
      { name: 'SiteName', content: '站名' },
      { name: 'SiteDomain', content: 'r.example.gov.cn' },
      { name: 'SiteIDCode', content: '' },
      { name: 'ColumnName', content: '站内搜索' },
      { name: 'ColumnType', content: '站内搜索' },
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
