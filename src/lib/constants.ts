/**
 * Constants shared by the content checks, the pages and the scripts.
 * Kept in one place so a change (a new unit, a new section kind) is made once.
 */

/** Where the reports live, relative to the project root: one folder per year. */
export const REPORTS_DIR = 'content/reports';

/**
 * Astro's cache folder (astro.config.mjs cacheDir), relative to the project root: its content
 * store, the copies and manifest of the incremental build, and the last search index. Kept with
 * the project, not in node_modules (worktrees may share one install).
 */
export const BUILD_CACHE_DIR = '.astro/cache';

/** The file in a year's folder that holds the report's metadata and preamble. */
export const REPORT_INDEX_FILE = 'index.md';

/** The official text as published, kept beside the Markdown so tests can prove nothing was altered. */
export const REPORT_SOURCE_FILE = 'source.txt';

/** Section files are named `NN-slug.md`, NN being the section's order. */
export const SECTION_FILE_PATTERN = /^(\d{2})-([a-z0-9-]+)\.md$/;

/**
 * Units a metric may have. Order matters for parsing: longer units first (件次 before 件,
 * 个工作日 before 个). Years (年) are not a unit: a number before 年 is a year or a span.
 */
export const UNITS = [
  '个工作日',
  '个百分点',
  '个月',
  '工作日',
  '平方米',
  '件次',
  '人次',
  '户次',
  '大类',
  '小时',
  '分钟',
  '公里',
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
  '天',
  '人',
  '所',
  '场',
  '篇',
  '部',
  '份',
  '宗',
  '起',
  '批',
  '类',
  '支',
  '处',
  '座',
  '套',
  '台',
  '辆',
  '亩',
  '吨',
  '倍',
] as const;

/** Chinese magnitudes as written in the reports, and what they multiply by. */
export const MAGNITUDES = { 万: 10_000, 亿: 100_000_000 } as const;

/** The units as a regular-expression alternation, longest first: 件次|人次|…|%. */
export const UNIT_PATTERN = UNITS.join('|');

/** The magnitudes as a regular-expression alternation: 万|亿. */
export const MAGNITUDE_PATTERN = Object.keys(MAGNITUDES).join('|');

/**
 * The qualifiers a metric can carry, each with the word shown for it in messages and tables.
 * The words the text may use for each are in QUALIFIER_WORDS.
 */
export const QUALIFIERS = { 'more-than': '余', 'at-least': '以上', 'at-most': '以内', about: '约' } as const;

/**
 * The words that give a figure its qualifier, as written in reports: before the number
 * (超过100家, 近3000件), between number and unit (22万余次, 100多件) or after it (95%以上).
 */
export const QUALIFIER_WORDS = {
  'more-than': ['余', '多', '超过', '逾'],
  'at-least': ['以上'],
  'at-most': ['以内', '以下', '不超过'],
  about: ['近', '约', '大约', '左右'],
} as const satisfies Record<keyof typeof QUALIFIERS, readonly string[]>;

/** How tables mark a qualified figure: > 22万余次, ≥ 95%以上, ≤ 5个工作日以内, ≈ 约3000件. */
export const QUALIFIER_MARKS = {
  'more-than': '>',
  'at-least': '≥',
  'at-most': '≤',
  about: '≈',
} as const satisfies Record<keyof typeof QUALIFIERS, string>;

/** The three kinds of section a report has, in the order they appear. */
export const SECTION_KINDS = ['measures', 'problems', 'plans'] as const;

/** What each kind is called on the site. */
export const SECTION_KIND_LABELS = {
  measures: '主要举措和成效',
  problems: '存在的问题',
  plans: '重点工作安排',
} as const;

/**
 * Element ids the site's own templates put on a report's pages; a metric or chart may not take
 * one as its id (its anchor), nor begin with one of the prefixes the templates build ids from.
 * tests/site keeps this list true to the built pages.
 */
export const RESERVED_IDS = [
  'main',
  'main-content',
  'site-header',
  'site-footer',
  'site-search-input',
  'site-search-hint',
  'site-search-listbox',
  'search-page-input',
  'search-page-hint',
  'search-results-heading',
  'reading-controls',
  'report-charts',
  'headline-figures',
  'contents-heading',
  'figure-hint',
  'figure-downloads',
  'figure-list-caption',
  'figures',
  'source',
  'terms',
  'top',
] as const;

/** Prefixes of ids the templates build (cite-legal-aid-cases, figures-oversight, …). */
export const RESERVED_ID_PREFIXES = [
  'cite-',
  'citations-',
  'chart-',
  'charts-',
  'figure-',
  'figures-',
  'filter-',
  'search-',
  'site-',
] as const;

/** Page names a section's slug may not take: /2023/full/ is the whole report, and so on. */
export const RESERVED_SLUGS = [
  'full',
  'index',
  'figures',
  'data',
  'search',
  'metrics',
  'embed',
  'feed',
  'charts',
  'accessibility',
  'pagefind',
  '404',
] as const;

/** Site-wide names. */
export const SITE = {
  name: '鞍山市法治政府建设年度报告',
  shortName: '法治政府年报',
  city: '鞍山市',
  lang: 'zh-CN',
  /** Who publishes this site (the footer, the accessibility statement's contact). */
  publisher: '鞍山市司法局法治调研督察科',
  /** The publisher's own website, where readers reach it. */
  publisherUrl: 'http://sfj.anshan.gov.cn/',
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
  // Added later, so at the end: existing readers' columns keep their places.
  'corrected',
] as const;
