/**
 * How the report numbers its parts and sections: 一、主要举措和成效 › （一）… （十）；
 * 二、存在的问题； 三、2024年重点工作安排. Derived from each section's kind and order,
 * so staff never type a numbering that could disagree with the order.
 */
import { SECTION_KINDS } from '../content/section-kinds.ts';

type Kind = (typeof SECTION_KINDS)[number];

const DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 35 → 三十五 (1–99). */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`No Chinese numeral for ${n}`);
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}

export interface NumberedSection {
  kind: Kind;
  order: number;
}

export interface SectionNumbering {
  /** "（五）" for a measure, "二、" for a part that is a section by itself. */
  number: string;
  /** The part the section belongs to, numbered: "一、". */
  partNumber: string;
  /** True when the section is itself a part (problems, plans). */
  isPart: boolean;
}

/** Numbers every section of a report, in order. */
export function numberSections<T extends NumberedSection>(sections: readonly T[]): Map<T, SectionNumbering> {
  const sorted = [...sections].sort((a, b) => a.order - b.order);
  const kinds = SECTION_KINDS.filter((kind) => sorted.some((section) => section.kind === kind));
  const result = new Map<T, SectionNumbering>();
  let measure = 0;
  for (const section of sorted) {
    const partNumber = `${chineseNumeral(kinds.indexOf(section.kind) + 1)}、`;
    if (section.kind === 'measures') {
      measure += 1;
      result.set(section, { number: `（${chineseNumeral(measure)}）`, partNumber, isPart: false });
    } else {
      result.set(section, { number: partNumber, partNumber, isPart: true });
    }
  }
  return result;
}
