import { describe, expect, it } from 'vitest';
import { chineseNumeral, numberSections } from '../../src/lib/report/numbering.ts';

describe('chineseNumeral', () => {
  it.each([
    [1, '一'],
    [10, '十'],
    [11, '十一'],
    [20, '二十'],
    [35, '三十五'],
  ])('%d → %s', (n, text) => expect(chineseNumeral(n)).toBe(text));

  it('refuses numbers it cannot write', () => {
    expect(() => chineseNumeral(0)).toThrow(RangeError);
  });
});

describe('numberSections', () => {
  it('numbers measures （一）…（十） and the later parts 二、三、', () => {
    const sections = [
      ...Array.from({ length: 10 }, (_, i) => ({ kind: 'measures' as const, order: i + 1 })),
      { kind: 'problems' as const, order: 11 },
      { kind: 'plans' as const, order: 12 },
    ];
    const numbering = numberSections(sections);
    expect(numbering.get(sections[0]!)).toEqual({ number: '（一）', partNumber: '一、', isPart: false });
    expect(numbering.get(sections[9]!)?.number).toBe('（十）');
    expect(numbering.get(sections[10]!)).toEqual({ number: '二、', partNumber: '二、', isPart: true });
    expect(numbering.get(sections[11]!)?.number).toBe('三、');
  });
});
