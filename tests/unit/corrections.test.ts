/**
 * The correction rule (src/lib/content/checks/corrections.ts): a published figure's value,
 * unit, qualifier or text changes, or the figure goes, only with a correction entry naming it.
 */
import { describe, expect, it } from 'vitest';
import { checkCorrections } from '../../src/lib/content/checks/corrections.ts';
import type { ReportInput } from '../../src/lib/content/checks/types.ts';
import {
  figuresOf,
  parseMetricsJson,
  parseRecord,
  recordText,
  type PublishedSource,
} from '../../src/lib/content/published.ts';
import type { Correction, MetricData } from '../../src/lib/content/schema.ts';

const YEAR = 2031;
const TODAY = '2032-04-02';

const figure = (over: Partial<MetricData> = {}): MetricData => ({
  id: 'arbitration-applications',
  label: '受理仲裁案件申请',
  value: 150,
  unit: '件',
  text: '150件',
  ...over,
});

/** A one-section report holding `metrics`, with `corrections` in its index.md. */
function report(metrics: MetricData[], corrections: Correction[] = []): ReportInput {
  return {
    year: YEAR,
    file: `content/reports/${YEAR}/index.md`,
    data: { draft: false, corrections } as unknown as ReportInput['data'],
    body: '',
    source: null,
    complete: true,
    sections: [
      {
        file: `content/reports/${YEAR}/05-dispute-resolution.md`,
        fileOrder: 5,
        data: { metrics } as unknown as ReportInput['sections'][number]['data'],
        body: '',
      },
    ],
  };
}

/** What a build of `metrics` (with its corrections) published. */
const published = (metrics: MetricData[], corrections: Correction[] = []): PublishedSource[] => [
  { file: 'content/published-figures.json', figures: figuresOf([report(metrics, corrections)]) },
];

const correction = (date: string, metrics = ['arbitration-applications']): Correction => ({
  date: new Date(`${date}T00:00:00Z`),
  metrics,
  note: '受理仲裁案件申请更正为151件（原为150件）',
});

const check = (now: ReportInput, before: PublishedSource[]) => checkCorrections(now, before, TODAY);

describe('a published figure changed', () => {
  const changes: [string, Partial<MetricData>, string][] = [
    ['value and text', { value: 151, text: '151件' }, 'value'],
    ['unit', { unit: '次', text: '150次' }, 'unit'],
    ['qualifier', { qualifier: 'more-than', text: '150余件' }, 'qualifier'],
    ['text only', { text: '壹佰伍拾件' }, 'text'],
  ];
  it.each(changes)('%s, without a correction: refused, at the field, with the entry to add', (_, change, field) => {
    const problems = check(report([figure(change)]), published([figure()]));
    expect(problems).toHaveLength(1);
    const [refused] = problems;
    expect(refused!.file).toBe(`content/reports/${YEAR}/05-dispute-resolution.md`);
    expect(refused!.path).toEqual(['metrics', 0, field]);
    expect(refused!.severity).toBe('error');
    expect(refused!.zh).toContain('发布时是「150件」');
    expect(refused!.zh).toContain(
      `corrections:\n        - date: ${TODAY}\n          metrics: [arbitration-applications]\n          note: `,
    );
    expect(refused!.en).toContain('arbitration-applications');
  });
  it.each(changes)('%s, with a correction: accepted', (_, change) => {
    expect(check(report([figure(change)], [correction('2032-04-01')]), published([figure()]))).toEqual([]);
  });
  it('again after a published correction: needs a newer correction', () => {
    const corrected = published([figure({ value: 151, text: '151件' })], [correction('2032-04-01')]);
    const again = figure({ value: 152, text: '152件' });
    const refused = check(report([again], [correction('2032-04-01')]), corrected);
    expect(refused.map((p) => p.path)).toEqual([['metrics', 0, 'value']]);
    // The block exists: the message offers one more item, not a second `corrections:`.
    expect(refused[0]!.zh).not.toContain('corrections:');
    expect(check(report([again], [correction('2032-04-01'), correction('2032-05-01')]), corrected)).toEqual([]);
  });
});

describe('no change, a new figure, a removed figure', () => {
  it('the same figure needs nothing', () => {
    expect(check(report([figure()]), published([figure()]))).toEqual([]);
  });
  it('a label change is not a change of the figure', () => {
    expect(check(report([figure({ label: '受理仲裁申请' })]), published([figure()]))).toEqual([]);
  });
  it('a new figure needs no correction', () => {
    const added = figure({ id: 'arbitration-claims', text: '3件', value: 3 });
    expect(check(report([figure(), added]), published([figure()]))).toEqual([]);
  });
  it('a removed figure needs one, reported in index.md', () => {
    const removed = check(report([]), published([figure()]));
    expect(removed).toHaveLength(1);
    expect(removed[0]!.file).toBe(`content/reports/${YEAR}/index.md`);
    expect(removed[0]!.path).toEqual(['corrections']);
    expect(removed[0]!.zh).toContain('metrics: [arbitration-applications]');
    expect(check(report([], [correction('2032-04-01')]), published([figure()]))).toEqual([]);
  });
  it('nothing published (a fresh clone): nothing compared', () => {
    expect(check(report([figure({ value: 151, text: '151件' })]), [])).toEqual([]);
  });
  it('a draft is never compared', () => {
    const draft = report([]);
    (draft.data as { draft: boolean }).draft = true;
    expect(check(draft, published([figure()]))).toEqual([]);
  });
});

describe('the corrections themselves', () => {
  it('a published correction cannot be taken back', () => {
    const corrected = published([figure({ value: 151, text: '151件' })], [correction('2032-04-01')]);
    const problems = check(report([figure({ value: 151, text: '151件' })]), corrected);
    expect(problems.map((p) => p.path)).toEqual([['corrections']]);
    expect(problems[0]!.zh).toContain('不能删除');
  });
  it('a correction naming no figure of the year is refused at its id', () => {
    const problems = check(report([figure()], [correction('2032-04-01', ['no-such-figure'])]), []);
    expect(problems.map((p) => p.path)).toEqual([['corrections', 0, 'metrics', 0]]);
  });
  it('the same refusal from the record and the last site is said once', () => {
    const twice = [...published([figure()]), { ...published([figure()])[0]!, file: 'dist/data/metrics.json' }];
    expect(check(report([figure({ value: 151, text: '151件' })]), twice)).toHaveLength(1);
  });
});

describe('reading what was published', () => {
  it('the record round-trips, with the correction date', () => {
    const figures = figuresOf([report([figure({ value: 151, text: '151件' })], [correction('2032-04-01')])]);
    expect(parseRecord(recordText(figures))).toEqual(figures);
    expect(figures.get(YEAR)!.get('arbitration-applications')!.corrected).toBe('2032-04-01');
  });
  it('a published metrics.json is read by year and id', () => {
    const json = JSON.stringify({
      metrics: [{ year: YEAR, id: 'a', value: 1, unit: '件', text: '1件', qualifier: null, corrected: null }],
    });
    expect(parseMetricsJson(json)).toEqual(
      new Map([[YEAR, new Map([['a', { value: 1, unit: '件', text: '1件', qualifier: null }]])]]),
    );
  });
  it('a damaged file is no source', () => {
    expect(parseRecord('{')).toBeNull();
    expect(parseMetricsJson('[]')).toBeNull();
  });
});
