/**
 * Checks that need the Markdown text or several files at once: the figures in the text
 * and in the data agree, parts add up to their whole, stated rates match their counts.
 * Pure: takes parsed content, returns every problem found (never stops at the first).
 */
import { QUALIFIERS } from '../constants.ts';
import { decimalPlaces, parseFigure } from '../figures/parse.ts';
import { locateFigure, nonFigureKind, numbersIn, type Span } from '../figures/locate.ts';
import { chartProblems } from '../charts/model.ts';
import { bi, problem, type Problem } from './messages.ts';
import { isPlaceholder } from './scaffold.ts';
import { isFilled, type MetricData, type ReportData, type SectionData } from './schema.ts';

export interface SectionInput {
  /** File path relative to the project root. */
  file: string;
  /** The file name's NN, where the file is named NN-slug.md. */
  fileOrder: number | null;
  data: SectionData;
  /** The Markdown body (the official text). */
  body: string;
}

export interface ReportInput {
  year: number;
  file: string;
  data: ReportData;
  body: string;
  sections: SectionInput[];
  /** False when a section file could not be read at all: checks that need every section are skipped. */
  complete: boolean;
}

/** Where one metric of a year stands: its section and position in that section's list. */
interface MetricRef {
  metric: MetricData;
  section: SectionInput;
  index: number;
}

const metricPath = (index: number, field?: string) =>
  field ? ['metrics', index, field] : ['metrics', index];

/** Characters that, right after a figure, mean the figure goes on (95% followed by 以上). */
const FIGURE_CONTINUES = /^(余|以上|万|亿|\d)/;

/** Finds each filled-in metric in its section's text; returns the spans found, reporting what is not. */
export function locateMetrics(section: SectionInput, problems: Problem[] = []): Map<string, Span> {
  const spans = new Map<string, Span>();
  section.data.metrics.forEach((metric, index) => {
    if (!isFilled(metric)) return;
    const found = locateFigure(section.body, metric);
    const where = { path: metricPath(index, 'text') };
    if (found.ok) {
      const next = section.body.slice(found.span.end, found.span.end + 2);
      if (FIGURE_CONTINUES.test(next)) {
        problems.push(
          problem(
            section.file,
            bi(
              `指标「${metric.id}」的 text「${metric.text}」在原文中后面还有「${next}」：请把完整的数字写进 text（例如「${metric.text}${next.replace(/[^余以上万亿]/g, '')}」）。`,
              `The text "${metric.text}" of "${metric.id}" continues with "${next}" in the body: write the whole figure in text.`,
            ),
            { ...where, bodyOffset: found.span.start },
          ),
        );
      }
      spans.set(metric.id, found.span);
      return;
    }
    const messages = {
      missing: bi(
        `指标「${metric.id}」的 text「${metric.text}」在本节正文中找不到。数据与原文必须一致：请核对正文或 text。`,
        `The text "${metric.text}" of metric "${metric.id}" is not in this section's body. Check the body or the text field.`,
      ),
      'width-mismatch': bi(
        `指标「${metric.id}」的 text「${metric.text}」与正文的全角/半角写法不同（例如 % 与 %、数字的全角与半角）。请照正文原样填写。`,
        `The text "${metric.text}" of "${metric.id}" differs from the body in full-width/half-width characters. Copy it exactly from the body.`,
      ),
      ambiguous: bi(
        `「${metric.context ?? ''}${metric.text}」在本节正文中出现了 ${found.count} 次，无法确定指的是哪一处。请在 context 中填写紧挨在数字前面的几个字（例如「整改完成率」），使它只出现一次。`,
        `"${metric.context ?? ''}${metric.text}" appears ${found.count} times in the body. Set context to the words just before the figure so it appears once.`,
      ),
      'context-missing': bi(
        `指标「${metric.id}」的 context「${metric.context ?? ''}」后面紧跟「${metric.text}」的写法在正文中找不到。context 必须是正文中紧挨在数字前面的文字。`,
        `"${metric.context ?? ''}" followed by "${metric.text}" is not in the body: context must be the words right before the figure.`,
      ),
    } as const;
    const path = found.reason === 'context-missing' ? metricPath(index, 'context') : where.path;
    problems.push(problem(section.file, messages[found.reason], { path }));
  });
  return spans;
}

/**
 * Reports numbers in the text that are neither a declared figure nor a year, date, title or hotline.
 * While some of the section's figures are still unfilled, the numbers they will cover are expected:
 * they are listed once, in one problem, instead of one error each.
 */
function checkUndeclaredNumbers(
  section: SectionInput,
  spans: Map<string, Span>,
  problems: Problem[],
  severity: Problem['severity'],
) {
  const covered = [...spans.values()];
  const undeclared = numbersIn(section.body).filter(
    (number) =>
      !covered.some((span) => number.start >= span.start && number.end <= span.end) &&
      !nonFigureKind(section.body, number, section.data.nonFigures),
  );
  const unfilled = section.data.metrics.filter((metric) => !isFilled(metric)).length;
  if (unfilled > 0 && undeclared.length > 0) {
    const listed = undeclared.map((number) => number.digits).join('、');
    problems.push(
      problem(
        section.file,
        bi(
          `正文中还有 ${undeclared.length} 个数字没有对应已填写的指标：${listed}。请先填写本节未填写的 ${unfilled} 个指标（见上一条）；填完后仍列在这里的数字，要为它添加指标，或加入 nonFigures。`,
          `${undeclared.length} number(s) in the body match no filled-in metric yet: ${undeclared.map((n) => n.digits).join(', ')}. Fill in the ${unfilled} unfilled metric(s) first; then add a metric (or a nonFigures entry) for any number still listed.`,
        ),
        { path: ['metrics'], bodyOffset: undeclared[0]!.start, severity },
      ),
    );
    return;
  }
  for (const number of undeclared) {
    const around = section.body.slice(Math.max(0, number.start - 8), number.end + 6).replace(/\s+/g, ' ');
    problems.push(
      problem(
        section.file,
        bi(
          `正文中的数字「${number.digits}」（…${around}…）没有登记为指标。请在 metrics 中为它添加一项（id、label、value、unit、text）；如果它不是统计数字，请把原文写法加入 nonFigures。`,
          `The number ${number.digits} in the body (…${around}…) is not declared. Add a metric for it, or list it under nonFigures if it is not a figure.`,
        ),
        { path: ['metrics'], bodyOffset: number.start },
      ),
    );
  }
  section.data.nonFigures.forEach((phrase, index) => {
    if (!section.body.includes(phrase)) {
      problems.push(
        problem(
          section.file,
          bi(`nonFigures 中的「${phrase}」在正文中找不到，请删除或更正。`, `nonFigures "${phrase}" is not in the body.`),
          { path: ['nonFigures', index] },
        ),
      );
    }
  });
}

/** Rounds a computed rate the way the text rounds it (42% → 0 decimals, 98.8% → 1). */
const roundLike = (computed: number, written: string) => {
  const places = decimalPlaces(parseFigure(written)?.digits ?? '0');
  return Number(computed.toFixed(places));
};

/** Recomputes a stated rate from the counts it names. */
function checkRate(ref: MetricRef, byId: Map<string, MetricRef>, problems: Problem[]) {
  const { metric, section, index } = ref;
  const rate = metric.rate;
  if (!rate) return;
  const ids = rate.kind === 'share' ? [rate.part, rate.whole] : [rate.from, rate.to];
  const [a, b] = ids.map((id) => byId.get(id)?.metric);
  if (!isFilled(metric) || (a && !isFilled(a)) || (b && !isFilled(b))) return;
  ids.forEach((id, i) => {
    if (!byId.has(id)) {
      const field = rate.kind === 'share' ? ['part', 'whole'][i]! : ['from', 'to'][i]!;
      problems.push(
        problem(
          section.file,
          bi(`rate.${field} 指向的指标「${id}」不存在。`, `rate.${field} names "${id}", which is not a metric of this year.`),
          { path: [...metricPath(index, 'rate'), field] },
        ),
      );
    }
  });
  if (!a || !b || a.value === null || b.value === null || a.value === 0) return;
  const computed =
    rate.kind === 'share'
      ? (a.value / b.value) * 100
      : rate.kind === 'decrease'
        ? ((a.value - b.value) / a.value) * 100
        : ((b.value - a.value) / a.value) * 100;
  const rounded = roundLike(computed, metric.text);
  if (rounded !== metric.value) {
    problems.push(
      problem(
        section.file,
        bi(
          `比率与数字不符：按 ${a.text} 和 ${b.text} 计算应为 ${rounded}%，原文写的是 ${metric.text}。请核对这三个数字。`,
          `The rate does not match its figures: ${a.text} and ${b.text} give ${rounded}%, the text says ${metric.text}. Check the three figures.`,
        ),
        { path: metricPath(index, 'value') },
      ),
    );
  }
}

/** Checks that parts name an existing whole of the same unit, and add up where the whole says so. */
function checkParts(refs: MetricRef[], byId: Map<string, MetricRef>, problems: Problem[]) {
  for (const { metric, section, index } of refs) {
    if (!metric.partOf) continue;
    const whole = byId.get(metric.partOf)?.metric;
    if (!whole) {
      problems.push(
        problem(
          section.file,
          bi(
            `partOf 指向的指标「${metric.partOf}」在本年度报告中不存在。`,
            `partOf names "${metric.partOf}", which is not a metric of this year.`,
          ),
          { path: metricPath(index, 'partOf') },
        ),
      );
    } else if (whole.unit !== metric.unit) {
      problems.push(
        problem(
          section.file,
          bi(
            `部分与整体单位不同：「${metric.id}」是 ${metric.unit}，「${whole.id}」是 ${whole.unit}。`,
            `A part and its whole have different units: ${metric.id} is ${metric.unit}, ${whole.id} is ${whole.unit}.`,
          ),
          { path: metricPath(index, 'partOf') },
        ),
      );
    } else if (isFilled(metric) && isFilled(whole) && metric.value > whole.value) {
      problems.push(
        problem(
          section.file,
          bi(
            `部分大于整体：「${metric.text}」是「${whole.text}」的一部分，却比它大。`,
            `A part is larger than its whole: ${metric.text} is part of ${whole.text}.`,
          ),
          { path: metricPath(index, 'value') },
        ),
      );
    }
  }
  for (const { metric, section, index } of refs) {
    if (!metric.partsSum || !isFilled(metric)) continue;
    const parts = refs.filter((ref) => ref.metric.partOf === metric.id).map((ref) => ref.metric);
    if (!parts.every(isFilled)) continue;
    const sum = parts.reduce((total, part) => total + part.value, 0);
    if (parts.length === 0 || Math.abs(sum - metric.value) > 1e-9) {
      const listed = parts.map((part) => part.text).join(' + ') || '（无 none）';
      problems.push(
        problem(
          section.file,
          bi(
            `各部分之和与整体不符：${listed} = ${sum}，而「${metric.text}」是 ${metric.value}。请核对数字，或在各部分不构成全部时删除 partsSum。`,
            `Parts do not add up: ${listed} = ${sum}, but ${metric.text} is ${metric.value}. Check the figures, or remove partsSum if the parts are not the whole.`,
          ),
          { path: metricPath(index, 'partsSum') },
        ),
      );
    }
  }
}

/** Checks every chart of the year (sections' and the cover's) against the year's figures. */
function checkCharts(report: ReportInput, byId: Map<string, MetricRef>, problems: Problem[]) {
  const find = (id: string) => {
    const metric = byId.get(id)?.metric;
    return metric && isFilled(metric) ? metric : undefined;
  };
  // A chart of figures still to be filled (a draft) is checked once they are.
  const waiting = (ids: readonly string[]) => ids.some((id) => byId.has(id) && !find(id));
  const owners = [
    { file: report.file, charts: report.data.charts },
    ...report.sections.map((section) => ({ file: section.file, charts: section.data.charts })),
  ];
  const seen = new Map<string, string>();
  for (const { file, charts } of owners) {
    charts.forEach((chart, index) => {
      const other = seen.get(chart.id);
      if (other && other !== file) {
        problems.push(
          problem(
            file,
            bi(
              `图表 id「${chart.id}」已在 ${other} 中使用。同一年度内每个图表的 id 必须唯一（它也是图表数据文件的名称）。`,
              `Chart id "${chart.id}" is already used in ${other}; chart ids must be unique within a year (they name the chart's data file).`,
            ),
            { path: ['charts', index, 'id'] },
          ),
        );
      } else seen.set(chart.id, file);
      if (waiting(chart.metrics)) return;
      for (const found of chartProblems(chart, find)) {
        problems.push(problem(file, found.message, { path: ['charts', index, ...found.path] }));
      }
    });
  }
}

/** Checks a section's file name, order and kind sequence against the others of its year. */
function checkSectionOrder(report: ReportInput, problems: Problem[]) {
  const sorted = [...report.sections].sort((a, b) => a.data.order - b.data.order);
  const slugs = new Map<string, string>();
  sorted.forEach((section, position) => {
    const { order, slug, kind } = section.data;
    if (section.fileOrder !== null && section.fileOrder !== order) {
      problems.push(
        problem(
          section.file,
          bi(
            `文件名编号（${String(section.fileOrder).padStart(2, '0')}）与 order（${order}）不一致，请让两者相同。`,
            `The file name's number (${section.fileOrder}) and order (${order}) differ; make them the same.`,
          ),
          { path: ['order'] },
        ),
      );
    }
    if (order !== position + 1) {
      problems.push(
        problem(
          section.file,
          bi(
            `order 应从 1 开始连续编号，这里应为 ${position + 1}，实际是 ${order}（可能有重复或缺号）。`,
            `Orders must run 1, 2, 3… without gaps or repeats; expected ${position + 1}, found ${order}.`,
          ),
          { path: ['order'] },
        ),
      );
    }
    const previousKind = sorted[position - 1]?.data.kind;
    const rank = { measures: 0, problems: 1, plans: 2 } as const;
    if (previousKind && rank[previousKind] > rank[kind]) {
      problems.push(
        problem(
          section.file,
          bi(
            `章节顺序不对：${kind} 应排在 ${previousKind} 之前（先举措成效，再存在问题，最后工作安排）。`,
            `Sections are out of order: ${kind} must come before ${previousKind} (measures, then problems, then plans).`,
          ),
          { path: ['kind'] },
        ),
      );
    }
    const other = slugs.get(slug);
    if (other) {
      problems.push(
        problem(
          section.file,
          bi(`slug「${slug}」与 ${other} 重复，每节的网址必须不同。`, `slug "${slug}" is also used by ${other}.`),
          { path: ['slug'] },
        ),
      );
    } else slugs.set(slug, section.file);
  });
}

/**
 * Figures not filled in yet, listed once per section: a warning in a draft, an error in a
 * report about to be published.
 */
function checkUnfilled(report: ReportInput, section: SectionInput, problems: Problem[]) {
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
  const zh = report.data.draft
    ? `本节还有 ${unfilled.length} 个指标没有填写（草稿，可以稍后再填）：${listed.join('；')}。请照正文填写每个指标的 value（基本单位）和 text（原文写法）。`
    : `本节有 ${unfilled.length} 个指标没有填写，报告不能发布：${listed.join('；')}。请照正文填写每个指标的 value（基本单位）和 text（原文写法）；如果今年的报告没有这个数字，请删除该指标。还没写完的话，请在 index.md 中加上 draft: true。`;
  const en = report.data.draft
    ? `${unfilled.length} metric(s) of this section are not filled in yet (draft): ${listedEn.join('; ')}. Fill in value (base units) and text (as written) from the body.`
    : `${unfilled.length} metric(s) of this section are not filled in, so the report cannot be published: ${listedEn.join('; ')}. Fill in value and text from the body, or delete a metric this year's report does not have; or mark the report draft: true in index.md.`;
  problems.push(
    problem(section.file, bi(zh, en), {
      path: metricPath(unfilled[0]!.index),
      severity: report.data.draft ? 'warning' : 'error',
    }),
  );
}

/** A body still holding the scaffold's placeholder instead of the official text. */
function checkPlaceholder(report: ReportInput, file: string, body: string, problems: Problem[]): boolean {
  if (!isPlaceholder(body)) return false;
  problems.push(
    problem(
      file,
      report.data.draft
        ? bi(
            '正文还是占位文字（草稿）：请删除「【待粘贴原文】」那一段，把官方原文中对应的部分原样粘贴进来。粘贴后才会检查正文里的数字。',
            'The body is still the placeholder (draft): replace it with the official text. The figures are checked against the body once it is pasted.',
          )
        : bi(
            '正文还是占位文字，报告不能发布：请删除「【待粘贴原文】」那一段，把官方原文中对应的部分原样粘贴进来。',
            'The body is still the placeholder, so the report cannot be published: paste the official text in its place.',
          ),
      { bodyOffset: 0, severity: report.data.draft ? 'warning' : 'error' },
    ),
  );
  return true;
}

/** Plan items (in a plans section) named by followUps must be headings of its body. */
function checkFollowUpItems(section: SectionInput, problems: Problem[]) {
  const headings = planItems(section.body);
  section.data.followUps.forEach((followUp, index) => {
    if (headings.some((heading) => heading.title === followUp.item || heading.text === followUp.item)) return;
    problems.push(
      problem(
        section.file,
        bi(
          `followUps 中的「${followUp.item}」不是本节正文中的小标题。请照正文 ## 后面的文字填写，例如「${headings[0]?.title ?? '营造良好法治环境'}」。`,
          `followUps item "${followUp.item}" is not a heading of this section's body. Copy the words after ## exactly.`,
        ),
        { path: ['followUps', index, 'item'] },
      ),
    );
  });
}

/** A plan item of a plans section: its heading, with and without its numbering （一）. */
export interface PlanItem {
  /** As written after ##: （一）营造良好法治环境. */
  text: string;
  /** Without the numbering: 营造良好法治环境. */
  title: string;
}

/** The plan items of a plans section: its level-2 headings. */
export function planItems(body: string): PlanItem[] {
  return [...body.matchAll(/^##\s+(.+?)\s*$/gm)].map((match) => {
    const text = match[1]!;
    return { text, title: text.replace(/^（[一二三四五六七八九十]+）/, '') };
  });
}

/** Every check that needs the text or the whole year. */
export function checkReport(report: ReportInput): Problem[] {
  const problems: Problem[] = [];
  if (report.complete) checkSectionOrder(report, problems);
  checkPlaceholder(report, report.file, report.body, problems);
  const draftSeverity = report.data.draft ? 'warning' : 'error';

  const refs: MetricRef[] = [];
  const byId = new Map<string, MetricRef>();
  for (const section of report.sections) {
    checkUnfilled(report, section, problems);
    if (!checkPlaceholder(report, section.file, section.body, problems)) {
      checkFollowUpItems(section, problems);
      checkUndeclaredNumbers(section, locateMetrics(section, problems), problems, draftSeverity);
    }
    section.data.metrics.forEach((metric, index) => {
      const ref = { metric, section, index };
      const earlier = byId.get(metric.id);
      if (earlier && earlier.section !== section) {
        problems.push(
          problem(
            section.file,
            bi(
              `id「${metric.id}」已在 ${earlier.section.file} 中使用。同一年度内每个指标的 id 必须唯一。`,
              `id "${metric.id}" is already used in ${earlier.section.file}; ids must be unique within a year.`,
            ),
            { path: metricPath(index, 'id') },
          ),
        );
      }
      if (!earlier) byId.set(metric.id, ref);
      refs.push(ref);
    });
  }

  // A figure named by partOf, rate or headline may be in a section that could not be read.
  if (!report.complete) return problems;
  checkParts(refs, byId, problems);
  for (const ref of refs) checkRate(ref, byId, problems);
  checkCharts(report, byId, problems);

  report.data.headline.forEach((id, index) => {
    if (!byId.has(id)) {
      problems.push(
        problem(
          report.file,
          bi(`headline 中的「${id}」不是本年度任何指标的 id。`, `headline "${id}" is not the id of any metric of this year.`),
          { path: ['headline', index] },
        ),
      );
    }
  });
  return problems;
}

/** The qualifier as staff write it in Chinese, for messages and tables. */
export const qualifierText = (qualifier: MetricData['qualifier']) => (qualifier ? QUALIFIERS[qualifier] : '');

/** The report of the nearest earlier year, if any (reports sorted oldest first). */
const previousOf = (reports: readonly ReportInput[], report: ReportInput) =>
  reports.filter((other) => other.year < report.year).at(-1);

/**
 * Checks between consecutive years: figures dropped or apparently renamed (warnings: a
 * report may legitimately stop counting something), a unit that changed, fields left as
 * last year's, and plan items linked to next year's sections that do not exist.
 */
export function checkAcrossYears(reports: readonly ReportInput[]): Problem[] {
  const problems: Problem[] = [];
  const sorted = [...reports].sort((a, b) => a.year - b.year);
  for (const report of sorted) {
    const previous = previousOf(sorted, report);
    if (previous) compareWithPrevious(report, previous, problems);
  }
  for (const report of sorted) {
    const next = sorted.find((other) => other.year === report.year + 1);
    for (const section of report.sections) {
      if (!next || !next.complete) continue;
      const slugs = next.sections.map((other) => other.data.slug);
      section.data.followUps.forEach((followUp, index) => {
        if (slugs.includes(followUp.section)) return;
        problems.push(
          problem(
            section.file,
            bi(
              `followUps 中的 section「${followUp.section}」不是 ${next.year} 年报告的章节。可用的 slug：${slugs.join('、')}。`,
              `followUps section "${followUp.section}" is not a section of the ${next.year} report. Slugs: ${slugs.join(', ')}.`,
            ),
            { path: ['followUps', index, 'section'] },
          ),
        );
      });
    }
  }
  return problems;
}

function compareWithPrevious(report: ReportInput, previous: ReportInput, problems: Problem[]) {
  const severity = report.data.draft ? 'warning' : 'error';
  const sameAsLastYear = [
    // Two reports without a 文号 do not share one.
    ['documentNumber', '文号', report.data.documentNumber !== undefined && report.data.documentNumber === previous.data.documentNumber],
    ['published', '发布日期', report.data.published.getTime() === previous.data.published.getTime()],
    ['sourceUrl', '官方原文网址', report.data.sourceUrl !== undefined && report.data.sourceUrl === previous.data.sourceUrl],
  ] as const;
  for (const [field, name, same] of sameAsLastYear) {
    if (!same) continue;
    problems.push(
      problem(
        report.file,
        bi(
          `${field}（${name}）与 ${previous.year} 年报告相同，可能忘了修改：请填写 ${report.year} 年报告自己的${name}。`,
          `${field} is the same as in the ${previous.year} report: set this report's own ${field}.`,
        ),
        { path: [field], severity },
      ),
    );
  }

  const current = new Map(
    report.sections.flatMap((section) => section.data.metrics.map((metric, index) => [metric.id, { metric, section, index }] as const)),
  );
  const before = new Map(
    previous.sections.flatMap((section) => section.data.metrics.map((metric) => [metric.id, { metric, section }] as const)),
  );
  if (!report.complete || !previous.complete) return;

  // Ids of last year missing this year, listed once per section.
  const missing = [...before.values()].filter(({ metric }) => !current.has(metric.id));
  for (const [slug, list] of Map.groupBy(missing, ({ section }) => section.data.slug)) {
    const here = report.sections.find((section) => section.data.slug === slug);
    const names = list.map(({ metric }) => `${metric.id}（${metric.label}）`).join('、');
    problems.push(
      problem(
        here?.file ?? report.file,
        bi(
          `${previous.year} 年报告${here ? '本节' : `「${list[0]!.section.data.title}」一节`}的 ${list.length} 个指标今年没有：${names}。如果今年确实不再有这个数字，可以忽略这条提醒；如果只是写法变了，请沿用原来的 id，网站才能逐年比较。`,
          `${list.length} metric id(s) of the ${previous.year} report are not in this year's: ${list.map(({ metric }) => metric.id).join(', ')}. Ignore this if the figure is gone; if it is the same measure, keep its old id so years can be compared.`,
        ),
        { path: here ? ['metrics'] : [], severity: 'warning' },
      ),
    );
  }

  const oldByLabel = new Map([...before.values()].map(({ metric }) => [metric.label, metric] as const));
  for (const { metric, section, index } of current.values()) {
    const old = before.get(metric.id)?.metric;
    if (!old) {
      const namesake = oldByLabel.get(metric.label);
      if (namesake && !current.has(namesake.id)) {
        problems.push(
          problem(
            section.file,
            bi(
              `「${metric.id}」是新 id，但它的 label「${metric.label}」与 ${previous.year} 年的「${namesake.id}」相同，像是改了名。如果统计的是同一个数，请改回 id: ${namesake.id}，否则网站无法逐年比较。`,
              `"${metric.id}" is a new id with the same label as ${previous.year}'s "${namesake.id}": it looks renamed. If it is the same measure, set id: ${namesake.id} so years can be compared.`,
            ),
            { path: metricPath(index, 'id'), severity: 'warning' },
          ),
        );
      }
    } else if (old.unit !== metric.unit) {
      problems.push(
        problem(
          section.file,
          bi(
            `「${metric.id}」的单位与 ${previous.year} 年不同（去年是「${old.unit}」，今年是「${metric.unit}」）。网站会标出这一变化，不把两年画在同一张图里。如果统计口径没变，请核对单位。`,
            `The unit of "${metric.id}" changed since ${previous.year} (${old.unit} → ${metric.unit}). The site flags it and does not chart the years together. Check the unit if the measure is the same.`,
          ),
          { path: metricPath(index, 'unit'), severity: 'warning' },
        ),
      );
    }
  }
}
