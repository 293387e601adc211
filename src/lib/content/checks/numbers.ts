/**
 * Every number a reader sees is accounted for: in a body it is a declared figure or plainly
 * not a count (a year, a date, a document number, a title, a hotline named as one); in the
 * preamble and in labels, titles, notes and summaries it is one of the year's figures.
 */
import { gapName, oddNumbers, type OddNumber } from '../../figures/digits.ts';
import { numbersIn } from '../../figures/locate.ts';
import { nonFigure } from '../../figures/not-figures.ts';
import { UNITS } from '../../figures/units.ts';
import type { Issues } from '../messages.ts';
import type { FilledMetric } from '../schema.ts';

// What is not a figure lives with what a figure is (figures/not-figures.ts); re-exported only so
// branches written before the move still compile.
export { nonFigure } from '../../figures/not-figures.ts';

/** Numbers written in Chinese numerals as a count (八千八百八十八件, 三百余家), not as a name (“一件事一次办”). */
const CHINESE_COUNT = new RegExp(
  `(?:[一二三四五六七八九两][十百千万亿]|[十百千万亿][一二三四五六七八九两])[一二三四五六七八九十百千万亿两零]*[余多]?(?:${UNITS.join('|')})`,
  'g',
);

/** Spans inside “…” quotes: names, not counts. */
const quoted = (text: string, at: number) => {
  const open = text.lastIndexOf('“', at);
  return open !== -1 && text.lastIndexOf('”', at) < open;
};

/** U+0663, for naming a character staff cannot see or tell apart. */
const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** What to say about a number written with characters a figure may not have, and its fix. */
function oddNumberMessage(odd: OddNumber, text: string) {
  const number = text.slice(odd.start, odd.end);
  switch (odd.kind) {
    case 'gap':
      return {
        zh: `「${odd.written}」中数字之间有${gapName(number)}：网站会把它读成两个数（例如只读出后一段）。请写作 ${odd.fix}（数字连写，中间不留空格或不可见字符）。`,
        en: `"${odd.written}" has a space or invisible character inside the number: the site would read it as two numbers. Write ${odd.fix}, the digits together.`,
      };
    case 'full-width':
      return {
        zh: `「${number}」是全角数字：数字一律用半角（0–9），请改为「${number.normalize('NFKC')}」。`,
        en: `"${number}" is in full-width digits: write digits half-width, "${number.normalize('NFKC')}".`,
      };
    case 'percent':
      return {
        zh: `「${odd.written}」中的百分号是全角「％」：请改用半角「%」，写作 ${odd.fix}。`,
        en: `"${odd.written}" has a full-width ％: use the half-width %, ${odd.fix}.`,
      };
    default: {
      const chars = [...new Set([...number].filter((c) => !/[0-9.%]/.test(c)))].map(codePoint).join('、');
      return {
        zh: `「${odd.written}」中的数字不是常用的阿拉伯数字（${chars}），网站无法核对它。请照原文改写为 ${odd.fix}。`,
        en: `"${odd.written}" is written with digits other than 0-9 (${chars}), which the site cannot check. Write ${odd.fix}.`,
      };
    }
  }
}

/**
 * Numbers written with a character a figure may not have (figures/digits.ts): refused whole with
 * the fix, whatever nonFigures says, since no part of them is read as a figure.
 */
export function checkOddNumbers(text: string, issues: Issues, path?: (string | number)[]) {
  for (const odd of oddNumbers(text)) {
    issues.error(path ? { path } : { bodyOffset: odd.start }, oddNumberMessage(odd, text));
  }
}

/** Numbers written with odd characters, counts written in Chinese numerals, unclosed 《 in a body. */
export function checkWrittenNumbers(body: string, declared: readonly string[], issues: Issues) {
  checkOddNumbers(body, issues);
  for (const match of body.matchAll(CHINESE_COUNT)) {
    if (quoted(body, match.index) || declared.some((phrase) => phrase.includes(match[0]))) continue;
    issues.error(
      { path: ['metrics'], bodyOffset: match.index },
      {
        zh: `「${match[0]}」是用汉字写的数量，网站无法核对它。请照原文用阿拉伯数字书写并登记为指标；如果原文确实这样写，请把它加入 nonFigures。`,
        en: `"${match[0]}" is a count in Chinese numerals, which the site cannot check. Write it in digits as the official text does and declare it; if the text really writes it so, list it under nonFigures.`,
      },
    );
  }
  for (const match of body.matchAll(/《[^》。\n]*(?=[。\n]|$)/g)) {
    issues.error(
      { bodyOffset: match.index },
      {
        zh: `书名号没有闭合：「${match[0].slice(0, 30)}」缺少对应的「》」。请照原文补全。`,
        en: `An unclosed 《: "${match[0].slice(0, 30)}" has no matching 》. Complete it as in the official text.`,
      },
    );
  }
}

/** The preamble (index.md's body) has no figures of its own: its numbers must be years, dates or names. */
export function checkPreambleNumbers(body: string, issues: Issues) {
  checkOddNumbers(body, issues);
  for (const number of numbersIn(body)) {
    if (nonFigure(body, number)) continue;
    issues.error(
      { bodyOffset: number.start },
      {
        zh: `前言中的数字「${number.digits}」不是年份、日期或文件名称。前言不登记指标：请核对是否照原文粘贴（统计数字应在相应章节中）。`,
        en: `The number ${number.digits} in the preamble is not a year, date or name. The preamble declares no figures: check it against the official text.`,
      },
    );
  }
}

/**
 * A label, title, note or summary may name a number only as one of the year's figures
 * (降幅42%) or as a year, date or hotline: a chart shows only what the text says.
 */
export function checkNamedNumbers(text: string, path: (string | number)[], figures: FilledMetric[], issues: Issues) {
  checkOddNumbers(text, issues, path);
  for (const number of numbersIn(text.normalize('NFKC'))) {
    const normalized = text.normalize('NFKC');
    if (nonFigure(normalized, number)) continue;
    const isFigure = figures.some((figure) => {
      const at = normalized.indexOf(figure.text);
      return at !== -1 && at <= number.start && number.end <= at + figure.text.length;
    });
    if (isFigure) continue;
    issues.error(
      { path },
      {
        zh: `「${text}」中的数字「${number.digits}」不是本年度报告中的任何指标：这里只能写正文中出现的数字（照指标的 text 书写），或年份、日期。`,
        en: `The number ${number.digits} in "${text}" is not a figure of this year's report: write only figures of the text (as their text field has them), years or dates.`,
      },
    );
  }
}
