/**
 * Dates and text for Chinese readers (numbers: numbers.ts).
 */

/** 2024-03-15 → "2024年3月15日" (dates are stored as UTC midnight). */
export const formatDateZh = (date: Date) =>
  `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;

/** 2024-03-15 → "2024-03-15" (the UTC day), for <time datetime>, GB/T 7714 citations and data files. */
export const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** A local calendar day as YYYY-MM-DD (the reader's "today", for the access date). */
export const localDay = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

/**
 * The first sentence of a text (up to and including 。), used as a one-line summary. A
 * sentence that runs into a heading (重点做好以下工作：, then ## （一）…) ends with that
 * heading, so the summary shows what the sentence announces instead of the text under it.
 */
export function firstSentence(text: string): string {
  let sentence = '';
  for (const line of text.split('\n').map((each) => each.trim())) {
    const heading = /^#+\s+(.*)$/.exec(line);
    if (heading) {
      if (sentence) return `${sentence}${heading[1]!.trim()}`;
      continue;
    }
    if (!line) continue;
    sentence = sentence ? `${sentence} ${line}` : line;
    const end = sentence.indexOf('。');
    if (end !== -1) return sentence.slice(0, end + 1).replace(/\s+/g, ' ');
  }
  return sentence.replace(/\s+/g, ' ');
}

/** A report's title with its 文号 in brackets, or the title alone for a report published without one. */
export const titleWithNumber = (report: { title: string; documentNumber?: string | undefined }) =>
  report.documentNumber ? `${report.title}（${report.documentNumber}）` : report.title;
