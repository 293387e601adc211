/**
 * What each column of the published figures means: one text for the data page's table of
 * fields and for the Table Schema of the data package (datapackage.ts), so the two never differ.
 */
import { MAGNITUDES, QUALIFIERS, UNITS } from '../figures/units.ts';
import type { METRIC_COLUMNS } from './export.ts';

/** Table Schema field types used by the columns (specs.frictionlessdata.io/table-schema). */
export type TableType = 'integer' | 'number' | 'string';

export interface FieldDoc {
  /** The column's name in the CSV and JSON files. */
  name: (typeof METRIC_COLUMNS)[number];
  /** The type as the data page names it. */
  kind: string;
  /** The type in the data package. */
  type: TableType;
  /** What the column holds: the data page's explanation. */
  description: string;
  /** The values it may take, when they are a fixed list. */
  values?: readonly string[];
  /** True when every row has a value. */
  required: boolean;
}

export const FIELD_DOCS: readonly FieldDoc[] = [
  { name: 'year', kind: '数值', type: 'integer', required: true, description: '报告所属年度，例如 2023。' },
  {
    name: 'section',
    kind: '数值',
    type: 'integer',
    required: true,
    description: '所在章节的序号：1–10 为“主要举措和成效”的（一）至（十），之后依次为存在的问题、工作安排。',
  },
  { name: 'sectionTitle', kind: '文本', type: 'string', required: true, description: '所在章节的标题（不含序号）。' },
  {
    name: 'id',
    kind: '文本',
    type: 'string',
    required: true,
    description: '指标的英文标识，逐年保持不变，可用于跨年度比较，也是网页中该项数据的锚点。',
  },
  {
    name: 'label',
    kind: '文本',
    type: 'string',
    required: true,
    description: '指标名称：这项数据统计的是什么，由本站按原句的字眼整理（不是报告原文）。',
  },
  {
    name: 'value',
    kind: '数值',
    type: 'number',
    required: true,
    description: `换算为基本单位的数值（${Object.entries(MAGNITUDES)
      .map(([name, factor]) => `${name} = ${factor}`)
      .join('，')}）：22万余次 → 220000，3.81亿元 → 381000000，98.8% → 98.8。`,
  },
  {
    name: 'unit',
    kind: '文本',
    type: 'string',
    required: true,
    values: UNITS,
    description: `单位：${UNITS.join('、')}。金额一律以“元”计。`,
  },
  {
    name: 'text',
    kind: '文本',
    type: 'string',
    required: true,
    description: '原文表述，与报告正文一字不差，例如“22万余次”。',
  },
  {
    name: 'qualifier',
    kind: '文本或空',
    type: 'string',
    required: false,
    values: Object.keys(QUALIFIERS),
    description:
      'more-than 表示原文写“余”“多”“超过”或“逾”（多于该数），at-least 表示“以上”（不少于该数），at-most 表示“以内”“以下”或“不超过”（不多于该数），about 表示“近”“约”“大约”或“左右”（约数）；没有则为空。',
  },
  {
    name: 'url',
    kind: '网址',
    type: 'string',
    required: true,
    description: '该项数据在本站正文中的位置（章节页面加 # 锚点）。',
  },
  {
    name: 'corrected',
    kind: '日期或空',
    type: 'string',
    required: false,
    description: '该数据最近一次更正的日期（YYYY-MM-DD），说明见本站“更正”页面；从未更正则为空。',
  },
];
