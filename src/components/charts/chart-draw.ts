/**
 * Drawing a chart with Chart.js: loaded on demand by chart-loader.ts. Registers only the parts
 * the chart kinds use (no chart.js/auto; a page's chart code must stay under 60 KB gzip),
 * adds patterns so slices differ by more than colour, writes each value at its bar (marking
 * the end of a bar whose figure is a bound, 95%以上), takes its colours from the page's
 * scheme at draw time (dark, high contrast) and redraws when it changes, and makes the PNG.
 */
import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DoughnutController,
  LinearScale,
  Tooltip,
  type ChartType,
  type Plugin,
} from 'chart.js';
import { readChartColours, type ChartColours } from '../../lib/charts/colours.ts';
import { barEnd, chartConfig, OPEN_END_MARK } from '../../lib/charts/config.ts';
import { isPartsChart } from '../../lib/content/chart-kinds.ts';
import type { ChartModel } from '../../lib/charts/model.ts';

// Bars also carry line charts (see lineOverlay): Chart.js's line parts would cost 5 KB gzip.
Chart.register(ArcElement, BarController, BarElement, CategoryScale, DoughnutController, LinearScale, Tooltip);
Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
Chart.defaults.font.size = 14;

export interface DrawnChart {
  chart: Chart<'bar'> | Chart<'doughnut'>;
  model: ChartModel;
  /** The colours it was drawn in (the page's scheme at the time). */
  colours: ChartColours;
  /** The slices' fills, for the legend of the PNG. */
  fills?: (CanvasPattern | string)[];
}

/** The canvas is the page's paper (never a white box on a dark page), and so is the PNG. */
const paperBackground = <T extends ChartType>(colours: ChartColours): Plugin<T> => ({
  id: 'paperBackground',
  beforeDraw: (chart) => {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.globalCompositeOperation = 'destination-over';
    ctx.fillStyle = colours.paper;
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
});

/**
 * Writes each figure at the end of its bar or above its point, as the text writes it
 * (3721件); a bound as a bound (≥95%), its bar's end marked with a dashed run and an arrow
 * pointing the way the true value may lie, so it never reads as exact.
 */
const valueLabels = (model: ChartModel, colours: ChartColours): Plugin<'bar'> => ({
  id: 'valueLabels',
  afterDatasetsDraw: (chart) => {
    const { ctx } = chart;
    const horizontal = model.kind === 'horizontal-bar';
    ctx.save();
    ctx.fillStyle = ctx.strokeStyle = colours.ink;
    ctx.lineWidth = 2;
    ctx.font = `600 14px ${Chart.defaults.font.family ?? 'sans-serif'}`;
    ctx.textAlign = horizontal ? 'left' : 'center';
    ctx.textBaseline = horizontal ? 'middle' : 'bottom';
    chart.getDatasetMeta(0).data.forEach((element, index) => {
      const point = model.points[index];
      if (!point) return;
      const { label, open } = barEnd(point, model);
      const { x, y } = element.getProps(['x', 'y'], true) as { x: number; y: number };
      const mark = open ? OPEN_END_MARK : 0;
      if (open) drawOpenEnd(ctx, x, y, horizontal, open);
      if (horizontal) ctx.fillText(label, x + 6 + mark, y);
      else ctx.fillText(label, x, y - 8 - mark);
    });
    ctx.restore();
  },
});

/** The mark at an open end: a dashed run beyond it and an arrow (or, for 约, a dashed cap). */
function drawOpenEnd(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  horizontal: boolean,
  open: 'above' | 'below' | 'about',
) {
  const along = (d: number): [number, number] => (horizontal ? [x + d, y] : [x, y - d]);
  const across = (d: number, e: number): [number, number] => (horizontal ? [x + d, y + e] : [x + e, y - d]);
  ctx.save();
  ctx.setLineDash([3, 3]);
  ctx.beginPath();
  if (open === 'about') {
    ctx.moveTo(...across(0, -10));
    ctx.lineTo(...across(0, 10));
  } else {
    ctx.moveTo(...along(0));
    ctx.lineTo(...along(OPEN_END_MARK));
  }
  ctx.stroke();
  ctx.setLineDash([]);
  if (open !== 'about') {
    // An arrowhead: outward (the value may be more), or back into the bar (it may be less).
    const tip = open === 'above' ? OPEN_END_MARK : 0;
    const base = open === 'above' ? OPEN_END_MARK - 6 : 6;
    ctx.beginPath();
    ctx.moveTo(...across(base, -5));
    ctx.lineTo(...across(tip, 0));
    ctx.lineTo(...across(base, 5));
    ctx.stroke();
  }
  ctx.restore();
}

/** A line chart: the (invisible) bars' tops joined by a line, each marked with a diamond. */
const lineOverlay = (colours: ChartColours): Plugin<'bar'> => ({
  id: 'lineOverlay',
  afterDatasetsDraw: (chart) => {
    const points = chart
      .getDatasetMeta(0)
      .data.map((element) => element.getProps(['x', 'y'], true) as { x: number; y: number });
    const { ctx } = chart;
    ctx.save();
    ctx.strokeStyle = ctx.fillStyle = colours.series;
    ctx.lineWidth = 3;
    ctx.beginPath();
    points.forEach(({ x, y }, i) => (i === 0 ? ctx.moveTo(x, y) : ctx.lineTo(x, y)));
    ctx.stroke();
    for (const { x, y } of points) {
      ctx.beginPath();
      ctx.moveTo(x, y - 7);
      ctx.lineTo(x + 7, y);
      ctx.lineTo(x, y + 7);
      ctx.lineTo(x - 7, y);
      ctx.closePath();
      ctx.fill();
    }
    ctx.restore();
  },
});

/** Fill i: plain, stripes, dots, cross-hatch…: told apart in greyscale and by colour-blind readers. */
function patternFill(colour: string, marks: string, index: number): CanvasPattern | string {
  const tile = document.createElement('canvas');
  tile.width = tile.height = 12;
  const ctx = tile.getContext('2d');
  if (!ctx) return colour;
  ctx.fillStyle = colour;
  ctx.fillRect(0, 0, 12, 12);
  ctx.strokeStyle = ctx.fillStyle = marks;
  ctx.lineWidth = 2.5;
  const style = index % 4;
  if (style === 1) {
    ctx.beginPath();
    ctx.moveTo(0, 12);
    ctx.lineTo(12, 0);
    ctx.moveTo(-3, 3);
    ctx.lineTo(3, -3);
    ctx.moveTo(9, 15);
    ctx.lineTo(15, 9);
    ctx.stroke();
  } else if (style === 2) {
    ctx.beginPath();
    ctx.arc(6, 6, 2.5, 0, Math.PI * 2);
    ctx.fill();
  } else if (style === 3) {
    ctx.beginPath();
    ctx.moveTo(6, 0);
    ctx.lineTo(6, 12);
    ctx.moveTo(0, 6);
    ctx.lineTo(12, 6);
    ctx.stroke();
  }
  return ctx.createPattern(tile, 'repeat') ?? colour;
}

/** Draws the chart of a figure (its model is in data-chart) in the colours the page uses now. */
export function drawChart(figure: HTMLElement): DrawnChart {
  const model = JSON.parse(figure.dataset.chart ?? '') as ChartModel;
  const canvas = figure.querySelector('canvas');
  if (!canvas) throw new Error(`No canvas in chart ${model.id}`);
  const style = getComputedStyle(figure);
  const colours = readChartColours((property) => style.getPropertyValue(property));
  Chart.defaults.color = colours.ink;
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const fills = isPartsChart(model.kind)
    ? model.points.map((_, i) => patternFill(colours.parts[i % colours.parts.length]!, colours.pattern, i))
    : undefined;
  const config = chartConfig(model, { reducedMotion, colours, ...(fills ? { fills } : {}) });
  const chart =
    config.type === 'doughnut'
      ? new Chart(canvas, { ...config, plugins: [paperBackground<'doughnut'>(colours)] })
      : new Chart(canvas, {
          ...config,
          plugins: [
            paperBackground<'bar'>(colours),
            ...(model.kind === 'line' ? [lineOverlay(colours)] : []),
            valueLabels(model, colours),
          ],
        });
  figure.dataset.drawn = 'true';
  return { chart, model, colours, ...(fills ? { fills } : {}) };
}

/** Saves the chart as a PNG with its title, legend and source, so the image makes sense on its own. */
export function downloadPng(figure: HTMLElement, { chart, model, colours, fills }: DrawnChart) {
  chart.stop();
  chart.update('none');
  const source = chart.canvas;
  const scale = source.width / chart.width || 1;
  const pad = 16 * scale;
  const titleSize = 20 * scale;
  const footSize = 13 * scale;
  const out = document.createElement('canvas');
  out.width = source.width + pad * 2;
  const legendRow = 24 * scale;
  const legendRows = fills ? model.points.length : 0;
  out.height = source.height + pad * 4 + titleSize + footSize + legendRows * legendRow;
  const ctx = out.getContext('2d');
  if (!ctx) return;
  const family = Chart.defaults.font.family ?? 'sans-serif';
  ctx.fillStyle = colours.paper;
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.fillStyle = colours.ink;
  ctx.textBaseline = 'top';
  ctx.font = `700 ${titleSize}px ${family}`;
  ctx.fillText(model.title, pad, pad);
  ctx.drawImage(source, pad, pad * 2 + titleSize);
  model.points.forEach((point, i) => {
    const fill = fills?.[i];
    if (!fill) return;
    const y = pad * 2 + titleSize + source.height + i * legendRow;
    ctx.fillStyle = fill;
    ctx.fillRect(pad, y, 28 * scale, 18 * scale);
    ctx.strokeStyle = colours.ink;
    ctx.strokeRect(pad, y, 28 * scale, 18 * scale);
    ctx.fillStyle = colours.ink;
    ctx.font = `${14 * scale}px ${family}`;
    ctx.fillText(`${point.label} ${point.text}（${point.share ?? ''}）`, pad + 36 * scale, y + 1 * scale);
  });
  ctx.fillStyle = colours.muted;
  ctx.font = `${footSize}px ${family}`;
  const site = `${document.title.split(' - ').at(-1) ?? ''} ${location.host}`.trim();
  ctx.fillText(`来源：${site}`, pad, out.height - pad - footSize);
  out.toBlob((blob) => {
    if (!blob) return;
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = figure.dataset.pngName ?? `${model.id}.png`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }, 'image/png');
}
