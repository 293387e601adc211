/**
 * The schema of one chart, declared in a section's frontmatter or a year's index.md by naming
 * figures: a chart holds no numbers of its own. Part of the section and report schemas
 * (schema.ts); its own file because a chart is its own idea.
 */
import { z } from 'astro/zod';
import { idSchema, nameText, plainText } from './field-schemas.ts';
import { say, says } from './messages.ts';
import { CHART_KINDS } from './chart-kinds.ts';


/**
 * One chart of a section (or of the cover, in index.md), declared by staff: it names figures
 * by id and never holds numbers itself, so a chart can only show what the text says.
 * Rules that need the figures (unknown ids, mixed units, parts of one whole) are in chart-rules.ts.
 */
export const chartSchema = z
  .object({
    /** Stable kebab-case id, unique in the year: the chart's anchor (#chart-<id>) and CSV file name. */
    id: idSchema,
    /** The chart's title, in Chinese, saying what is counted: 受理法律援助案件构成. */
    title: nameText(),
    /** bar; horizontal-bar (long labels); doughnut or pie (the parts of one whole); line (a series in order). */
    kind: z.enum(CHART_KINDS, {
      error: says(
        `kind 必须是 ${CHART_KINDS.join('、')} 之一。`,
        `kind must be one of ${CHART_KINDS.join(', ')}.`,
      ),
    }),
    /** Ids of the figures drawn, in order, all in one unit; for doughnut/pie, the parts of one whole. */
    metrics: z.array(idSchema),
    /** Short names of the figures in the chart, in the same order (刑事, 民事, 行政); default: each figure's label. */
    labels: z.array(nameText()).optional(),
    /** The one-sentence summary read by screen readers; written by the build from the figures when absent. */
    summary: plainText().optional(),
    /** A short note shown under the chart: 降幅42%. */
    note: plainText().optional(),
    /**
     * Why a published chart is no longer drawn (it compared unlike things). Its id stays taken
     * and its CSV stays at /data/charts/<year>/<id>.csv: a public address journalists link to.
     */
    withdrawn: plainText().optional(),
  })
  .strict()
  .superRefine((chart, ctx) => {
    if (chart.metrics.length < 2) {
      ctx.addIssue({
        code: 'custom',
        path: ['metrics'],
        message: say(
          '图表至少要有 2 个指标（一个数字不需要图表，正文和数据表已经写明）。',
          'A chart needs at least 2 figures; a single figure is clearer in the text.',
        ),
      });
    }
    chart.metrics.forEach((id, index) => {
      if (chart.metrics.indexOf(id) !== index) {
        ctx.addIssue({
          code: 'custom',
          path: ['metrics', index],
          message: say(`图表中「${id}」重复出现。`, `"${id}" is listed twice in this chart.`),
        });
      }
    });
    if (chart.labels && chart.labels.length !== chart.metrics.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['labels'],
        message: say(
          `labels 有 ${chart.labels.length} 项，metrics 有 ${chart.metrics.length} 项：两者要一一对应。`,
          `labels has ${chart.labels.length} entries but metrics has ${chart.metrics.length}; give one label per figure.`,
        ),
      });
    }
  });

/** Reports a chart id used twice in one list of charts. */
export function checkChartIds(charts: readonly { id: string }[], ctx: z.RefinementCtx) {
  charts.forEach((chart, index) => {
    const first = charts.findIndex((other) => other.id === chart.id);
    if (first !== index) {
      ctx.addIssue({
        code: 'custom',
        path: ['charts', index, 'id'],
        message: say(
          `图表 id「${chart.id}」重复：第 ${first + 1} 个图表已使用。`,
          `Duplicate chart id "${chart.id}": chart ${first + 1} already uses it.`,
        ),
      });
    }
  });
}
