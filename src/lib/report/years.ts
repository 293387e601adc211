/**
 * The year switcher's links: from any page to the same place in another year's report when
 * it exists there, else to that year's cover. From a section, "the same place" is the section
 * that continues it: the same slug, else the same title, else the one that carries on most of
 * its figures (same metric ids). Also which year a page belongs to, so the top links follow
 * the year being read. Pure, so it is unit tested without Astro.
 */
import { fullReportPath, parseReportPath, reportPath, sectionPath } from '../site/urls.ts';

export interface SwitcherSection {
  slug: string;
  title: string;
  /** The section's figures: a section that keeps most of them continues it. */
  metrics?: readonly { id: string }[];
}

export interface SwitcherReport {
  year: number;
  draft: boolean;
  sections: readonly SwitcherSection[];
}

export interface YearLink {
  year: number;
  href: string;
  draft: boolean;
  /** aria-current: "page" when the link is this very page, "true" for this page's year. */
  current: 'page' | 'true' | undefined;
}

/** The report year a page belongs to (/2023/…, /figures/2023/), or null for pages of every year. */
export function yearOfPath(pathname: string): number | null {
  const match = /^\/(?:figures\/)?(\d{4})\//.exec(pathname);
  return match ? Number(match[1]) : null;
}

/** Titles compared as readers see them: full- and half-width alike, spaces ignored. */
const sameTitle = (a: string, b: string) =>
  a.normalize('NFKC').replace(/\s/g, '') === b.normalize('NFKC').replace(/\s/g, '');

/**
 * The section of `report` that continues `from`: same slug, same title, or most figures kept.
 * The one rule of "which section continues last year's" (the importer's matching, import/match.ts,
 * still has its own; it should come here).
 */
export function continuingSection(from: SwitcherSection, report: SwitcherReport): SwitcherSection | undefined {
  const { sections } = report;
  const bySlug = sections.find((section) => section.slug === from.slug);
  if (bySlug) return bySlug;
  const byTitle = sections.find((section) => sameTitle(section.title, from.title));
  if (byTitle) return byTitle;
  const ids = new Set((from.metrics ?? []).map((metric) => metric.id));
  let best: SwitcherSection | undefined;
  let kept = 0;
  for (const section of sections) {
    const shared = (section.metrics ?? []).filter((metric) => ids.has(metric.id)).length;
    if (shared > kept) [best, kept] = [section, shared];
  }
  return best;
}

/**
 * One link per report, newest first. `homeYear` is the year the home page shows, so that
 * on the home page that year is marked current.
 */
export function yearLinks(reports: readonly SwitcherReport[], pathname: string, homeYear?: number): YearLink[] {
  const here = parseReportPath(pathname) ?? (pathname === '/' && homeYear ? { year: homeYear, rest: '' } : null);
  const from =
    here?.rest && here.rest !== 'full'
      ? reports.find((report) => report.year === here.year)?.sections.find((section) => section.slug === here.rest)
      : undefined;
  return [...reports]
    .sort((a, b) => b.year - a.year)
    .map((report) => {
      let href = reportPath(report.year);
      if (here?.rest === 'full') href = fullReportPath(report.year);
      else if (from) {
        const next = report.year === here?.year ? from : continuingSection(from, report);
        if (next) href = sectionPath(report.year, next.slug);
      }
      const current = href === pathname ? 'page' : here?.year === report.year ? 'true' : undefined;
      return { year: report.year, href, draft: report.draft, current };
    });
}
