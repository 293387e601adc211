/**
 * The imported report as files: index.md, NN-slug.md per section and source.txt, in the
 * same layout staff edit by hand (docs/content.md, "How the content is organised").
 */
import { Document } from 'yaml';
import { REPORT_INDEX_FILE, REPORT_SOURCE_FILE } from '../content/files.ts';
import type { ImportResult } from './import-report.ts';

export interface ImportedFile {
  /** File name inside the year's folder. */
  name: string;
  content: string;
}

const PROVISIONAL_NOTE =
  ' # 核对 label（这个数字统计的是什么）后删除这一行；id 已自动生成，可保留 confirm the label, then delete this line; the id may stay';
const DRAFT_NOTE = ' # 草稿：检查无误后删除这一行，才会发布 draft: delete this line to publish';

/** Frontmatter and body, as the content loader reads them. */
function markdownFile(data: Record<string, unknown>, body: string): string {
  // Fields left undefined (no 文号, no chart) are not written at all.
  const defined = Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined));
  const yaml = new Document(defined)
    .toString({ lineWidth: 0, flowCollectionPadding: false })
    .replace(/^(\s*)provisional: true$/gm, `$1provisional: true${PROVISIONAL_NOTE}`)
    .replace(/^draft: true$/m, `draft: true${DRAFT_NOTE}`)
    .trimEnd();
  return `---\n${yaml}\n---\n\n${body.trim()}\n`;
}

const nonEmpty = <T>(list: T[]) => (list.length > 0 ? list : undefined);

/** Every file of the imported year; `source` is the official text as decoded (source.txt). */
export function importedFiles({ report, sections }: ImportResult, source: string, sourceUrl?: string): ImportedFile[] {
  const index = markdownFile(
    {
      title: report.title,
      issuers: report.issuers,
      documentNumber: report.documentNumber,
      published: report.published,
      source: report.source,
      sourceUrl,
      measuresHeading: report.measuresHeading,
      headline: nonEmpty(report.headline),
      charts: nonEmpty(report.charts),
      draft: true,
    },
    report.preamble,
  );
  return [
    { name: REPORT_SOURCE_FILE, content: source.endsWith('\n') ? source : `${source}\n` },
    { name: REPORT_INDEX_FILE, content: index },
    ...sections.map((section) => ({
      name: `${String(section.order).padStart(2, '0')}-${section.slug}.md`,
      content: markdownFile(
        {
          order: section.order,
          slug: section.slug,
          kind: section.kind,
          title: section.title,
          headline: nonEmpty(section.headline),
          metrics: section.metrics,
          nonFigures: nonEmpty(section.nonFigures),
          charts: nonEmpty(section.charts),
        },
        section.body,
      ),
    })),
  ];
}
