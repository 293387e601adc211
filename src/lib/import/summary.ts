/**
 * What `npm run new-report -- --from` prints: what it found, what it kept from last year,
 * and what staff must still look at, in Chinese with English beside it.
 */
import type { DecodedText } from './decode.ts';
import type { ImportResult } from './import-report.ts';

const FIELD_NAMES = {
  title: '标题 title',
  issuers: '发文机关 issuers',
  documentNumber: '文号 documentNumber',
  published: '发布日期 published',
  source: '来源 source',
} as const;

export interface SummaryInput {
  result: ImportResult;
  decoded: DecodedText;
  /** content/reports/2024/ */
  folder: string;
  /** The year last year's ids came from, if any. */
  previousYear?: number | undefined;
  /** True when staff gave the official address (--url). */
  hasUrl: boolean;
  milliseconds: number;
}

/** How many of last year's missing ids are named; the check lists them all, section by section. */
const LISTED = 12;

/** The lines printed after an import. */
export function importSummary({ result, decoded, folder, previousYear, hasUrl, milliseconds }: SummaryInput): string[] {
  const { sections, notes } = result;
  const figures = sections.reduce((n, section) => n + section.metrics.length, 0);
  const lines: string[] = [];
  const form = [
    decoded.encoding === 'docx'
      ? 'Word 文件（.docx），已取出文字 text taken from a Word file'
      : decoded.encoding === 'utf-8'
        ? 'UTF-8'
        : `已从 ${decoded.encoding === 'gb18030' ? 'GB18030/GBK' : decoded.encoding.toUpperCase()} 转换为 UTF-8 converted to UTF-8`,
    decoded.bom ? '去掉了 BOM removed the BOM' : '',
    decoded.crlf ? 'CRLF 换行改为 LF line ends CRLF → LF' : '',
  ].filter(Boolean);
  lines.push(
    `✓ 已导入 ${folder}（草稿 draft: true）。 Imported ${folder} as a draft.`,
    `  原文编码 encoding: ${form.join('；')}`,
    '',
  );
  lines.push(`章节 ${sections.length} 个 sections:`);
  for (const section of sections) {
    const from = section.continues
      ? `沿用 ${previousYear} 年 kept from ${previousYear}`
      : previousYear
        ? '新章节，slug 可改 new section: slug may be renamed'
        : '';
    lines.push(
      `  ${String(section.order).padStart(2, '0')}-${section.slug}.md  ${section.title}（${section.metrics.length} 个数字 figures）${from ? `  ${from}` : ''}`,
    );
  }
  lines.push(
    '',
    `数字 ${figures} 个 figures: 沿用去年 id ${notes.kept.length} 个 kept · 新 id ${notes.provisional.length} 个 new`,
  );
  const todo: string[] = [];
  if (notes.provisional.length > 0) {
    todo.push(
      `核对 ${notes.provisional.length} 个新数字的 label（标有 provisional: true；id 已按 label 的拼音生成，不用改），确认后删除该行。 Confirm the label of ${notes.provisional.length} new figure(s) marked provisional: true (ids were made from the labels' pinyin: no need to type one):`,
      ...notes.provisional.map((metric) => `    ${metric.section} · ${metric.id} · ${metric.label} · ${metric.text}`),
    );
  }
  if (notes.unitChanged.length > 0) {
    todo.push(
      `这些数字沿用去年的 id，但单位变了（网站会注明“单位有变化”），请核对后删除 provisional: true。 Same id, unit changed: check, then delete provisional: true:`,
      ...notes.unitChanged.map((change) => `    ${change.section} · ${change.id} · ${change.from} → ${change.to}`),
    );
  }
  if (notes.relabelled.length > 0) {
    todo.push(
      `这些数字沿用去年的 id，但原文措辞变了，label 已按今年的句子重写，请核对后删除 provisional: true。 Same id, reworded sentence: label made from this year's words:`,
      ...notes.relabelled.map((change) => `    ${change.section} · ${change.id} · ${change.from} → ${change.to}`),
    );
  }
  if (notes.gone.length > 0) {
    todo.push(
      `${previousYear} 年的 ${notes.gone.length} 个指标今年没有找到（若只是写法变了，把新数字的 id 改回原 id）。 ${notes.gone.length} id(s) of ${previousYear} not found this year:`,
      `    ${notes.gone
        .slice(0, LISTED)
        .map((metric) => `${metric.id}（${metric.label}）`)
        .join(
          '、',
        )}${notes.gone.length > LISTED ? `……（共 ${notes.gone.length} 个，npm run check 按节列出 listed by npm run check）` : ''}`,
    );
  }
  if (notes.sectionsGone.length > 0)
    todo.push(
      `${previousYear} 年的这些章节今年没有 sections of ${previousYear} not in this text: ${notes.sectionsGone.join(', ')}`,
    );
  if (notes.droppedHeadline.length > 0)
    todo.push(
      `封面/章节 headline 去掉了今年已没有的 id（今年的数字中没有这些 id） dropped headline ids no figure of this year has: ${[...new Set(notes.droppedHeadline)].join(', ')}`,
    );
  if (notes.droppedCharts.length > 0)
    todo.push(`去掉了数字已不存在或不再成立的图表 dropped charts: ${notes.droppedCharts.join(', ')}`);
  if (notes.droppedRelations.length > 0)
    todo.push(
      `今年数字不再成立的关系已去掉 dropped partOf/partsSum/rate that no longer hold: ${notes.droppedRelations.join(', ')}`,
    );
  if (notes.others.length > 0) {
    todo.push(
      `这些数字没有单位，已列入 nonFigures；若是统计数字，请为它添加指标。 Numbers without a unit, listed under nonFigures:`,
      ...notes.others.map(({ section, phrase }) => `    ${section} · ${phrase}`),
    );
  }
  for (const field of notes.missing) {
    todo.push(
      `原文没有${FIELD_NAMES[field]}${field === 'title' || field === 'published' ? '，已临时填写，请改正 (a placeholder was written: correct it)' : '，该字段留空 (left empty)'}。`,
    );
  }
  if (!hasUrl)
    todo.push('在 index.md 中填写 sourceUrl（官方原文的网址）。 Add sourceUrl, the official address, to index.md.');
  lines.push(
    '',
    '还需人工核对 Still to check:',
    ...todo.map((line) => (line.startsWith('    ') ? line : `  • ${line}`)),
  );
  lines.push(
    '',
    '接下来 Next: npm run check · npm run dev（预览，Ctrl+C 停止 preview, Ctrl+C to stop）',
    `  删除 ${folder}index.md 中 draft: true 一行，再运行 npm run build 发布。 Delete the draft line, then npm run build.`,
    '',
    `用时 ${Math.round(milliseconds)} 毫秒 Took ${Math.round(milliseconds)} ms.`,
  );
  return lines;
}
