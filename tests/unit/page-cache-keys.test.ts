/**
 * The keys of Astro's incremental build (src/lib/incremental/page-cache-keys.ts): a page is copied from the
 * last build only if nothing it may show has changed. Three years made for the test (with
 * `astro:content` mocked, as in report.test.ts); each edit must change the keys of every page
 * that shows it, and leave the others alone (or the build would render the whole archive).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { reportEntry, sectionEntry } from '../support/collection-entries.ts';
import type { Report } from '../../src/lib/report/reports.ts';

const YEARS = [2021, 2022, 2023] as const;

const sectionEntries = (year: number) => [
  sectionEntry(
    year,
    '01-dispute-resolution',
    {
      order: 1,
      slug: 'dispute-resolution',
      kind: 'measures',
      title: '多元化解社会矛盾纠纷',
      metrics: [{ id: 'legal-aid-cases', label: '全市受理法律援助案件', value: year, unit: '件', text: `${year}件` }],
    },
    `受理法律援助案件${year}件。`,
  ),
  sectionEntry(
    year,
    '02-plans',
    {
      order: 2,
      slug: 'plans',
      kind: 'plans',
      title: `${year + 1}年重点工作安排`,
      followUps: [{ item: '完善司法保障机制', section: 'dispute-resolution' }],
    },
    '## （一）完善司法保障机制\n\n正文。',
  ),
];

vi.mock('astro:content', () => ({
  getCollection: vi.fn(async (name: 'reports' | 'sections') =>
    name === 'reports' ? YEARS.map((year) => reportEntry(year)) : YEARS.flatMap(sectionEntries),
  ),
}));

const { getReports } = await import('../../src/lib/report/reports.ts');
const { pageCacheKeys } = await import('../../src/lib/incremental/page-cache-keys.ts');

const SOURCES = 'digest of src/, astro.config.mjs and content/site.yaml';
const original = await getReports();

/** A copy of the reports with one edit applied to the copy. */
function edited(edit: (reports: Report[]) => void): Report[] {
  const copy = structuredClone(original);
  edit(copy);
  return copy;
}
const yearOf = (reports: Report[], year: number) => reports.find((report) => report.year === year)!;

/** Every key a build of `reports` gives, by page. */
function keysOf(reports: readonly Report[], sources = SOURCES) {
  const keys = pageCacheKeys(reports, sources);
  return {
    ...Object.fromEntries(YEARS.map((year) => [year, keys.year(year)])),
    archive: keys.archive(),
    address: keys.address('/2022/plans/'),
  };
}

/** The pages whose keys differ between the original reports and `reports`. */
function changed(reports: readonly Report[], sources = SOURCES): string[] {
  const before = keysOf(original);
  const after = keysOf(reports, sources);
  return Object.keys(before).filter(
    (page) => before[page as keyof typeof before] !== after[page as keyof typeof after],
  );
}

afterEach(() => vi.useRealTimers());

describe('incremental build keys', () => {
  it('are the same for the same content and sources', () => {
    expect(changed(structuredClone(original))).toEqual([]);
  });

  it("an edit to one year's text or charts changes that year's pages and the archive's, nothing else", () => {
    const text = edited((reports) => {
      const section = yearOf(reports, 2022).sections[0]!;
      section.body += '另起一句。';
    });
    expect(changed(text)).toEqual(['2022', 'archive']);
    const chart = edited((reports) => {
      yearOf(reports, 2023).sections[0]!.entry.data.charts.push({
        id: 'new-chart',
        title: '新图表',
        kind: 'bar',
        metrics: ['legal-aid-cases'],
      } as never);
    });
    expect(changed(chart)).toEqual(['2023', 'archive']);
  });

  it("an edit to a year's plans also changes the next year's pages (they link back to the plan items)", () => {
    const plans = edited((reports) => {
      yearOf(reports, 2021).sections[1]!.followUps = [];
    });
    expect(changed(plans)).toEqual(['2021', '2022', 'archive']);
  });

  it("a figure, a section title or a report's details changes every year's pages (changes, switchers, headers)", () => {
    const figure = edited((reports) => {
      yearOf(reports, 2021).sections[0]!.metrics[0]!.value = 1;
    });
    expect(changed(figure)).toEqual(['2021', '2022', '2023', 'archive']);
    const title = edited((reports) => {
      yearOf(reports, 2023).sections[0]!.title = '多元化解矛盾纠纷';
    });
    expect(changed(title)).toEqual(['2021', '2022', '2023', 'archive']);
    const details = edited((reports) => {
      yearOf(reports, 2022).data.documentNumber = '鞍委〔2023〕18号';
    });
    expect(changed(details)).toEqual(['2021', '2022', '2023', 'archive']);
  });

  it('a change to the code or the site settings changes every key, the QR codes too', () => {
    expect(changed(original, `${SOURCES}, edited`)).toEqual(['2021', '2022', '2023', 'archive', 'address']);
  });

  it('a page that prints the day of the build (citations) has a key of that day', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-03-15T12:00:00Z'));
    const keys = pageCacheKeys(original, SOURCES);
    const first = keys.year(2023, { dated: true });
    expect(keys.year(2023, { dated: true })).toBe(first);
    expect(first).not.toBe(keys.year(2023));
    vi.setSystemTime(new Date('2026-03-16T12:00:00Z'));
    expect(keys.year(2023, { dated: true })).not.toBe(first);
  });
});
