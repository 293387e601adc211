/**
 * Search queries as readers type them, made comparable with the indexed text.
 *
 * Readers paste figures from Word or WeChat with full-width digits (３７２１件), thousands
 * separators (3,721) or a space before the unit (95.8 %). NFKC folds the full-width forms;
 * the rest is tidied so the query meets the text as the report writes it.
 */
import { MAGNITUDE_PATTERN, MAGNITUDES, UNIT_PATTERN, UNITS } from '../figures/units.ts';

/** A space between a number and its magnitude or unit, which the report never writes. */
const SPACE_BEFORE_UNIT = new RegExp(`(\\d) (?=${MAGNITUDE_PATTERN}|${UNIT_PATTERN})`, 'g');

/** NFKC, one space between words, no thousands separators, no space inside a figure. */
export function normaliseQuery(raw: string): string {
  return (
    raw
      .normalize('NFKC')
      .replace(/\s+/g, ' ')
      .trim()
      // 3,721 → 3721 (only a comma followed by exactly three digits: a separator, not a list).
      .replace(/(\d),(?=\d{3}(?!\d))/g, '$1')
      // 95.8 % → 95.8%, 3721 件 → 3721件: a figure is one word in the report.
      .replace(SPACE_BEFORE_UNIT, '$1')
  );
}

/** A number as a reader may ask for it: the digits as written and, with 万/亿, the value. */
export interface QueryNumber {
  /** Digits as written: "97.2" for 97.2万. */
  written: string;
  /** The value in base units when a magnitude is given: 972000 for 97.2万; otherwise the number itself. */
  value: number;
  /** The unit right after it, if any: 件, %, 元 … */
  unit: string | null;
}

const NUMBER = new RegExp(`(?<![\\d.])(\\d+(?:\\.\\d+)?)(余)?(${MAGNITUDE_PATTERN})?(余)?(${UNIT_PATTERN})?`, 'g');

/** The numbers in a (normalised) query: "97.2万件" → [{ written: "97.2", value: 972000, unit: "件" }]. */
export function queryNumbers(query: string): QueryNumber[] {
  return [...query.matchAll(NUMBER)].map(([, digits, , magnitude, , unit]) => ({
    written: digits!,
    // Rounded like the content check does, so 3.81亿 is exactly 381000000.
    value: Math.round(Number(digits) * (magnitude ? MAGNITUDES[magnitude as keyof typeof MAGNITUDES] : 1) * 100) / 100,
    unit: unit ?? null,
  }));
}

/** The numbers a figure answers to: the digits of its text, its value, and numbers in its label ("12345"). */
export interface FigureNumbers {
  text: string;
  value: number;
  unit: string;
  label: string;
}

/**
 * Whether a figure is what a query's numbers ask for. Pagefind matches words by prefix,
 * so "95%" would also find 95.8% and "10" would find 100: for figures, numbers must be exact.
 */
export function figureMatchesNumbers(figure: FigureNumbers, numbers: readonly QueryNumber[]): boolean {
  const written = queryNumbers(figure.text)[0]?.written;
  const inLabel = new Set(figure.label.normalize('NFKC').match(/\d+(?:\.\d+)?/g) ?? []);
  return numbers.every((number) => {
    if (inLabel.has(number.written)) return true;
    const sameNumber = number.written === written || number.value === figure.value;
    const sameUnit = number.unit === null || number.unit === figure.unit || figure.text.includes(number.unit);
    return sameNumber && sameUnit;
  });
}

/**
 * figureMatchesNumbers as Pagefind filter values, so the index itself can tell which figures
 * a query's numbers ask for, without fetching each figure's text: a figure carries a key for
 * every number it answers to (figureNumberKeys), and a query's number asks for any of its own
 * keys (queryNumberKeys). The two meet exactly when figureMatchesNumbers says so (tested on
 * every published figure). With 30 years, a search for 100% fetched 150 figures to check them.
 */
export const NUMBER_FILTER = 'number';

/** l: a number in the label (any unit); w: the digits as written; v: the value; each with a unit the figure has, or none. */
export function figureNumberKeys(figure: FigureNumbers): string[] {
  const written = queryNumbers(figure.text)[0]?.written;
  const units = [figure.unit, ...UNITS.filter((unit) => figure.text.includes(unit))].filter(Boolean);
  const numbers = [...(written === undefined ? [] : [`w${written}`]), `v${figure.value}`];
  const inLabel = figure.label.normalize('NFKC').match(/\d+(?:\.\d+)?/g) ?? [];
  return [
    ...new Set([
      ...inLabel.map((digits) => `l${digits}`),
      ...numbers.flatMap((number) => [number, ...units.map((unit) => `${number} ${unit}`)]),
    ]),
  ];
}

/** The keys of which a figure must carry one to answer to `number` (see figureNumberKeys). */
export function queryNumberKeys(number: QueryNumber): string[] {
  const unit = number.unit === null ? '' : ` ${number.unit}`;
  return [`l${number.written}`, `w${number.written}${unit}`, `v${number.value}${unit}`];
}

/** Extra words indexed with a figure so every way of writing it is found: 97.2万件 → 97.2万 972000. */
export function figureSearchWords(figure: Pick<FigureNumbers, 'text' | 'value'>): string[] {
  const [number] = queryNumbers(figure.text.normalize('NFKC'));
  if (!number) return [];
  // 近3000件 and 约1.2亿元 are found as 3000 and 1.2亿 too: the qualifier word before the number is left out.
  const asWritten = figure.text
    .normalize('NFKC')
    .replace(/^(不超过|超过|近|约)/, '')
    .match(/^\d+(?:\.\d+)?(?:余|多)?(?:万|亿)?/)?.[0];
  return [...new Set([asWritten, number.written, String(figure.value)].filter((word): word is string => !!word))];
}

/**
 * NFKC for the characters that matter to search (full-width digits, letters, ％ and ．),
 * leaving Chinese punctuation (，：；（）) as published. Safe on HTML: none is markup.
 */
export const foldWidth = (text: string) =>
  text.replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF05\uFF0E]/g, (char) => char.normalize('NFKC'));
