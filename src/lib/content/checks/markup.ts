/**
 * What a body may contain: the official text, as Markdown paragraphs and headings. Raw HTML,
 * character references, code, images and links to anything but web pages are refused, so
 * nothing but text reaches the page; so is half-width punctuation beside Chinese, which the
 * project's writing rules exclude (digits of other widths and scripts: checks/numbers.ts).
 */
import type { Issues, Message } from '../messages.ts';

/** Longest line a body may have: a paragraph is a few hundred characters. */
export const MAX_LINE = 5000;

interface Rule {
  pattern: RegExp;
  message: (found: string) => Message;
}

const RULES: Rule[] = [
  {
    pattern: /<!--|<[A-Za-z!/?][^>\n]{0,40}/g,
    message: (found) => ({
      zh: `正文中不能有网页代码（HTML）「${found}」：报告正文只能是原文文字。请删除它。`,
      en: `No HTML in the text ("${found}"): the body is the official text only. Delete it.`,
    }),
  },
  {
    pattern: /&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/gi,
    message: (found) => ({
      zh: `正文中不能有 HTML 字符代码「${found}」：请直接写出原文中的字符。`,
      en: `No HTML character reference ("${found}") in the text: write the character itself.`,
    }),
  },
  {
    pattern: /`+[^`\n]{0,20}/g,
    message: (found) => ({
      zh: `正文中不能有反引号「${found}」（代码格式）：原文没有这种格式，请删除反引号。`,
      en: `No backticks ("${found}", code formatting) in the text: the official text has none. Delete them.`,
    }),
  },
  {
    pattern: /!\[[^\]\n]{0,20}/g,
    message: (found) => ({
      zh: `正文中不能插入图片「${found}」：报告只发布原文文字。`,
      en: `No images ("${found}") in the text: the report publishes the official text only.`,
    }),
  },
  {
    pattern: /[\p{Script=Han}“”][,;:()]|[,;:()][\p{Script=Han}“”]/gu,
    message: (found) => ({
      zh: `「${found}」中有半角标点：中文里的逗号、分号、冒号和括号要用全角（，；：（））。`,
      en: `Half-width punctuation in "${found}": use full-width ，；：（） in Chinese text.`,
    }),
  },
];

/** Link addresses: only web pages (http, https) and the site's own pages (/…). */
const LINK = /\]\(\s*<?([^)\s>]*)|^\s{0,3}\[[^\]\n]+\]:\s*<?(\S*?)>?(?:\s|$)/gm;
const SAFE_ADDRESS = /^(?:https?:\/\/[^\s]+|\/(?!\/)[^\s]*)$/i;

/** Checks a body (a section's text or the preamble) for anything but text. */
export function checkMarkup(body: string, issues: Issues) {
  for (const { pattern, message } of RULES) {
    for (const match of body.matchAll(pattern)) issues.error({ bodyOffset: match.index }, message(match[0]));
  }
  for (const match of body.matchAll(LINK)) {
    const address = match[1] ?? match[2] ?? '';
    if (SAFE_ADDRESS.test(address)) continue;
    issues.error(
      { bodyOffset: match.index },
      {
        zh: `链接地址「${address.slice(0, 60)}」不允许：链接只能指向 http:// 或 https:// 开头的网页，或本站以 / 开头的页面。`,
        en: `Link address "${address.slice(0, 60)}" is not allowed: link only to http(s):// pages or the site's own /… pages.`,
      },
    );
  }
  let offset = 0;
  for (const line of body.split('\n')) {
    if (line.length > MAX_LINE) {
      issues.error(
        { bodyOffset: offset },
        {
          zh: `这一行有 ${line.length} 个字符，超过 ${MAX_LINE}：原文的一段不会这么长，请检查是否粘贴了多余的内容。`,
          en: `This line has ${line.length} characters, more than ${MAX_LINE}: no paragraph of the report is that long. Check what was pasted.`,
        },
      );
    }
    offset += line.length + 1;
  }
}
