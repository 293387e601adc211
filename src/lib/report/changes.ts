/**
 * Year over year, the one place a metric's change is computed and worded. The figures page,
 * the section tables and the metric pages all use it, so they say the same thing about the
 * same figure. Pure: `report.ts` feeds it the history of every metric id.
 *
 * A change is measured against the nearest earlier report that has the same id, which need
 * not be the year before; the wording names that year. When the unit changed between the two
 * years the values are not comparable: no change is computed, and every page says so.
 *
 * A change is stated only as far as the numbers determine it. A figure written with 余/多/超过
 * says only "more than", 以上 "at least", 以内 "at most" (never below 0), 约/近 nothing exact;
 * each is a range, and the change is the range of their difference. When that range lies
 * wholly above or below zero the direction is stated, with the least (and, when known, the
 * greatest) size; otherwise the pages say the two cannot be compared exactly, and why (the
 * two figures as written). 50余期 → 52期 is such a case: 50余 may be 58.
 */
import type { FilledMetric } from '../content/schema.ts';
import { parseFigure, type Magnitude } from '../figures/parse.ts';
import { formatAmount, formatNumber } from '../format/chinese-numbers.ts';
import type { HistoryPoint, MetricHistory } from './history.ts';

type Qualifier = NonNullable<FilledMetric['qualifier']>;

/** How a metric changed since the nearest earlier year that has it. */
export interface Change {
  /** The year compared with. */
  fromYear: number;
  from: number;
  /** The earlier figure as written: 3721件. */
  fromText: string;
  to: number;
  /**
   * to − from, in the metric's unit (percentage points for %), when both are exact; for a
   * bounded change, its least size in its direction (signed): +10 for "more than 10 more".
   */
  absolute: number;
  /** exact; or the size is more than / at least |absolute| (a bound on one side). */
  bound: 'exact' | 'more-than' | 'at-least';
  /** For a bounded change: its greatest size (signed), when the figures fix one. */
  upTo?: number;
  /** Relative change in %: only between exact figures, never from 0 or for a percentage. */
  percent: number | null;
  unit: string;
  /** 万 or 亿 when the figures are written in it: the change is written in it too. */
  magnitude: Magnitude | null;
  /** True when either year's figure is not exact (kept for older callers). */
  approximate: boolean;
}

/** What a page can say about a metric in a year. */
export type ChangeResult =
  | { kind: 'change'; change: Change }
  /** The figures' ranges overlap (or one is 约): neither direction nor size is known. */
  | { kind: 'undetermined'; fromYear: number; fromText: string; toText: string; fromExact: boolean }
  | { kind: 'unit-changed'; fromYear: number; fromUnit: string; fromText: string }
  | { kind: 'first-year' };

/** What one year's value of a metric offers to a comparison. */
type ChangePoint = Pick<HistoryPoint, 'year' | 'value' | 'unit' | 'text'> & { qualifier?: Qualifier };

const round = (value: number, places = 2) => Number(value.toFixed(places));

/** A range of values a figure allows; open ends are not included. Null: no range (约). */
interface Range {
  lo: number;
  loOpen: boolean;
  hi: number;
  hiOpen: boolean;
}

/** What a figure written with its qualifier says its value is. */
function rangeOf({ value, qualifier }: ChangePoint): Range | null {
  switch (qualifier) {
    case undefined:
      return { lo: value, loOpen: false, hi: value, hiOpen: false };
    case 'more-than':
      return { lo: value, loOpen: true, hi: Infinity, hiOpen: true };
    case 'at-least':
      return { lo: value, loOpen: false, hi: Infinity, hiOpen: true };
    case 'at-most':
      return { lo: Math.min(0, value), loOpen: false, hi: value, hiOpen: false };
    case 'about':
      return null;
  }
}

/** The magnitude a change is written in: the current figure's, else the earlier one's. */
const magnitudeOf = (...points: ChangePoint[]) =>
  points.map((point) => parseFigure(point.text)?.magnitude ?? null).find((magnitude) => magnitude) ?? null;

/** Compares a metric's value with its value in an earlier year (or with nothing). */
export function compare(previous: ChangePoint | undefined, current: ChangePoint): ChangeResult {
  if (!previous) return { kind: 'first-year' };
  if (previous.unit !== current.unit)
    return { kind: 'unit-changed', fromYear: previous.year, fromUnit: previous.unit, fromText: previous.text };
  const before = rangeOf(previous);
  const now = rangeOf(current);
  const undetermined = {
    kind: 'undetermined',
    fromYear: previous.year,
    fromText: previous.text,
    toText: current.text,
    fromExact: !previous.qualifier,
  } as const;
  if (!before || !now) return undetermined;
  // The difference's range: from the least current minus the greatest earlier, and back.
  const lower = round(now.lo - before.hi);
  const lowerOpen = now.loOpen || before.hiOpen;
  const upper = round(now.hi - before.lo);
  const upperOpen = now.hiOpen || before.loOpen;
  const exact = !previous.qualifier && !current.qualifier;
  const common = {
    fromYear: previous.year,
    from: previous.value,
    fromText: previous.text,
    to: current.value,
    unit: current.unit,
    magnitude: magnitudeOf(current, previous),
    approximate: !exact,
  };
  if (exact) {
    const absolute = round(current.value - previous.value);
    const percent = current.unit === '%' || previous.value === 0 ? null : round((absolute / previous.value) * 100, 1);
    return { kind: 'change', change: { ...common, absolute, bound: 'exact', percent } };
  }
  const rises = lower > 0 || (lower === 0 && lowerOpen);
  const falls = upper < 0 || (upper === 0 && upperOpen);
  if (!rises && !falls) return undetermined;
  const [least, leastOpen, most] = rises ? [lower, lowerOpen, upper] : [upper, upperOpen, lower];
  return {
    kind: 'change',
    change: {
      ...common,
      absolute: least,
      bound: leastOpen ? 'more-than' : 'at-least',
      ...(Number.isFinite(most) && most !== least ? { upTo: most } : {}),
      percent: null,
    },
  };
}

/** The change of metric `id` in `year`, compared with the nearest earlier year that has it. */
export function changeFor(histories: ReadonlyMap<string, MetricHistory>, id: string, year: number): ChangeResult {
  const points = histories.get(id)?.points ?? [];
  const at = points.findIndex((point) => point.year === year);
  return at === -1 ? { kind: 'first-year' } : compare(points[at - 1], points[at]!);
}

/** +279, −12 (typographic minus, grouped digits). */
const signed = (value: number, magnitude: Magnitude | null = null) =>
  `${value > 0 ? '+' : value < 0 ? '−' : ''}${formatAmount(Math.abs(value), magnitude)}`;

/** A change in the forms pages show it. */
export interface ChangeText {
  /** In a table cell: "+279（+7.5%）", "+1.3个百分点", "增加超过10期", "持平", "无法确定增减", "单位有变化", "—". */
  short: string;
  /** What the short form is measured against: "较2023年", "2023年为50余期". Empty when nothing is compared. */
  since: string;
  /** A sentence, for screen readers and captions: "比2023年增加279件，增长7.5%". */
  words: string;
  /** The short form with the earlier figure: "+279（+7.5%），2023年为3721件". */
  withPrevious: string;
}

/**
 * What a screen reader hears for a figure with nothing to compare: only what the site knows.
 * Without an earlier report it cannot say whether earlier reports had the figure.
 */
export const nothingToCompare = (hasEarlierReport: boolean) =>
  hasEarlierReport ? '本站所存此前年度的报告中没有这一指标' : '本站尚无上一年度报告';

/**
 * The one formatter of a change, in every form a page needs. `hasEarlierReport`: whether the
 * site holds any report older than the figure's year (what a first year may claim).
 */
export function formatChange(result: ChangeResult, hasEarlierReport = false): ChangeText {
  if (result.kind === 'first-year')
    return { short: '—', since: '', words: nothingToCompare(hasEarlierReport), withPrevious: '—' };
  if (result.kind === 'unit-changed') {
    const since = `${result.fromYear}年为${result.fromUnit}，不作比较`;
    return {
      short: '单位有变化',
      since,
      words: `单位有变化：${since}`,
      withPrevious: `单位有变化，${result.fromYear}年为${result.fromText}，不作比较`,
    };
  }
  if (result.kind === 'undetermined') {
    // Why, in a few words: the two figures as written (their 余、以上、约 say it).
    const since = `${result.fromYear}年为${result.fromText}`;
    const why = result.fromExact ? `${since}，本年为${result.toText}` : since;
    return {
      short: '无法确定增减',
      since,
      words: `${why}，无法确定增减`,
      withPrevious: `${why}，无法确定增减`,
    };
  }
  const { change } = result;
  const points = change.unit === '%';
  const unitWord = points ? '个百分点' : change.unit;
  const size = (value: number) => `${formatAmount(Math.abs(value), change.magnitude)}${unitWord}`;
  const direction = change.absolute > 0 ? '增加' : change.absolute < 0 ? '减少' : '持平';
  if (change.bound !== 'exact') {
    // In words even in a cell: a sign before a bound (">−10") would read the wrong way.
    const rising = change.absolute > 0 || (change.absolute === 0 && (change.upTo ?? 0) >= 0);
    const verb = rising ? '增加' : '减少';
    const short =
      change.upTo !== undefined && change.bound === 'at-least'
        ? `${verb}${formatAmount(Math.abs(change.absolute), change.magnitude)}至${size(change.upTo)}`
        : change.absolute === 0
          ? `有所${verb}`
          : `${change.bound === 'more-than' ? `${verb}超过` : `至少${verb}`}${size(change.absolute)}`;
    return {
      short,
      since: `较${change.fromYear}年`,
      words: `比${change.fromYear}年${short}`,
      withPrevious: `${short}，${change.fromYear}年为${change.fromText}`,
    };
  }
  const amount = `${signed(change.absolute, change.magnitude)}${points ? '个百分点' : ''}`;
  const percent = change.percent === null ? '' : `（${signed(change.percent)}%）`;
  const rate =
    change.percent === null || change.absolute === 0
      ? ''
      : `，${change.percent > 0 ? '增长' : '下降'}${formatNumber(Math.abs(change.percent))}%`;
  const short = change.absolute === 0 ? '持平' : `${amount}${percent}`;
  return {
    short,
    since: `较${change.fromYear}年`,
    words: `比${change.fromYear}年${direction}${change.absolute === 0 ? '' : size(change.absolute)}${rate}`,
    withPrevious: `${short}，${change.fromYear}年为${change.fromText}`,
  };
}

/** A sortable number for a change (the % change, or the difference for percentages); null when none. */
export const changeSortValue = (result: ChangeResult) =>
  result.kind === 'change' ? (result.change.percent ?? result.change.absolute) : null;

/**
 * The heading of a change column, from the years actually compared: 「较上年」 when every
 * figure is compared with the year before, 「较2023年」 when all are compared with one
 * earlier year that is not the year before, 「较此前年度」 when the years differ.
 */
export function changeHeading(compared: readonly { year: number; result: ChangeResult }[]): string {
  const years = new Set<number>();
  let allPrevious = true;
  for (const { year, result } of compared) {
    if (result.kind === 'first-year') continue;
    const fromYear = result.kind === 'change' ? result.change.fromYear : result.fromYear;
    years.add(fromYear);
    if (fromYear !== year - 1) allPrevious = false;
  }
  if (allPrevious) return '较上年';
  return years.size === 1 ? `较${[...years][0]}年` : '较此前年度';
}
