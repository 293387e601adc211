import { describe, expect, it } from 'vitest';
import { findTerms, highlightTerms } from '../../src/lib/search/highlight.ts';
import {
  figureMatchesNumbers,
  figureSearchWords,
  foldWidth,
  normaliseQuery,
  queryNumbers,
} from '../../src/lib/search/query.ts';
import { figureRecord, reportRecord } from '../../src/lib/search/records.ts';
import {
  excerptParts,
  matchedSentence,
  shapeResults,
  withHighlight,
  type RawResult,
} from '../../src/lib/search/results.ts';

describe('normaliseQuery', () => {
  it('folds full-width digits and signs (NFKC)', () => {
    expect(normaliseQuery('\uff19\uff15.\uff18\uff05')).toBe('95.8%');
    expect(normaliseQuery('\uff13\uff17\uff12\uff11件')).toBe('3721件');
  });
  it('drops thousands separators and the space inside a figure', () => {
    expect(normaliseQuery(' 22,845 ')).toBe('22845');
    expect(normaliseQuery('3\uff0c721')).toBe('3721');
    expect(normaliseQuery('95.8 %')).toBe('95.8%');
    expect(normaliseQuery('3721 件')).toBe('3721件');
  });
  it('keeps a comma that separates numbers, and the words', () => {
    expect(normaliseQuery('3,72')).toBe('3,72');
    expect(normaliseQuery('法律  援助')).toBe('法律 援助');
  });
});

describe('queryNumbers', () => {
  it('reads digits, magnitude and unit', () => {
    expect(queryNumbers('97.2万件')).toEqual([{ written: '97.2', value: 972000, unit: '件' }]);
    expect(queryNumbers('3.81亿元')).toEqual([{ written: '3.81', value: 381000000, unit: '元' }]);
    expect(queryNumbers('满意率95.8%')).toEqual([{ written: '95.8', value: 95.8, unit: '%' }]);
    expect(queryNumbers('枫桥经验')).toEqual([]);
  });
});

describe('figureMatchesNumbers: numbers match exactly, not by prefix', () => {
  const satisfaction = { text: '95.8%', value: 95.8, unit: '%', label: '“12345”热线诉求满意率' };
  const appearance = { text: '95%以上', value: 95, unit: '%', label: '行政机关负责人出庭应诉率' };
  const hotline = { text: '97.2万件', value: 972000, unit: '件', label: '“12345”热线受理群众和企业诉求' };
  it('95% is the 95% figure, not 95.8%', () => {
    expect(figureMatchesNumbers(appearance, queryNumbers('95%'))).toBe(true);
    expect(figureMatchesNumbers(satisfaction, queryNumbers('95%'))).toBe(false);
    expect(figureMatchesNumbers(satisfaction, queryNumbers('95.8'))).toBe(true);
  });
  it('a figure answers to its digits as written, its value and numbers in its label', () => {
    expect(figureMatchesNumbers(hotline, queryNumbers('97.2万'))).toBe(true);
    expect(figureMatchesNumbers(hotline, queryNumbers('972000'))).toBe(true);
    expect(figureMatchesNumbers(hotline, queryNumbers('12345热线'))).toBe(true);
    expect(figureMatchesNumbers(hotline, queryNumbers('97.2%'))).toBe(false);
  });
  it('indexes the other spellings of a figure', () => {
    expect(figureSearchWords({ text: '97.2万件', value: 972000 })).toEqual(['97.2万', '97.2', '972000']);
    expect(figureSearchWords({ text: '3721件', value: 3721 })).toEqual(['3721']);
    expect(figureSearchWords({ text: '约1.2亿元', value: 120_000_000 })).toContain('1.2亿');
    expect(figureSearchWords({ text: '近3000件', value: 3000 })).toEqual(['3000']);
  });
});

describe('foldWidth', () => {
  it('folds full-width digits but keeps Chinese punctuation as published', () => {
    expect(foldWidth('<p>受理\uff13\uff17\uff12\uff11件，其中（刑事）：</p>')).toBe(
      '<p>受理3721件，其中（刑事）：</p>',
    );
  });
});

describe('records', () => {
  const figure = figureRecord({
    year: 2023,
    sectionHeading: '（五）多元化解社会矛盾纠纷成效明显',
    sectionUrl: '/2023/dispute-resolution/',
    url: '/2023/dispute-resolution/#legal-aid-cases',
    id: 'legal-aid-cases',
    label: '受理法律援助案件',
    value: 3721,
    unit: '件',
    text: '3721件',
  });
  it('a figure record links to its anchor, carries its value as written, and is filterable', () => {
    expect(figure.url).toBe('/2023/dispute-resolution/#legal-aid-cases');
    expect(figure.content).toBe('受理法律援助案件3721件 3721');
    expect(figure.meta).toMatchObject({ title: '受理法律援助案件', value: '3721件', year: '2023', kind: 'figure' });
    expect(figure.filters).toEqual({
      year: ['2023'],
      section: ['（五）多元化解社会矛盾纠纷成效明显'],
      kind: ['figure'],
      // The number it answers to, as written and as a value, with its unit or none.
      number: ['w3721', 'w3721 件', 'v3721', 'v3721 件'],
    });
    expect(figure.language).toBe('zh-cn');
  });
  it('the report record holds its metadata once', () => {
    const report = reportRecord({
      year: 2023,
      url: '/2023/',
      title: '关于2023年鞍山市法治政府建设情况的报告',
      issuers: ['中共鞍山市委', '鞍山市人民政府'],
      documentNumber: '鞍委〔2024〕17号',
      published: '2024年3月15日',
      preamble: '2023年，鞍山市……',
    });
    expect(report.content).toContain('鞍委〔2024〕17号');
    expect(report.filters.kind).toEqual(['text']);
  });
});

describe('highlight terms', () => {
  it('the whole query first, then its words, longest first', () => {
    const terms = highlightTerms('法律援助 3721件', () => []);
    expect(terms).toEqual(['法律援助 3721件', '3721件', '法律援助']);
  });
  it('finds terms without overlap, after NFKC', () => {
    expect(findTerms('共\uff13\uff17\uff12\uff11件，包括', ['3721件', '3721'])).toEqual([[1, 6]]);
    expect(findTerms('法律援助案件和法律援助', ['法律援助案件', '法律援助'])).toEqual([
      [0, 6],
      [7, 11],
    ]);
  });
});

describe('shaping results', () => {
  const page: RawResult = {
    url: '/2023/dispute-resolution/',
    excerpt: '全市受理<mark>法律援助</mark>案件',
    content: '（五）多元化解社会矛盾纠纷成效明显. 全市受理法律援助案件共 3721件，包括刑事 3016件。满意率 95.8%。',
    meta: {
      title: '（五）多元化解社会矛盾纠纷成效明显',
      kind: 'text',
      year: '2023',
      section: '（五）多元化解社会矛盾纠纷成效明显',
    },
  };
  const figure = (id: string, text: string, value: number, unit: string, label: string): RawResult => ({
    url: `/2023/dispute-resolution/#${id}`,
    excerpt: '',
    meta: {
      title: label,
      label,
      kind: 'figure',
      value: text,
      numeric: String(value),
      unit,
      year: '2023',
      section: '（五）',
    },
  });
  const satisfaction = figure('hotline-satisfaction-rate', '95.8%', 95.8, '%', '满意率');
  const appearance = figure('agency-head-court-appearance-rate', '95%以上', 95, '%', '出庭应诉率');

  it('drops figures whose number is only a prefix of the query’s', () => {
    const hits = shapeResults([satisfaction, appearance, page], '95%', ['95%']);
    expect(hits.map((h) => h.url)).toEqual([appearance.url, page.url]);
    expect(hits[0]).toMatchObject({ kind: 'figure', value: '95%以上' });
  });
  it('never lists a place twice', () => {
    expect(shapeResults([page, page], '法律援助', ['法律援助'])).toHaveLength(1);
  });
  it('shows the exact sentence that matched, marked, without the spaces between elements', () => {
    const [hit] = shapeResults([page], '3721件', ['3721件', '3721']);
    expect(hit?.excerpt).toEqual([
      { text: '全市受理法律援助案件共', mark: false },
      { text: '3721件', mark: true },
      { text: '，包括刑事3016件。', mark: false },
    ]);
  });
  it('prints Chinese punctuation full-width in the sentence', () => {
    const parts = matchedSentence('全市受理法律援助案件共 3721件,包括刑事 3016件;', ['法律援助']);
    expect(parts?.map((p) => p.text).join('')).toBe('全市受理法律援助案件共3721件\uff0c包括刑事3016件\uff1b');
  });
  it('falls back to Pagefind’s excerpt when no term is in the text', () => {
    expect(matchedSentence('无关', ['法律援助'])).toBeNull();
    expect(excerptParts('a &amp; <mark>b</mark>')).toEqual([
      { text: 'a & ', mark: false },
      { text: 'b', mark: true },
    ]);
  });
  it('keeps the anchor last when adding the highlight', () => {
    expect(withHighlight('/2023/dispute-resolution/#legal-aid-cases', '3721件')).toBe(
      '/2023/dispute-resolution/?highlight=3721%E4%BB%B6#legal-aid-cases',
    );
  });
});
