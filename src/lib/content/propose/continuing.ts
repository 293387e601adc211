/**
 * Continuing last year: which figure continues one of last year's metrics (same unit, similar
 * words around the number, same or similar section), so ids, labels and year-over-year
 * comparison carry over. Used by the importer for a whole report and by the content check
 * for one undeclared number (the entry it offers to paste), so both propose the same id.
 * Which section continues which is the importer's (import/match.ts).
 */
import { locateFigure } from '../../figures/locate.ts';
import type { FoundFigure } from '../../figures/find.ts';
import type { ChartData, MetricData, SectionData } from '../schema.ts';
import { pairSimilarity, pairsOf } from './similarity.ts';

/** A section of last year's report, as the importer needs it. */
export interface PreviousSection {
  slug: string;
  title: string;
  kind: SectionData['kind'];
  body: string;
  metrics: MetricData[];
  headline: string[];
  charts: ChartData[];
}

/** Last year's report, as the importer needs it. */
export interface PreviousReport {
  year: number;
  headline: string[];
  charts: ChartData[];
  sections: PreviousSection[];
}

/** Words on either side of a figure, within its paragraph. */
export interface Surroundings {
  /** The words of the clause before the number, since the last ，。；：: 受理法律援助案件共. */
  clause: string;
  before: string;
  after: string;
}

const BEFORE = 16;
const AFTER = 8;

/** The words around a span of a body, not crossing a paragraph. */
export function surroundings(body: string, start: number, end: number): Surroundings {
  const before = body.slice(Math.max(0, start - BEFORE), start);
  const after = body.slice(end, end + AFTER);
  const clause =
    body
      .slice(Math.max(0, start - 2 * BEFORE), start)
      .split(/[，。；：\n]/)
      .at(-1) ?? '';
  return { clause, before: before.slice(before.lastIndexOf('\n') + 1), after: after.split('\n')[0] ?? '' };
}

/** Pairs items by descending score, each at most once; unpaired items map to -1. */
export function assign(scores: { from: number; to: number; score: number }[], count: number): number[] {
  const result = Array<number>(count).fill(-1);
  const used = new Set<number>();
  for (const { from, to } of [...scores].sort((a, b) => b.score - a.score || a.from - b.from || a.to - b.to)) {
    if (result[from] !== -1 || used.has(to)) continue;
    result[from] = to;
    used.add(to);
  }
  return result;
}

/** One of this year's figures, where it stands. */
export interface FigureToMatch {
  section: number;
  figure: FoundFigure;
  around: Surroundings;
}

/** A metric of last year, where it stood. */
interface OldMetric {
  section: number;
  metric: MetricData;
  around: Surroundings | null;
}

/** How sure a match must be: words around the number mostly alike. */
const THRESHOLD = 0.5;
/** Among what is left in a section that continues, a figure at its place needs less: its sentence was reworded. */
const LEFTOVER_THRESHOLD = 0.35;

/**
 * Units that may be the same count written another way (件 → 件次, 人 → 人次): a figure may
 * continue across them, and the import flags the change. Other units never match.
 */
export const relatedUnits = (a: string, b: string) =>
  a === b || ((a.startsWith(b) || b.startsWith(a)) && /次$/.test(a.length > b.length ? a : b));

/**
 * For each figure, the id of last year's metric it continues, or null. A metric continues
 * at most one figure; the best-scoring pairs are taken first.
 */
export function matchFigures(
  figures: FigureToMatch[],
  previous: PreviousSection[],
  sectionMatch: number[],
): (MetricData | null)[] {
  const old: OldMetric[] = previous.flatMap((section, index) =>
    section.metrics.map((metric) => {
      const found = metric.text ? locateFigure(section.body, { text: metric.text, context: metric.context }) : null;
      return {
        section: index,
        metric,
        around: found?.ok ? surroundings(section.body, found.span.start, found.span.end) : null,
      };
    }),
  );
  // Each phrase's pairs are made once: a long text compares every figure with every metric of last year.
  const oldPairs = old.map(({ metric, around: was }) => ({
    label: pairsOf(metric.label),
    clause: was ? pairsOf(was.clause) : null,
    before: was ? pairsOf(was.before) : null,
    after: was ? pairsOf(was.after) : null,
  }));
  // Where each stands in its section (0 first, 1 last): a reworded figure is still near its old place.
  const rank = (index: number, count: number) => (count > 1 ? index / (count - 1) : 0);
  const oldRank = old.map(({ section, metric }) =>
    rank(previous[section]!.metrics.indexOf(metric), previous[section]!.metrics.length),
  );
  const perSection = new Map<number, number>();
  const indexInSection = figures.map(({ section }) => {
    const index = perSection.get(section) ?? 0;
    perSection.set(section, index + 1);
    return index;
  });
  const scores = figures.flatMap(({ section, figure, around }, from) => {
    const clause = pairsOf(around.clause);
    const before = pairsOf(around.before);
    const after = pairsOf(around.after);
    const at = rank(indexInSection[from]!, perSection.get(section)!);
    return old.flatMap((candidate, to) => {
      if (!relatedUnits(candidate.metric.unit, figure.unit)) return [];
      const was = oldPairs[to]!;
      // What is counted (the clause, or last year's label) weighs most; then the words on either side; then the place.
      const named = Math.max(pairSimilarity(clause, was.label), was.clause ? pairSimilarity(clause, was.clause) : 0);
      const words =
        was.before && was.after
          ? 0.2 * pairSimilarity(before, was.before) + 0.15 * pairSimilarity(after, was.after)
          : 0;
      const sameSection = sectionMatch[section] === candidate.section;
      const place = sameSection ? 0.1 + 0.1 * (1 - Math.abs(at - oldRank[to]!)) : 0;
      const unitChanged = candidate.metric.unit === figure.unit ? 0 : 0.1;
      const score = 0.5 * named + words + place - unitChanged;
      const sure = score >= THRESHOLD;
      // A reworded sentence: still in the section that continues, near its place, with some of
      // its words, or the words on one side of it, as last year.
      const beside = Math.max(
        was.before ? pairSimilarity(before, was.before) : 0,
        was.after ? pairSimilarity(after, was.after) : 0,
      );
      const reworded = sameSection && (named >= 0.25 || beside >= 0.6) && score >= LEFTOVER_THRESHOLD;
      return sure || reworded ? [{ from, to, score, sure }] : [];
    });
  });
  // Sure pairs first; then, among what is left, the reworded figures of sections that continue.
  const sure = assign(
    scores.filter((s) => s.sure),
    figures.length,
  );
  const taken = new Set(sure);
  const reworded = assign(
    scores.filter((s) => !s.sure && sure[s.from] === -1 && !taken.has(s.to)),
    figures.length,
  );
  return sure.map((to, from) => {
    const index = to !== -1 ? to : reworded[from]!;
    return index === -1 ? null : old[index]!.metric;
  });
}

/** Last year's report as the importer needs it, from what the content loader read. */
export function previousReport(report: {
  year: number;
  data: { headline: string[]; charts: ChartData[] };
  sections: { data: SectionData; body: string }[];
}): PreviousReport {
  return {
    year: report.year,
    headline: report.data.headline,
    charts: report.data.charts,
    sections: [...report.sections]
      .sort((a, b) => a.data.order - b.data.order)
      .map(({ data, body }) => ({
        slug: data.slug,
        title: data.title,
        kind: data.kind,
        body,
        metrics: data.metrics,
        headline: data.headline,
        charts: data.charts,
      })),
  };
}
