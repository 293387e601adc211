/**
 * Number and date formatting for Chinese readers.
 */

// Marked pure so a browser bundle that takes only a date helper leaves the formatter out.
const integerFormat = /* @__PURE__ */ new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });

/** 381000000 → "381,000,000"; 98.8 → "98.8". */
export const formatNumber = (value: number) => integerFormat.format(value);

/** 2024-03-15 → "2024年3月15日" (dates are stored as UTC midnight). */
export const formatDateZh = (date: Date) =>
  `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;

/** 2024-03-15 → "2024-03-15" (the UTC day), for <time datetime>, GB/T 7714 citations and data files. */
export const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** The first sentence of a text (up to and including 。), used as a one-line summary. */
export function firstSentence(text: string): string {
  const plain = text
    .replace(/^#+\s.*$/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
  const end = plain.indexOf('。');
  return end === -1 ? plain : plain.slice(0, end + 1);
}

/** A report's title with its 文号 in brackets, or the title alone for a report published without one. */
export const titleWithNumber = (report: { title: string; documentNumber?: string | undefined }) =>
  report.documentNumber ? `${report.title}（${report.documentNumber}）` : report.title;
