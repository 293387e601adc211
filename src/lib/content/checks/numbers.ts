/**
 * Every number a reader sees is accounted for: in a body it is a declared figure or plainly
 * not a count (a year, a date, a document number, a title, a hotline named as one); in the
 * preamble and in labels, titles, notes and summaries it is one of the year's figures.
 */
import { findFigure, nonFigureKind, numbersIn, type NonFigureKind, type NumberInText } from '../../figures/locate.ts';
import { UNITS } from '../../constants.ts';
import type { Issues } from '../messages.ts';
import type { FilledMetric } from '../schema.ts';

/** A hotline number is one only where the text names it so: “12345” in quotes, or 12348热线/公共法律服务/法网. */
const HOTLINE_AFTER = /^(?:[”"]|热线|公共法律服务|辽宁法网|法网|政务服务|平台)/;

/**
 * Why a number is not a figure, as `nonFigureKind` says, but stricter where it is loose: a
 * 123xx number only where named as a hotline, a 《title》 only when it closes in its sentence.
 */
export function nonFigure(text: string, number: NumberInText, declared: readonly string[] = []): NonFigureKind | null {
  const kind = nonFigureKind(text, number, declared);
  // A number staff listed in nonFigures is not a figure, whatever it looks like.
  const listed = () => (isDeclared(text, number, declared) ? 'declared' : null);
  if (kind === 'hotline') {
    return HOTLINE_AFTER.test(text.slice(number.end, number.end + 6)) ? kind : listed();
  }
  if (kind === 'title') {
    const open = text.lastIndexOf('《', number.start);
    const close = text.indexOf('》', number.start);
    const title = text.slice(open, close + 1);
    return /[。\n]/.test(title) || title.length > 80 ? listed() : kind;
  }
  return kind;
}

/** True when one of the `declared` phrases covers the number where it stands. */
function isDeclared(text: string, number: NumberInText, declared: readonly string[]): boolean {
  return declared.some((phrase) =>
    findFigure(text, phrase).some((at) => number.start >= at && number.end <= at + phrase.length),
  );
}

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

/** Counts written in Chinese numerals, unclosed 《 in a body. */
export function checkWrittenNumbers(body: string, declared: readonly string[], issues: Issues) {
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
