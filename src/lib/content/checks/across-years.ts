/**
 * Checks between consecutive years: figures dropped or apparently renamed (warnings: a
 * report may legitimately stop counting something), a unit that changed, fields left as
 * last year's, and plan items linked to next year's sections that do not exist.
 */
import { reporter, type Problem } from '../messages.ts';
import { metricPath, type ReportInput } from './types.ts';

export function checkAcrossYears(reports: readonly ReportInput[]): Problem[] {
  const problems: Problem[] = [];
  const sorted = [...reports].sort((a, b) => a.year - b.year);
  sorted.forEach((report, position) => {
    const previous = sorted.slice(0, position).findLast((other) => other.year < report.year);
    if (previous) compareWithPrevious(report, previous, problems);
  });
  checkTitleYears(sorted, problems);
  const numbers = new Map<string, ReportInput>();
  sorted.forEach((report, position) => {
    const number = report.data.documentNumber;
    // A report published without a 文号 shares none.
    if (number === undefined) return;
    const other = numbers.get(number);
    if (!other) numbers.set(number, report);
    // Last year's number left unchanged is reported by compareWithPrevious.
    else if (other !== sorted[position - 1]) {
      reporter(report.file, { problems }).error(
        { path: ['documentNumber'] },
        {
          zh: `文号「${report.data.documentNumber}」已是 ${other.year} 年报告的文号：每份报告的文号都不同，请照原文填写。`,
          en: `Document number "${report.data.documentNumber}" is already the ${other.year} report's: each report has its own. Copy it from the official text.`,
        },
      );
    }
  });
  for (const report of sorted) {
    const next = sorted.find((other) => other.year === report.year + 1);
    if (!next || !next.complete) continue;
    const slugs = next.sections.map((other) => other.data.slug);
    for (const section of report.sections) {
      const issues = reporter(section.file, { problems });
      section.data.followUps.forEach((followUp, index) => {
        if (slugs.includes(followUp.section)) return;
        issues.error(
          { path: ['followUps', index, 'section'] },
          {
            zh: `followUps 中的 section「${followUp.section}」不是 ${next.year} 年报告的章节。可用的 slug：${slugs.join('、')}。`,
            en: `followUps section "${followUp.section}" is not a section of the ${next.year} report. Slugs: ${slugs.join(', ')}.`,
          },
        );
      });
    }
  }
  return problems;
}

function compareWithPrevious(report: ReportInput, previous: ReportInput, problems: Problem[]) {
  const issues = reporter(report.file, { draft: report.data.draft, problems });
  const sameAsLastYear = [
    // Two reports without a 文号 (or URL) do not share one.
    ['documentNumber', '文号', report.data.documentNumber !== undefined && report.data.documentNumber === previous.data.documentNumber],
    ['published', '发布日期', report.data.published.getTime() === previous.data.published.getTime()],
    ['sourceUrl', '官方原文网址', report.data.sourceUrl !== undefined && report.data.sourceUrl === previous.data.sourceUrl],
  ] as const;
  for (const [field, name, same] of sameAsLastYear) {
    if (!same) continue;
    issues.unfinished(
      { path: [field] },
      {
        zh: `${field}（${name}）与 ${previous.year} 年报告相同，可能忘了修改：请填写 ${report.year} 年报告自己的${name}。`,
        en: `${field} is the same as in the ${previous.year} report: set this report's own ${field}.`,
      },
    );
  }
  if (!report.complete || !previous.complete) return;

  const current = new Map(
    report.sections.flatMap((section) =>
      section.data.metrics.map((metric, index) => [metric.id, { metric, section, index }] as const),
    ),
  );
  const before = new Map(
    previous.sections.flatMap((section) => section.data.metrics.map((metric) => [metric.id, { metric, section }] as const)),
  );

  // Ids of last year missing this year, listed once per section.
  const missing = [...before.values()].filter(({ metric }) => !current.has(metric.id));
  for (const [slug, list] of Map.groupBy(missing, ({ section }) => section.data.slug)) {
    const here = report.sections.find((section) => section.data.slug === slug);
    const names = list.map(({ metric }) => `${metric.id}（${metric.label}）`).join('、');
    reporter(here?.file ?? report.file, { problems }).warn(
      { path: here ? ['metrics'] : [] },
      {
        zh: `${previous.year} 年报告${here ? '本节' : `「${list[0]!.section.data.title}」一节`}的 ${list.length} 个指标今年没有：${names}。如果今年确实不再有这个数字，可以忽略这条提醒；如果只是写法变了，请沿用原来的 id，网站才能逐年比较。`,
        en: `${list.length} metric id(s) of the ${previous.year} report are not in this year's: ${list.map(({ metric }) => metric.id).join(', ')}. Ignore this if the figure is gone; if it is the same measure, keep its old id so years can be compared.`,
      },
    );
  }

  const oldByLabel = new Map([...before.values()].map(({ metric }) => [metric.label, metric] as const));
  for (const { metric, section, index } of current.values()) {
    const warn = reporter(section.file, { problems }).warn;
    const old = before.get(metric.id)?.metric;
    if (!old) {
      const namesake = oldByLabel.get(metric.label);
      if (!namesake || current.has(namesake.id)) continue;
      warn(
        { path: metricPath(index, 'id') },
        {
          zh: `「${metric.id}」是新 id，但它的 label「${metric.label}」与 ${previous.year} 年的「${namesake.id}」相同，像是改了名。如果统计的是同一个数，请改回 id: ${namesake.id}，否则网站无法逐年比较。`,
          en: `"${metric.id}" is a new id with the same label as ${previous.year}'s "${namesake.id}": it looks renamed. If it is the same measure, set id: ${namesake.id} so years can be compared.`,
        },
      );
    } else if (old.unit !== metric.unit) {
      warn(
        { path: metricPath(index, 'unit') },
        {
          zh: `「${metric.id}」的单位与 ${previous.year} 年不同（去年是「${old.unit}」，今年是「${metric.unit}」）。网站会标出这一变化，不把两年画在同一张图里。如果统计口径没变，请核对单位。`,
          en: `The unit of "${metric.id}" changed since ${previous.year} (${old.unit} → ${metric.unit}). The site flags it and does not chart the years together. Check the unit if the measure is the same.`,
        },
      );
    }
  }
}

/**
 * A title names the report's own year. A title naming a year that has no report of its own is
 * a report filed in the wrong folder (an error). A title naming another report's year is most
 * often that report copied as the start of a new one and not yet retitled: a warning, since the
 * text itself is checked against the year's own source.txt.
 */
function checkTitleYears(reports: readonly ReportInput[], problems: Problem[]) {
  const years = new Set(reports.map((report) => report.year));
  for (const report of reports) {
    const named = [...report.data.title.matchAll(/(\d{4})年/g)].map((match) => Number(match[1]));
    if (named.length === 0 || named.includes(report.year)) continue;
    const issues = reporter(report.file, { problems });
    const copied = named.filter((year) => years.has(year));
    if (copied.length === 0) {
      issues.error(
        { path: ['title'] },
        {
          zh: `标题写的是 ${named.join('、')} 年，而文件夹是 ${report.year}：请把报告放进对应年份的文件夹，或更正标题。`,
          en: `The title names ${named.join(', ')}, but the folder is ${report.year}: move the report to its year's folder or correct the title.`,
        },
      );
    } else {
      issues.warn(
        { path: ['title'] },
        {
          zh: `标题写的是 ${copied.join('、')} 年（与 ${copied.join('、')} 年的报告相同），而文件夹是 ${report.year}：如果这是 ${report.year} 年的报告，请照原文更正标题。`,
          en: `The title names ${copied.join(', ')} (like the ${copied.join(', ')} report), but the folder is ${report.year}: if this is the ${report.year} report, copy its title from the official text.`,
        },
      );
    }
  }
}
