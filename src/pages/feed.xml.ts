/** /feed.xml: an RSS 2.0 feed of the published reports, newest first, for readers and newsrooms. */
import type { APIRoute } from 'astro';
import { SITE } from '../lib/site/identity.ts';
import { rssXml } from '../lib/site/feed.ts';
import { firstSentence, formatDateZh, titleWithNumber } from '../lib/format/chinese.ts';
import { getReports } from '../lib/report/reports.ts';
import { allCorrections } from '../lib/report/published-corrections.ts';
import { CORRECTIONS_PATH } from '../lib/site/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const reports = await getReports();
  const xml = rssXml({
    title: SITE.name,
    description: `${SITE.city}法治政府建设年度报告：全文、逐项数据和开放数据。`,
    language: SITE.lang,
    site,
    items: [
      ...reports.map((report) => ({
        title: titleWithNumber(report.data),
        link: report.url,
        pubDate: report.data.published,
        description: `${report.data.issuers.join('、')}${formatDateZh(report.data.published)}发布。${firstSentence(report.entry.body ?? '')}`,
        categories: ['法治政府建设', `${report.year}年度`],
      })),
      // Each correction of a published figure is news to anyone who quoted it (src/lib/report/published-corrections.ts).
      ...allCorrections(reports.filter((report) => !report.draft)).map((correction) => ({
        title: `更正：${correction.year}年报告 ${correction.figures.map((figure) => figure.label ?? figure.id).join('、')}`,
        link: `${CORRECTIONS_PATH}#${correction.anchor}`,
        pubDate: new Date(`${correction.date}T00:00:00Z`),
        description: correction.note,
        categories: ['更正', `${correction.year}年度`],
      })),
    ].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime()),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
