/**
 * /data/datapackage.json: the Frictionless Data Package of every CSV the site publishes
 * (src/lib/data/datapackage.ts). Each file's text is made by the same functions as the file
 * itself, so its bytes and hash are those of what is served.
 */
import type { APIRoute } from 'astro';
import { buildChartModel } from '../../lib/charts/model.ts';
import { chartRows } from '../../lib/data/chart-rows.ts';
import { SITE } from '../../lib/site/identity.ts';
import { buildDay, dataPackage, type PackageFile } from '../../lib/data/datapackage.ts';
import { rowsOfSection, rowsOfYear } from '../../lib/data/downloads.ts';
import { allDataPath, chartCsvPath, sectionDataPath, yearDataPath } from '../../lib/site/urls.ts';
import { toCsv } from '../../lib/data/export.ts';
import { findMetric, getReports } from '../../lib/report/reports.ts';
import { metricRows } from '../../lib/data/metric-rows.ts';
import { publishedSite } from '../../lib/site/site-url.ts';

export const GET: APIRoute = async ({ site }) => {
  const reports = await getReports();
  const rows = metricRows(reports, publishedSite(site));
  const files: PackageFile[] = [
    {
      path: allDataPath('csv'),
      csv: toCsv(rows),
      title: '全部年度的全部数字',
      description: '报告正文中登记的每一个数字，每个数字一行。',
    },
    ...reports.flatMap((report) => [
      {
        path: yearDataPath(report.year, 'csv'),
        csv: toCsv(rowsOfYear(rows, report.year)),
        title: `${report.year}年度的全部数字`,
        description: `《${report.data.title}》（${report.data.documentNumber}）中的每一个数字。`,
      },
      ...report.sections.map((section) => ({
        path: sectionDataPath(report.year, section.slug, 'csv'),
        csv: toCsv(rowsOfSection(rows, report.year, section.order)),
        title: `${report.year}年 ${section.heading}`,
        description: `${report.year}年度报告“${section.heading}”一节中的数字。`,
      })),
      ...[...report.data.charts, ...report.sections.flatMap((section) => section.charts)].map((chart) => {
        const model = buildChartModel(chart, (id) => findMetric(report, id));
        return {
          path: chartCsvPath(report.year, chart.id),
          csv: toCsv(chartRows(model, metricRows([report], publishedSite(site)))),
          title: `${report.year}年图表：${model.title}`,
          description: `图表“${model.title}”所画的数字${model.whole ? '（整体在前，各部分在后）' : ''}。`,
          ...(chart.withdrawn ? { withdrawn: chart.withdrawn } : {}),
        };
      }),
    ]),
  ];
  const descriptor = dataPackage({
    name: 'anshan-rule-of-law-report-figures',
    title: `${SITE.name}：报告中的全部数字`,
    description: '年度报告正文中的每一个数字，按全部、年度、章节和图表分别提供 CSV 文件，字段相同。',
    site,
    reports: reports.map((report) => ({ year: report.year, ...report.data })),
    files,
    keywords: ['法治政府建设', SITE.city, '年度报告', '开放数据'],
    created: buildDay(),
    publisher: { title: SITE.publisher, path: SITE.publisherUrl },
  });
  return new Response(`${JSON.stringify(descriptor, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
