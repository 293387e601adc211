/**
 * Which share images the site has and which one each page names (og:image): one per report
 * (its title, 文号 and date) and one per section (the title over the section's heading), each
 * with its headline figures as the text writes them. The home page and the pages of no one
 * year show the newest report's; a page of one year (its sections, the whole report, its
 * figures, its embeds) shows that report's or its section's; a figure's page shows the section
 * it stands in, in the newest report that has it.
 * What an image looks like: src/lib/site/share-card.ts.
 */
import { formatDateZh } from '../format/chinese.ts';
import { SHARE_FIGURES, shareCardAlt, type ShareCard } from '../site/share-card.ts';
import { parseReportPath, shareImagePath } from '../site/urls.ts';

/** A figure as the images show it: its label and its text as written. */
interface ShareMetric {
  id: string;
  label: string;
  text?: string | undefined;
}

/** A section as the images need it. */
interface ShareSection {
  slug: string;
  heading: string;
  /** Ids of the figures the section puts first. */
  headline: readonly string[];
  metrics: readonly ShareMetric[];
}

/** What the images are made of: a report as src/lib/report/reports.ts gives it. */
export interface ShareReport {
  year: number;
  data: { title: string; documentNumber?: string | undefined; published: Date; headline: readonly string[] };
  sections: readonly ShareSection[];
}

export interface ShareImage {
  /** Its address on the site: /share/2023.png. */
  path: string;
  card: ShareCard;
  /** og:image:alt: what it shows. */
  alt: string;
}

/** 文号 and date as the image prints them: 鞍委〔2024〕17号 · 2024年3月15日发布. */
const metaOf = (report: ShareReport) =>
  [report.data.documentNumber, `${formatDateZh(report.data.published)}发布`].filter(Boolean).join(' · ');

/** The headline figures named by `ids`, found among `sections`, as 受理法律援助案件 3721件; a figure not filled in is left out. */
function headlineFigures(ids: readonly string[], sections: readonly ShareSection[]): string[] {
  const metrics = new Map(sections.flatMap((section) => section.metrics.map((metric) => [metric.id, metric] as const)));
  return ids
    .map((id) => metrics.get(id))
    .filter((metric): metric is ShareMetric & { text: string } => Boolean(metric?.text))
    .slice(0, SHARE_FIGURES)
    .map((metric) => `${metric.label} ${metric.text}`);
}

function image(site: string, report: ShareReport, section?: ShareSection): ShareImage {
  const figures = section
    ? headlineFigures(section.headline, [section])
    : headlineFigures(report.data.headline, report.sections);
  const card: ShareCard = {
    site,
    title: report.data.title,
    heading: section?.heading,
    ...(figures.length > 0 ? { figures } : {}),
    meta: metaOf(report),
  };
  return { path: shareImagePath(report.year, section?.slug), card, alt: shareCardAlt(card) };
}

/** Every share image of the site: each report's, then each of its sections'. */
export const shareImagesOf = (site: string, reports: readonly ShareReport[]): ShareImage[] =>
  reports.flatMap((report) => [image(site, report), ...report.sections.map((section) => image(site, report, section))]);

/** The year a page belongs to: /2023/…, /figures/2023/, /embed/2023/…; undefined for the others. */
const yearOfPage = (pathname: string): number | undefined => {
  const match = /^\/(?:figures\/|embed\/)?(\d{4})\//.exec(pathname);
  return match ? Number(match[1]) : undefined;
};

/** The share image of the page at `pathname`; `newest` stands for the pages of no one year. */
export function shareImageOfPage(
  pathname: string,
  site: string,
  reports: readonly ShareReport[],
  newest: ShareReport,
): ShareImage {
  // A figure's page (/metrics/<id>/): the section it stands in, in the newest report that has it.
  const metricId = /^\/metrics\/([^/]+)\/$/.exec(pathname)?.[1];
  if (metricId) {
    for (const each of [...reports].sort((a, b) => b.year - a.year)) {
      const home = each.sections.find((section) => section.metrics.some((metric) => metric.id === metricId));
      if (home) return image(site, each, home);
    }
  }
  const report = reports.find((each) => each.year === yearOfPage(pathname));
  if (!report) return image(site, newest);
  const section = report.sections.find((each) => each.slug === parseReportPath(pathname)?.rest);
  return image(site, report, section);
}
