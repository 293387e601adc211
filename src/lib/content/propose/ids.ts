/**
 * Ids for new figures without anyone typing English: the pinyin of the label's last words
 * (what is counted: 受理法律援助案件 → yuanzhu-anjian, 群众满意率 → qunzhong-manyi-lv), two
 * syllables a word, lengthened by two characters at a time while it is taken, then numbered.
 * The same label gives the same id, so an import run again names its figures the same.
 */
import { pinyin } from 'pinyin-pro';
// The id rule itself (letters, length, reserved names), so a made id always passes the check.
import { idSchema } from '../field-schemas.ts';
import { RESERVED_SLUGS } from '../reserved-names.ts';

/** Characters of the label an id starts from, and the most it grows to. */
const FIRST = 4;
const MOST = 9;
/** One-character endings of a word (满意率, 人数, 金额): the word before them has two characters. */
const SUFFIX = /[率数量额]$/;

/** kebab-case pinyin of Chinese characters, two syllables to a word from the start: 援助案件 → yuanzhu-anjian. */
export function pinyinWords(chars: string): string {
  const syllables = pinyin(chars, { toneType: 'none', type: 'array', v: true }).map((s) => s.replace(/[^a-z]/g, ''));
  const words: string[] = [];
  for (let at = 0; at < syllables.length; at += 2) words.push(syllables.slice(at, at + 2).join(''));
  return words.filter(Boolean).join('-');
}

/**
 * Makes ids for one year: `taken` holds every id already used (this year's and last year's,
 * so a new figure never takes the id of one that is gone). `fallback` names a figure whose
 * label has no Chinese characters.
 */
export function idMaker(taken: Set<string>): (label: string, fallback: string) => string {
  const reserved = new Set<string>(RESERVED_SLUGS);
  const free = (id: string) => !taken.has(id) && !reserved.has(id) && idSchema.safeParse(id).success;
  /** The next number to try for a base, so a text that repeats a label is still named in linear time. */
  const next = new Map<string, number>();
  return (label, fallback) => {
    const han = label.replace(/[^\p{Script=Han}]/gu, '');
    const bases: string[] = [];
    // Most words of a label have two characters: the window starts on a word when its length is
    // even, or odd when the label ends on a one-character suffix (群众满意率 → qunzhong-manyi-lv).
    const odd = SUFFIX.test(han) ? 1 : 0;
    for (let length = FIRST + odd; han.length > 0; length += 2) {
      bases.push(pinyinWords(han.slice(-Math.min(length, han.length))));
      if (length >= han.length || length >= MOST) break;
    }
    if (bases.length === 0 || bases[0] === '') bases.push(fallback);
    let id = bases.find(free);
    if (!id) {
      const base = bases.at(-1)!;
      let n = next.get(base) ?? 2;
      while (!free(`${base}-${n}`)) n++;
      next.set(base, n + 1);
      id = `${base}-${n}`;
    }
    taken.add(id);
    return id;
  };
}
