import { describe, expect, it } from 'vitest';
import { decimalPlaces, parseFigure, scaleDecimal } from '../../src/lib/figures/parse.ts';

describe('parseFigure: a figure as written in Chinese, read into base units', () => {
  it.each([
    ['3721件', 3721, '件', null],
    ['22万余次', 220_000, '次', 'more-than'],
    ['2900余万元', 29_000_000, '元', 'more-than'],
    ['3.81亿元', 381_000_000, '元', null],
    ['1.7亿元', 170_000_000, '元', null],
    ['97.2万件', 972_000, '件', null],
    ['98.8%', 98.8, '%', null],
    ['95%以上', 95, '%', 'at-least'],
    ['27544人次', 27_544, '人次', null],
    ['110件次', 110, '件次', null],
    ['22大类', 22, '大类', null],
    ['100多件', 100, '件', 'more-than'],
    ['超过100家', 100, '家', 'more-than'],
    ['5个工作日以内', 5, '个工作日', 'at-most'],
    ['30天以下', 30, '天', 'at-most'],
    ['不超过3个月', 3, '个月', 'at-most'],
    ['近3000件', 3000, '件', 'about'],
    ['约1.2亿元', 120_000_000, '元', 'about'],
    ['3721件左右', 3721, '件', 'about'],
    ['2个百分点', 2, '个百分点', null],
  ])('%s → %d %s (%s)', (text, value, unit, qualifier) => {
    expect(parseFigure(text)).toMatchObject({ value, unit, qualifier });
  });

  it('reads full-width digits and percent signs after NFKC', () => {
    expect(parseFigure('95.8%')).toMatchObject({ value: 95.8, unit: '%' });
  });

  it('leaves the unit empty when the text has none', () => {
    expect(parseFigure('3721')).toMatchObject({ value: 3721, unit: null });
  });

  it.each(['三千件', '3,721件', '约3721件以上', '超过22万余次', '22余万余次', ''])('rejects %j', (text) => {
    expect(parseFigure(text)).toBeNull();
  });
});

describe('scaleDecimal', () => {
  it('multiplies without floating-point error', () => {
    expect(0.07 * 10_000).not.toBe(700);
    expect(scaleDecimal('0.07', 10_000)).toBe(700);
    expect(scaleDecimal('3.81', 100_000_000)).toBe(381_000_000);
    expect(scaleDecimal('0.05', 10_000)).toBe(500);
    expect(scaleDecimal('1.23456', 10_000)).toBe(12_345.6);
  });
});

describe('decimalPlaces', () => {
  it('counts the decimals written', () => {
    expect(decimalPlaces('42')).toBe(0);
    expect(decimalPlaces('98.8')).toBe(1);
  });
});
