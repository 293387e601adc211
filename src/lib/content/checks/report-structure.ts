/**
 * A year's report as a whole: its year is plausible and a report about to be published has
 * sections. (Whether its title names its year needs the other years: see `across-years.ts`.)
 */
import type { Issues } from '../messages.ts';
import type { ReportInput } from './types.ts';

/** The first year a report could be about, and the last (next year's, while it is prepared). */
export const FIRST_YEAR = 1990;
export const lastYear = () => new Date().getFullYear() + 1;

export function checkYearStructure(report: ReportInput, issues: Issues) {
  const { year } = report;
  if (year < FIRST_YEAR || year > lastYear()) {
    issues.error(
      { line: 1 },
      {
        zh: `年份文件夹 ${year} 不在 ${FIRST_YEAR} 到 ${lastYear()} 之间：请检查文件夹名称是否写错。`,
        en: `The year folder ${year} is not between ${FIRST_YEAR} and ${lastYear()}: check the folder's name.`,
      },
    );
  }
  if (report.complete && report.sections.length === 0) {
    issues.unfinished(
      { line: 1 },
      {
        zh: `${year} 年报告没有任何章节文件（NN-slug.md），不能发布：请添加章节，或在 index.md 中加上 draft: true。`,
        en: `The ${year} report has no section files (NN-slug.md) and cannot be published: add its sections, or mark it draft: true in index.md.`,
      },
    );
  }
}
