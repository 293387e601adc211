/**
 * What each chart kind draws, as the chart's model, its rules and the browser's drawing all
 * need it. Lowest of the charts modules: it imports nothing but a type.
 */
import type { ChartKind } from '../content/schema.ts';

/** True for the kinds that draw the parts of one whole. */
export const isPartsChart = (kind: ChartKind) => kind === 'doughnut' || kind === 'pie';
