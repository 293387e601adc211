/**
 * Constants shared by the content checks, the pages and the scripts.
 * Kept in one place so a change (a new unit, a new section kind) is made once.
 */

/** Where the reports live, relative to the project root: one folder per year. */
export const REPORTS_DIR = 'content/reports';

/** The file in a year's folder that holds the report's metadata and preamble. */
export const REPORT_INDEX_FILE = 'index.md';

/** The official text as published, kept beside the Markdown so tests can prove nothing was altered. */
export const REPORT_SOURCE_FILE = 'source.txt';

/** Section files are named `NN-slug.md`, NN being the section's order. */
export const SECTION_FILE_PATTERN = /^(\d{2})-([a-z0-9-]+)\.md$/;

/** Units a metric may have. Order matters for parsing: longer units first (件次 before 件). */
export const UNITS = [
  '件次',
  '人次',
  '大类',
  '件',
  '项',
  '名',
  '家',
  '条',
  '册',
  '次',
  '个',
  '户',
  '期',
  '元',
  '%',
] as const;

/** Chinese magnitudes as written in the reports, and what they multiply by. */
export const MAGNITUDES = { 万: 10_000, 亿: 100_000_000 } as const;

/** The units as a regular-expression alternation, longest first: 件次|人次|…|%. */
export const UNIT_PATTERN = UNITS.join('|');

/** The magnitudes as a regular-expression alternation: 万|亿. */
export const MAGNITUDE_PATTERN = Object.keys(MAGNITUDES).join('|');

/** The qualifiers a metric can carry: 余 (“more than”) and 以上 (“at least”). */
export const QUALIFIERS = { 'more-than': '余', 'at-least': '以上' } as const;

/** The three kinds of section a report has, in the order they appear. */
export const SECTION_KINDS = ['measures', 'problems', 'plans'] as const;

/** What each kind is called on the site. */
export const SECTION_KIND_LABELS = {
  measures: '主要举措和成效',
  problems: '存在的问题',
  plans: '重点工作安排',
} as const;

/** Ids the layout itself uses; a metric may not take one of them as its id (the anchor of its figure). */
export const RESERVED_IDS = ['main', 'main-content', 'site-header', 'site-footer', 'figures', 'top'] as const;

/** Site-wide names. */
export const SITE = {
  name: '鞍山市法治政府建设年度报告',
  shortName: '法治政府年报',
  city: '鞍山市',
  lang: 'zh-CN',
} as const;

/** The columns of the data export, in order. */
export const METRIC_COLUMNS = [
  'year',
  'section',
  'sectionTitle',
  'id',
  'label',
  'value',
  'unit',
  'text',
  'qualifier',
  'url',
] as const;
