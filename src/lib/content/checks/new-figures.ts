/**
 * Figures staff still have to confirm or declare: the ones `new-report --from` added with a
 * provisional id and label, and, for each undeclared number, the entry to paste, made by the
 * importer's rules (with last year's id when the words around it continue one of last year's).
 */
import type { Span } from '../../figures/locate.ts';
import { pasteEntry } from '../propose/paste-entry.ts';
import type { Issues, Message } from '../messages.ts';
import { metricPath, type SectionInput } from './types.ts';

/** Warns once per section about the figures still marked provisional: true. */
export function checkProvisional(section: SectionInput, issues: Issues) {
  const provisional = section.data.metrics
    .map((metric, index) => ({ metric, index }))
    .filter(({ metric }) => metric.provisional);
  if (provisional.length === 0) return;
  const listed = provisional.map(({ metric }) => `${metric.id}（${metric.label}，${metric.text ?? ''}）`).join('；');
  issues.warn(
    { path: metricPath(provisional[0]!.index, 'provisional') },
    {
      zh: `本节有 ${provisional.length} 个数字的 label 是按今年原文自动生成的（新数字，或原文措辞、单位有变化），请核对：${listed}。label 应写这个数字统计的是什么；id 已自动生成，可以保留（发布后不再改）。核对后删除 provisional: true 这一行。`,
      en: `${provisional.length} figure(s) of this section have a label made from this year's text (new, or reworded, or a changed unit): ${provisional.map(({ metric }) => metric.id).join(', ')}. Check that each label says what is counted; the generated id may stay (kept once published). Then delete its provisional: true line.`,
    },
  );
}

/** The words to add to the message about an undeclared number: the entry to paste. */
export function pasteHint(section: SectionInput, number: Span, previous?: SectionInput): Message {
  const last = previous && {
    slug: previous.data.slug,
    title: previous.data.title,
    kind: previous.data.kind,
    body: previous.body,
    metrics: previous.data.metrics,
    headline: previous.data.headline,
    charts: previous.data.charts,
  };
  const { yaml, previousId } = pasteEntry(section.body, number, section.data.slug, last);
  const kept = previousId ? `（id 沿用去年的 ${previousId}）` : '';
  if (yaml.startsWith('nonFigures'))
    return { zh: `它没有单位；如果不是统计数字，可以写 ${yaml}`, en: `It has no unit; if it is not a figure, write ${yaml}` };
  // Block style: the lines paste as they are, and no ASCII comma sits beside Chinese text.
  const lines = yaml.replace(/^/gm, '      ');
  return {
    zh: `可以粘贴到 metrics 中${kept}：\n${lines}`,
    en: `The entry to paste is above${previousId ? ` (last year's id ${previousId})` : ''}.`,
  };
}
