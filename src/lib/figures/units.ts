/**
 * What a figure is made of: its units, its magnitudes (万, 亿) and its qualifiers (余, 以上,
 * 以内, 约), each with the words the text writes it with and the signs the site shows for it.
 * The core of "what a figure is": the content check, the importer, the pages, the charts and
 * the search all read these tables, so a new unit or word is added once. Pure data, no imports:
 * the browser's chart and search code load it too.
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

export type Unit = (typeof UNITS)[number];

/** Chinese magnitudes as written in the reports, and what they multiply by. */
export const MAGNITUDES = { 万: 10_000, 亿: 100_000_000 } as const;

export type Magnitude = keyof typeof MAGNITUDES;

/** The units as a regular-expression alternation, longest first: 件次|人次|…|%. */
export const UNIT_PATTERN = UNITS.join('|');

/** The magnitudes as a regular-expression alternation: 万|亿. */
export const MAGNITUDE_PATTERN = Object.keys(MAGNITUDES).join('|');

/**
 * The qualifiers a figure can carry, in one table:
 * - `word`: the word messages and the data's descriptions use for it (余, 以上, 以内, 约);
 * - `words`: every way the text may write it, before the number (超过100家, 近3000件),
 *   between number and unit (22万余次, 100多件) or after it (95%以上);
 * - `mark`: the sign of the figure tables' own column, beside the figure's text (which still
 *   says 约3000件): a mathematical sign, one character wide, so the column lines up (> ≥ ≤ ≈);
 * - `prefix`: what stands before a bare number where the words are not shown (chart bars,
 *   ticks, tooltips: ≥95%, >22万次). For "about" it is the word 约, not ≈: a bare ≈3000 on a
 *   chart reads as an equation to most readers and is skipped by Chinese screen readers,
 *   while 约3000 reads as the report itself says it. The others have no such word that fits
 *   before a number (余 and 以上 come after it), so the sign serves both places.
 */
export const QUALIFIER_TABLE = {
  'more-than': { word: '余', words: ['余', '多', '超过', '逾'], mark: '>', prefix: '>' },
  'at-least': { word: '以上', words: ['以上'], mark: '≥', prefix: '≥' },
  'at-most': { word: '以内', words: ['以内', '以下', '不超过'], mark: '≤', prefix: '≤' },
  about: { word: '约', words: ['近', '约', '大约', '左右'], mark: '≈', prefix: '约' },
} as const;

export type Qualifier = keyof typeof QUALIFIER_TABLE;

/** The qualifiers' names, as the data's `qualifier` column has them. */
export const QUALIFIER_KINDS = Object.keys(QUALIFIER_TABLE) as [Qualifier, ...Qualifier[]];

const column = <K extends 'word' | 'words' | 'mark' | 'prefix'>(key: K) =>
  Object.fromEntries(Object.entries(QUALIFIER_TABLE).map(([kind, row]) => [kind, row[key]])) as {
    [Q in Qualifier]: (typeof QUALIFIER_TABLE)[Q][K];
  };

/** Each qualifier with the word shown for it in messages and the data's descriptions. */
export const QUALIFIERS = column('word');

/** The words that give a figure its qualifier, as written in reports. */
export const QUALIFIER_WORDS = column('words');

/** How figure tables mark a qualified figure: > 22万余次, ≥ 95%以上, ≤ 5个工作日以内, ≈ 约3000件. */
export const QUALIFIER_MARKS = column('mark');

/** What stands before a bare number of a qualified figure: ≥95%, >22万次, 约3000件. */
export const QUALIFIER_PREFIXES = column('prefix');
