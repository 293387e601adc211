/**
 * A chart's colours follow the reader's colour scheme (light, dark, high contrast): they are
 * CSS custom properties (--color-chart-*, global.css), read when a chart is drawn, so a dark
 * page never holds a white box. Pure: the browser passes in how to read a property.
 */

export interface ChartColours {
  /** Text, value labels and tick labels. */
  ink: string;
  /** Axis lines and secondary text. */
  muted: string;
  /** Grid lines. */
  grid: string;
  /** The canvas background: the page's paper. */
  paper: string;
  /** One series of bars or a line. */
  series: string;
  /** Slices of a whole, in order; their stripes and dots are drawn in `paper`. */
  parts: readonly string[];
}

/** Light-scheme colours, each ≥ 4.5:1 on white; used when a property is missing (and in tests). */
export const CHART_COLOURS: ChartColours = {
  ink: '#1f2328',
  muted: '#57606a',
  grid: '#d0d7de',
  paper: '#ffffff',
  series: '#0b57a4',
  parts: ['#0b57a4', '#a4161a', '#1e6b34', '#6a3d9a', '#7a4a00', '#4a5560'],
};

/** How many slice colours global.css defines: --color-chart-part-0 … -5. */
export const PART_COLOURS = CHART_COLOURS.parts.length;

/** The custom property of each colour: --color-chart-ink, --color-chart-part-0… */
export const chartColourProperty = (name: Exclude<keyof ChartColours, 'parts'> | `part-${number}`) =>
  `--color-chart-${name}`;

/** The colours in force, read through `read` (getComputedStyle(…).getPropertyValue in the browser). */
export function readChartColours(read: (property: string) => string): ChartColours {
  const get = (name: Parameters<typeof chartColourProperty>[0], fallback: string) =>
    read(chartColourProperty(name)).trim() || fallback;
  return {
    ink: get('ink', CHART_COLOURS.ink),
    muted: get('muted', CHART_COLOURS.muted),
    grid: get('grid', CHART_COLOURS.grid),
    paper: get('paper', CHART_COLOURS.paper),
    series: get('series', CHART_COLOURS.series),
    parts: CHART_COLOURS.parts.map((fallback, index) => get(`part-${index}`, fallback)),
  };
}
