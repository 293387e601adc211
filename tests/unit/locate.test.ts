import { describe, expect, it } from 'vitest';
import { findFigure, locateFigure, numbersIn } from '../../src/lib/figures/locate.ts';
import { nonFigure } from '../../src/lib/figures/not-figures.ts';

const TEXT = '全市受理法律援助案件共3721件，包括刑事3016件、民事704件、行政1件；整改完成率100%,参与率100%。';

describe('findFigure', () => {
  it('does not find a figure inside a longer number', () => {
    expect(findFigure(TEXT, '1件')).toEqual([TEXT.indexOf('行政1件') + 2]);
  });
});

describe('locateFigure', () => {
  it('finds a figure that occurs once', () => {
    const found = locateFigure(TEXT, { text: '3016件' });
    expect(found).toEqual({ ok: true, span: { start: TEXT.indexOf('3016件'), end: TEXT.indexOf('3016件') + 5 } });
  });

  it('asks for context when a figure occurs twice', () => {
    expect(locateFigure(TEXT, { text: '100%' })).toEqual({ ok: false, reason: 'ambiguous', count: 2 });
    const found = locateFigure(TEXT, { text: '100%', context: '参与率' });
    expect(found.ok && TEXT.slice(found.span.start, found.span.end)).toBe('100%');
    expect(found.ok && found.span.start).toBe(TEXT.lastIndexOf('100%'));
  });

  it('tells a missing figure from one written with other character widths', () => {
    expect(locateFigure(TEXT, { text: '3712件' })).toMatchObject({ reason: 'missing' });
    const fullWidth = (text: string) => text.replace(/[0-9%]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    expect(locateFigure(fullWidth(TEXT), { text: '3721件' })).toMatchObject({ reason: 'width-mismatch' });
    expect(locateFigure(TEXT, { text: '100%', context: '办结率' })).toMatchObject({ reason: 'context-missing' });
  });
});

describe('nonFigure: numbers that are not figures', () => {
  const kindOf = (text: string, digits: string, declared: string[] = []) => {
    const number = numbersIn(text).find((n) => n.digits === digits)!;
    return nonFigure(text, number, declared);
  };

  it.each([
    ['2023年，鞍山市', '2023', 'year'],
    ['制定《2023年度法治鞍山建设工作要点》', '2023', 'title'],
    ['编制了市政府2023年度行政立法计划', '2023', 'year'],
    ['“12345”政府热线平台', '12345', 'hotline'],
    ['增设12348辽宁法网服务入口', '12348', 'hotline'],
    ['鞍委〔2024〕17号', '17', 'document-number'],
    ['鞍委〔2024〕17号', '2024', 'document-number'],
    ['于3月15日发布', '15', 'date'],
    ['时间：2024-03-15', '03', 'date'],
  ])('%s: %s is a %s', (text, digits, kind) => {
    expect(kindOf(text, digits)).toBe(kind);
  });

  it('treats a counted number as a figure', () => {
    expect(kindOf('排查化解矛盾22845件', '22845')).toBeNull();
  });

  it('accepts a phrase the author declared as not a figure', () => {
    expect(kindOf('推进5G政务网络', '5', ['5G'])).toBe('declared');
    expect(kindOf('推进5G政务网络', '5')).toBeNull();
  });
});
