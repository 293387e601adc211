/**
 * Every chart of the year (the sections' and the cover's) against the year's figures.
 */
import { chartProblems } from '../chart-rules.ts';
import { isFilled } from '../schema.ts';
import type { IssuesOf } from './year.ts';
import type { MetricRef, ReportInput } from './types.ts';

export function checkCharts(report: ReportInput, byId: Map<string, MetricRef>, issuesOf: IssuesOf) {
  const find = (id: string) => {
    const metric = byId.get(id)?.metric;
    return metric && isFilled(metric) ? metric : undefined;
  };
  // A chart of figures still to be filled (a draft) is checked once they are.
  const waiting = (ids: readonly string[]) => ids.some((id) => byId.has(id) && !find(id));
  const owners = [
    { file: report.file, charts: report.data.charts },
    ...report.sections.map((section) => ({ file: section.file, charts: section.data.charts })),
  ];
  const sectionCharts = new Set(report.sections.flatMap((section) => section.data.charts.map((chart) => chart.id)));
  report.data.coverCharts.forEach((id, index) => {
    if (sectionCharts.has(id)) return;
    issuesOf(report.file).error(
      { path: ['coverCharts', index] },
      {
        zh: `coverCharts 中的「${id}」不是本年度任何一节的图表 id。请填写章节文件 charts 中已有的 id。`,
        en: `"${id}" in coverCharts is not the id of any section's chart this year: use an id from a section's charts.`,
      },
    );
  });
  const seen = new Map<string, string>();
  for (const { file, charts } of owners) {
    const issues = issuesOf(file);
    charts.forEach((chart, index) => {
      const other = seen.get(chart.id);
      if (other && other !== file) {
        issues.error(
          { path: ['charts', index, 'id'] },
          {
            zh: `图表 id「${chart.id}」已在 ${other} 中使用。同一年度内每个图表的 id 必须唯一（它也是图表数据文件的名称）。`,
            en: `Chart id "${chart.id}" is already used in ${other}; chart ids must be unique within a year (they name the chart's data file).`,
          },
        );
      } else seen.set(chart.id, file);
      if (waiting(chart.metrics)) return;
      for (const found of chartProblems(chart, find)) {
        const report = found.severity === 'warning' ? issues.warn : issues.error;
        report({ path: ['charts', index, ...found.path] }, found.message);
      }
    });
  }
}
