/**
 * Field types shared by the schemas: text shown on the site as it is, names short enough to
 * be one, numbers that are plain numbers. Each says what is wrong in both languages.
 */
import { z } from 'astro/zod';
import { RESERVED_ID_PREFIXES, RESERVED_IDS } from './reserved-names.ts';
import { say, says } from './messages.ts';
import { hiddenCharacters } from './plain-text.ts';

/** Longest label or title that is still one: a sentence pasted by mistake is refused. */
export const MAX_NAME = 80;

/**
 * A string shown on the site as text: no markup characters or control characters, so it
 * cannot become an element or attribute wherever a template puts it; no character a reader
 * cannot see (plain-text.ts), so what staff read in the file is what the site shows.
 */
export const plainText = () =>
  z
    .string({ error: says('这里应填写文字。', 'This field must be text.') })
    .trim()
    .min(1, { error: says('这里不能为空。', 'This field cannot be empty.') })
    .regex(/^[^<>\p{Cc}]*$/u, {
      error: says(
        '文字中不能有 < > 或控制字符：这里的内容会原样显示在网页上，不能含网页代码。',
        'No < > or control characters: this text is shown on the site as it is and may not carry markup.',
      ),
    })
    .superRefine(refuseHidden);

/** plainText's rule against characters a reader cannot see, for a schema's `superRefine`. */
export function refuseHidden(text: string, ctx: z.RefinementCtx) {
  const found = hiddenCharacters(text);
  if (found) ctx.addIssue({ code: 'custom', message: say(found.zh, found.en) });
}

/** A setting that may be left empty (not issued yet), else plain text of at most `max` characters. */
export const optionalText = (max: number) =>
  z
    .string({ error: says('这里应填写文字（用引号括起来）。', 'This field must be text (in quotes).') })
    .trim()
    .max(max, {
      error: says(`这里最多 ${max} 个字，太长了：请只填写名称本身。`, `At most ${max} characters here: write only the name itself.`),
    })
    .regex(/^[^<>\p{Cc}]*$/u, {
      error: says(
        '文字中不能有 < > 或控制字符：这里的内容会原样显示在网页上，不能含网页代码。',
        'No < > or control characters: this text is shown on the site as it is and may not carry markup.',
      ),
    })
    .superRefine(refuseHidden)
    .default('');

/** A web address the site links to: http or https only (no javascript:, data: or file:). */
export const webAddress = () =>
  z
    .string({ error: says('这里应填写网址。', 'This field must be a web address.') })
    .trim()
    .max(200, { error: says('网址最多 200 个字符。', 'A web address has at most 200 characters.') })
    .superRefine(refuseHidden)
    .refine((value) => /^https?:\/\/[^\s<>"]+$/i.test(value) && URL.canParse(value), {
      error: says(
        '网址必须以 http:// 或 https:// 开头，例如 http://sfj.anshan.gov.cn/。',
        'A web address starts with http:// or https://, e.g. http://sfj.anshan.gov.cn/.',
      ),
    });

/** A label or title: plain text of at most MAX_NAME characters. */
export const nameText = () =>
  plainText().max(MAX_NAME, {
    error: says(
      `标题或名称最多 ${MAX_NAME} 个字，这里太长了：是不是把正文粘贴到了这里？`,
      `A label or title has at most ${MAX_NAME} characters: was a paragraph pasted here?`,
    ),
  });

/** A number where staff might type a string, .inf or .nan. */
export const numberOf = (field: string) =>
  z.number({
    error: says(
      `${field} 必须是普通的数字，例如 3721：不加引号、不带单位，也不能是 .inf、.nan。`,
      `${field} must be a plain number such as 3721: no quotes, no unit, not .inf or .nan.`,
    ),
  });

export const KEBAB_CASE = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/**
 * Longest id or slug. Each names files of the built site (/2023/<slug>/, /metrics/<id>/,
 * <chart-id>.csv.gz) and a file name has at most 255 bytes: 64 leaves room for two joined and
 * a suffix, and is still a name (the 2023 report's longest is 53).
 */
export const MAX_ID = 64;

/** An id or slug no longer than MAX_ID, said before the build would fail on a file name. */
export const idLength = (field: string) =>
  z.string().max(MAX_ID, {
    error: says(
      `${field} 最多 ${MAX_ID} 个字符：它会成为网址和文件名的一部分，太长的名称无法保存。请用几个英文单词概括。`,
      `${field} has at most ${MAX_ID} characters: it becomes part of addresses and file names, which cannot be that long. Sum it up in a few words.`,
    ),
  });

/** A stable English identifier: the same figure keeps the same id every year. */
export const idSchema = idLength('id')
  .regex(
    KEBAB_CASE,
    {
      error: says(
        'id 只能使用小写英文字母、数字和连字符，以字母开头，例如 legal-aid-cases。',
        'Use lowercase letters, digits and hyphens, starting with a letter, e.g. legal-aid-cases.',
      ),
    },
  )
  .refine(
    (id) =>
      !(RESERVED_IDS as readonly string[]).includes(id) && !RESERVED_ID_PREFIXES.some((prefix) => id.startsWith(prefix)),
    {
      error: says(
        `该 id 已被网页布局占用，请换一个名称（保留的名称：${RESERVED_IDS.join('、')}；也不能以 ${RESERVED_ID_PREFIXES.join('、')} 开头）。`,
        `This id is used by the page layout; choose another (reserved: ${RESERVED_IDS.join(', ')}; nor may it start with ${RESERVED_ID_PREFIXES.join(', ')}).`,
      ),
    },
  );
