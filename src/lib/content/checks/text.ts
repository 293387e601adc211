/**
 * The text against the data: every filled-in figure is found in its section's body, and
 * every number of the body is a declared figure or a listed non-figure.
 */
import { locateFigure, nonFigureKind, numbersIn, type Span } from '../../figures/locate.ts';
import type { Issues } from '../messages.ts';
import { isFilled } from '../schema.ts';
import { pasteHint } from './new-figures.ts';
import { metricPath, type SectionInput } from './types.ts';

/** Characters that, right after a figure, mean the figure goes on (95% followed by 以上, 5天 by 以内). */
const FIGURE_CONTINUES = /^(余|以上|以内|以下|左右|万|亿|\d)/;

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
      !nonFigureKind(section.body, number, section.data.nonFigures),
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
