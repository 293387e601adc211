/**
 * A chart's colours follow the reader's colour scheme (light, dark, high contrast): they are
 * the design tokens --color-chart-* (global.css), read when a chart is drawn, so a dark page
 * never holds a white box. Pure: the browser passes in how to read a property.
 */

export interface ChartColours {
  /** Values, labels and tick labels (--color-chart-text). */
  ink: string;
  /** Axis titles and notes (--color-chart-muted). */
  muted: string;
  /** Grid lines and axes (--color-chart-grid). */
  grid: string;
  /** The canvas behind the chart (--color-chart-paper). */
  paper: string;
  /** Stripes, dots and crosses drawn over a slice (--color-chart-pattern). */
  pattern: string;
  /** One series of bars or a line: the first chart colour. */
  series: string;
  /** Slices of a whole, in order (--color-chart-1 … -6). */
  parts: readonly string[];
}

/** Light-scheme colours, each ≥ 4.5:1 on white; used when a token is missing (and in tests). */
export const CHART_COLOURS: ChartColours = {
  ink: '#1f2328',
  muted: '#57606a',
  grid: '#d0d7de',
  paper: '#ffffff',
  pattern: '#ffffff',
  series: '#0b57a4',
  parts: ['#0b57a4', '#a4161a', '#1e6b34', '#6a3d9a', '#7a4a00', '#4a5560'],
};

/** The token of each colour. */
const TOKENS = {
  ink: '--color-chart-text',
  muted: '--color-chart-muted',
  grid: '--color-chart-grid',
  paper: '--color-chart-paper',
  pattern: '--color-chart-pattern',
} as const;

/** The token of the n-th chart colour (0-based): --color-chart-1 … */
export const partToken = (index: number) => `--color-chart-${index + 1}`;

/** The colours in force, read through `read` (getComputedStyle(…).getPropertyValue in the browser). */
export function readChartColours(read: (property: string) => string): ChartColours {
  const get = (property: string, fallback: string) => read(property).trim() || fallback;
  const parts = CHART_COLOURS.parts.map((fallback, index) => get(partToken(index), fallback));
  return {
    ink: get(TOKENS.ink, CHART_COLOURS.ink),
    muted: get(TOKENS.muted, CHART_COLOURS.muted),
    grid: get(TOKENS.grid, CHART_COLOURS.grid),
    paper: get(TOKENS.paper, CHART_COLOURS.paper),
    pattern: get(TOKENS.pattern, CHART_COLOURS.pattern),
    series: parts[0]!,
    parts,
  };
}
