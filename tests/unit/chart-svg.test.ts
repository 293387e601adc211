/**
 * The still (SVG) drawing of an embed page's chart: the same honesty as the Chart.js drawing,
 * checked on the geometry. Fixture models, so no year of content is assumed.
 */
import { describe, expect, it } from 'vitest';
import type { ChartModel, ChartPoint } from '../../src/lib/charts/model.ts';
import { axisTicks, chartSvg, partPattern, SVG_WIDTH, textWidth, type SvgMark } from '../../src/lib/charts/svg.ts';

const point = (label: string, value: number, text: string, extra: Partial<ChartPoint> = {}): ChartPoint => ({
  id: label,
  label,
  value,
  text,
  href: `/2031/x/#${label}`,
  ...extra,
});
const model = (kind: ChartModel['kind'], points: ChartPoint[], unit: ChartModel['unit'] = '件'): ChartModel => ({
  id: 'fixture',
  kind,
  title: '测试图表',
  summary: '测试图表的摘要。',
  unit,
  magnitude: null,
  points,
});
const bars = (marks: SvgMark[]) => marks.filter((mark) => mark.tag === 'rect');
const texts = (marks: SvgMark[]) => marks.flatMap((mark) => (mark.tag === 'text' ? [mark.lines.join('')] : []));

describe('axis ticks', () => {
  it('run from zero past the largest value in round steps', () => {
    expect(axisTicks(3721, '件')).toEqual([0, 1000, 2000, 3000, 4000]);
    expect(axisTicks(972000, '件')).toEqual([0, 250000, 500000, 750000, 1000000]);
    expect(axisTicks(7, '件')).toEqual([0, 2, 4, 6, 8]);
  });
  it('are 0–100 for percentages, whatever the values', () => {
    expect(axisTicks(47, '%')).toEqual([0, 20, 40, 60, 80, 100]);
  });
  it('still make an axis when every value is zero', () => {
    expect(axisTicks(0, '件').length).toBeGreaterThan(1);
  });
});

describe('bars', () => {
  const drawing = chartSvg(model('bar', [point('受理', 1171, '1171户'), point('办结', 679, '679户')]));

  it('stand on one baseline, from zero, heights in proportion to the values', () => {
    const [a, b] = bars(drawing.marks) as Extract<SvgMark, { tag: 'rect' }>[];
    expect(a!.y + a!.height).toBeCloseTo(b!.y + b!.height, 1);
    expect(a!.height / b!.height).toBeCloseTo(1171 / 679, 1);
  });

  it('write each figure as the text writes it, and name it on hover', () => {
    expect(texts(drawing.marks)).toEqual(expect.arrayContaining(['1171户', '679户', '受理', '办结', '单位：件']));
    expect(bars(drawing.marks).map((mark) => (mark.tag === 'rect' ? mark.tip : ''))).toEqual([
      '受理：1171户',
      '办结：679户',
    ]);
  });

  it('fit the drawing’s width', () => {
    for (const mark of drawing.marks) {
      if (mark.tag === 'rect') expect(mark.x + mark.width).toBeLessThanOrEqual(SVG_WIDTH);
    }
  });

  it('mark an open-ended figure’s end and write it as a bound', () => {
    const open = chartSvg(model('bar', [point('出庭', 95, '95%以上', { qualifier: 'at-least' })], '%'));
    expect(texts(open.marks)).toContain('≥95%');
    expect(open.marks.filter((mark) => mark.tag === 'path' && mark.tone === 'open')).toHaveLength(1);
    const exact = chartSvg(model('bar', [point('办结', 98.8, '98.8%')], '%'));
    expect(exact.marks.filter((mark) => mark.tag === 'path' && mark.tone === 'open')).toHaveLength(0);
  });

  it('draw a percentage against 0–100, not against the largest value', () => {
    const [bar] = bars(chartSvg(model('bar', [point('和解', 47, '47%')], '%')).marks) as Extract<
      SvgMark,
      { tag: 'rect' }
    >[];
    const full = bars(chartSvg(model('bar', [point('全部', 100, '100%')], '%')).marks)[0] as typeof bar;
    expect(bar!.height / full!.height).toBeCloseTo(0.47, 2);
  });
});

describe('horizontal bars', () => {
  const drawing = chartSvg(
    model('horizontal-bar', [point('督察反馈问题整改完成率', 100, '100%'), point('和解调解率', 47, '47%')], '%'),
  );

  it('start at one axis and end in proportion, long names wrapped over lines', () => {
    const [a, b] = bars(drawing.marks) as Extract<SvgMark, { tag: 'rect' }>[];
    expect(a!.x).toBe(b!.x);
    expect(b!.width / a!.width).toBeCloseTo(0.47, 2);
    const name = drawing.marks.find((mark) => mark.tag === 'text' && mark.lines.join('') === '督察反馈问题整改完成率');
    expect(name?.tag === 'text' && name.lines.length).toBeGreaterThan(1);
  });

  it('never lets tick labels touch', () => {
    const ticks = drawing.marks.filter(
      (mark): mark is Extract<SvgMark, { tag: 'text' }> =>
        mark.tag === 'text' && !mark.bold && /^\d+%$/.test(mark.lines[0]!),
    );
    for (let i = 1; i < ticks.length; i++) {
      const gap = ticks[i]!.x - ticks[i - 1]!.x;
      expect(gap).toBeGreaterThan((textWidth(ticks[i]!.lines[0]!) + textWidth(ticks[i - 1]!.lines[0]!)) / 2);
    }
  });
});

describe('a line', () => {
  it('joins the figures with a line and marks each one', () => {
    const drawing = chartSvg(model('line', [point('2031年', 158, '158件'), point('2032年', 152, '152件')]));
    expect(drawing.marks.filter((mark) => mark.tag === 'polyline')).toHaveLength(1);
    expect(drawing.marks.filter((mark) => mark.tag === 'path' && mark.tone === 'series')).toHaveLength(2);
    expect(bars(drawing.marks)).toHaveLength(0);
  });
});

describe('parts of a whole', () => {
  const parts = [
    point('刑事', 3016, '3016件', { share: '81%' }),
    point('民事', 704, '704件', { share: '19%' }),
    point('行政', 1, '1件', { share: '不到1%' }),
  ];

  it('one slice a part, each with its own pattern, named with its share on hover', () => {
    const drawing = chartSvg(model('doughnut', parts));
    const slices = drawing.marks.filter((mark) => mark.tag === 'path' && mark.part !== undefined);
    expect(slices.map((mark) => mark.tag === 'path' && mark.tip)).toEqual([
      '刑事：3016件（占81%）',
      '民事：704件（占19%）',
      '行政：1件（占不到1%）',
    ]);
    expect(drawing.parts).toBe(3);
    expect(new Set([0, 1, 2].map((index) => JSON.stringify(partPattern(index)))).size).toBe(3);
  });

  it('a pie has no hole; a doughnut has one', () => {
    const [pie] = chartSvg(model('pie', parts)).marks;
    const [doughnut] = chartSvg(model('doughnut', parts)).marks;
    expect(pie?.tag === 'path' && pie.d).toMatch(/L200 114Z$/);
    expect(doughnut?.tag === 'path' && doughnut.d.match(/A/g)).toHaveLength(2);
  });

  it('a single part is a whole ring, drawn as two halves', () => {
    const drawing = chartSvg(model('doughnut', [point('全部', 5, '5件', { share: '100%' })]));
    expect(drawing.marks.filter((mark) => mark.tag === 'path')).toHaveLength(2);
  });
});
