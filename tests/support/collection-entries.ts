/**
 * Content-collection entries made for unit tests that mock `astro:content` (as Starlight's
 * tests do): a report's index and its sections, parsed by the real schemas.
 */
import { reportSchema, sectionSchema } from '../../src/lib/content/schema.ts';

/** The index entry of a year's report, with the given frontmatter fields changed or added. */
export const reportEntry = (year: number, extra: Record<string, unknown> = {}) => ({
  id: `${year}/index`,
  body: `${year}年报告的前言。`,
  data: reportSchema.parse({
    title: `关于${year}年鞍山市法治政府建设情况的报告`,
    issuers: ['中共鞍山市委', '鞍山市人民政府'],
    documentNumber: `鞍委〔${year + 1}〕17号`,
    published: `${year + 1}-03-15`,
    source: '鞍山市司法局',
    sourceUrl: 'https://example.gov.cn/report',
    ...extra,
  }),
});

/** A section entry of a year: its file name (without .md), frontmatter and body. */
export const sectionEntry = (year: number, file: string, data: Record<string, unknown>, body: string) => ({
  id: `${year}/${file}`,
  body,
  data: sectionSchema.parse(data),
});
