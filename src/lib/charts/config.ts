/**
 * A chart model as a Chart.js configuration: honest axes (from zero; 0–100 for
 * percentages), ticks and tooltips written the way the text writes numbers, a figure with a
 * qualifier (余, 以上) labelled and marked as open-ended, colours of the reader's scheme, no
 * animation for readers who ask for reduced motion. Pure: the browser passes in what needs a
 * canvas or the page (pattern fills, the colours in force), so this is unit-tested without one.
 */
import type { ChartConfiguration, ChartType, TooltipItem } from 'chart.js';
import { CHART_COLOURS, type ChartColours } from './colours.ts';
import { axisTitle, formatTick, openEndOf, qualifiedNumber, type OpenEnd } from './chart-numbers.ts';
import { formatChartNumber } from '../format/chinese-numbers.ts';
import { isPartsChart } from '../content/chart-kinds.ts';
import type { ChartModel, ChartPoint } from './model.ts';

/** What the browser adds to a configuration: the colours in force, fills that tell slices apart without colour. */
export interface ConfigOptions {
  reducedMotion: boolean;
  /** The colours of the reader's scheme (readChartColours); default light. */
  colours?: ChartColours;
  /** One fill per point (a CanvasPattern of stripes or dots); default plain colours. */
  fills?: readonly (string | CanvasPattern)[];
}

/** What is written at a bar's end, and how its end is marked when the figure is not exact. */
export interface BarEnd {
  /** 3721件 as written; a qualified figure as a bound: ≥95%, >22万次. */
  label: string;
  /** null for an exact figure; otherwise where its true value lies from the bar's end. */
  open: OpenEnd | null;
}

/** Length in pixels of the mark beyond an open-ended bar (drawn by chart-draw.ts). */
export const OPEN_END_MARK = 14;

/** The label and end mark of each bar: a figure with a qualifier is never shown as exact. */
export function barEnd(point: ChartPoint, model: Pick<ChartModel, 'unit' | 'magnitude'>): BarEnd {
  if (!point.qualifier) return { label: point.text, open: null };
  const number =
    model.unit === '%'
      ? formatTick(point.value, model.unit, model.magnitude)
      : `${formatChartNumber(point.value, model.magnitude)}${model.unit}`;
  return { label: qualifiedNumber(number, point.qualifier), open: openEndOf(point.qualifier) };
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

/** The page's faces, Chinese first (see --font-sans in global.css): a chart's labels read like its text. */
const FONT = { family: '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", system-ui, -apple-system, sans-serif' };

export type ChartJsConfig = ChartConfiguration<'bar'> | ChartConfiguration<'doughnut'>;

/** The Chart.js configuration of a chart. */
export function chartConfig(model: ChartModel, options: ConfigOptions): ChartJsConfig {
  const { points, unit, magnitude } = model;
  const palette = options.colours ?? CHART_COLOURS;
  const tick = (value: number | string) => formatTick(Number(value), unit, magnitude);
  const parts = isPartsChart(model.kind);
  const colours = parts ? points.map((_, i) => palette.parts[i % palette.parts.length]!) : [];
  const fills = options.fills ?? (parts ? colours : points.map(() => palette.series));
  const tooltipLabel = (item: Pick<TooltipItem<ChartType>, 'dataIndex'>) => {
    const point = points[item.dataIndex];
    if (!point) return '';
    if (point.share) return `${point.label}：${point.text}（占${point.share}）`;
    const { label, open } = barEnd(point, model);
    return open ? `${point.label}：${label}（原文：${point.text}）` : `${point.label}：${point.text}`;
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
    backgroundColor: palette.ink,
    titleColor: palette.paper,
    bodyColor: palette.paper,
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
            borderColor: palette.paper,
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
    grid: { color: palette.grid },
    border: { color: palette.muted },
    ticks: { callback: tick, color: palette.ink, font: { ...FONT, size: 13 } },
    title: { display: true, text: axisTitle(unit), color: palette.ink, font: { ...FONT, size: 13 } },
  };
  const categoryAxis = {
    grid: { display: false },
    border: { color: palette.muted },
    ticks: { color: palette.ink, font: { ...FONT, size: 13 }, autoSkip: false, maxRotation: 0 },
  };
  const labels = points.map((point) => wrapLabel(point.label, horizontal ? 7 : 6));

  // A line chart is drawn on invisible bars (which keep the tooltips) by the browser's line
  // overlay: Chart.js's own line parts would cost 5 KB gzip on every chart page.
  const line = model.kind === 'line';
  const markRoom = points.some((point) => point.qualifier) ? OPEN_END_MARK + 8 : 0;
  const pad = line ? 8 : 0;
  return {
    type: 'bar',
    data: {
      labels,
      datasets: [
        {
          label: model.title,
          data: points.map((point) => point.value),
          backgroundColor: line ? 'rgba(0, 0, 0, 0)' : [...fills],
          borderColor: palette.ink,
          borderWidth: 0,
          maxBarThickness: 56,
        },
      ],
    },
    options: {
      ...common,
      indexAxis: horizontal ? 'y' : 'x',
      // Room for the value written at the end of each bar, and for an open end's mark.
      layout: { padding: horizontal ? { right: 72 + markRoom } : { top: 28 + markRoom, left: pad, right: pad } },
      scales: horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
      plugins: { legend: { display: false }, tooltip },
    },
  };
}
