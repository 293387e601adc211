/**
 * The rules a chart keeps so that it only compares what the report compares (authoring
 * guide, 「图表规则」): one unit and one kind of thing on an axis, parts only in a doughnut,
 * no league table of unrelated rates. What the figures alone can show is a warning here:
 * the check cannot know what the words mean, so staff decide, but they are told.
 */

import type { Message } from './messages.ts';
import type { ChartData, FilledMetric } from './schema.ts';
import { isPartsChart } from './chart-kinds.ts';

/** A problem with a chart: raised by `chartWarnings` and `chartProblems` below. */
export interface ChartProblem {
  /** Field path inside the chart: ['metrics', 2]. */
  path: (string | number)[];
  /** What is wrong and what to do, in both languages. */
  message: Message;
  /** A chart rule the check cannot be sure of (see `chartWarnings`): shown, never fatal. */
  severity?: 'warning';
}

/** More figures than this in a bar chart, not the parts of one whole, read as a league table. */
export const MAX_UNRELATED_FIGURES = 5;

const warning = (path: ChartProblem['path'], zh: string, en: string): ChartProblem => ({
  path,
  message: { zh, en },
  severity: 'warning',
});

/** Rates drawn side by side share a base only when each is a share of the same whole. */
const sameBase = (rates: readonly FilledMetric[]) => {
  const wholes = rates.map((metric) => (metric.rate?.kind === 'share' ? metric.rate.whole : undefined));
  return wholes[0] !== undefined && wholes.every((whole) => whole === wholes[0]);
};

/** Warnings for a bar or line chart whose figures (all found) break a chart rule. */
export function chartWarnings(chart: ChartData, found: readonly FilledMetric[]): ChartProblem[] {
  if (isPartsChart(chart.kind)) return [];
  const warnings: ChartProblem[] = [];
  const complete = new Set(found.filter((metric) => metric.partsSum).map((metric) => metric.id));

  // A whole beside its parts when they make it up (partsSum): the parts look like other things
  // and the whole is counted twice; a doughnut shows what they are. (A whole beside one subset
  // of it, 受理97.2万件 and 转办21万件, is a comparison the report makes.)
  found.forEach((metric, index) => {
    if (!metric.partOf || !complete.has(metric.partOf)) return;
    warnings.push(
      warning(
        ['metrics', index],
        `图表「${chart.id}」把整体「${metric.partOf}」和它的部分「${metric.id}」并排画出，部分会被看成另一件事。请改用 doughnut 只画各部分（它们加起来等于整体时），或只画整体。`,
        `Chart "${chart.id}" draws the whole "${metric.partOf}" beside its part "${metric.id}". Use a doughnut of the parts alone (when they add up to the whole), or draw only the whole.`,
      ),
    );
  });

  // Percentages of different bases (办结率 and 满意率) cannot be ranked against each other.
  const rates = found.filter((metric) => metric.unit === '%');
  if (chart.kind !== 'line' && rates.length > 1 && !sameBase(rates)) {
    warnings.push(
      warning(
        ['metrics'],
        `图表「${chart.id}」并排画了 ${rates.length} 个百分比（${rates.map((metric) => metric.id).join('、')}）。基数不同的比率不能比高低，报告也没有这样比。请删除这个图表；只有同一整体的占比（rate: share，whole 相同）才可以并排。`,
        `Chart "${chart.id}" sets ${rates.length} percentages side by side; rates of different bases cannot be ranked. Remove the chart; only shares of the same whole (rate: share with one whole) belong together.`,
      ),
    );
  }

  // Many unrelated figures on one axis: a league table the report never drew.
  const wholes = new Set(found.map((metric) => metric.partOf));
  if (found.length > MAX_UNRELATED_FIGURES && (wholes.size > 1 || wholes.has(undefined))) {
    warnings.push(
      warning(
        ['metrics'],
        `图表「${chart.id}」有 ${found.length} 个互不相关的数据（多于 ${MAX_UNRELATED_FIGURES} 个）。这会成为报告没有做过的“排行榜”。请只画报告中相互比较的数据，或分成几个图表。`,
        `Chart "${chart.id}" has ${found.length} unrelated figures (more than ${MAX_UNRELATED_FIGURES}): a league table the report never drew. Chart only figures the report compares, or split it.`,
      ),
    );
  }
  return warnings;
}

/**
 * Every problem of a chart that needs the year's figures: unknown ids, units that differ
 * on one axis, and pie slices that are not the parts of one whole.
 */
export function chartProblems(chart: ChartData, find: (id: string) => FilledMetric | undefined): ChartProblem[] {
  const problems: ChartProblem[] = [];
  const found: FilledMetric[] = [];
  chart.metrics.forEach((id, index) => {
    const metric = find(id);
    if (metric) found.push(metric);
    else {
      problems.push({
        path: ['metrics', index],
        message: {
          zh: `图表「${chart.id}」引用的指标「${id}」在本年度报告中不存在。请核对 id（各节 metrics 中的 id）。`,
          en: `Chart "${chart.id}" names "${id}", which is not a metric of this year. Check the id against the sections' metrics.`,
        },
      });
    }
  });
  if (found.length < chart.metrics.length) return problems;
  if (!chart.withdrawn) problems.push(...chartWarnings(chart, found));

  const units = [...new Set(found.map((metric) => metric.unit))];
  if (units.length > 1) {
    const listed = found.map((metric) => `${metric.id}：${metric.unit}`).join('，');
    problems.push({
      path: ['metrics'],
      message: {
        zh: `图表「${chart.id}」的指标单位不同（${listed}）。同一坐标轴上只能有一种单位，请把它们分成几个图表。`,
        en: `Chart "${chart.id}" mixes units (${units.join(', ')}) on one axis. Split it into one chart per unit.`,
      },
    });
  }

  if (isPartsChart(chart.kind)) {
    const wholeId = found[0]?.partOf;
    found.forEach((metric, index) => {
      if (!metric.partOf || metric.partOf !== wholeId) {
        problems.push({
          path: ['metrics', index],
          message: {
            zh: `${chart.kind} 图只能画同一个整体的各个部分：「${metric.id}」${metric.partOf ? `是「${metric.partOf}」的一部分，而不是「${wholeId ?? ''}」的` : '没有 partOf，不是任何整体的一部分'}。请改用 bar，或只列同一整体的部分。`,
            en: `A ${chart.kind} chart shows the parts of one whole: "${metric.id}" is ${metric.partOf ? `part of "${metric.partOf}", not "${wholeId ?? ''}"` : 'not part of any whole (no partOf)'}. Use bar, or list only parts of one whole.`,
          },
        });
      }
    });
    const whole = wholeId ? find(wholeId) : undefined;
    if (whole && !problems.some((problem) => !problem.severity)) {
      const sum = found.reduce((total, metric) => total + metric.value, 0);
      if (Math.abs(sum - whole.value) > 1e-9) {
        problems.push({
          path: ['metrics'],
          message: {
            zh: `各部分之和（${sum}）不等于整体「${whole.text}」（${whole.value}）：${chart.kind} 图会把各部分画得比实际占比大。请列出全部部分，或改用 bar。`,
            en: `The parts add up to ${sum}, not to the whole "${whole.text}" (${whole.value}): a ${chart.kind} chart would overstate their shares. List every part, or use bar.`,
          },
        });
      }
    }
  }
  return problems;
}
