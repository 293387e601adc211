/**
 * What is left of the constants once shared by everything: the units, magnitudes and
 * qualifiers (what a figure is; moving to src/lib/figures/) and the site's names (SITE;
 * moving to content/site.yaml). Every other constant lives with the module that owns it:
 * file layout in content/files.ts, section kinds in content/section-kinds.ts, reserved names
 * in content/reserved-names.ts, export columns in data/export.ts, the cache folder in
 * content/cache-dir.ts.
 */

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
