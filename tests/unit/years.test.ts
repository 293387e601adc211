import { describe, expect, it } from 'vitest';
import { continuingSection, yearLinks, yearOfPath } from '../../src/lib/report/years.ts';

const reports = [
  {
    year: 2023,
    draft: false,
    sections: [
      { slug: 'dispute-resolution', title: '多元化解社会矛盾纠纷成效明显' },
      { slug: 'plans', title: '2024年重点工作安排' },
    ],
  },
  { year: 2024, draft: false, sections: [{ slug: 'dispute-resolution', title: '多元化解社会矛盾纠纷成效明显' }] },
  { year: 2025, draft: true, sections: [] },
];

describe('the year switcher', () => {
  it('lists every year, newest first, marking this page and this year', () => {
    expect(yearLinks(reports, '/2023/')).toEqual([
      { year: 2025, href: '/2025/', draft: true, current: undefined },
      { year: 2024, href: '/2024/', draft: false, current: undefined },
      { year: 2023, href: '/2023/', draft: false, current: 'page' },
    ]);
  });

  it('leads from a section to the same section of another year when it exists', () => {
    const links = yearLinks(reports, '/2023/plans/');
    expect(links.map((l) => l.href)).toEqual(['/2025/', '/2024/', '/2023/plans/']);
    expect(yearLinks(reports, '/2024/dispute-resolution/').map((l) => [l.href, l.current])).toEqual([
      ['/2025/', undefined],
      ['/2024/dispute-resolution/', 'page'],
      ['/2023/dispute-resolution/', undefined],
    ]);
  });

  it('keeps the full text in the full text, and marks the home page year', () => {
    expect(yearLinks(reports, '/2024/full/').map((l) => l.href)).toEqual(['/2025/full/', '/2024/full/', '/2023/full/']);
    expect(yearLinks(reports, '/', 2024).find((l) => l.year === 2024)?.current).toBe('true');
    expect(yearLinks(reports, '/metrics/').every((l) => l.current === undefined)).toBe(true);
  });
});

describe('switching from a section leads to the section that continues it', () => {
  const older = {
    year: 2023,
    draft: false,
    sections: [
      { slug: 'legal-education', title: '法治宣传教育机制更加健全', metrics: [{ id: 'weekly-law-tv-episodes' }] },
      {
        slug: 'dispute-resolution',
        title: '多元化解社会矛盾纠纷成效明显',
        metrics: [{ id: 'legal-aid-cases' }, { id: 'hotline-requests' }, { id: 'disputes-resolved' }],
      },
    ],
  };
  const newer = {
    year: 2024,
    draft: false,
    sections: [
      // Renamed slug, same title.
      { slug: 'legal-publicity', title: '法治宣传教育机制更加健全', metrics: [] },
      // New slug and title, but it carries on the figures of 2023's dispute-resolution.
      {
        slug: 'disputes',
        title: '矛盾纠纷化解更加有力',
        metrics: [{ id: 'legal-aid-cases' }, { id: 'hotline-requests' }],
      },
      { slug: 'other', title: '其他', metrics: [{ id: 'disputes-resolved' }] },
    ],
  };

  it('the same title when the slug changed, the most figures kept when both changed', () => {
    expect(yearLinks([older, newer], '/2023/legal-education/').map((l) => l.href)).toEqual([
      '/2024/legal-publicity/',
      '/2023/legal-education/',
    ]);
    expect(yearLinks([older, newer], '/2023/dispute-resolution/').map((l) => l.href)).toEqual([
      '/2024/disputes/',
      '/2023/dispute-resolution/',
    ]);
    expect(yearLinks([older, newer], '/2024/legal-publicity/')[1]!.href).toBe('/2023/legal-education/');
  });

  it('titles match whatever the width of their characters; nothing in common leads to the cover', () => {
    const wide = { slug: 'x', title: '2024年重点工作安排' };
    expect(
      continuingSection(wide, { ...older, sections: [{ slug: 'plans', title: '２０２４年重点工作安排' }] })?.slug,
    ).toBe('plans');
    expect(continuingSection({ slug: 'x', title: '无', metrics: [{ id: 'none' }] }, newer)).toBeUndefined();
    expect(yearLinks([older, newer], '/2024/other/')[1]!.href).toBe('/2023/dispute-resolution/');
  });

  it('knows the year a page belongs to, for the top links', () => {
    expect(yearOfPath('/2023/dispute-resolution/')).toBe(2023);
    expect(yearOfPath('/2024/full/')).toBe(2024);
    expect(yearOfPath('/figures/2023/')).toBe(2023);
    expect([yearOfPath('/'), yearOfPath('/figures/'), yearOfPath('/metrics/legal-aid-cases/')]).toEqual([
      null,
      null,
      null,
    ]);
  });
});
