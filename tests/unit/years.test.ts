import { describe, expect, it } from 'vitest';
import { yearLinks } from '../../src/lib/years.ts';

const reports = [
  { year: 2023, draft: false, sections: [{ slug: 'dispute-resolution' }, { slug: 'plans' }] },
  { year: 2024, draft: false, sections: [{ slug: 'dispute-resolution' }] },
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
