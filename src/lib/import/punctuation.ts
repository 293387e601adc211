/**
 * The project's punctuation rule (GB/T 15834), as content/reports/2023 applies it to its
 * source.txt: Chinese text takes full-width ，；：（）？！ where a web page printed ASCII,
 * digits and % stay half-width, and the words themselves are never changed. Checks compare
 * the Markdown with source.txt after NFKC, which folds these pairs back together (and would not
 * fold “” back into straight quotes, so those stay as the text has them).
 */

const FULL_WIDTH: Record<string, string> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '(': '（',
  ')': '）',
  '?': '？',
  '!': '！',
};

/** Full-width digits, letters, ％ and ． become half-width (NFKC of those characters only). */
const HALF_WIDTH = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF05\uFF0E]/g;

/** One line (a paragraph or heading) of report text in the project's punctuation. */
export function chinesePunctuation(line: string): string {
  return (
    line
      .replace(HALF_WIDTH, (char) => char.normalize('NFKC'))
      // 3,721 and 42:18 keep their ASCII separators: they are inside a number.
      .replace(/[,;:()?!]/g, (char, at: number, all: string) =>
        (char === ',' || char === ':') && /\d/.test(all[at - 1] ?? '') && /\d/.test(all[at + 1] ?? '')
          ? char
          : FULL_WIDTH[char]!,
      )
      // A space a web page left before Chinese punctuation is not part of the text.
      .replace(/[ \t\u3000]+(?=[，。；：、）」》”！？])/g, '')
  );
}
