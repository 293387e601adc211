/**
 * Characters a reader cannot see have no place in a label, title, note, name or site setting:
 * what staff read in the file must be what the site shows, in its pages, its CSV and JSON, its
 * citations and meta descriptions. Refused, each named by its code point:
 * - format characters (\p{Cf}): bidi overrides and isolates (U+202E turns 「2023」 into 「3202」
 *   on screen), zero-width spaces and joiners, the byte-order mark, the soft hyphen;
 * - a lone surrogate: half of a character, not text (it breaks JSON and the page's encoding);
 * - three or more combining marks in a row (\p{M}): "Zalgo" text that spills over the lines
 *   around it. One or two are allowed, as a decomposed é (e + U+0301) or a Thai or Tibetan
 *   vowel sign needs them; Chinese text uses none.
 * Control characters (\p{Cc}) and < > are refused by plainText's own rule.
 */
import type { Message } from './messages.ts';

/** What staff call the format characters they are likely to have pasted. */
const NAMES: Record<number, [zh: string, en: string]> = {
  0x00ad: ['软连字符', 'soft hyphen'],
  0x061c: ['阿拉伯字母标记', 'Arabic letter mark'],
  0x200b: ['零宽空格', 'zero-width space'],
  0x200c: ['零宽非连接符', 'zero-width non-joiner'],
  0x200d: ['零宽连接符', 'zero-width joiner'],
  0x200e: ['从左至右标记', 'left-to-right mark'],
  0x200f: ['从右至左标记', 'right-to-left mark'],
  0x202a: ['从左至右嵌入', 'left-to-right embedding'],
  0x202b: ['从右至左嵌入', 'right-to-left embedding'],
  0x202c: ['嵌入结束', 'pop directional formatting'],
  0x202d: ['从左至右覆盖', 'left-to-right override'],
  0x202e: ['从右至左覆盖', 'right-to-left override'],
  0x2060: ['零宽不换行符', 'word joiner'],
  0x2066: ['从左至右隔离', 'left-to-right isolate'],
  0x2067: ['从右至左隔离', 'right-to-left isolate'],
  0x2068: ['首字符方向隔离', 'first strong isolate'],
  0x2069: ['隔离结束', 'pop directional isolate'],
  0xfeff: ['字节顺序标记（零宽不换行空格）', 'byte-order mark'],
};

/** U+202E, as staff can look it up. */
export const codePointOf = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

/** 「U+202E（从右至左覆盖）」 and "U+202E (right-to-left override)". */
export function characterName(code: number, kind: [zh: string, en: string] = ['不可见的格式字符', 'invisible format character']) {
  const [zh, en] = NAMES[code] ?? kind;
  return { zh: `${codePointOf(code)}（${zh}）`, en: `${codePointOf(code)} (${en})` };
}

const FORMAT = /\p{Cf}/u;
const MARKS = /\p{M}{3,}/u;

/** The first character a reader cannot see in `text`, said for staff; null when there is none. */
export function hiddenCharacters(text: string): Message | null {
  if (!text.isWellFormed()) {
    const at = [...text].findIndex((c) => c.length === 1 && /[\uD800-\uDFFF]/.test(c));
    const name = characterName(text.codePointAt(Math.max(at, 0)) ?? 0xd800, ['半个字符（孤立的代理项）', 'lone surrogate']);
    return {
      zh: `文字中有残缺的字符 ${name.zh}：它不是文字，可能是复制时截断的。请删除它，重新输入这几个字。`,
      en: `The text has a broken character, ${name.en}: not text, perhaps cut in copying. Delete it and type those words again.`,
    };
  }
  const format = FORMAT.exec(text);
  if (format) {
    const name = characterName(format[0].codePointAt(0)!);
    return {
      zh: `文字中有看不见的字符 ${name.zh}（在第 ${[...text.slice(0, format.index)].length + 1} 个字处）：它会改变文字的显示或被复制到数据中。请删除它（可以删掉这几个字重新输入）。`,
      en: `The text has an invisible character, ${name.en}, at character ${[...text.slice(0, format.index)].length + 1}: it changes how the text shows or is copied into the data. Delete it (retype those words).`,
    };
  }
  const marks = MARKS.exec(text);
  if (marks) {
    const name = characterName(marks[0].codePointAt(0)!, ['组合符号', 'combining mark']);
    return {
      zh: `文字中有 ${[...marks[0]].length} 个连续的组合符号（第一个是 ${name.zh}）：它们会叠在文字上、盖住上下行。请删除它们。`,
      en: `The text has ${[...marks[0]].length} combining marks in a row (the first ${name.en}): they pile onto the text and over the lines around it. Delete them.`,
    };
  }
  return null;
}
