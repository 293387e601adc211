/**
 * Year over year, the one place a metric's change is computed and worded. The figures page,
 * the section tables and the metric pages all use it, so they say the same thing about the
 * same figure. Pure: `report.ts` feeds it the history of every metric id.
 *
 * A change is measured against the nearest earlier report that has the same id, which need
 * not be the year before; the wording names that year. When the unit changed between the two
 * years the values are not comparable: no change is computed, and every page says so.
 */
import { MAGNITUDES } from './figures/units.ts';
import { formatNumber } from './format.ts';
import type { HistoryPoint, MetricHistory } from './history.ts';

/** How a metric changed since the nearest earlier year that has it. */
export interface Change {
  /** The year compared with. */
  fromYear: number;
  from: number;
  /** The earlier figure as written: 3721件. */
  fromText: string;
  to: number;
  /** to − from, in the metric's unit (percentage points for %). */
  absolute: number;
  /** Relative change in %, or null when the earlier value was 0 or the metric is itself a percentage. */
  percent: number | null;
  unit: string;
  /** True when either year's text says 余 or 以上. */
  approximate: boolean;
}

/** What a page can say about a metric in a year: a change, a unit that changed, or nothing to compare. */
export type ChangeResult =
  | { kind: 'change'; change: Change }
  | { kind: 'unit-changed'; fromYear: number; fromUnit: string; fromText: string }
  | { kind: 'first-year' };

/** What one year's value of a metric offers to a comparison. */
type ChangePoint = Pick<HistoryPoint, 'year' | 'value' | 'unit' | 'text' | 'approximate'>;

const round = (value: number, places = 2) => Number(value.toFixed(places));

/** Compares a metric's value with its value in an earlier year (or with nothing). */
export function compare(previous: ChangePoint | undefined, current: ChangePoint): ChangeResult {
  if (!previous) return { kind: 'first-year' };
  if (previous.unit !== current.unit)
    return { kind: 'unit-changed', fromYear: previous.year, fromUnit: previous.unit, fromText: previous.text };
  const absolute = round(current.value - previous.value);
  return {
    kind: 'change',
    change: {
      fromYear: previous.year,
      from: previous.value,
      fromText: previous.text,
      to: current.value,
      absolute,
      percent: current.unit === '%' || previous.value === 0 ? null : round((absolute / previous.value) * 100, 1),
      unit: current.unit,
      approximate: previous.approximate || current.approximate,
    },
  };
}

/** The change of metric `id` in `year`, compared with the nearest earlier year that has it. */
export function changeFor(histories: ReadonlyMap<string, MetricHistory>, id: string, year: number): ChangeResult {
  const points = histories.get(id)?.points ?? [];
  const at = points.findIndex((point) => point.year === year);
  return at === -1 ? { kind: 'first-year' } : compare(points[at - 1], points[at]!);
}

/** 279 → "279"; 39000000 → "3,900万"; 420000000 → "4.2亿": large amounts read the Chinese way. */
export function formatAmount(value: number): string {
  const magnitude = Math.abs(value);
  if (magnitude >= MAGNITUDES.亿) return `${formatNumber(round(value / MAGNITUDES.亿, 2))}亿`;
  if (magnitude >= 100 * MAGNITUDES.万) return `${formatNumber(round(value / MAGNITUDES.万, 2))}万`;
  return formatNumber(value);
}

/** +279, −12 (typographic minus, grouped digits). */
const signed = (value: number) => `${value > 0 ? '+' : value < 0 ? '−' : ''}${formatAmount(Math.abs(value))}`;

/** A change in the forms pages show it. */
export interface ChangeText {
  /** In a table cell: "+279（+7.5%）", "+1.3个百分点", "约+2万（+10%）", "持平", "单位有变化", "—". */
  short: string;
  /** What the short form is measured against: "较2023年", "2023年为件，不作比较". Empty when nothing is compared. */
  since: string;
  /** A sentence, for screen readers and captions: "比2023年增加279件，增长7.5%". */
  words: string;
  /** The short form with the earlier figure: "+279（+7.5%），2023年为3721件". */
  withPrevious: string;
}

/** The one formatter of a change, in every form a page needs. */
export function formatChange(result: ChangeResult): ChangeText {
  if (result.kind === 'first-year')
    return { short: '—', since: '', words: '此前的年度报告没有这一指标', withPrevious: '—' };
  if (result.kind === 'unit-changed') {
    const since = `${result.fromYear}年为${result.fromUnit}，不作比较`;
    return {
      short: '单位有变化',
      since,
      words: `单位有变化：${since}`,
      withPrevious: `单位有变化，${result.fromYear}年为${result.fromText}，不作比较`,
    };
  }
  const { change } = result;
  const about = change.approximate ? '约' : '';
  const points = change.unit === '%';
  const amount = points ? `${signed(change.absolute)}个百分点` : signed(change.absolute);
  const percent = change.percent === null ? '' : `（${signed(change.percent)}%）`;
  const direction = change.absolute > 0 ? '增加' : change.absolute < 0 ? '减少' : '持平';
  const size =
    change.absolute === 0
      ? ''
      : `${about}${formatAmount(Math.abs(change.absolute))}${points ? '个百分点' : change.unit}`;
  const rate =
    change.percent === null || change.absolute === 0
      ? ''
      : `，${change.percent > 0 ? '增长' : '下降'}${formatNumber(Math.abs(change.percent))}%`;
  const short = change.absolute === 0 ? '持平' : `${about}${amount}${percent}`;
  return {
    short,
    since: `较${change.fromYear}年`,
    words: `比${change.fromYear}年${direction}${size}${rate}`,
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
