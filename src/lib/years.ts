/**
 * The year switcher's links: from any page to the same place in another year's report when
 * it exists there (a section with the same slug, the full text), else to that year's cover.
 * Pure, so it is unit tested without Astro.
 */
import { fullReportPath, reportPath, sectionPath } from './urls.ts';

export interface SwitcherReport {
  year: number;
  draft: boolean;
  sections: readonly { slug: string }[];
}

export interface YearLink {
  year: number;
  href: string;
  draft: boolean;
  /** aria-current: "page" when the link is this very page, "true" for this page's year. */
  current: 'page' | 'true' | undefined;
}

/** The year and the rest of a report address: /2023/dispute-resolution/ → 2023, dispute-resolution. */
function parse(pathname: string): { year: number; rest: string } | null {
  const match = /^\/(\d{4})\/(?:([a-z0-9-]+)\/)?$/.exec(pathname);
  return match ? { year: Number(match[1]), rest: match[2] ?? '' } : null;
}

/**
 * One link per report, newest first. `homeYear` is the year the home page shows, so that
 * on the home page that year is marked current.
 */
export function yearLinks(reports: readonly SwitcherReport[], pathname: string, homeYear?: number): YearLink[] {
  const here = parse(pathname) ?? (pathname === '/' && homeYear ? { year: homeYear, rest: '' } : null);
  return [...reports]
    .sort((a, b) => b.year - a.year)
    .map((report) => {
      let href = reportPath(report.year);
      if (here?.rest === 'full') href = fullReportPath(report.year);
      else if (here?.rest && report.sections.some((section) => section.slug === here.rest)) {
        href = sectionPath(report.year, here.rest);
      }
      const current = href === pathname ? 'page' : here?.year === report.year ? 'true' : undefined;
      return { year: report.year, href, draft: report.draft, current };
    });
}
