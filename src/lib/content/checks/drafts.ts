/**
 * What a report still lacks while it is being written: figures not filled in, bodies and
 * source.txt still holding the scaffold's placeholder. Warnings in a draft, errors otherwise.
 */
import { REPORT_SOURCE_FILE } from '../files.ts';
import type { Issues } from '../messages.ts';
import { isPlaceholder } from '../scaffold.ts';
import { isFilled, type MetricData } from '../schema.ts';
import { metricPath, type ReportInput, type SectionInput } from './types.ts';

/** Figures not filled in yet, listed once per section. */
export function checkUnfilled(draft: boolean, section: SectionInput, issues: Issues) {
  const unfilled = section.data.metrics
    .map((metric, index) => ({ metric, index }))
    .filter(({ metric }) => !isFilled(metric));
  if (unfilled.length === 0) return;
  // Say which field is missing only when one of the two has been filled.
  const missing = (metric: MetricData) => (metric.value === null ? (metric.text === null ? '' : 'value') : 'text');
  const listed = unfilled.map(({ metric, index }) => {
    const field = missing(metric);
    return `metrics[${index}] ${metric.id}（${metric.label}${field ? `，缺 ${field}` : ''}）`;
  });
  const listedEn = unfilled.map(({ metric, index }) => {
    const field = missing(metric);
    return `metrics[${index}] ${metric.id}${field ? ` (${field} missing)` : ''}`;
  });
  issues.unfinished(
    { path: metricPath(unfilled[0]!.index) },
    draft
      ? {
          zh: `本节还有 ${unfilled.length} 个指标没有填写（草稿，可以稍后再填）：${listed.join('；')}。请照正文填写每个指标的 value（基本单位）和 text（原文写法）。`,
          en: `${unfilled.length} metric(s) of this section are not filled in yet (draft): ${listedEn.join('; ')}. Fill in value (base units) and text (as written) from the body.`,
        }
      : {
          zh: `本节有 ${unfilled.length} 个指标没有填写，报告不能发布：${listed.join('；')}。请照正文填写每个指标的 value（基本单位）和 text（原文写法）；如果今年的报告没有这个数字，请删除该指标。还没写完的话，请在 index.md 中加上 draft: true。`,
          en: `${unfilled.length} metric(s) of this section are not filled in, so the report cannot be published: ${listedEn.join('; ')}. Fill in value and text from the body, or delete a metric this year's report does not have; or mark the report draft: true in index.md.`,
        },
  );
}

/** A body still holding the scaffold's placeholder instead of the official text; true when it does. */
export function checkPlaceholder(draft: boolean, body: string, issues: Issues): boolean {
  if (!isPlaceholder(body)) return false;
  issues.unfinished(
    { bodyOffset: 0 },
    draft
      ? {
          zh: '正文还是占位文字（草稿）：请删除「【待粘贴原文】」那一段，把官方原文中对应的部分原样粘贴进来。粘贴后才会检查正文里的数字。',
          en: 'The body is still the placeholder (draft): replace it with the official text. The figures are checked against the body once it is pasted.',
        }
      : {
          zh: '正文还是占位文字，报告不能发布：请删除「【待粘贴原文】」那一段，把官方原文中对应的部分原样粘贴进来。',
          en: 'The body is still the placeholder, so the report cannot be published: paste the official text in its place.',
        },
  );
  return true;
}

/** source.txt, the official text every page is checked against, must be there and filled. */
export function checkSourceFile(report: ReportInput, issues: Issues) {
  const { source } = report;
  if (report.sourceUnreadable || (source !== null && !isPlaceholder(source))) return;
  issues.unfinished(
    {},
    {
      zh: `${source === null ? `缺少 ${REPORT_SOURCE_FILE}` : `${REPORT_SOURCE_FILE} 还是占位文字`}：请把官方发布的全文原样保存到这个文件（它是核对网站文字的依据）。`,
      en: `${REPORT_SOURCE_FILE} is ${source === null ? 'missing' : 'still the placeholder'}: save the official text, exactly as published, in it.`,
    },
  );
}
