/**
 * The report's identity as a 信息公开 page shows it (政府信息公开目录 fields): 索引号, 主题分类,
 * 发文机关, 文号, 成文日期, 发布日期, 有效性, and 相关文件 / 解读 links. Only what the year's
 * index.md gives: a field it leaves out is not shown, never filled in. Pure, so a test can
 * give any fields; ReportMeta.astro renders the rows, the print block reads the 文号 from here.
 */
import { formatDateZh, isoDate } from '../format/chinese.ts';
import { RELATED_KINDS, type ReportData } from '../content/schema.ts';

/** One row of the metadata block: a label and its text; `datetime` when the text is a date. */
export interface DisclosureRow {
  /** Stable name for tests and styles (the schema's field name). */
  field: string;
  label: string;
  text: string;
  datetime?: string;
}

type Fields = Pick<
  ReportData,
  'issuers' | 'documentNumber' | 'published' | 'indexNumber' | 'topic' | 'written' | 'validity' | 'related'
>;

const dateRow = (field: string, label: string, date: Date): DisclosureRow => ({
  field,
  label,
  text: formatDateZh(date),
  datetime: isoDate(date),
});

/** The rows in the order disclosure catalogues print them; 发布日期 always (every report has one). */
export function disclosureRows(data: Fields): DisclosureRow[] {
  const rows: (DisclosureRow | false | undefined)[] = [
    data.indexNumber !== undefined && { field: 'indexNumber', label: '索引号', text: data.indexNumber },
    data.topic !== undefined && { field: 'topic', label: '主题分类', text: data.topic },
    data.issuers.length > 0 && { field: 'issuers', label: '发文机关', text: data.issuers.join(' ') },
    data.documentNumber !== undefined && { field: 'documentNumber', label: '文号', text: data.documentNumber },
    data.written && dateRow('written', '成文日期', data.written),
    dateRow('published', '发布日期', data.published),
    data.validity !== undefined && { field: 'validity', label: '有效性', text: data.validity },
  ];
  return rows.filter((row): row is DisclosureRow => Boolean(row));
}

/** The 相关文件 and 解读 links, grouped by kind in a fixed order; kinds without links left out. */
export function relatedGroups(data: Pick<Fields, 'related'>) {
  return RELATED_KINDS.map((kind) => ({ kind, links: data.related.filter((link) => link.kind === kind) })).filter(
    (group) => group.links.length > 0,
  );
}
