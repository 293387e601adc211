/**
 * The kinds of section a report has: measures and their outcomes, problems, plans. The
 * schema, the numbering, the importer and the pages' part headings all read them here.
 */

/** The three kinds of section a report has, in the order they appear. */
export const SECTION_KINDS = ['measures', 'problems', 'plans'] as const;

/** What each kind is called on the site. */
export const SECTION_KIND_LABELS = {
  measures: '主要举措和成效',
  problems: '存在的问题',
  plans: '重点工作安排',
} as const;
