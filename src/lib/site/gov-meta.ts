/**
 * The page metadata every Chinese government website carries (政府网站发展指引, 国办发〔2017〕47号;
 * GB/T 42147-2022): SiteName, SiteDomain, SiteIDCode, ColumnName, ColumnDescription,
 * ColumnKeywords and ColumnType on every page, and on report pages ArticleTitle, PubDate, ContentSource, Keywords, Author, Description, Url.
 * Pure: the layout passes in the settings, the page's address and, on a report page, its report.
 */
import { isoDate } from '../format/chinese.ts';
import { parseReportPath } from './urls.ts';

/**
 * ColumnType values, from the published list of 栏目类别 (政府网站发展指引, 国办发〔2017〕47号,
 * 附件 政府网站网页设计规范, page metadata; the same list GB/T 42147-2022 carries): 首页、概况信息、
 * 机构职能、负责人信息、工作动态、政策文件、信息公开指南、信息公开目录、信息公开年报、依法申请公开、
 * 数据发布、数据开放、政策解读、回应关切、办事服务、咨询投诉、征集调查、在线访谈…. Only the ones
 * this site's pages are; a page's type must be one of these (the unit test checks it).
 */
export const COLUMN_TYPES = ['首页', '信息公开目录', '数据发布', '回应关切', '咨询投诉'] as const;
export type ColumnType = (typeof COLUMN_TYPES)[number];

/** The column (栏目) a page belongs to: its name, kind, and what ColumnDescription/ColumnKeywords say. */
export interface Column {
  name: string;
  type: ColumnType;
  /** ColumnDescription: what the column is for and holds; `{city}` is the site's city. */
  description: string;
  /** ColumnKeywords: words that say what the column holds. */
  keywords: readonly string[];
}

const REPORTS: Column = {
  name: '年度报告',
  type: '信息公开目录',
  description: '{city}法治政府建设情况年度报告的全文、各部分及其中的数字，照录官方发布文本。',
  keywords: ['法治政府建设', '年度报告', '政府信息公开'],
};
const DATA = (name: string, description: string): Column => ({
  name,
  type: '数据发布',
  description,
  keywords: ['法治政府建设', '数据发布', '统计数据'],
});

/** The site's columns, by the first segment of the address. A year's pages are the reports. */
const COLUMNS: Record<string, Column> = {
  '': {
    name: '首页',
    type: '首页',
    description: '{city}法治政府建设情况年度报告网站首页：最新报告、主要数据和往年报告。',
    keywords: ['法治政府建设', '年度报告', '首页'],
  },
  report: REPORTS,
  reports: {
    name: '历年报告',
    type: '信息公开目录',
    description: '{city}已发布的全部法治政府建设情况年度报告：年度、标题、文号、发布日期和官方来源。',
    keywords: ['法治政府建设', '历年报告', '政府信息公开', '文号'],
  },
  data: DATA('数据下载', '{city}法治政府建设年度报告中全部数字的数据文件（CSV、JSON）及其说明。'),
  figures: DATA('数据一览', '{city}法治政府建设年度报告中的全部数字，按年度和部分列出，可筛选。'),
  metrics: DATA('指标', '{city}法治政府建设年度报告中每项指标的历年数值。'),
  embed: DATA('图表嵌入', '{city}法治政府建设年度报告的图表，可嵌入其他网页。'),
  corrections: {
    name: '更正',
    type: '回应关切',
    description: '{city}法治政府建设年度报告网站已发布数字的全部更正，按时间由近及远排列。',
    keywords: ['更正', '纠错', '法治政府建设'],
  },
  search: {
    name: '站内搜索',
    type: '首页',
    description: '在{city}法治政府建设年度报告网站内搜索报告全文和数字。',
    keywords: ['站内搜索', '法治政府建设', '年度报告'],
  },
  accessibility: {
    name: '无障碍声明',
    type: '咨询投诉',
    description: '{city}法治政府建设年度报告网站的无障碍声明、长者模式用法和遇到障碍时的联系方式。',
    keywords: ['无障碍', '适老化', '长者模式', '联系我们'],
  },
};

const NOT_FOUND: Column = {
  name: '页面未找到',
  type: '首页',
  description: '{city}法治政府建设年度报告网站：要找的页面不存在，可从首页或站内搜索查找。',
  keywords: ['页面未找到', '站内搜索'],
};

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
  /** The site's city (site.yaml `city`), in ColumnDescription and ColumnKeywords. */
  city: string;
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
    { name: 'ColumnDescription', content: column.description.replaceAll('{city}', input.city) },
    { name: 'ColumnKeywords', content: [input.city, ...column.keywords].join(',') },
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
