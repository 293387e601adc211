/**
 * The kinds of chart staff may declare, and what each draws. Its own file, free of zod: the
 * browser's chart code (components/charts/chart-draw.ts) needs `isPartsChart`, and importing it
 * from the schema would ship zod with every chart (tests/site/budgets.test.ts: chart code
 * under 60 KB).
 */

/** The kinds of chart staff may declare. */
export const CHART_KINDS = ['bar', 'horizontal-bar', 'doughnut', 'pie', 'line'] as const;

/** True for the kinds that draw the parts of one whole. */
export const isPartsChart = (kind: (typeof CHART_KINDS)[number]) => kind === 'doughnut' || kind === 'pie';
