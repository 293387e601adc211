/**
 * Checks that need the Markdown text or several files at once. Pure: takes parsed content,
 * returns every problem found (never stops at the first).
 */
import { REPORT_SOURCE_FILE } from '../../constants.ts';
import { reporter, type Problem } from '../messages.ts';
import { checkCharts } from './charts.ts';
import { checkPlaceholder, checkSourceFile, checkUnfilled } from './drafts.ts';
import { checkProvisional } from './new-figures.ts';
import { checkUndeclaredNumbers, locateMetrics } from './text.ts';
import { checkFollowUpItems, checkHeadline, checkParts, checkRate, checkSectionOrder, indexMetrics } from './year.ts';
import type { ReportInput } from './types.ts';

export { checkAcrossYears } from './years.ts';
export type { ReportInput, SectionInput } from './types.ts';

/** Every check of one year's report; `previous` (the year before, if read) lends its ids to the hints. */
export function checkReport(report: ReportInput, previous?: ReportInput): Problem[] {
  const problems: Problem[] = [];
  const { draft } = report.data;
  const issuesOf = (file: string) => reporter(file, { draft, problems });
  checkSourceFile(report, issuesOf(report.file.replace(/[^/]+$/, REPORT_SOURCE_FILE)));
  if (report.complete) checkSectionOrder(report, issuesOf);
  checkPlaceholder(draft, report.body, issuesOf(report.file));
  for (const section of report.sections) {
    const issues = issuesOf(section.file);
    checkUnfilled(draft, section, issues);
    checkProvisional(section, issues);
    if (checkPlaceholder(draft, section.body, issues)) continue;
    checkFollowUpItems(section, issues);
    const before = previous?.sections.find((other) => other.data.slug === section.data.slug);
    checkUndeclaredNumbers(section, locateMetrics(section, issues), issues, before);
  }
  const { refs, byId } = indexMetrics(report, issuesOf);

  // A figure named by partOf, rate or headline may be in a section that could not be read.
  if (!report.complete) return problems;
  checkParts(refs, byId, issuesOf);
  for (const ref of refs) checkRate(ref, byId, issuesOf(ref.section.file));
  checkCharts(report, byId, issuesOf);
  checkHeadline(report, byId, issuesOf(report.file));
  return problems;
}
