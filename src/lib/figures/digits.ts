/**
 * Which characters make a number. A figure is written in ASCII digits (0-9), with % for
 * percent. Anything else that looks like a digit run is refused with the fix, never read in
 * part: 「22 845件」 (a space, NBSP, thin space or zero-width space inside the number) is not
 * 845件, 共٣٧٢١件 and 𝟑.𝟖𝟏亿元 are not text without figures, ①③⑤件 is not three list markers,
 * 98.5％ is not a number without its unit. One rule for the content check (which refuses them),
 * the importer and the pages (which never take the digits after a gap for a figure of its own).
 */
import { MAGNITUDE_PATTERN, UNIT_PATTERN } from './units.ts';

/**
 * Characters that may stand, unseen or looking like a space, between two digits of one
 * number: spaces of every kind (ASCII, NBSP U+00A0, thin space U+2009, ideographic space
 * U+3000…), tabs and the invisible format characters (U+200B, U+2060, U+FEFF, bidi controls).
 * Line breaks are not: a number at the end of a line and one at the start of the next are two.
 */
export const DIGIT_GAP = '[\\p{Zs}\\t\\p{Cf}]';

/** A digit of any script or style: ASCII, full-width, Arabic-Indic, mathematical bold (𝟑), circled (①). */
const ANY_DIGIT = '[\\p{Nd}\\p{No}]';

const GAP_ONLY = new RegExp(`^${DIGIT_GAP}+$`, 'u');
const DIGIT_LIKE = new RegExp(`^${ANY_DIGIT}$`, 'u');

/**
 * True when the figure starting at `at` would continue a number written before it: a digit
 * or decimal point right before it, or a digit with only spaces or invisible characters
 * between (「22 845件」: 845件 is not a figure of its own).
 */
export function continuesNumber(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && GAP_ONLY.test(text[i - 1]!)) i--;
  const before = [...text.slice(Math.max(0, i - 2), i)].at(-1);
  if (before === undefined) return false;
  if (i === at && (before === '.' || before === '．')) return true;
  return DIGIT_LIKE.test(before) && isDigitLike(before);
}

/** A character that stands for a digit 0-9 (not ½ or ², which are not digits of a count). */
function isDigitLike(char: string): boolean {
  return digitValue(char) !== null;
}

/**
 * The value 0-9 of a digit of any script, or null. Decimal digits (\p{Nd}) come in runs of ten
 * from their zero in every script Unicode has; circled and other styled digits (①, ⑴) fold
 * to ASCII with NFKC.
 */
export function digitValue(char: string): number | null {
  if (/^[0-9]$/.test(char)) return Number(char);
  if (/^\p{Nd}$/u.test(char)) {
    const folded = char.normalize('NFKC');
    if (/^[0-9]$/.test(folded)) return Number(folded);
    // Arabic-Indic ٣, Devanagari ३…: count back to the run's zero.
    const code = char.codePointAt(0)!;
    let zero = code;
    while (zero > code - 9 && /^\p{Nd}$/u.test(String.fromCodePoint(zero - 1))) zero--;
    return (code - zero) % 10;
  }
  if (/^\p{No}$/u.test(char)) {
    const folded = char.normalize('NFKC');
    return /^[0-9]$/.test(folded) ? Number(folded) : null;
  }
  return null;
}

/** A number written with characters a figure may not have. */
export interface OddNumber {
  start: number;
  end: number;
  /** The number as written, with the unit after it when there is one: 「22 845件」. */
  written: string;
  /** The same, written as a figure must be: 22845件. */
  fix: string;
  /** What is wrong, the first thing found: a gap inside, full-width digits, digits of another script or style, ％. */
  kind: 'gap' | 'full-width' | 'script' | 'percent';
}

/**
 * A run of digit-like characters with gaps between them, a decimal point only right between
 * two digits (「1. 2023年」 is a list marker and a year), then an optional ％ or %.
 */
const RUN = new RegExp(`${ANY_DIGIT}(?:${DIGIT_GAP}*${ANY_DIGIT}|[.．]${ANY_DIGIT})*(?:${DIGIT_GAP}*[%％])?`, 'gu');
const UNIT_AFTER = new RegExp(`^(?:余|多)?(?:${MAGNITUDE_PATTERN})?(?:余|多)?(?:${UNIT_PATTERN})`, 'u');

/**
 * Every number in `text` written with a character a figure may not have, with its fix. Circled
 * and other styled digits (①) count only before a unit or magnitude (①③⑤件): alone they mark
 * list items. Everything else (a gap between two digits, a digit of another script, ％ after a
 * number) counts wherever it stands.
 */
export function oddNumbers(text: string): OddNumber[] {
  const found: OddNumber[] = [];
  for (const match of text.matchAll(RUN)) {
    const chars = [...match[0]];
    // Leading and trailing characters that are not digits of a count (½, ²) end the run.
    if (!chars.some(isDigitLike)) continue;
    const unit = UNIT_AFTER.exec(text.slice(match.index + match[0].length))?.[0] ?? '';
    const styled = chars.some((c) => /^\p{No}$/u.test(c) && isDigitLike(c));
    const foreign = chars.some((c) => /^\p{Nd}$/u.test(c) && !/^[0-9]$/.test(c));
    const gap = chars.some((c) => GAP_ONLY.test(c));
    const percent = chars.includes('％');
    if (styled && !foreign && !gap && unit === '' && !percent && !/\d/.test(match[0])) continue;
    if (!styled && !foreign && !gap && !percent) continue;
    const fixed = chars
      .filter((c) => !GAP_ONLY.test(c))
      .map((c) => (c === '．' ? '.' : c === '％' ? '%' : isDigitLike(c) ? String(digitValue(c)) : c))
      .join('');
    const fullWidth = chars.every((c) => /^[０-９．％]$/.test(c) || GAP_ONLY.test(c));
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      written: match[0] + unit,
      fix: fixed + unit,
      kind: gap ? 'gap' : percent && !foreign && !styled ? 'percent' : fullWidth ? 'full-width' : 'script',
    });
  }
  return found;
}

/** Names for the gap characters staff are likely to have pasted, by code point. */
const GAP_NAMES: Record<string, string> = {
  ' ': '空格',
  '\u00A0': '不换行空格 U+00A0',
  '\u2009': '窄空格 U+2009',
  '\u202F': '窄不换行空格 U+202F',
  '\u3000': '全角空格 U+3000',
  '\u200B': '零宽空格 U+200B',
  '\t': '制表符',
};

/** What is between the digits of a number with a gap, for a message: 空格, 零宽空格 U+200B. */
export function gapName(written: string): string {
  const gap = [...written].find((c) => GAP_ONLY.test(c)) ?? ' ';
  return GAP_NAMES[gap] ?? `不可见字符 U+${gap.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}
