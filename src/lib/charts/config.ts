/**
 * A chart model as a Chart.js configuration: honest axes (from zero; 0–100 for
 * percentages), ticks and tooltips written the way the text writes numbers, no animation
 * for readers who ask for reduced motion. Pure: the browser passes in what needs a canvas
 * (pattern fills), so this is unit-tested without one.
 */
import type { ChartConfiguration, ChartType, TooltipItem } from 'chart.js';
import { axisTitle, formatTick } from './format.ts';
import { isPartsChart, type ChartModel } from './model.ts';

/** Colours with at least 4.5:1 contrast on white (WCAG AA for text and graphics). */
export const CHART_COLOURS = {
  ink: '#1f2328',
  muted: '#57606a',
  grid: '#d0d7de',
  /** One series of bars or a line: the site's link blue, 7.0:1. */
  series: '#0b57a4',
  /** Slices of a whole, in order: blue, red, green, purple, brown, grey; each ≥ 4.5:1 on white. */
  parts: ['#0b57a4', '#a4161a', '#1e6b34', '#6a3d9a', '#7a4a00', '#4a5560'],
} as const;

/** What the browser adds to a configuration: fills that tell slices apart without colour. */
export interface ConfigOptions {
  reducedMotion: boolean;
  /** One fill per point (a CanvasPattern of stripes or dots); default plain colours. */
  fills?: readonly (string | CanvasPattern)[];
}

/** Punctuation that may not begin a line in Chinese typesetting. */
const CLOSING = new Set(['、', '，', '。', '：', '；', '）', '”', '》']);

/** Long labels broken into lines of `width` characters, so they fit a phone; no line starts with 、，。 */
export function wrapLabel(label: string, width = 9): string | string[] {
  const lines: string[] = [];
  let line = '';
  for (const char of label) {
    if ([...line].length >= width && !CLOSING.has(char)) {
      lines.push(line);
      line = '';
    }
    line += char;
  }
  if (line) lines.push(line);
  return lines.length === 1 ? label : lines;
}

const FONT = { family: 'system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif' };

export type ChartJsConfig = ChartConfiguration<'bar'> | ChartConfiguration<'doughnut'>;

/** The Chart.js configuration of a chart. */
export function chartConfig(model: ChartModel, options: ConfigOptions): ChartJsConfig {
  const { points, unit, magnitude } = model;
  const tick = (value: number | string) => formatTick(Number(value), unit, magnitude);
  const parts = isPartsChart(model.kind);
  const colours = parts ? points.map((_, i) => CHART_COLOURS.parts[i % CHART_COLOURS.parts.length]!) : [];
  const fills = options.fills ?? (parts ? colours : points.map(() => CHART_COLOURS.series));
  const tooltipLabel = (item: Pick<TooltipItem<ChartType>, 'dataIndex'>) => {
    const point = points[item.dataIndex];
    if (!point) return '';
    return point.share ? `${point.label}：${point.text}（占${point.share}）` : `${point.label}：${point.text}`;
  };
  const animation = options.reducedMotion ? (false as const) : { duration: 400 };
  const common = {
    responsive: true,
    maintainAspectRatio: false,
    animation,
    locale: 'zh-CN',
  };
  const tooltip = {
    callbacks: { label: tooltipLabel },
    titleFont: { ...FONT, size: 14 },
    bodyFont: { ...FONT, size: 14 },
  };

  if (parts) {
    // A pie is a doughnut without a hole: one controller to load, not two.
    // Slices are named in the HTML legend beside the canvas (ChartFigure.astro), which costs no script.
    return {
      type: 'doughnut',
      data: {
        labels: points.map((point) => point.label),
        datasets: [
          {
            label: model.title,
            data: points.map((point) => point.value),
            backgroundColor: [...fills],
            borderColor: '#ffffff',
            borderWidth: 2,
          },
        ],
      },
      options: {
        ...common,
        cutout: model.kind === 'pie' ? 0 : '50%',
        plugins: { legend: { display: false }, tooltip },
      },
    };
  }

  const horizontal = model.kind === 'horizontal-bar';
  const valueAxis = {
    beginAtZero: true,
    ...(unit === '%' ? { min: 0, max: 100 } : {}),
    grid: { color: CHART_COLOURS.grid },
    border: { color: CHART_COLOURS.muted },
    ticks: { callback: tick, color: CHART_COLOURS.ink, font: { ...FONT, size: 13 } },
    title: { display: true, text: axisTitle(unit), color: CHART_COLOURS.ink, font: { ...FONT, size: 13 } },
  };
  const categoryAxis = {
    grid: { display: false },
    border: { color: CHART_COLOURS.muted },
    ticks: { color: CHART_COLOURS.ink, font: { ...FONT, size: 13 }, autoSkip: false, maxRotation: 0 },
  };
  const labels = points.map((point) => wrapLabel(point.label, horizontal ? 7 : 6));

  // A line chart is drawn on invisible bars (which keep the tooltips) by the browser's line
  // overlay: Chart.js's own line parts would cost 5 KB gzip on every chart page.
  const line = model.kind === 'line';
  return {
    type: 'bar',
    data: {
      labels,
      datasets: [
        {
          label: model.title,
          data: points.map((point) => point.value),
          backgroundColor: line ? 'rgba(0, 0, 0, 0)' : [...fills],
          borderColor: CHART_COLOURS.ink,
          borderWidth: 0,
          maxBarThickness: 56,
        },
      ],
    },
    options: {
      ...common,
      indexAxis: horizontal ? 'y' : 'x',
      // Room for the value written at the end of each bar.
      layout: { padding: horizontal ? { right: 72 } : { top: 28, left: line ? 8 : 0, right: line ? 8 : 0 } },
      scales: horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
      plugins: { legend: { display: false }, tooltip },
    },
  };
}
