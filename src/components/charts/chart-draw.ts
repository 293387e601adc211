/**
 * Drawing a chart with Chart.js: loaded on demand by chart-loader.ts. Registers only the parts
 * the chart kinds use (no chart.js/auto; a page's chart code must stay under 60 KB gzip),
 * adds patterns so slices differ by more than
 * colour, writes each value at its bar, and makes the PNG download.
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
import { CHART_COLOURS, chartConfig } from '../../lib/charts/config.ts';
import { isPartsChart, type ChartModel } from '../../lib/charts/model.ts';

// Bars also carry line charts (see lineOverlay): Chart.js's line parts would cost 5 KB gzip.
Chart.register(ArcElement, BarController, BarElement, CategoryScale, DoughnutController, LinearScale, Tooltip);
Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
Chart.defaults.font.size = 14;
Chart.defaults.color = CHART_COLOURS.ink;

export interface DrawnChart {
  chart: Chart<'bar'> | Chart<'doughnut'>;
  model: ChartModel;
  /** The slices' fills, for the legend of the PNG. */
  fills?: (CanvasPattern | string)[];
}

/** A white canvas background, so the PNG is readable on any viewer. */
const whiteBackground = <T extends ChartType>(): Plugin<T> => ({
  id: 'whiteBackground',
  beforeDraw: (chart) => {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.globalCompositeOperation = 'destination-over';
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
});

/** Writes each figure as the text writes it (22万余次) at the end of its bar or above its point. */
const valueLabels = (model: ChartModel): Plugin<'bar'> => ({
  id: 'valueLabels',
  afterDatasetsDraw: (chart) => {
    const { ctx } = chart;
    const horizontal = model.kind === 'horizontal-bar';
    ctx.save();
    ctx.fillStyle = CHART_COLOURS.ink;
    ctx.font = `600 14px ${Chart.defaults.font.family ?? 'sans-serif'}`;
    ctx.textAlign = horizontal ? 'left' : 'center';
    ctx.textBaseline = horizontal ? 'middle' : 'bottom';
    chart.getDatasetMeta(0).data.forEach((element, index) => {
      const text = model.points[index]?.text;
      if (!text) return;
      const { x, y } = element.getProps(['x', 'y'], true) as { x: number; y: number };
      if (horizontal) ctx.fillText(text, x + 6, y);
      else ctx.fillText(text, x, y - 8);
    });
    ctx.restore();
  },
});

/** A line chart: the (invisible) bars' tops joined by a line, each marked with a diamond. */
const lineOverlay: Plugin<'bar'> = {
  id: 'lineOverlay',
  afterDatasetsDraw: (chart) => {
    const points = chart
      .getDatasetMeta(0)
      .data.map((element) => element.getProps(['x', 'y'], true) as { x: number; y: number });
    const { ctx } = chart;
    ctx.save();
    ctx.strokeStyle = ctx.fillStyle = CHART_COLOURS.series;
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
};

/** Fill i: plain, stripes, dots, cross-hatch…: told apart in greyscale and by colour-blind readers. */
function patternFill(colour: string, index: number): CanvasPattern | string {
  const tile = document.createElement('canvas');
  tile.width = tile.height = 12;
  const ctx = tile.getContext('2d');
  if (!ctx) return colour;
  ctx.fillStyle = colour;
  ctx.fillRect(0, 0, 12, 12);
  ctx.strokeStyle = ctx.fillStyle = '#ffffff';
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

/** Draws the chart of a figure (its model is in data-chart). */
export function drawChart(figure: HTMLElement): DrawnChart {
  const model = JSON.parse(figure.dataset.chart ?? '') as ChartModel;
  const canvas = figure.querySelector('canvas');
  if (!canvas) throw new Error(`No canvas in chart ${model.id}`);
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const fills = isPartsChart(model.kind)
    ? model.points.map((_, i) => patternFill(CHART_COLOURS.parts[i % CHART_COLOURS.parts.length]!, i))
    : undefined;
  const config = chartConfig(model, { reducedMotion, ...(fills ? { fills } : {}) });
  const chart =
    config.type === 'doughnut'
      ? new Chart(canvas, { ...config, plugins: [whiteBackground<'doughnut'>()] })
      : new Chart(canvas, {
          ...config,
          plugins: [whiteBackground<'bar'>(), ...(model.kind === 'line' ? [lineOverlay] : []), valueLabels(model)],
        });
  figure.dataset.drawn = 'true';
  return { chart, model, ...(fills ? { fills } : {}) };
}

/** Saves the chart as a PNG with its title, legend and source, so the image makes sense on its own. */
export function downloadPng(figure: HTMLElement, { chart, model, fills }: DrawnChart) {
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
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.fillStyle = CHART_COLOURS.ink;
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
    ctx.strokeStyle = CHART_COLOURS.ink;
    ctx.strokeRect(pad, y, 28 * scale, 18 * scale);
    ctx.fillStyle = CHART_COLOURS.ink;
    ctx.font = `${14 * scale}px ${family}`;
    ctx.fillText(`${point.label} ${point.text}（${point.share ?? ''}）`, pad + 36 * scale, y + 1 * scale);
  });
  ctx.fillStyle = CHART_COLOURS.muted;
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
