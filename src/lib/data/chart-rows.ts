/**
 * The open-data rows of one chart, for its CSV download: the chart's figures in the
 * chart's order, preceded by the whole for a pie or doughnut, so the file explains itself.
 */
import type { MetricRow } from './export.ts';
import type { ChartModel } from '../charts/model.ts';

/** Picks a chart's rows out of a year's rows (`metricRows`), in the chart's order. */
export function chartRows(model: ChartModel, yearRows: readonly MetricRow[]): MetricRow[] {
  const byId = new Map(yearRows.map((row) => [row.id, row]));
  const ids = [...(model.whole ? [model.whole.id] : []), ...model.points.map((point) => point.id)];
  return ids.map((id) => byId.get(id)).filter((row): row is MetricRow => row !== undefined);
}
