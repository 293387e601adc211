/**
 * What characters make a number (src/lib/figures/digits.ts): a number written with a space,
 * an invisible character, digits of another script or style, or ％ is refused whole with its
 * fix, and no part of it is ever read as a smaller figure by the importer, the check or the pages.
 */
import { describe, expect, it } from 'vitest';
import { continuesNumber, digitValue, gapName, oddNumbers } from '../../src/lib/figures/digits.ts';
import { findFigure, locateFigure, numbersIn } from '../../src/lib/figures/locate.ts';
import { figurePattern } from '../../src/lib/figures/parse.ts';
import { findFigures } from '../../src/lib/figures/find.ts';
import { ContentCopy } from '../support/content-memory.ts';

const GAPS = [' ', '\u00A0', '\u2009', '\u202F', '\u3000', '\u200B', '\u2060', '\uFEFF', '\t'];

describe('a space or invisible character inside a number', () => {
  it.each(GAPS.map((gap) => [`U+${gap.codePointAt(0)!.toString(16).toUpperCase()}`, gap]))(
    '%s: 22?845件 is refused whole, with 22845件 as the fix, and 845件 is no figure',
    (_name, gap) => {
      const text = `化解矛盾纠纷22${gap}845件。`;
      expect(oddNumbers(text)).toEqual([{ start: 6, end: 12, written: `22${gap}845件`, fix: '22845件', kind: 'gap' }]);
      // The importer, the check's number scan and the pages' figure finder all leave 845 alone.
      expect(findFigures(text).figures).toEqual([]);
      expect([...text.matchAll(figurePattern())]).toEqual([]);
      expect(numbersIn(text)).toEqual([]);
      expect(findFigure(text, '845件')).toEqual([]);
      expect(locateFigure(text, { text: '845件' })).toMatchObject({ ok: false, reason: 'missing' });
      expect(continuesNumber(text, text.indexOf('845'))).toBe(true);
    },
  );

  it('names the gap for staff', () => {
    expect(gapName('22 845件')).toBe('空格');
    expect(gapName('22\u200B845件')).toBe('零宽空格 U+200B');
    expect(gapName('22\u2060845件')).toBe('不可见字符 U+2060');
  });

  it('leaves a list marker before a year, a line break between numbers and plain figures alone', () => {
    expect(oddNumbers('1. 2023年，全市受理3721件。')).toEqual([]);
    expect(oddNumbers('共3721件\n2. 民事704件')).toEqual([]);
    expect(oddNumbers('共3721件、3.81亿元、95%以上')).toEqual([]);
    expect(findFigures('1. 845件').figures.map((f) => f.text)).toEqual(['845件']);
  });
});

describe('digits of other scripts and styles, and ％', () => {
  it.each([
    ['共٣٧٢١件', '٣٧٢١件', '3721件', 'script'],
    ['共३७२१件', '३७२१件', '3721件', 'script'],
    ['金额𝟑.𝟖𝟏亿元', '𝟑.𝟖𝟏亿元', '3.81亿元', 'script'],
    ['办理①③⑤件', '①③⑤件', '135件', 'script'],
    ['共８８８８件', '８８８８件', '8888件', 'full-width'],
    ['满意率98.5％', '98.5％', '98.5%', 'percent'],
    ['满意率９８％以上', '９８％', '98%', 'full-width'],
  ])('%s → %s is refused, fix %s', (text, written, fix, kind) => {
    expect(oddNumbers(text)).toEqual([expect.objectContaining({ written, fix, kind })]);
    expect(findFigures(text).figures).toEqual([]);
  });

  it('lets a circled digit alone mark a list item', () => {
    expect(oddNumbers('①加强组织领导；②推进依法行政')).toEqual([]);
  });

  it('reads the value of a digit of any script', () => {
    expect(['٣', '३', '𝟑', '③', '３', '3'].map(digitValue)).toEqual([3, 3, 3, 3, 3, 3]);
    expect(['½', '²', '一'].map(digitValue)).toEqual([null, 2, null]);
  });
});

describe('the content check on a figure split by a space', () => {
  it('refuses it whole and never proposes its tail as a figure to declare', () => {
    const copy = new ContentCopy();
    const { name, metrics } = copy.sectionWithFigures();
    const text = metrics.find((m) => /^\d{3,}/.test(m.text ?? ''))!.text!;
    const [head, tail] = [text.slice(0, 1), text.slice(1)];
    copy.editBody(name, (body) => body.replace(text, `${head} ${tail}`));
    const problems = copy.check().problems.filter((p) => p.file.endsWith(name));
    expect(problems.map((p) => p.zh)).toContainEqual(expect.stringContaining(`「${head} ${tail}」中数字之间有空格`));
    // No message offers the digits after the space as a number of their own.
    const tailDigits = /^\d+/.exec(tail)![0];
    for (const p of problems) expect(p.zh).not.toMatch(new RegExp(`(?<![\\d ])${tailDigits}(?!\\d)`));
  });
});
