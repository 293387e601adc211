/**
 * A chart model as a still SVG drawing, made at build time: what an embed page shows, so a
 * newsroom's reader sees the chart at once, with no script, in the host page's frame, and it
 * prints. The same honesty as the Chart.js drawing (config.ts): bars from zero, 0–100 for
 * percentages, values written as the text writes them, an open-ended figure's bar end marked,
 * slices told apart by pattern as well as colour. Pure geometry; ChartSvg.astro writes the
 * elements, and global.css colours them from the page's tokens (dark mode, high contrast).
 */
import { barEnd, OPEN_END_MARK, wrapLabel } from './config.ts';
import { axisTitle, formatTick } from './chart-numbers.ts';
import { isPartsChart } from '../content/chart-kinds.ts';
import type { ChartModel } from './model.ts';

/** Width of the drawing in SVG units; it scales to the column (see .chart-svg in global.css). */
export const SVG_WIDTH = 400;
/** Text size in SVG units: about 15 px on a phone, 19 px at the drawing's widest. */
const FONT = 15;
/** Distance between the lines of a wrapped label, in SVG units. */
export const SVG_LINE_HEIGHT = 18;
const LINE = SVG_LINE_HEIGHT;

/** What a mark is coloured with: the page's chart tokens, through classes in global.css. */
export type Tone = 'ink' | 'muted' | 'grid' | 'axis' | 'series' | 'open' | 'line' | 'edge';

export type SvgMark =
  | { tag: 'rect'; x: number; y: number; width: number; height: number; tone: Tone; tip: string }
  | { tag: 'line'; x1: number; y1: number; x2: number; y2: number; tone: Tone }
  | { tag: 'path'; d: string; tone: Tone; part?: number; tip?: string }
  | { tag: 'polyline'; points: string; tone: Tone }
  | {
      tag: 'text';
      x: number;
      y: number;
      lines: string[];
      anchor: 'start' | 'middle' | 'end';
      tone: Tone;
      bold?: boolean;
    };

export interface SvgChart {
  width: number;
  height: number;
  marks: SvgMark[];
  /** For parts of a whole: how many patterned fills the drawing uses (see partPattern). */
  parts: number;
}

const round = (value: number) => Number(value.toFixed(1));

/** Rough width of a line of text: a Chinese character is a square, Latin letters and digits about half. */
export const textWidth = (text: string, size = FONT) =>
  [...text].reduce((width, char) => width + ((char.codePointAt(0) ?? 0) < 0x100 ? 0.56 : 1) * size, 0);

/** Round steps for an axis from zero to at least `max`: 1, 2, 2.5 or 5 times a power of ten. */
export function axisTicks(max: number, unit: string): number[] {
  if (unit === '%') return [0, 20, 40, 60, 80, 100];
  const rough = (max || 1) / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((candidate) => candidate >= rough)!;
  const ticks = [0];
  while (ticks.at(-1)! < max) ticks.push(Number((ticks.length * step).toPrecision(12)));
  return ticks.length > 1 ? ticks : [0, step];
}

/** The mark of an open end at (x, y), as chart-draw.ts draws it: a dashed run and an arrow, or a cap for 约. */
function openEnd(x: number, y: number, horizontal: boolean, open: 'above' | 'below' | 'about'): SvgMark[] {
  const at = (along: number, across: number): string =>
    horizontal ? `${round(x + along)} ${round(y + across)}` : `${round(x + across)} ${round(y - along)}`;
  if (open === 'about') return [{ tag: 'path', d: `M${at(0, -10)}L${at(0, 10)}`, tone: 'open' }];
  const tip = open === 'above' ? OPEN_END_MARK : 0;
  const base = open === 'above' ? OPEN_END_MARK - 6 : 6;
  return [
    { tag: 'path', d: `M${at(0, 0)}L${at(OPEN_END_MARK, 0)}`, tone: 'open' },
    { tag: 'path', d: `M${at(base, -5)}L${at(tip, 0)}L${at(base, 5)}`, tone: 'ink' },
  ];
}

/** A tick's number on an axis. */
const tickText = (x: number, y: number, label: string): SvgMark => ({
  tag: 'text',
  x,
  y,
  lines: [label],
  anchor: 'middle',
  tone: 'ink',
});

/** The hover text of a bar: the figure as the text writes it. */
const tipOf = (point: ChartModel['points'][number]) => `${point.label}：${point.text}`;

/** Bars standing on the axis (bar), or joined by a line (line). */
function columns(model: ChartModel): SvgChart {
  const { points, unit, magnitude } = model;
  const ticks = axisTicks(Math.max(...points.map((point) => point.value)), unit);
  const top = ticks.at(-1)!;
  const tickLabels = ticks.map((tick) => formatTick(tick, unit, magnitude));
  const left = Math.max(...tickLabels.map((label) => textWidth(label))) + 10;
  const slot = (SVG_WIDTH - left) / points.length;
  const perLine = Math.max(2, Math.floor((slot - 4) / FONT));
  const labels = points.map((point) => [wrapLabel(point.label, perLine)].flat());
  const labelLines = Math.max(...labels.map((lines) => lines.length));
  const ends = points.map((point) => barEnd(point, model));
  const markRoom = ends.some((end) => end.open) ? OPEN_END_MARK + 8 : 0;
  const plotTop = LINE + 8 + LINE + markRoom;
  const baseline = plotTop + 200;
  const y = (value: number) => round(baseline - ((baseline - plotTop) * Math.min(value, top)) / top);
  const barWidth = Math.min(56, slot * 0.6);
  const centre = (index: number) => round(left + slot * index + slot / 2);
  const marks: SvgMark[] = [
    { tag: 'text', x: 0, y: LINE - 4, lines: [axisTitle(unit)], anchor: 'start', tone: 'muted' },
    ...ticks.flatMap((tick, index): SvgMark[] => [
      { tag: 'line', x1: left, y1: y(tick), x2: SVG_WIDTH, y2: y(tick), tone: index === 0 ? 'axis' : 'grid' },
      { tag: 'text', x: left - 6, y: y(tick) + 5, lines: [tickLabels[index]!], anchor: 'end', tone: 'ink' },
    ]),
  ];
  const line = model.kind === 'line';
  if (line) {
    marks.push({ tag: 'polyline', points: points.map((p, i) => `${centre(i)},${y(p.value)}`).join(' '), tone: 'line' });
  }
  points.forEach((point, index) => {
    const x = centre(index);
    const end = y(point.value);
    if (line) {
      marks.push({ tag: 'path', d: `M${x} ${end - 7}l7 7l-7 7l-7 -7z`, tone: 'series', tip: tipOf(point) });
    } else {
      const height = round(baseline - end);
      marks.push({
        tag: 'rect',
        x: round(x - barWidth / 2),
        y: end,
        width: round(barWidth),
        height,
        tone: 'series',
        tip: tipOf(point),
      });
    }
    const { label, open } = ends[index]!;
    if (open) marks.push(...openEnd(x, end, false, open));
    const above = end - 8 - (open ? OPEN_END_MARK : 0);
    marks.push({ tag: 'text', x, y: round(above), lines: [label], anchor: 'middle', tone: 'ink', bold: true });
    marks.push({ tag: 'text', x, y: baseline + LINE + 2, lines: labels[index]!, anchor: 'middle', tone: 'ink' });
  });
  return { width: SVG_WIDTH, height: round(baseline + 8 + labelLines * LINE), marks, parts: 0 };
}

/** Bars laid along rows, names on the left and each figure at its bar's end. */
function rows(model: ChartModel): SvgChart {
  const { points, unit, magnitude } = model;
  const ticks = axisTicks(Math.max(...points.map((point) => point.value)), unit);
  const top = ticks.at(-1)!;
  const labels = points.map((point) => [wrapLabel(point.label, 7)].flat());
  const left = Math.max(...labels.flat().map((line) => textWidth(line))) + 10;
  const ends = points.map((point) => barEnd(point, model));
  const markRoom = ends.some((end) => end.open) ? OPEN_END_MARK + 8 : 0;
  const right = SVG_WIDTH - Math.max(...ends.map((end) => textWidth(end.label))) - 10 - markRoom;
  const rowHeight = Math.max(44, Math.max(...labels.map((lines) => lines.length)) * LINE + 8);
  const plotTop = LINE + 10;
  const plotBottom = plotTop + rowHeight * points.length;
  const x = (value: number) => round(left + ((right - left) * Math.min(value, top)) / top);
  const thickness = Math.min(28, rowHeight * 0.6);
  // Tick labels side by side along a narrow axis: every other one (or fewer) when they would touch.
  const tickLabels = ticks.map((tick) => formatTick(tick, unit, magnitude));
  const widest = Math.max(...tickLabels.map((label) => textWidth(label)));
  const every = Math.max(1, Math.ceil((widest + 8) / (x(ticks[1]!) - x(0))));
  const marks: SvgMark[] = [
    { tag: 'text', x: 0, y: LINE - 4, lines: [axisTitle(unit)], anchor: 'start', tone: 'muted' },
    ...ticks.flatMap((tick, index): SvgMark[] => [
      { tag: 'line', x1: x(tick), y1: plotTop, x2: x(tick), y2: plotBottom, tone: index === 0 ? 'axis' : 'grid' },
      ...(index % every === 0 ? [tickText(x(tick), plotBottom + LINE + 2, tickLabels[index]!)] : []),
    ]),
  ];
  points.forEach((point, index) => {
    const middle = plotTop + rowHeight * index + rowHeight / 2;
    const end = x(point.value);
    marks.push({
      tag: 'rect',
      x: left,
      y: round(middle - thickness / 2),
      width: round(end - left),
      height: round(thickness),
      tone: 'series',
      tip: tipOf(point),
    });
    const { label, open } = ends[index]!;
    if (open) marks.push(...openEnd(end, middle, true, open));
    const after = end + 6 + (open ? OPEN_END_MARK : 0);
    marks.push({
      tag: 'text',
      x: round(after),
      y: round(middle + 5),
      lines: [label],
      anchor: 'start',
      tone: 'ink',
      bold: true,
    });
    const lines = labels[index]!;
    const first = middle + 5 - ((lines.length - 1) * LINE) / 2;
    marks.push({ tag: 'text', x: left - 8, y: round(first), lines, anchor: 'end', tone: 'ink' });
  });
  return { width: SVG_WIDTH, height: round(plotBottom + LINE + 8), marks, parts: 0 };
}

/** One slice from angle `from` to `to` (radians, clockwise from the top) of a ring between `inner` and `outer`. */
function slice(cx: number, cy: number, outer: number, inner: number, from: number, to: number): string {
  const point = (radius: number, angle: number) =>
    `${round(cx + radius * Math.sin(angle))} ${round(cy - radius * Math.cos(angle))}`;
  const large = to - from > Math.PI ? 1 : 0;
  const outerArc = `M${point(outer, from)}A${outer} ${outer} 0 ${large} 1 ${point(outer, to)}`;
  if (inner === 0) return `${outerArc}L${cx} ${cy}Z`;
  return `${outerArc}L${point(inner, to)}A${inner} ${inner} 0 ${large} 0 ${point(inner, from)}Z`;
}

/** The parts of one whole as a doughnut (or a pie), from the top, clockwise, as Chart.js draws them. */
function ring(model: ChartModel): SvgChart {
  const outer = 110;
  const inner = model.kind === 'pie' ? 0 : outer / 2;
  const cx = SVG_WIDTH / 2;
  const cy = outer + 4;
  const total = model.points.reduce((sum, point) => sum + point.value, 0) || 1;
  let angle = 0;
  const marks = model.points.flatMap((point, index): SvgMark[] => {
    const sweep = (point.value / total) * 2 * Math.PI;
    const from = angle;
    angle += sweep;
    const tip = `${point.label}：${point.text}（占${point.share ?? ''}）`;
    // An arc cannot go all the way round: a whole circle is drawn as two halves.
    const halves = sweep >= 2 * Math.PI - 1e-9 ? [from, from + Math.PI, from + 2 * Math.PI] : [from, from + sweep];
    return halves.slice(1).map((to, half) => ({
      tag: 'path' as const,
      d: slice(cx, cy, outer, inner, halves[half]!, to),
      tone: 'edge' as const,
      part: index,
      tip,
    }));
  });
  return { width: SVG_WIDTH, height: 2 * outer + 8, marks, parts: model.points.length };
}

/** The still drawing of a chart. */
export function chartSvg(model: ChartModel): SvgChart {
  if (isPartsChart(model.kind)) return ring(model);
  return model.kind === 'horizontal-bar' ? rows(model) : columns(model);
}

/** The fill of the n-th slice: colours 1–6 of the page, plain, striped, dotted or crossed (as chart-draw.ts and the legend). */
export const partPattern = (index: number) => ({
  colour: index % 6,
  marks: (['plain', 'stripes', 'dots', 'cross'] as const)[index % 4]!,
});
