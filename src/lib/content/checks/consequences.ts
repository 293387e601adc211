/**
 * One cause, one message. A figure whose own fields are wrong (a mistyped value, a text not
 * in the body) makes its sums, rates and charts wrong too; those follow-on problems are not
 * listed as causes of their own. They are dropped, and the figure's own error says how many
 * problems it explains, so staff fix the one cause and the rest goes with it.
 */
import type { Problem } from '../messages.ts';
import type { ForeignParagraph } from './source.ts';
import type { ReportInput } from './types.ts';

/** Fields of a metric whose error makes the metric itself unreliable. */
const OWN_FIELDS = new Set(['value', 'text', 'context', 'unit', 'qualifier']);

/** The ids of figures with an error in their own fields, and that first error of each. */
export function brokenFigures(report: ReportInput, problems: readonly Problem[]): Map<string, Problem> {
  const broken = new Map<string, Problem>();
  for (const problem of problems) {
    const [list, index, field] = problem.path ?? [];
    if (problem.severity === 'warning' || list !== 'metrics' || typeof index !== 'number') continue;
    if (typeof field !== 'string' || !OWN_FIELDS.has(field)) continue;
    const section = report.sections.find((s) => s.file === problem.file);
    const id = section?.data.metrics[index]?.id;
    if (id && !broken.has(id)) broken.set(id, problem);
  }
  return broken;
}

/** The figures a problem of a relation or a chart depends on, by where it is reported. */
function dependsOn(report: ReportInput, problem: Problem): string[] {
  const [list, index] = problem.path ?? [];
  if (typeof index !== 'number') return [];
  if (list === 'charts') {
    const charts = problem.file === report.file ? report.data.charts : report.sections.find((s) => s.file === problem.file)?.data.charts;
    return charts?.[index]?.metrics ?? [];
  }
  if (list !== 'metrics') return [];
  const metrics = report.sections.find((s) => s.file === problem.file)?.data.metrics;
  const metric = metrics?.[index];
  if (!metric) return [];
  const all = report.sections.flatMap((s) => s.data.metrics);
  const rate = metric.rate ? (metric.rate.kind === 'share' ? [metric.rate.part, metric.rate.whole] : [metric.rate.from, metric.rate.to]) : [];
  const parts = metric.partsSum ? all.filter((m) => m.partOf === metric.id).map((m) => m.id) : [];
  return [metric.id, ...(metric.partOf ? [metric.partOf] : []), ...rate, ...parts];
}

/**
 * Drops the problems from `from` on (those of relations and charts) that follow from a broken
 * figure (one with an error in `found`, the schemas' problems, or before `from`), and notes on
 * that figure's error how many were left out.
 */
export function dropConsequences(
  report: ReportInput,
  problems: Problem[],
  from: number,
  found: readonly Problem[] = [],
): void {
  const broken = brokenFigures(report, [...found, ...problems.slice(0, from)]);
  if (broken.size === 0) return;
  const follows = new Map<Problem, number>();
  const kept = problems.slice(from).filter((problem) => {
    if (problem.severity === 'warning') return true;
    const cause = dependsOn(report, problem)
      .map((id) => broken.get(id))
      .find(Boolean);
    if (!cause) return true;
    follows.set(cause, (follows.get(cause) ?? 0) + 1);
    return false;
  });
  problems.splice(from, problems.length - from, ...kept);
  for (const [cause, count] of follows) {
    cause.zh += `（改正后，由它引起的 ${count} 个部分之和或图表问题也会消失，未单独列出。）`;
    cause.en += ` (Fixing it also clears ${count} problem(s) of sums or charts that follow from it, not listed separately.)`;
  }
}

/** Drops the undeclared-number problems inside paragraphs source.txt does not have: one error names the paragraph. */
export function dropInsideForeign(problems: Problem[], foreign: readonly ForeignParagraph[]): void {
  if (foreign.length === 0) return;
  const inside = (problem: Problem) =>
    problem.path?.length === 1 &&
    problem.path[0] === 'metrics' &&
    problem.bodyOffset !== undefined &&
    foreign.some((p) => p.file === problem.file && problem.bodyOffset! >= p.start && problem.bodyOffset! < p.end);
  const kept = problems.filter((problem) => !inside(problem));
  problems.splice(0, problems.length, ...kept);
}
