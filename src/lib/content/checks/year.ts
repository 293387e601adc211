/**
 * A year's own rules: section files in order, slugs and metric ids unique, parts that add
 * up to their whole, stated rates that match their counts, headlines and plan items that exist.
 */
import { statedRate } from '../../figures/rate.ts';
import { planItems } from '../plan-items.ts';
import type { Issues } from '../messages.ts';
import { isFilled } from '../schema.ts';
import { metricPath, type MetricRef, type ReportInput, type SectionInput } from './types.ts';

/** The reporter of a file of the year. */
export type IssuesOf = (file: string) => Issues;

/** Checks a section's file name, order and kind sequence against the others of its year. */
export function checkSectionOrder(report: ReportInput, issuesOf: IssuesOf) {
  const sorted = [...report.sections].sort((a, b) => a.data.order - b.data.order);
  const slugs = new Map<string, string>();
  sorted.forEach((section, position) => {
    const issues = issuesOf(section.file);
    const { order, slug, kind } = section.data;
    if (section.fileOrder !== null && section.fileOrder !== order) {
      issues.error(
        { path: ['order'] },
        {
          zh: `文件名编号（${String(section.fileOrder).padStart(2, '0')}）与 order（${order}）不一致，请让两者相同。`,
          en: `The file name's number (${section.fileOrder}) and order (${order}) differ; make them the same.`,
        },
      );
    }
    if (order !== position + 1) {
      issues.error(
        { path: ['order'] },
        {
          zh: `order 应从 1 开始连续编号，这里应为 ${position + 1}，实际是 ${order}（可能有重复或缺号）。`,
          en: `Orders must run 1, 2, 3… without gaps or repeats; expected ${position + 1}, found ${order}.`,
        },
      );
    }
    const previousKind = sorted[position - 1]?.data.kind;
    const rank = { measures: 0, problems: 1, plans: 2 } as const;
    if (previousKind && rank[previousKind] > rank[kind]) {
      issues.error(
        { path: ['kind'] },
        {
          zh: `章节顺序不对：${kind} 应排在 ${previousKind} 之前（先举措成效，再存在问题，最后工作安排）。`,
          en: `Sections are out of order: ${kind} must come before ${previousKind} (measures, then problems, then plans).`,
        },
      );
    }
    const other = slugs.get(slug);
    if (other) {
      issues.error(
        { path: ['slug'] },
        { zh: `slug「${slug}」与 ${other} 重复，每节的网址必须不同。`, en: `slug "${slug}" is also used by ${other}.` },
      );
    } else slugs.set(slug, section.file);
  });
}

/** Every metric of the year, and the first of each id; a repeated id is reported. */
export function indexMetrics(report: ReportInput, issuesOf: IssuesOf) {
  const refs: MetricRef[] = [];
  const byId = new Map<string, MetricRef>();
  for (const section of report.sections) {
    section.data.metrics.forEach((metric, index) => {
      const earlier = byId.get(metric.id);
      if (earlier && earlier.section !== section) {
        issuesOf(section.file).error(
          { path: metricPath(index, 'id') },
          {
            zh: `id「${metric.id}」已在 ${earlier.section.file} 中使用。同一年度内每个指标的 id 必须唯一。`,
            en: `id "${metric.id}" is already used in ${earlier.section.file}; ids must be unique within a year.`,
          },
        );
      }
      const ref = { metric, section, index };
      if (!earlier) byId.set(metric.id, ref);
      refs.push(ref);
    });
  }
  return { refs, byId };
}

/** Recomputes a stated rate from the counts it names. */
export function checkRate({ metric, index }: MetricRef, byId: Map<string, MetricRef>, issues: Issues) {
  const rate = metric.rate;
  if (!rate) return;
  const ids = rate.kind === 'share' ? [rate.part, rate.whole] : [rate.from, rate.to];
  const [a, b] = ids.map((id) => byId.get(id)?.metric);
  if (!isFilled(metric) || (a && !isFilled(a)) || (b && !isFilled(b))) return;
  ids.forEach((id, i) => {
    if (byId.has(id)) return;
    const field = rate.kind === 'share' ? ['part', 'whole'][i]! : ['from', 'to'][i]!;
    issues.error(
      { path: [...metricPath(index, 'rate'), field] },
      { zh: `rate.${field} 指向的指标「${id}」不存在。`, en: `rate.${field} names "${id}", which is not a metric of this year.` },
    );
  });
  if (!a || !b || a.value === null || b.value === null) return;
  const rounded = statedRate(rate.kind, a.value, b.value, metric.text);
  if (rounded === null || rounded === metric.value) return;
  issues.error(
    { path: metricPath(index, 'value') },
    {
      zh: `比率与数字不符：按 ${a.text} 和 ${b.text} 计算应为 ${rounded}%，原文写的是 ${metric.text}。请核对这三个数字。`,
      en: `The rate does not match its figures: ${a.text} and ${b.text} give ${rounded}%, the text says ${metric.text}. Check the three figures.`,
    },
  );
}

/** Checks that parts name an existing whole of the same unit, and add up where the whole says so. */
export function checkParts(refs: MetricRef[], byId: Map<string, MetricRef>, issuesOf: IssuesOf) {
  for (const { metric, section, index } of refs) {
    if (!metric.partOf) continue;
    const issues = issuesOf(section.file);
    const whole = byId.get(metric.partOf)?.metric;
    if (!whole) {
      issues.error(
        { path: metricPath(index, 'partOf') },
        {
          zh: `partOf 指向的指标「${metric.partOf}」在本年度报告中不存在。`,
          en: `partOf names "${metric.partOf}", which is not a metric of this year.`,
        },
      );
    } else if (whole.unit !== metric.unit) {
      issues.error(
        { path: metricPath(index, 'partOf') },
        {
          zh: `部分与整体单位不同：「${metric.id}」是 ${metric.unit}，「${whole.id}」是 ${whole.unit}。`,
          en: `A part and its whole have different units: ${metric.id} is ${metric.unit}, ${whole.id} is ${whole.unit}.`,
        },
      );
    } else if (isFilled(metric) && isFilled(whole) && metric.value > whole.value) {
      issues.error(
        { path: metricPath(index, 'value') },
        {
          zh: `部分大于整体：「${metric.text}」是「${whole.text}」的一部分，却比它大。`,
          en: `A part is larger than its whole: ${metric.text} is part of ${whole.text}.`,
        },
      );
    }
  }
  for (const { metric, section, index } of refs) {
    if (!metric.partsSum || !isFilled(metric)) continue;
    const parts = refs.filter((ref) => ref.metric.partOf === metric.id).map((ref) => ref.metric);
    if (!parts.every(isFilled)) continue;
    const sum = parts.reduce((total, part) => total + part.value, 0);
    if (parts.length > 0 && Math.abs(sum - metric.value) <= 1e-9) continue;
    const listed = parts.map((part) => part.text).join(' + ') || '（无 none）';
    issuesOf(section.file).error(
      { path: metricPath(index, 'partsSum') },
      {
        zh: `各部分之和与整体不符：${listed} = ${sum}，而「${metric.text}」是 ${metric.value}。请核对数字，或在各部分不构成全部时删除 partsSum。`,
        en: `Parts do not add up: ${listed} = ${sum}, but ${metric.text} is ${metric.value}. Check the figures, or remove partsSum if the parts are not the whole.`,
      },
    );
  }
}

/** The report's headline figures must be figures of the year. */
export function checkHeadline(report: ReportInput, byId: Map<string, MetricRef>, issues: Issues) {
  report.data.headline.forEach((id, index) => {
    if (byId.has(id)) return;
    issues.error(
      { path: ['headline', index] },
      { zh: `headline 中的「${id}」不是本年度任何指标的 id。`, en: `headline "${id}" is not the id of any metric of this year.` },
    );
  });
}

/** Plan items (in a plans section) named by followUps must be headings of its body. */
export function checkFollowUpItems(section: SectionInput, issues: Issues) {
  const headings = planItems(section.body);
  section.data.followUps.forEach((followUp, index) => {
    if (headings.some((heading) => heading.title === followUp.item || heading.text === followUp.item)) return;
    issues.error(
      { path: ['followUps', index, 'item'] },
      {
        zh: `followUps 中的「${followUp.item}」不是本节正文中的小标题。请照正文 ## 后面的文字填写，例如「${headings[0]?.title ?? '营造良好法治环境'}」。`,
        en: `followUps item "${followUp.item}" is not a heading of this section's body. Copy the words after ## exactly.`,
      },
    );
  });
}
