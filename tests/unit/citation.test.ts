import { describe, expect, it } from 'vitest';
import {
  citedTitle,
  clauseOf,
  gbtCitation,
  localDay,
  oneLineCitation,
  sentenceOf,
  sentenceText,
} from '../../src/lib/report/citation.ts';

const report = {
  title: '关于2023年鞍山市法治政府建设情况的报告',
  issuers: ['中共鞍山市委', '鞍山市人民政府'],
  documentNumber: '鞍委〔2024〕17号',
  published: new Date('2024-03-15T00:00:00Z'),
};

describe('GB/T 7714 citation', () => {
  const citation = gbtCitation({
    report,
    place: '鞍山',
    sectionHeading: '（五）多元化解社会矛盾纠纷成效明显',
    url: 'https://example.gov.cn/2023/dispute-resolution/#legal-aid-cases',
    accessed: new Date(2025, 5, 1),
  });

  it('names issuers, title, document number, type [R/OL], place, publisher, date, section, access date and address', () => {
    expect(citation).toBe(
      '中共鞍山市委, 鞍山市人民政府. 关于2023年鞍山市法治政府建设情况的报告: 鞍委〔2024〕17号[R/OL]. ' +
        '鞍山: 中共鞍山市委, 鞍山市人民政府, 2024-03-15: （五）多元化解社会矛盾纠纷成效明显[2025-06-01]. ' +
        'https://example.gov.cn/2023/dispute-resolution/#legal-aid-cases',
    );
  });

  it('ends with the address, without a full stop that would break it when copied', () => {
    expect(citation.endsWith('#legal-aid-cases')).toBe(true);
  });

  it('leaves the document number out when the report has none', () => {
    const unnumbered = gbtCitation({
      report: { ...report, documentNumber: '' },
      place: '鞍山',
      sectionHeading: '（五）多元化解社会矛盾纠纷成效明显',
      url: 'https://example.gov.cn/2023/dispute-resolution/#legal-aid-cases',
      accessed: new Date(2025, 5, 1),
    });
    expect(unnumbered).toContain('. 关于2023年鞍山市法治政府建设情况的报告[R/OL]. ');
  });

  it('writes the access date as the local calendar day', () => {
    expect(localDay(new Date(2025, 0, 9, 23, 59))).toBe('2025-01-09');
  });
});

describe('one-line citation', () => {
  const body =
    '\n坚持和发展新时代“枫桥经验”，排查化解矛盾22845件。全市受理法律援助案件共3721件，包括刑事3016件、民事704件、行政1件；累计实施包容免罚22万余次。';
  const line = (text: string, context?: string) => oneLineCitation(report, clauseOf(body, { text, context }), text);

  it('quotes the clause that holds the figure, verbatim, naming the report by its title and 文号', () => {
    expect(line('3721件')).toBe(
      '据《关于2023年鞍山市法治政府建设情况的报告》（鞍委〔2024〕17号），“全市受理法律援助案件共3721件”。',
    );
  });

  it('adds no year, place or label the clause does not say', () => {
    const quoted = line('3016件');
    expect(quoted).toBe(
      '据《关于2023年鞍山市法治政府建设情况的报告》（鞍委〔2024〕17号），“包括刑事3016件、民事704件、行政1件”。',
    );
    expect(quoted.replace(citedTitle(report), '')).not.toMatch(/2023年|鞍山市/);
  });

  it('keeps the text as written, qualifiers included', () => {
    expect(line('22万余次')).toContain('“累计实施包容免罚22万余次”');
  });

  it('finds a figure that appears twice by its context', () => {
    expect(line('1件', '行政')).toContain('“包括刑事3016件、民事704件、行政1件”');
  });

  it('quotes the figure as written when it is not in the text', () => {
    expect(oneLineCitation(report, clauseOf(body, { text: '999件' }), '999件')).toContain('“999件”');
  });

  it('omits the parenthesis when the report has no 文号', () => {
    for (const documentNumber of ['', undefined]) {
      const unnumbered = { title: report.title, documentNumber };
      expect(citedTitle(unnumbered)).toBe('《关于2023年鞍山市法治政府建设情况的报告》');
      expect(oneLineCitation(unnumbered, clauseOf(body, { text: '22845件' }), '22845件')).toBe(
        '据《关于2023年鞍山市法治政府建设情况的报告》，“排查化解矛盾22845件”。',
      );
    }
  });

  it('names a report published without a 文号 by its title', () => {
    const withoutNumber = { ...report, documentNumber: undefined };
    expect(
      gbtCitation({
        report: withoutNumber,
        place: '鞍山',
        sectionHeading: '（一）甲',
        url: 'https://x/',
        accessed: new Date(2025, 0, 1),
      }),
    ).toMatch(/^中共鞍山市委, 鞍山市人民政府\. 关于2023年鞍山市法治政府建设情况的报告\[R\/OL\]\. /);
  });
});

describe('GB/T 7714 citation: this page and the original', () => {
  const target = {
    report: { ...report, sourceUrl: 'https://www.anshan.gov.cn/r.html' },
    place: '鞍山',
    sectionHeading: '（一）甲',
    accessed: new Date(2025, 0, 1),
  };

  it('names this page as the online source, then the official page as the original', () => {
    expect(gbtCitation({ ...target, url: 'https://site.example/2023/a/#x' })).toMatch(
      /\[2025-01-01\]\. https:\/\/site\.example\/2023\/a\/#x\. 原文: https:\/\/www\.anshan\.gov\.cn\/r\.html$/,
    );
  });

  it('leaves this page out when the site has no address, never a local one', () => {
    const citation = gbtCitation({ ...target, url: undefined });
    expect(citation).toMatch(/\[2025-01-01\]\. 原文: https:\/\/www\.anshan\.gov\.cn\/r\.html$/);
  });
});

describe('the sentence around a figure', () => {
  const body =
    '\n坚持和发展新时代“枫桥经验”，排查化解矛盾22845件。全市受理法律援助案件共3721件，包括刑事3016件、民事704件、行政1件；受理仲裁案件申请150件。\n\n## （二）标题\n\n第二段有5件。';

  it('runs from the previous 。 to the next 。', () => {
    const sentence = sentenceOf(body, { text: '22845件' });
    expect(sentence).toEqual({ before: '坚持和发展新时代“枫桥经验”，排查化解矛盾', figure: '22845件', after: '。' });
  });

  it('stops at ；, the end of a clause in a list', () => {
    expect(sentenceText(sentenceOf(body, { text: '3016件' })!)).toBe(
      '全市受理法律援助案件共3721件，包括刑事3016件、民事704件、行政1件；',
    );
    expect(sentenceText(sentenceOf(body, { text: '150件' })!)).toBe('受理仲裁案件申请150件。');
  });

  it('uses the context to find a figure that appears twice, as the build does', () => {
    expect(sentenceOf(body, { text: '1件', context: '行政' })?.before).toBe(
      '全市受理法律援助案件共3721件，包括刑事3016件、民事704件、行政',
    );
  });

  it('stops at a line break and drops heading markup', () => {
    expect(sentenceOf(body, { text: '5件' })).toEqual({ before: '第二段有', figure: '5件', after: '。' });
    expect(sentenceOf('## 标题里有3件', { text: '3件' })).toEqual({ before: '标题里有', figure: '3件', after: '' });
  });

  it('is null when the figure is not in the text', () => {
    expect(sentenceOf(body, { text: '999件' })).toBeNull();
  });
});
