/**
 * The page metadata every Chinese government website carries (政府网站发展指引, 国办发〔2017〕47号;
 * GB/T 42147-2022): SiteName, SiteDomain, SiteIDCode, ColumnName and ColumnType on every page,
 * and on report pages ArticleTitle, PubDate, ContentSource, Keywords, Author, Description, Url.
 * Pure: the layout passes in the settings, the page's address and, on a report page, its report.
 */
import { isoDate } from '../format/chinese.ts';
import { parseReportPath } from './urls.ts';

/** The column (栏目) a page belongs to: its name and kind. */
export interface Column {
  name: string;
  type: string;
}

/** The site's columns, by the first segment of the address. A year's pages are the reports. */
const COLUMNS: Record<string, Column> = {
  '': { name: '首页', type: '首页' },
  report: { name: '年度报告', type: '工作报告' },
  data: { name: '数据下载', type: '数据发布' },
  figures: { name: '数据一览', type: '数据发布' },
  metrics: { name: '指标', type: '数据发布' },
  embed: { name: '图表嵌入', type: '数据发布' },
  search: { name: '站内搜索', type: '站内搜索' },
  accessibility: { name: '无障碍声明', type: '网站声明' },
};

const NOT_FOUND: Column = { name: '页面未找到', type: '网站声明' };

/** A report page's address: /2023/, /2023/full/ or /2023/<slug>/. */
export interface ReportAddress {
  year: number;
  /** The section's slug; absent on the cover and the whole-report page. */
  slug?: string;
  full: boolean;
}

/** Which report page an address is, if any. */
export function reportAddress(pathname: string): ReportAddress | undefined {
  const address = parseReportPath(pathname);
  if (!address) return undefined;
  const { year, rest } = address;
  return { year, slug: rest && rest !== 'full' ? rest : undefined, full: rest === 'full' };
}

/** The column of a page, from its address. */
export function columnFor(pathname: string): Column {
  if (reportAddress(pathname)) return COLUMNS.report!;
  const first = pathname.split('/')[1] ?? '';
  return COLUMNS[first.replace(/\.html$/, '')] ?? NOT_FOUND;
}

/**
 * 2024-03-15 09:30: the form PubDate takes. The date is the report's (a calendar day); the time
 * is the report's `publishedTime` when staff give it, and 00:00 otherwise: none is invented.
 */
export const formatPubDate = (date: Date, time = '00:00') => `${isoDate(date)} ${time}`;

/** What a report page says of itself. */
export interface ArticleMeta {
  /** The report's title, and the section's heading on a section page. */
  title: string;
  published: Date;
  /** When it went up on the web (HH:mm, Beijing time), if staff recorded it. */
  publishedTime?: string | undefined;
  /** The office that published the text (the report's `source`). */
  source: string;
  keywords: readonly string[];
  /** The issuers, in order. */
  authors: readonly string[];
}

export interface GovMetaInput {
  siteName: string;
  /** The site's address (Astro's `site`); without it SiteDomain and Url are left out. */
  site: URL | undefined;
  /** 网站标识码; empty until issued. */
  siteIdCode: string;
  pathname: string;
  description: string;
  article?: ArticleMeta;
}

/** The <meta name content> pairs, in the conventional order. */
export function govMetaTags(input: GovMetaInput): { name: string; content: string }[] {
  const column = columnFor(input.pathname);
  const tags = [
    { name: 'SiteName', content: input.siteName },
    ...(input.site ? [{ name: 'SiteDomain', content: input.site.host }] : []),
    { name: 'SiteIDCode', content: input.siteIdCode },
    { name: 'ColumnName', content: column.name },
    { name: 'ColumnType', content: column.type },
  ];
  const { article } = input;
  if (!article) return tags;
  return [
    ...tags,
    { name: 'ArticleTitle', content: article.title },
    { name: 'PubDate', content: formatPubDate(article.published, article.publishedTime) },
    { name: 'ContentSource', content: article.source },
    { name: 'Keywords', content: article.keywords.join(',') },
    { name: 'Author', content: article.authors.join('、') },
    { name: 'Description', content: input.description },
    ...(input.site ? [{ name: 'Url', content: new URL(input.pathname, input.site).href }] : []),
  ];
}
