/**
 * The reports as pages see them: each year's report with its sections in order, numbered,
 * with their addresses, and each metric's history across them. The one place that reads the
 * content collections. What pages make of the reports lives with its idea: open-data rows in
 * data/metric-rows.ts, plan follow-ups in report/follow-ups.ts, cache keys in incremental/page-keys.ts.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { SECTION_KIND_LABELS } from '../content/section-kinds.ts';
import { isFilled, type FilledMetric } from '../content/schema.ts';
import { buildHistory, type MetricHistory } from './history.ts';
import { numberSections } from './numbering.ts';
import { figurePath, fullReportPath, reportPath, sectionPath } from '../site/urls.ts';

export type ReportEntry = CollectionEntry<'reports'>;
export type SectionEntry = CollectionEntry<'sections'>;
/** A metric as pages see it: always filled in (a draft's unfilled metrics are left out). */
export type Metric = FilledMetric;
export type SectionKind = SectionEntry['data']['kind'];

export type Section = {
  /** The collection entry, for `render()`; what pages read of it is copied below. */
  entry: SectionEntry;
  year: number;
  slug: string;
  order: number;
  kind: SectionKind;
  /** Title without numbering: 多元化解社会矛盾纠纷成效明显. */
  title: string;
  /** Numbering as printed: （五） or 二、. */
  number: string;
  /** Title with numbering: （五）多元化解社会矛盾纠纷成效明显. */
  heading: string;
  /** The part it belongs to, with numbering: 一、主要举措和成效. */
  partHeading: string;
  metrics: Metric[];
  /** Figures of a draft not filled in yet (always 0 in a published report). */
  unfilled: number;
  url: string;
  /** The official text, as Markdown. */
  body: string;
} & Pick<SectionEntry['data'], 'headline' | 'charts' | 'followUps'>;

export interface Report {
  year: number;
  entry: ReportEntry;
  data: ReportEntry['data'];
  /** A draft: shown by `npm run dev` only (the build leaves drafts out). */
  draft: boolean;
  sections: Section[];
  url: string;
  fullUrl: string;
}

/** A metric together with the section it stands in and the address of its figure in the text. */
export interface LocatedMetric {
  metric: Metric;
  section: Section;
  url: string;
}

const yearOf = (id: string) => Number(id.split('/')[0]);

let cache: Promise<Report[]> | undefined;

/** Every report, newest first. */
export function getReports(): Promise<Report[]> {
  cache ??= (async () => {
    const [reports, sections] = await Promise.all([getCollection('reports'), getCollection('sections')]);
    return reports
      .map((entry): Report => {
        const year = yearOf(entry.id);
        const own = sections.filter((section) => yearOf(section.id) === year);
        const numbering = numberSections(own.map((section) => section.data));
        const built = own
          .map((section): Section => {
            const { number, partNumber, isPart } = numbering.get(section.data)!;
            const { kind, title, slug, order, metrics } = section.data;
            const partTitle = kind === 'measures' ? entry.data.measuresHeading : title;
            return {
              entry: section,
              year,
              slug,
              order,
              kind,
              title,
              number,
              heading: `${number}${title}`,
              partHeading: isPart ? `${number}${title}` : `${partNumber}${partTitle || SECTION_KIND_LABELS[kind]}`,
              metrics: metrics.filter(isFilled),
              unfilled: metrics.filter((metric) => !isFilled(metric)).length,
              url: sectionPath(year, slug),
              body: section.body ?? '',
              headline: section.data.headline,
              charts: section.data.charts,
              followUps: section.data.followUps,
            };
          })
          .sort((a, b) => a.order - b.order);
        return {
          year,
          entry,
          data: entry.data,
          draft: entry.data.draft,
          sections: built,
          url: reportPath(year),
          fullUrl: fullReportPath(year),
        };
      })
      .sort((a, b) => b.year - a.year);
  })();
  return cache;
}

/** The newest published report: the one the home page shows (a draft only if nothing else exists). */
export async function getLatestReport(): Promise<Report> {
  const reports = await getReports();
  const latest = reports.find((report) => !report.draft) ?? reports[0];
  if (!latest) throw new Error('没有任何报告 No report found in content/reports/');
  return latest;
}

/** Every metric of a report with its section, in reading order. */
export function metricsOf(report: Report): LocatedMetric[] {
  return report.sections.flatMap((section) =>
    section.metrics.map((metric) => ({ metric, section, url: figurePath(report.year, section.slug, metric.id) })),
  );
}

/** One metric of a report by id. */
export function findMetric(report: Report, id: string): LocatedMetric | undefined {
  return metricsOf(report).find((located) => located.metric.id === id);
}

/** Sections grouped by the part they belong to, for tables of contents. */
export function sectionsByPart(report: Report): { heading: string; sections: Section[] }[] {
  const parts: { heading: string; sections: Section[] }[] = [];
  for (const section of report.sections) {
    const last = parts.at(-1);
    if (last?.heading === section.partHeading) last.sections.push(section);
    else parts.push({ heading: section.partHeading, sections: [section] });
  }
  return parts;
}

let historyCache: Promise<Map<string, MetricHistory>> | undefined;

/** Every metric id across the years (see `src/lib/report/history.ts`). */
export function getHistory(): Promise<Map<string, MetricHistory>> {
  historyCache ??= getReports().then((reports) => buildHistory(reports));
  return historyCache;
}
