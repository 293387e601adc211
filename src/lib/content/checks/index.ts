/**
 * Checks that need the Markdown text or several files at once. Pure: takes parsed content,
 * returns every problem found (never stops at the first).
 */
import { REPORT_SOURCE_FILE } from '../files.ts';
import { reporter, type Problem } from '../messages.ts';
import { isFilled } from '../schema.ts';
import { checkCharts } from './charts.ts';
import { dropConsequences, dropInsideForeign } from './consequences.ts';
import { checkPlaceholder, checkSourceFile, checkUnfilled } from './drafts.ts';
import { checkLabelWords } from './labels.ts';
import { checkMarkup } from './markup.ts';
import { checkProvisional } from './new-figures.ts';
import { checkNamedNumbers, checkPreambleNumbers, checkWrittenNumbers } from './numbers.ts';
import { checkAgainstSource } from './source.ts';
import { checkSwappedLabels, checkUndeclaredNumbers, locateMetrics } from './text.ts';
import { checkYearStructure } from './report-structure.ts';
import {
  checkFollowUpItems,
  checkHeadline,
  checkParts,
  checkRate,
  checkSectionOrder,
  indexMetrics,
  type IssuesOf,
} from './year.ts';
import type { ReportInput } from './types.ts';

export { checkAcrossYears } from './across-years.ts';
export type { ReportInput, SectionInput } from './types.ts';

/**
 * Every check of one year's report; `previous` (the year before, if read) lends its ids to the
 * hints; `found` are the problems the schemas already found (a mistyped value), whose sums and
 * charts are then consequences, not causes.
 */
export function checkReport(report: ReportInput, previous?: ReportInput, found: readonly Problem[] = []): Problem[] {
  const problems: Problem[] = [];
  const { draft } = report.data;
  const issuesOf = (file: string) => reporter(file, { draft, problems });
  checkSourceFile(report, issuesOf(report.file.replace(/[^/]+$/, REPORT_SOURCE_FILE)));
  checkYearStructure(report, issuesOf(report.file));
  if (report.complete) checkSectionOrder(report, issuesOf);
  if (!checkPlaceholder(draft, report.body, issuesOf(report.file))) {
    checkMarkup(report.body, issuesOf(report.file));
    checkPreambleNumbers(report.body, issuesOf(report.file));
  }
  for (const section of report.sections) {
    const issues = issuesOf(section.file);
    checkUnfilled(draft, section, issues);
    checkProvisional(section, issues);
    if (checkPlaceholder(draft, section.body, issues)) continue;
    checkMarkup(section.body, issues);
    checkWrittenNumbers(section.body, section.data.nonFigures, issues);
    checkFollowUpItems(section, issues);
    const spans = locateMetrics(section, issues);
    const before = previous?.sections.find((other) => other.data.slug === section.data.slug);
    checkUndeclaredNumbers(section, spans, issues, before);
    checkSwappedLabels(section, spans, issues);
    checkLabelWords(section, spans, issues);
  }
  const { refs, byId } = indexMetrics(report, issuesOf);

  // A figure named by partOf, rate or headline may be in a section that could not be read.
  if (!report.complete) return problems;
  // Sums, rates and charts of a figure with an error of its own are consequences of that error.
  const consequencesFrom = problems.length;
  checkParts(refs, byId, issuesOf);
  for (const ref of refs) checkRate(ref, byId, issuesOf(ref.section.file));
  checkCharts(report, byId, issuesOf);
  dropConsequences(report, problems, consequencesFrom, found);
  checkHeadline(report, byId, issuesOf(report.file));
  checkNamesOfYear(report, issuesOf);
  // Numbers inside a paragraph source.txt does not have are that paragraph's problem, not figures to declare.
  dropInsideForeign(problems, checkAgainstSource(report, issuesOf));
  return problems;
}

/** Numbers in labels, titles and charts' words must be figures of the year. */
function checkNamesOfYear(report: ReportInput, issuesOf: IssuesOf) {
  const figures = report.sections.flatMap((section) => section.data.metrics).filter(isFilled);
  const owners = [
    { file: report.file, title: null, metrics: [], charts: report.data.charts },
    ...report.sections.map((section) => ({ file: section.file, ...section.data })),
  ];
  for (const { file, title, metrics, charts } of owners) {
    const issues = issuesOf(file);
    if (title) checkNamedNumbers(title, ['title'], figures, issues);
    metrics.forEach((metric, i) => checkNamedNumbers(metric.label, ['metrics', i, 'label'], figures, issues));
    charts.forEach((chart, i) => {
      const words = [
        ['title', chart.title],
        ['note', chart.note],
        ['summary', chart.summary],
        ...(chart.labels ?? []).map((label, j) => [['labels', j], label] as const),
      ] as const;
      for (const [field, text] of words) {
        if (text) checkNamedNumbers(text, ['charts', i, ...(Array.isArray(field) ? field : [field])], figures, issues);
      }
    });
  }
}
