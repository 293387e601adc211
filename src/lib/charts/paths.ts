/**
 * Addresses of a chart's files. Stable, like the figures' anchors: journalists link to them.
 */

/** A chart's data: /data/charts/2023/legal-aid-composition.csv. */
export const chartCsvPath = (year: number, id: string) => `/data/charts/${year}/${id}.csv`;

/** The name a chart's PNG is saved under: 2023-legal-aid-composition.png. */
export const chartPngName = (year: number, id: string) => `${year}-${id}.png`;

/** A chart's anchor on its page: #chart-legal-aid-composition (never clashes with a figure's id). */
export const chartAnchor = (id: string) => `chart-${id}`;
