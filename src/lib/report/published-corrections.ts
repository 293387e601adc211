/**
 * Corrections as readers see them (the rule that requires them: content/checks/corrections.ts):
 * at each corrected figure, in its citation block, on /corrections/ and in the feed.
 */
import { formatDateZh, isoDate } from '../format/chinese.ts';
import type { Correction } from '../content/schema.ts';
import type { Report } from './reports.ts';
import { figurePath } from '../site/urls.ts';

/** One correction of one year, with the figures it names. */
export interface CorrectionView {
  year: number;
  /** YYYY-MM-DD, for <time datetime> and the data files. */
  date: string;
  /** 2024年4月2日. */
  dateZh: string;
  note: string;
  /** The figures corrected: id, label and address (the label is absent for a figure removed). */
  figures: { id: string; label?: string; url?: string }[];
  /** Position among the year's corrections, for a stable anchor: correction-2023-1. */
  anchor: string;
}

/** The corrections of one report, newest first. */
export function correctionsOf(
  report: Pick<Report, 'year' | 'sections'> & { data: { corrections: Correction[] } },
): CorrectionView[] {
  const metrics = new Map(
    report.sections.flatMap((section) =>
      section.metrics.map(
        (metric) =>
          [metric.id, { label: metric.label, url: figurePath(report.year, section.slug, metric.id) }] as const,
      ),
    ),
  );
  return report.data.corrections
    .map((correction, index) => ({
      year: report.year,
      date: isoDate(correction.date),
      dateZh: formatDateZh(correction.date),
      note: correction.note,
      figures: correction.metrics.map((id) => ({ id, ...metrics.get(id) })),
      anchor: `correction-${report.year}-${index + 1}`,
    }))
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}

/** Every correction of every published year, newest first (the newer year first on the same day). */
export const allCorrections = (reports: readonly Parameters<typeof correctionsOf>[0][]): CorrectionView[] =>
  reports.flatMap(correctionsOf).sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : b.year - a.year));

/** The corrections naming one figure, newest first. */
export const correctionsOfFigure = (corrections: readonly CorrectionView[], id: string) =>
  corrections.filter((correction) => correction.figures.some((figure) => figure.id === id));

/** The id of the note that describes a corrected figure on its section page. */
export const correctionNoteId = (id: string) => `correction-of-${id}`;

/**
 * Marks each corrected figure of a section's rendered text (the <data> elements of
 * remark-figures): data-corrected (CSS shows 「更正」 beside it, outside the text) and
 * aria-describedby (the note on the page). The official text itself is not touched.
 */
export function markCorrected(html: string, corrected: ReadonlyMap<string, string>): string {
  return html.replace(/<data\b[^>]*>/g, (tag) => {
    const id = /\bid="([^"]+)"/.exec(tag)?.[1];
    const date = id === undefined ? undefined : corrected.get(id);
    if (id === undefined || date === undefined) return tag;
    return `${tag.slice(0, -1)} data-corrected="${date}" aria-describedby="${correctionNoteId(id)}">`;
  });
}
