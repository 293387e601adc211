/**
 * No silent change: a figure the site has published (published.ts) keeps its value, unit,
 * qualifier and text, and stays on the site, unless the year's index.md records a correction
 * naming it, dated after the figure's last published correction. A figure new this build needs
 * none. A published correction cannot be taken back. Pure: the published figures and today's
 * date are handed in.
 */
import { reporter, type Problem } from '../messages.ts';
import { isFilled, type FilledMetric } from '../schema.ts';
import { isoDate, type PublishedFigure, type PublishedSource } from '../published.ts';
import { metricPath, type ReportInput, type SectionInput } from './types.ts';

/** The fields of a figure that may not change silently, with their names for staff. */
const FIELDS = [
  ['value', '数值', 'value'],
  ['unit', '单位', 'unit'],
  ['qualifier', '限定词', 'qualifier'],
  ['text', '原文写法', 'text'],
] as const;

interface Current {
  metric: FilledMetric;
  section: SectionInput;
  index: number;
}

/** The entry to paste: the whole `corrections:` block, or one more item when the block exists. */
function snippet(report: ReportInput, id: string, note: string, today: string): string {
  const item = [`  - date: ${today}`, `    metrics: [${id}]`, `    note: ${note}`];
  const lines = report.data.corrections.length > 0 ? item : ['corrections:', ...item];
  return lines.map((line) => `      ${line}`).join('\n');
}

/** Every refused change of one year's report, against each source of published figures. */
export function checkCorrections(report: ReportInput, sources: readonly PublishedSource[], today: string): Problem[] {
  if (report.data.draft || !report.complete) return [];
  const problems: Problem[] = [];
  const corrections = report.data.corrections;
  const current = new Map<string, Current>();
  for (const section of report.sections) {
    section.data.metrics.forEach((metric, index) => {
      if (isFilled(metric)) current.set(metric.id, { metric, section, index });
    });
  }
  /** A correction naming `id`, dated after `after` (the last one published), or on that day when `orOn`. */
  const corrected = (id: string, after: string | undefined, orOn = false) =>
    corrections.some((entry) => {
      const date = isoDate(entry.date);
      return entry.metrics.includes(id) && (after === undefined || date > after || (orOn && date === after));
    });
  const known = new Set(current.keys());
  const indexIssues = reporter(report.file, { problems });

  for (const source of sources) {
    const published = source.figures.get(report.year);
    if (!published) continue;
    for (const [id, old] of published) {
      known.add(id);
      const now = current.get(id);
      if (old.corrected && !corrected(id, old.corrected, true)) {
        indexIssues.error(
          { path: ['corrections'] },
          {
            zh: `${id} 的更正（${old.corrected}）已经发布，不能删除：请把这条更正记录放回 corrections。（已发布的记录：${source.file}）`,
            en: `The correction of ${id} dated ${old.corrected} has been published and cannot be taken back: put it back under corrections. (Published record: ${source.file})`,
          },
        );
      }
      if (corrected(id, old.corrected)) continue;
      if (!now) {
        const note = `删除数字 ${id}（原为${old.text}）`;
        indexIssues.error(
          { path: ['corrections'] },
          {
            zh: `已发布的数字 ${id}（${old.text}）不见了。已发布的数字不能悄悄删除：如果确实要删除，请在本文件加上更正记录，例如：\n${snippet(report, id, note, today)}\n      如果不是有意删除，请把它放回原来的章节。（已发布的记录：${source.file}）`,
            en: `The published figure ${id} (${old.text}) is gone. A published figure cannot disappear silently: to remove it, add a correction entry as shown above (date, metrics: [${id}], note); otherwise put it back. (Published record: ${source.file})`,
          },
        );
        continue;
      }
      checkChanged(report, now, old, source, today, problems);
    }
  }
  corrections.forEach((entry, i) =>
    entry.metrics.forEach((id, j) => {
      if (known.has(id)) return;
      indexIssues.error(
        { path: ['corrections', i, 'metrics', j] },
        {
          zh: `corrections 中的「${id}」不是 ${report.year} 年报告的数字 id：请填写被更正数字的 id（见章节文件的 metrics）。`,
          en: `"${id}" under corrections is not the id of a figure of the ${report.year} report: name the corrected figure's id (see the section files' metrics).`,
        },
      );
    }),
  );
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.file}|${String(p.path)}|${p.en.replace(/\(Published record: .*\)$/, '')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Refuses a change to a figure's value, unit, qualifier or text that no correction records. */
function checkChanged(
  report: ReportInput,
  { metric, section, index }: Current,
  old: PublishedFigure,
  source: PublishedSource,
  today: string,
  problems: Problem[],
) {
  const now: Record<(typeof FIELDS)[number][0], unknown> = {
    value: metric.value,
    unit: metric.unit,
    qualifier: metric.qualifier ?? null,
    text: metric.text,
  };
  const changed = FIELDS.filter(([field]) => now[field] !== old[field]);
  if (changed.length === 0) return;
  const note = `${metric.label}更正为${metric.text}（原为${old.text}）`;
  reporter(section.file, { problems }).error(
    { path: metricPath(index, changed[0]![0]) },
    {
      zh: `已发布的数字不能悄悄改动：${metric.label}（${metric.id}）发布时是「${old.text}」，现在是「${metric.text}」（改动了${changed.map(([, zh]) => zh).join('、')}）。如果确属更正，请在 ${report.file} 中加上更正记录，例如：\n${snippet(report, metric.id, note, today)}\n      网站会在这个数字旁、更正页面和订阅中注明更正。如果不是有意修改，请改回「${old.text}」。（已发布的记录：${source.file}）`,
      en: `A published figure cannot change silently: ${metric.id} was published as "${old.text}" and is now "${metric.text}" (${changed.map(([, , en]) => en).join(', ')} changed). If this is a correction, add the entry shown above to ${report.file} (date, metrics: [${metric.id}], note); the site then marks the correction at the figure, on /corrections/ and in the feed. Otherwise change it back to "${old.text}". (Published record: ${source.file})`,
    },
  );
}
