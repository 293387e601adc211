/**
 * report.ts, the one module that reads the content collections, tested without Astro: as
 * Starlight does, `astro:content` is mocked with a few entries made for the test (two years,
 * a draft's unfilled figure, a plan item followed up next year).
 */
import { describe, expect, it, vi } from 'vitest';
import { reportEntry as report, sectionEntry as section } from '../support/collection-entries.ts';

const aid = (value: number | null, text: string | null) => ({
  id: 'legal-aid-cases',
  label: '全市受理法律援助案件',
  value,
  unit: '件',
  text,
});

const reports = [report(2023), report(2024)];
const sections = [
  section(
    2023,
    '01-dispute-resolution',
    {
      order: 1,
      slug: 'dispute-resolution',
      kind: 'measures',
      title: '多元化解社会矛盾纠纷',
      metrics: [aid(3721, '3721件')],
      headline: ['legal-aid-cases'],
    },
    '受理法律援助案件3721件。',
  ),
  section(
    2023,
    '03-plans',
    {
      order: 3,
      slug: 'plans',
      kind: 'plans',
      title: '2024年重点工作安排',
      followUps: [{ item: '完善司法保障机制', section: 'dispute-resolution' }],
    },
    '## （一）完善司法保障机制\n\n正文。',
  ),
  section(2023, '02-problems', { order: 2, slug: 'problems', kind: 'problems', title: '存在的问题' }, '问题。'),
  section(
    2024,
    '01-dispute-resolution',
    {
      order: 1,
      slug: 'dispute-resolution',
      kind: 'measures',
      title: '多元化解社会矛盾纠纷',
      metrics: [aid(4000, '4000件'), { ...aid(null, null), id: 'unfilled', label: '待填写' }],
    },
    '受理法律援助案件4000件。',
  ),
];

vi.mock('astro:content', () => ({
  getCollection: vi.fn(async (name: 'reports' | 'sections') => (name === 'reports' ? reports : sections)),
}));

const { getHistory, getLatestReport, getReports, sectionsByPart } = await import('../../src/lib/report/reports.ts');
const { followUpsOf, plansFor } = await import('../../src/lib/report/follow-ups.ts');
const { metricRows } = await import('../../src/lib/data/metric-rows.ts');

describe('the reports as pages see them', () => {
  it('lists every year newest first, each section in order with its number, heading, part and address', async () => {
    const [newest, oldest] = await getReports();
    expect([newest!.year, oldest!.year]).toEqual([2024, 2023]);
    expect(oldest!.url).toBe('/2023/');
    expect(oldest!.fullUrl).toBe('/2023/full/');
    expect(oldest!.sections.map((s) => [s.slug, s.number, s.heading, s.partHeading, s.url])).toEqual([
      ['dispute-resolution', '（一）', '（一）多元化解社会矛盾纠纷', '一、主要举措和成效', '/2023/dispute-resolution/'],
      ['problems', '二、', '二、存在的问题', '二、存在的问题', '/2023/problems/'],
      ['plans', '三、', '三、2024年重点工作安排', '三、2024年重点工作安排', '/2023/plans/'],
    ]);
    expect(sectionsByPart(oldest!).map((part) => part.heading)).toEqual([
      '一、主要举措和成效',
      '二、存在的问题',
      '三、2024年重点工作安排',
    ]);
  });

  it('gives each section what components read: body, headline, charts, follow-ups', async () => {
    const [, oldest] = await getReports();
    const [disputes, , plans] = oldest!.sections;
    expect(disputes).toMatchObject({ body: '受理法律援助案件3721件。', headline: ['legal-aid-cases'], charts: [] });
    expect(plans!.followUps).toEqual([{ item: '完善司法保障机制', section: 'dispute-resolution' }]);
  });

  it('leaves a figure not filled in out of the pages and counts it', async () => {
    const [newest] = await getReports();
    const [disputes] = newest!.sections;
    expect(disputes!.metrics.map((m) => m.id)).toEqual(['legal-aid-cases']);
    expect(disputes!.unfilled).toBe(1);
  });

  it('shows the newest published report on the home page', async () => {
    expect((await getLatestReport()).year).toBe(2024);
  });

  it('writes one data row per figure, oldest year first, absolute only on a configured site', async () => {
    const rows = metricRows(await getReports(), new URL('https://example.gov.cn/'));
    expect(rows.map((row) => [row.year, row.id, row.value, row.url])).toEqual([
      [2023, 'legal-aid-cases', 3721, 'https://example.gov.cn/2023/dispute-resolution/#legal-aid-cases'],
      [2024, 'legal-aid-cases', 4000, 'https://example.gov.cn/2024/dispute-resolution/#legal-aid-cases'],
    ]);
    expect(metricRows(await getReports(), undefined)[0]!.url).toBe('/2023/dispute-resolution/#legal-aid-cases');
  });

  it('follows every metric id across the years', async () => {
    const history = await getHistory();
    expect(history.get('legal-aid-cases')!.points.map((p) => [p.year, p.value])).toEqual([
      [2023, 3721],
      [2024, 4000],
    ]);
  });

  it('links a plan item to the section of next year that reports on it, and back', async () => {
    const [newest, oldest] = await getReports();
    const plans = oldest!.sections.find((s) => s.kind === 'plans')!;
    const followUps = await followUpsOf(plans);
    expect(followUps.map((f) => [f.item, f.section.url])).toEqual([
      ['（一）完善司法保障机制', '/2024/dispute-resolution/'],
    ]);
    const back = await plansFor(newest!.sections[0]!);
    expect(back.map((b) => [b.item, b.plans.url])).toEqual([['（一）完善司法保障机制', '/2023/plans/']]);
  });
});
