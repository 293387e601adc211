/**
 * Every label says what its own paragraph says (issue 21). A label is the site's name for a
 * figure; it may shorten the text, never add to it: a word the paragraph holding the figure
 * does not contain (last year's label carried onto a sentence that now says something else,
 * a scope the text does not give) is an error, naming the figure and the words.
 *
 * The rule, tolerant but real: a Chinese character of the label is said by the text when it and
 * a neighbour stand together in the paragraph. The runs of characters the text does not say are
 * the label's own words; a run is let pass when it is only joining or measure words
 * (的、中、数、率、金额…) or the unit, or a lone character the paragraph has elsewhere (和
 * joining two of its phrases). Any other run is named, whole.
 */
import type { Span } from '../../figures/locate.ts';
import type { Issues } from '../messages.ts';
import { isFilled } from '../schema.ts';
import { metricPath, type SectionInput } from './types.ts';

/** Words a label may add: joining words, measure words, and words naming what a figure counts. */
const FREE_WORDS = ['金额', '其中', '合计', '全市', '总数'];
/** Single characters a label may add, for the same reasons. */
const FREE_CHARACTERS = new Set('的中数率共总各类项个次件人家万亿元和及与或');

const HAN = /\p{Script=Han}/u;

/** The paragraph of `body` holding `span`: between blank lines (or the body's ends). */
export function paragraphAt(body: string, span: Span): string {
  const start = body.lastIndexOf('\n\n', span.start);
  const end = body.indexOf('\n\n', span.end);
  return body.slice(start < 0 ? 0 : start, end < 0 ? body.length : end);
}

/** The words of `label` its paragraph does not contain, in the order of the label; [] when it says only what the paragraph says. */
export function wordsNotInParagraph(label: string, paragraph: string, unit = ''): string[] {
  const chars = [...label];
  // Free: joining and measure words, and the unit, wherever they stand in the label.
  const free = chars.map((char) => FREE_CHARACTERS.has(char));
  for (const word of [unit, ...FREE_WORDS].filter(Boolean)) {
    for (let at = label.indexOf(word); at >= 0; at = label.indexOf(word, at + 1)) {
      for (let k = at; k < at + word.length; k++) free[k] = true;
    }
  }
  // Said by the text: two adjacent label characters that stand together in the paragraph.
  const said = chars.map((char) => !HAN.test(char));
  for (let i = 0; i + 1 < chars.length; i++) {
    if (HAN.test(chars[i]!) && HAN.test(chars[i + 1]!) && paragraph.includes(chars[i]! + chars[i + 1]!)) {
      said[i] = said[i + 1] = true;
    }
  }
  // The runs the text does not say, named whole; let pass when only free words, or one
  // character the paragraph has elsewhere (和 joining two of its phrases).
  const missing: string[] = [];
  let run = '';
  let own = '';
  const flush = () => {
    if (own.length > 1 || (own.length === 1 && !paragraph.includes(own))) missing.push(run);
    run = own = '';
  };
  chars.forEach((char, i) => {
    if (said[i]) return flush();
    run += char;
    if (!free[i]) own += char;
  });
  flush();
  return missing;
}

/** Flags each figure whose label names words its paragraph does not contain. */
export function checkLabelWords(section: SectionInput, spans: Map<string, Span>, issues: Issues) {
  section.data.metrics.forEach((metric, index) => {
    const span = spans.get(metric.id);
    if (!isFilled(metric) || !span) return;
    const missing = wordsNotInParagraph(metric.label, paragraphAt(section.body, span), metric.unit);
    if (missing.length === 0) return;
    const words = missing.map((word) => `「${word}」`).join('、');
    issues.error(
      { path: metricPath(index, 'label'), bodyOffset: span.start },
      {
        zh: `指标「${metric.id}」（${metric.text}）的名称「${metric.label}」中的 ${words} 在这个数字所在的段落里没有：名称只能用原文的字眼（可以省略，不能添加）。请照这一段的说法改写 label。`,
        en: `The label "${metric.label}" of "${metric.id}" (${metric.text}) has words its paragraph does not contain: ${missing.join(', ')}. A label may shorten the text, never add to it: rewrite the label in this paragraph's words.`,
      },
    );
  });
}
