/**
 * The search index's custom records (every figure, each report's metadata), the section
 * pages' filters and meta, and the key of the text they index, emitted at
 * build time for src/integrations/search-index.ts, which adds them to Pagefind and then
 * removes this file from the published site.
 */
import type { APIRoute } from 'astro';
import { formatDateZh } from '../../lib/format/chinese.ts';
import { getReports, metricsOf } from '../../lib/report/reports.ts';
import { getPageCacheKeys } from '../../lib/incremental/page-keys.ts';
import {
  figureRecord,
  pageFacets,
  reportRecord,
  type PageFacets,
  type SearchRecord,
} from '../../lib/search/records.ts';

export const GET: APIRoute = async () => {
  const records: SearchRecord[] = [];
  const pages: PageFacets[] = [];
  for (const report of await getReports()) {
    records.push(
      reportRecord({
        year: report.year,
        url: report.url,
        title: report.data.title,
        issuers: report.data.issuers,
        documentNumber: report.data.documentNumber,
        published: formatDateZh(report.data.published),
        preamble: report.entry.body ?? '',
      }),
    );
    for (const section of report.sections) pages.push(pageFacets(report.year, section.url, section.heading));
    for (const { metric, section, url } of metricsOf(report)) {
      records.push(
        figureRecord({
          year: report.year,
          sectionHeading: section.heading,
          sectionUrl: section.url,
          url,
          id: metric.id,
          label: metric.label,
          value: metric.value,
          unit: metric.unit,
          text: metric.text,
        }),
      );
    }
  }
  // What the index is made of: when it is the same as last build's, that index is used again.
  const key = (await getPageCacheKeys()).searchText();
  return new Response(JSON.stringify({ key, records, pages }), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
