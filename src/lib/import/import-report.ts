/**
 * `npm run new-report -- <year> --from <file>`, without the file system: the official text
 * in, the year's content out (index.md, one file per section, source.txt), with last year's
 * ids, labels, slugs, headline and charts kept where they continue, and a list of what staff
 * must still look at. Pure, so tests run it in memory.
 */
import { statedRate } from '../figures/rate.ts';
import { chartProblems } from '../content/chart-rules.ts';
import type { ChartData, FilledMetric, MetricData, Rate } from '../content/schema.ts';
import { locateFigure } from '../figures/locate.ts';
import { findFigures } from '../figures/find.ts';
import { idMaker } from '../content/propose/ids.ts';
import { labelFor, slugFor } from '../content/propose/names.ts';
import {
  matchFigures,
  surroundings,
  type FigureToMatch,
  type PreviousReport,
  type PreviousSection,
  type Surroundings,
} from '../content/propose/continuing.ts';
import { sameWords } from '../content/propose/similarity.ts';
import { matchSections } from './match.ts';
import { splitReport, type ReportHead, type SectionKind } from './structure.ts';

export interface ImportInput {
  year: number;
  /** The official text, decoded (see decode.ts). */
  text: string;
  /** The nearest earlier year, when there is one. */
  previous?: PreviousReport | undefined;
  /** The date to fall back on when the text gives none (YYYY-MM-DD); flagged for staff. */
  today: string;
}

export interface ImportedSection {
  order: number;
  slug: string;
  kind: SectionKind;
  title: string;
  body: string;
  headline: string[];
  metrics: FilledMetric[];
  nonFigures: string[];
  charts: ChartData[];
  /** Last year's slug when this section continues one of last year's. */
  continues: string | null;
}

export interface ImportedReport {
  title: string;
  issuers: string[];
  documentNumber?: string | undefined;
  published: string;
  source?: string | undefined;
  measuresHeading?: string | undefined;
  headline: string[];
  charts: ChartData[];
  preamble: string;
}

/** What the import found and what staff must still look at. */
export interface ImportNotes {
  /** Fields the text does not give: 文号 (documentNumber), issuers, title, published, source. */
  missing: (keyof ReportHead)[];
  /** Figures that kept last year's id and label. */
  kept: FilledMetric[];
  /** New figures, with a provisional id and a label from the text. */
  provisional: (FilledMetric & { section: string })[];
  /** Last year's ids no figure continues. */
  gone: { id: string; label: string }[];
  /** Last year's sections no section continues (their slugs). */
  sectionsGone: string[];
  /** Headline ids and charts of last year dropped because their figures are gone. */
  droppedHeadline: string[];
  droppedCharts: string[];
  /** partOf / partsSum / rate of last year that no longer hold, as "id.field". */
  droppedRelations: string[];
  /** Numbers that are neither a figure nor a known non-figure, listed in nonFigures. */
  others: { section: string; phrase: string }[];
  /** Continuing figures whose unit changed (件 → 件次): same id, flagged for staff. */
  unitChanged: { id: string; from: string; to: string; section: string }[];
  /** Continuing figures whose sentence changed so that last year's label no longer fits: labelled from this year's. */
  relabelled: { id: string; from: string; to: string; section: string }[];
}

export interface ImportResult {
  report: ImportedReport;
  sections: ImportedSection[];
  notes: ImportNotes;
}

/** Last year's relationship fields, carried over only when they still hold (see `keepRelations`). */
const RELATION_FIELDS = ['partOf', 'partsSum', 'rate'] as const;

function recomputeRate(rate: Rate, text: string, byId: Map<string, FilledMetric>): number | null {
  const [a, b] = (rate.kind === 'share' ? [rate.part, rate.whole] : [rate.from, rate.to]).map((id) => byId.get(id));
  return a && b ? statedRate(rate.kind, a.value, b.value, text) : null;
}

/** Drops last year's partOf, partsSum and rate where this year's figures no longer bear them out. */
function keepRelations(metrics: FilledMetric[], dropped: string[]): void {
  const byId = new Map(metrics.map((metric) => [metric.id, metric]));
  for (const metric of metrics) {
    const whole = metric.partOf ? byId.get(metric.partOf) : undefined;
    if (metric.partOf && (!whole || whole.unit !== metric.unit || whole.value < metric.value)) {
      delete metric.partOf;
      dropped.push(`${metric.id}.partOf`);
    }
  }
  for (const metric of metrics) {
    if (!metric.partsSum) continue;
    const parts = metrics.filter((part) => part.partOf === metric.id);
    const sum = parts.reduce((total, part) => total + part.value, 0);
    if (parts.length === 0 || Math.abs(sum - metric.value) > 1e-9) {
      delete metric.partsSum;
      dropped.push(`${metric.id}.partsSum`);
    }
  }
  for (const metric of metrics) {
    if (metric.rate && recomputeRate(metric.rate, metric.text, byId) !== metric.value) {
      delete metric.rate;
      dropped.push(`${metric.id}.rate`);
    }
  }
}

/** Last year's charts with only this year's figures; a chart left with fewer than two, or invalid, is dropped. */
function keepCharts(charts: ChartData[], byId: Map<string, FilledMetric>, dropped: string[]): ChartData[] {
  return charts.flatMap((chart) => {
    // A withdrawn chart stays in its own year only: it was withdrawn for comparing unlike things.
    if (chart.withdrawn) return [];
    const keep = chart.metrics.map((id) => byId.has(id));
    const metrics = chart.metrics.filter((_, index) => keep[index]);
    const kept: ChartData = { ...chart, metrics };
    if (chart.labels) kept.labels = chart.labels.filter((_, index) => keep[index]);
    // The summary and the note were written for last year's figures.
    delete kept.summary;
    delete kept.note;
    if (metrics.length < 2 || chartProblems(kept, (id) => byId.get(id)).length > 0) {
      dropped.push(chart.id);
      return [];
    }
    return [kept];
  });
}

/** The clause each of last year's metrics stood in (digits folded away by the comparison), by id. */
function clausesOf(previous: PreviousSection[]): Map<string, Surroundings> {
  const clauses = new Map<string, Surroundings>();
  for (const section of previous) {
    for (const metric of section.metrics) {
      const found = metric.text ? locateFigure(section.body, { text: metric.text, context: metric.context }) : null;
      if (found?.ok) clauses.set(metric.id, surroundings(section.body, found.span.start, found.span.end));
    }
  }
  return clauses;
}

/**
 * Last year's label fits when the clause before the figure has the same words as last year, or
 * when every two-character word of the label is still in this year's clause and the words after.
 */
function labelFits(metric: MetricData, was: Surroundings | undefined, now: Surroundings): boolean {
  if (was && sameWords(was.clause, now.clause)) return true;
  const onlyHan = (text: string) => text.replace(/[^\p{Script=Han}]/gu, '');
  const sentence = onlyHan(now.clause + now.after);
  const han = onlyHan(metric.label);
  if (han.length < 2) return sentence.includes(han);
  for (let at = 0; at + 2 <= han.length; at++) if (!sentence.includes(han.slice(at, at + 2))) return false;
  return true;
}

/** Imports the official text of `year`, continuing `previous` where it can. */
export function importReport({ year, text, previous, today }: ImportInput): ImportResult {
  const split = splitReport(text);
  const title = split.head.title ?? `${year}年度法治政府建设情况报告`;
  // A text without headings is one section, titled by the report (the check knows it is no heading).
  for (const section of split.sections) if (!section.title) section.title = title;
  const old = previous?.sections ?? [];
  const sectionMatch = matchSections(split.sections, old);
  const found = split.sections.map((section) => findFigures(section.body));
  const toMatch: FigureToMatch[] = found.flatMap(({ figures }, section) =>
    figures.map((figure) => ({
      section,
      figure,
      around: surroundings(split.sections[section]!.body, figure.start, figure.end),
    })),
  );
  const matched = matchFigures(toMatch, old, sectionMatch);

  const takenSlugs = new Set(old.map((section) => section.slug));
  const slugs = split.sections.map((section, index) => old[sectionMatch[index]!]?.slug ?? null);
  split.sections.forEach((section, index) => {
    if (slugs[index] !== null) return;
    const slug = slugFor(section.title, index + 1, new Set([...takenSlugs, ...slugs.filter((s) => s !== null)]));
    slugs[index] = slug;
  });

  const takenIds = new Set([
    ...old.flatMap((section) => section.metrics.map((metric) => metric.id)),
    ...matched.flatMap((metric) => (metric ? [metric.id] : [])),
  ]);
  const notes: ImportNotes = {
    missing: (['title', 'issuers', 'documentNumber', 'published', 'source'] as const).filter((field) =>
      field === 'issuers' ? split.head.issuers.length === 0 : !split.head[field],
    ),
    kept: [],
    provisional: [],
    gone: [],
    sectionsGone: old.filter((_, index) => !sectionMatch.includes(index)).map((section) => section.slug),
    droppedHeadline: [],
    droppedCharts: [],
    droppedRelations: [],
    others: [],
    unitChanged: [],
    relabelled: [],
  };

  const newId = idMaker(takenIds);
  const oldClauses = clausesOf(old);
  let at = 0;
  const sections: ImportedSection[] = split.sections.map((section, index) => {
    const slug = slugs[index]!;
    const metrics = found[index]!.figures.map((figure, position): FilledMetric => {
      const { around } = toMatch[at]!;
      const continues = matched[at++];
      const label = labelFor(section.body, figure, section.title);
      // Last year's label while it still fits this year's sentence; else what this year's sentence counts.
      const keepsLabel = continues && labelFits(continues, oldClauses.get(continues.id), around);
      const metric: FilledMetric = {
        id: continues?.id ?? newId(label, `${slug}-figure-${position + 1}`),
        label: continues && keepsLabel ? continues.label : label,
        value: figure.value,
        unit: figure.unit,
        text: figure.text,
      };
      if (figure.qualifier) metric.qualifier = figure.qualifier;
      if (figure.context) metric.context = figure.context;
      for (const field of RELATION_FIELDS)
        if (continues?.[field] !== undefined) Object.assign(metric, { [field]: continues[field] });
      if (continues) {
        notes.kept.push(metric);
        if (continues.unit !== metric.unit) {
          notes.unitChanged.push({ id: metric.id, from: continues.unit, to: metric.unit, section: slug });
          metric.provisional = true;
        }
        if (!keepsLabel && continues.label !== metric.label) {
          notes.relabelled.push({ id: metric.id, from: continues.label, to: metric.label, section: slug });
          metric.provisional = true;
        }
      } else {
        metric.provisional = true;
        notes.provisional.push({ ...metric, section: slug });
      }
      return metric;
    });
    const others = found[index]!.others;
    notes.others.push(...others.map((phrase) => ({ section: slug, phrase })));
    return {
      order: index + 1,
      slug,
      kind: section.kind,
      title: section.title,
      body: section.body,
      headline: [],
      metrics,
      nonFigures: others,
      charts: [],
      continues: old[sectionMatch[index]!]?.slug ?? null,
    };
  });

  const all = sections.flatMap((section) => section.metrics);
  keepRelations(all, notes.droppedRelations);
  const byId = new Map(all.map((metric) => [metric.id, metric]));
  notes.gone = old.flatMap((section) =>
    section.metrics.filter((metric) => !byId.has(metric.id)).map(({ id, label }) => ({ id, label })),
  );
  // A headline id is dropped where its figure is not; it is named as gone only when no figure of the year has it.
  const keepIds = (ids: string[], here: Set<string>) =>
    ids.filter((id) => here.has(id) || (!byId.has(id) && notes.droppedHeadline.push(id), false));
  sections.forEach((section, index) => {
    const before = old[sectionMatch[index]!];
    if (!before) return;
    section.headline = keepIds(before.headline, new Set(section.metrics.map((metric) => metric.id)));
    section.charts = keepCharts(before.charts, byId, notes.droppedCharts);
  });
  for (const gone of old.filter((_, index) => !sectionMatch.includes(index))) {
    notes.droppedHeadline.push(...gone.headline.filter((id) => !byId.has(id)));
    notes.droppedCharts.push(...gone.charts.map((chart) => chart.id));
  }

  const report: ImportedReport = {
    title,
    issuers: split.head.issuers,
    documentNumber: split.head.documentNumber,
    published: split.head.published ?? today,
    source: split.head.source,
    measuresHeading: split.measuresHeading,
    headline: keepIds(previous?.headline ?? [], new Set(byId.keys())),
    charts: keepCharts(previous?.charts ?? [], byId, notes.droppedCharts),
    preamble: split.preamble,
  };
  return { report, sections, notes };
}
