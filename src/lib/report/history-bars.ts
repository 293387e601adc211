/**
 * A metric's value in every year as a plain SVG bar chart (no script): the geometry only,
 * drawn by MetricChart.astro. Beside the other chart code; the Chart.js charts of a section
 * are declared in its frontmatter instead.
 */
import type { HistoryPoint } from './history.ts';

/** One bar of a bar chart, in SVG user units. */
export interface Bar {
  year: number;
  x: number;
  y: number;
  width: number;
  height: number;
  label: string;
}

const round = (value: number) => Number(value.toFixed(2));

/**
 * A simple bar chart of the points that share the newest year's unit (values in other units
 * are not comparable and are left out). Bars start at zero so their heights compare honestly.
 */
export function barChart(
  points: readonly Pick<HistoryPoint, 'year' | 'value' | 'unit' | 'text'>[],
  { width = 640, height = 240, top = 28, bottom = 28 } = {},
): { bars: Bar[]; width: number; height: number; baseline: number; unit: string; omitted: number[] } {
  const unit = points.at(-1)?.unit ?? '';
  const charted = points.filter((point) => point.unit === unit);
  const omitted = points.filter((point) => point.unit !== unit).map((point) => point.year);
  const max = Math.max(...charted.map((point) => point.value), 0) || 1;
  const slot = width / Math.max(charted.length, 1);
  const barWidth = Math.min(96, slot * 0.6);
  const baseline = height - bottom;
  const bars = charted.map((point, index) => {
    const barHeight = ((baseline - top) * point.value) / max;
    return {
      year: point.year,
      x: round(index * slot + (slot - barWidth) / 2),
      y: round(baseline - barHeight),
      width: round(barWidth),
      height: round(barHeight),
      label: point.text,
    };
  });
  return { bars, width, height, baseline, unit, omitted };
}
