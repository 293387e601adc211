/**
 * The text against the data: every filled-in figure is found in its section's body, and
 * every number of the body is a declared figure or a listed non-figure.
 */
import { UNITS } from '../../figures/units.ts';
import { locateFigure, numbersIn, type Span } from '../../figures/locate.ts';
import { parseFigure } from '../../figures/parse.ts';
import type { Issues } from '../messages.ts';
import { isFilled, type FilledMetric } from '../schema.ts';
import { pasteHint } from './new-figures.ts';
import { nonFigure } from '../../figures/not-figures.ts';
import { metricPath, type SectionInput } from './types.ts';

/**
 * Words just outside a figure's text that qualify it, and the qualifier each means. 约 and 近
 * only as words of their own (节约3000万元 is not "about", nor 最近3年 "nearly").
 */
const QUALIFIED_BEFORE = [
  [/不超过$/, '不超过', 'at-most'],
  [/(?<!不)超过$/, '超过', 'more-than'],
  [/逾$/, '逾', 'more-than'],
  [/(?<![节制预签契邀特公合大])约$/, '约', 'about'],
  [/大约$/, '大约', 'about'],
  [/(?<![最附邻将接])近$/, '近', 'about'],
] as const;
const QUALIFIED_AFTER = [
  [/^多/, '多', 'more-than'],
  [/^以内/, '以内', 'at-most'],
  [/^以下/, '以下', 'at-most'],
  [/^左右/, '左右', 'about'],
] as const;

/**
 * The words around a figure that change what it says (近3000件, 3000多件, 3721件次): the
 * figure must carry them (qualifier, or the longer unit), or the site would overstate it.
 */
function checkWording(body: string, span: Span, metric: FilledMetric, index: number, issues: Issues) {
  const before = body.slice(Math.max(0, span.start - 4), span.start);
  const after = body.slice(span.end, span.end + 2);
  const found =
    QUALIFIED_BEFORE.find(([pattern]) => pattern.test(before)) ?? QUALIFIED_AFTER.find(([pattern]) => pattern.test(after));
  if (found) {
    const [, word, qualifier] = found;
    const whole = before.endsWith(word) ? `${word}${metric.text}` : `${metric.text}${word}`;
    issues.error(
      { path: metricPath(index, 'text'), bodyOffset: span.start },
      {
        zh: `原文写的是「${whole}」：这个数字不是确数。请把「${word}」写进 text（text: ${whole}），并填写 qualifier: ${qualifier}，网站才会照原文说明。`,
        en: `The text says "${whole}": the figure is not exact. Write "${word}" into text (text: ${whole}) and set qualifier: ${qualifier}, so the site says so.`,
      },
    );
  }
  const unit = parseFigure(metric.text)?.unit;
  const tail = body.slice(span.end - (unit?.length ?? 0), span.end + 2);
  const longer = unit && UNITS.find((other) => other.length > unit.length && other.startsWith(unit) && tail.startsWith(other));
  if (longer) {
    issues.error(
      { path: metricPath(index, 'unit'), bodyOffset: span.start },
      {
        zh: `原文写的是「${metric.text}${longer.slice(unit.length)}」，单位是「${longer}」而不是「${unit}」：请把 text 写完整，unit 填 ${longer}。`,
        en: `The text says "${metric.text}${longer.slice(unit.length)}": the unit is ${longer}, not ${unit}. Write the whole figure in text and set unit: ${longer}.`,
      },
    );
  }
}

/** Characters that, right after a figure, mean the figure goes on (95% followed by 以上). */
const FIGURE_CONTINUES = /^(余|以上|万|亿|\d)/;

/** Finds each filled-in metric in its section's text; returns the spans found, reporting what is not. */
export function locateMetrics(section: SectionInput, issues: Issues): Map<string, Span> {
  const spans = new Map<string, Span>();
  section.data.metrics.forEach((metric, index) => {
    if (!isFilled(metric)) return;
    const found = locateFigure(section.body, metric);
    const path = metricPath(index, 'text');
    if (found.ok) {
      const next = section.body.slice(found.span.end, found.span.end + 2);
      if (FIGURE_CONTINUES.test(next)) {
        issues.error(
          { path, bodyOffset: found.span.start },
          {
            zh: `指标「${metric.id}」的 text「${metric.text}」在原文中后面还有「${next}」：请把完整的数字写进 text（例如「${metric.text}${next.replace(/[^余以上内下左右万亿]/g, '')}」）。`,
            en: `The text "${metric.text}" of "${metric.id}" continues with "${next}" in the body: write the whole figure in text.`,
          },
        );
      }
      const twin = [...spans].find(([, span]) => span.start < found.span.end && found.span.start < span.end);
      if (twin) {
        issues.error(
          { path, bodyOffset: found.span.start },
          {
            zh: `「${metric.text}」在正文中已登记为指标「${twin[0]}」：同一处数字只能登记一次。请删除重复的指标，或用 context 指明原文中另一处。`,
            en: `"${metric.text}" in the body is already declared as "${twin[0]}": a figure is declared once. Delete the duplicate, or use context to point at another place in the text.`,
          },
        );
        return;
      }
      checkWording(section.body, found.span, metric, index, issues);
      spans.set(metric.id, found.span);
      return;
    }
    const messages = {
      missing: {
        zh: `指标「${metric.id}」的 text「${metric.text}」在本节正文中找不到。数据与原文必须一致：请核对正文或 text。`,
        en: `The text "${metric.text}" of metric "${metric.id}" is not in this section's body. Check the body or the text field.`,
      },
      'width-mismatch': {
        zh: `指标「${metric.id}」的 text「${metric.text}」与正文的全角/半角写法不同（例如 % 与 %、数字的全角与半角）。请照正文原样填写。`,
        en: `The text "${metric.text}" of "${metric.id}" differs from the body in full-width/half-width characters. Copy it exactly from the body.`,
      },
      ambiguous: {
        zh: `「${metric.context ?? ''}${metric.text}」在本节正文中出现了 ${found.count} 次，无法确定指的是哪一处。请在 context 中填写紧挨在数字前面的几个字（例如「整改完成率」），使它只出现一次。`,
        en: `"${metric.context ?? ''}${metric.text}" appears ${found.count} times in the body. Set context to the words just before the figure so it appears once.`,
      },
      'context-missing': {
        zh: `指标「${metric.id}」的 context「${metric.context ?? ''}」后面紧跟「${metric.text}」的写法在正文中找不到。context 必须是正文中紧挨在数字前面的文字。`,
        en: `"${metric.context ?? ''}" followed by "${metric.text}" is not in the body: context must be the words right before the figure.`,
      },
    } as const;
    issues.error(
      { path: found.reason === 'context-missing' ? metricPath(index, 'context') : path },
      messages[found.reason],
    );
  });
  return spans;
}

/** The two-character words of a label (受理法律援助案件 → 受理, 理法, 法律, …), without its numbers. */
const wordsOf = (label: string) => {
  const han = label.replace(/[^\p{Script=Han}]+/gu, ' ');
  return new Set([...han.matchAll(/(?=(\p{Script=Han}{2}))/gu)].map((match) => match[1]!));
};

/**
 * Two figures of one sentence whose labels were swapped: where the words allow, each label's
 * own words stand just before its figure (刑事3016件、民事704件). When neither label's words
 * are before its own figure but each one's are before the other's, they are swapped.
 */
export function checkSwappedLabels(section: SectionInput, spans: Map<string, Span>, issues: Issues) {
  const { body } = section;
  const located = section.data.metrics
    .map((metric, index) => ({ metric, index, span: spans.get(metric.id) }))
    .filter((entry): entry is typeof entry & { span: Span } => entry.span !== undefined)
    .sort((a, b) => a.span.start - b.span.start);
  located.forEach((a, i) => {
    const b = located[i + 1];
    if (!b || /[。；\n]/.test(body.slice(a.span.end, b.span.start))) return;
    // The clause before each figure: from the last comma (or the figure before) to the figure.
    const clause = (start: number, from: number) =>
      body.slice(Math.max(from, ...[...'，、；。：\n'].map((mark) => body.lastIndexOf(mark, start - 1) + 1)), start);
    const before = { a: clause(a.span.start, located[i - 1]?.span.end ?? 0), b: clause(b.span.start, a.span.end) };
    const wordsA = wordsOf(a.metric.label);
    const wordsB = wordsOf(b.metric.label);
    const own = (words: Set<string>, others: Set<string>, text: string) =>
      [...words].some((word) => !others.has(word) && text.includes(word));
    if (own(wordsA, wordsB, before.a) || own(wordsB, wordsA, before.b)) return;
    if (!own(wordsA, wordsB, before.b) || !own(wordsB, wordsA, before.a)) return;
    issues.error(
      { path: metricPath(a.index, 'label'), bodyOffset: a.span.start },
      {
        zh: `「${a.metric.text}」和「${b.metric.text}」的 label 像是对调了：正文中「${a.metric.label}」的字眼在「${b.metric.text}」前面，「${b.metric.label}」的字眼在「${a.metric.text}」前面。请核对这两个指标的 label（以及 value、text）。`,
        en: `The labels of "${a.metric.text}" and "${b.metric.text}" look swapped: the words of each stand before the other figure in the text. Check both metrics' label (and value, text).`,
      },
    );
  });
}

/**
 * Reports numbers in the text that are neither a declared figure nor a year, date, title or hotline.
 * While some of the section's figures are still unfilled, the numbers they will cover are expected:
 * they are listed once, in one problem, instead of one error each. Otherwise each is reported with
 * the entry to paste (`previous`: last year's section of the same slug, for its ids).
 */
export function checkUndeclaredNumbers(
  section: SectionInput,
  spans: Map<string, Span>,
  issues: Issues,
  previous?: SectionInput,
) {
  const covered = [...spans.values()];
  const undeclared = numbersIn(section.body).filter(
    (number) =>
      !covered.some((span) => number.start >= span.start && number.end <= span.end) &&
      !nonFigure(section.body, number, section.data.nonFigures),
  );
  const unfilled = section.data.metrics.filter((metric) => !isFilled(metric)).length;
  if (unfilled > 0 && undeclared.length > 0) {
    issues.unfinished(
      { path: ['metrics'], bodyOffset: undeclared[0]!.start },
      {
        zh: `正文中还有 ${undeclared.length} 个数字没有对应已填写的指标：${undeclared.map((n) => n.digits).join('、')}。请先填写本节未填写的 ${unfilled} 个指标（见上一条）；填完后仍列在这里的数字，要为它添加指标，或加入 nonFigures。`,
        en: `${undeclared.length} number(s) in the body match no filled-in metric yet: ${undeclared.map((n) => n.digits).join(', ')}. Fill in the ${unfilled} unfilled metric(s) first; then add a metric (or a nonFigures entry) for any number still listed.`,
      },
    );
    return;
  }
  for (const number of undeclared) {
    const around = section.body.slice(Math.max(0, number.start - 8), number.end + 6).replace(/\s+/g, ' ');
    const hint = pasteHint(section, number, previous);
    issues.error(
      { path: ['metrics'], bodyOffset: number.start },
      {
        zh: `正文中的数字「${number.digits}」（…${around}…）没有登记为指标。请在 metrics 中为它添加一项（id、label、value、unit、text）；如果它不是统计数字，请把原文写法加入 nonFigures。${hint.zh}`,
        en: `The number ${number.digits} in the body (…${around}…) is not declared. Add a metric for it, or list it under nonFigures if it is not a figure. ${hint.en}`,
      },
    );
  }
  section.data.nonFigures.forEach((phrase, index) => {
    if (section.body.includes(phrase)) return;
    issues.error(
      { path: ['nonFigures', index] },
      { zh: `nonFigures 中的「${phrase}」在正文中找不到，请删除或更正。`, en: `nonFigures "${phrase}" is not in the body.` },
    );
  });
}
