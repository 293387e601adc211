/**
 * Bad edits to a report's structure and files (issue 11 items 6-7): years, sections, 文号,
 * slugs and ids, lengths, encodings and YAML that must end in a message, never a stack trace.
 */
import { figures, first, withFigures, type BadEdit } from './bad-edits.ts';

export const FILE_EDITS: BadEdit[] = [
  // 6. Structure
  {
    name: 'a year folder before 1990',
    edit: (copy) => {
      copy.folders.set('1980', copy.files);
      copy.folders.delete(String(copy.year));
    },
    expect: { file: 'index.md', zh: /年份文件夹 1980 不在 1990 到/, en: /The year folder 1980 is not between 1990/ },
  },
  {
    name: 'a year folder far in the future',
    edit: (copy) => {
      copy.folders.set('2999', copy.files);
      copy.folders.delete(String(copy.year));
    },
    expect: { file: 'index.md', zh: /年份文件夹 2999/, en: /The year folder 2999/ },
  },
  {
    name: 'a report in the wrong year folder (its title names another year)',
    edit: (copy) => {
      copy.folders.set(String(copy.year - 3), copy.files);
      copy.folders.delete(String(copy.year));
    },
    expect: (copy) => ({
      file: 'index.md',
      field: 'title',
      zh: new RegExp(`标题写的是 ${copy.year} 年，而文件夹是 ${copy.year - 3}`),
      en: /The title names/,
    }),
  },
  {
    name: 'a report without sections',
    edit: (copy) => {
      for (const name of copy.sections) copy.files.delete(name);
    },
    expect: { file: 'index.md', zh: /没有任何章节文件/, en: /has no section files/ },
  },
  {
    name: 'one 文号 for two reports',
    edit: (copy) => {
      const earlier = new Map(copy.files);
      const title = String(copy.frontmatter('index.md')['title']);
      const index = copy.text('index.md').replace(title, title.replace(String(copy.year), String(copy.year - 2)));
      earlier.set('index.md', index);
      earlier.delete('source.txt');
      earlier.set('source.txt', copy.text('source.txt').replaceAll(String(copy.year), String(copy.year - 2)));
      copy.folders.set(String(copy.year - 2), earlier);
      const middle = new Map(earlier);
      middle.set(
        'index.md',
        index
          .replace(/documentNumber: .*/, 'documentNumber: 测试〔1〕1号')
          .replaceAll(String(copy.year - 2), String(copy.year - 1)),
      );
      copy.folders.set(String(copy.year - 1), middle);
    },
    expect: {
      file: 'index.md',
      field: 'documentNumber',
      zh: /文号「.+」已是 \d{4} 年报告的文号/,
      en: /is already the \d{4} report's/,
    },
  },
  ...['full', 'figures', 'data', 'search', 'metrics', 'feed'].map((slug): BadEdit => ({
    name: `a slug that is a site path: ${slug}`,
    edit: (copy) => copy.editFrontmatter(withFigures(copy), (doc) => doc.set('slug', slug)),
    expect: {
      file: withFigures,
      field: 'slug',
      zh: /slug 不能用网站已有的页面名称/,
      en: /slug may not be a page name the site already uses/,
    },
  })),
  {
    name: 'a metric id that is a page element id',
    edit: (copy) =>
      copy.editFrontmatter(withFigures(copy), (doc) => doc.setIn(['metrics', first(copy).index, 'id'], 'site-header')),
    expect: (copy) => ({
      file: withFigures(copy),
      field: `metrics[${first(copy).index}].id`,
      zh: /该 id 已被网页布局占用/,
      en: /This id is used by the page layout/,
    }),
  },
  {
    name: 'a metric id in a prefix the templates use (cite-…)',
    edit: (copy) =>
      copy.editFrontmatter(withFigures(copy), (doc) => doc.setIn(['metrics', first(copy).index, 'id'], 'cite-cases')),
    expect: (copy) => ({
      file: withFigures(copy),
      field: `metrics[${first(copy).index}].id`,
      zh: /该 id 已被网页布局占用/,
      en: /nor may it start with cite-/,
    }),
  },
  {
    name: 'a chart id that is a page element id',
    edit: (copy) =>
      copy.editFrontmatter(withFigures(copy), (doc) =>
        doc.set('charts', [
          {
            id: 'main-content',
            title: '测试',
            kind: 'bar',
            metrics: figures(copy)
              .metrics.slice(0, 2)
              .map((m) => m.id),
          },
        ]),
      ),
    expect: { file: withFigures, field: 'charts[0].id', zh: /该 id 已被网页布局占用/, en: /used by the page layout/ },
  },
  {
    name: 'a label too long to be one',
    edit: (copy) =>
      copy.editFrontmatter(withFigures(copy), (doc) =>
        doc.setIn(['metrics', first(copy).index, 'label'], '案'.repeat(81)),
      ),
    expect: (copy) => ({
      file: withFigures(copy),
      field: `metrics[${first(copy).index}].label`,
      zh: /最多 80 个字/,
      en: /at most 80 characters/,
    }),
  },
  {
    name: 'a body line of 100,000 characters',
    edit: (copy) => copy.editBody(withFigures(copy), (body) => `${body}\n\n${'字'.repeat(100_000)}\n`),
    expect: { file: withFigures, field: '', zh: /这一行有 100000 个字符/, en: /This line has 100000 characters/ },
  },
  // 7. No stack trace: each gets a message with the fix
  {
    name: 'a YAML alias bomb',
    edit: (copy) =>
      copy.replace(
        withFigures(copy),
        '---\n',
        `---\nx: &a [1, 1, 1, 1, 1, 1, 1, 1, 1]\ny: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nz: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n`,
      ),
    expect: { file: withFigures, zh: /锚点和别名（& 和 \*）/, en: /anchors and aliases/ },
  },
  {
    name: 'a binary file saved as a section',
    edit: (copy) => copy.files.set(withFigures(copy), new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00])),
    expect: { file: withFigures, zh: /这不是文本文件（含有二进制数据/, en: /This is not a text file/ },
  },
  {
    name: 'a GBK-encoded file',
    edit: (copy) =>
      // 「法治」 in GBK, inside otherwise ASCII frontmatter.
      copy.files.set(
        withFigures(copy),
        new Uint8Array([...Buffer.from('---\ntitle: '), 0xb7, 0xa8, 0xd6, 0xce, ...Buffer.from('\n---\n')]),
      ),
    expect: {
      file: withFigures,
      zh: /编码不是 UTF-8（看起来是 GBK.*另存为.*UTF-8/,
      en: /not encoded as UTF-8.*Save As/,
    },
  },
  {
    name: 'a duplicate key',
    edit: (copy) => copy.replace(withFigures(copy), '---\n', `---\nslug: again\n`),
    expect: {
      file: withFigures,
      zh: /YAML 格式有误：同一个字段写了两次/,
      en: /not valid YAML: Map keys must be unique/,
    },
  },
  {
    name: 'value: .inf',
    edit: (copy) =>
      copy.editFrontmatter(withFigures(copy), (doc) => doc.setIn(['metrics', first(copy).index, 'value'], Infinity)),
    expect: (copy) => ({
      file: withFigures(copy),
      field: `metrics[${first(copy).index}].value`,
      zh: /value 必须是普通的数字.*\.inf/,
      en: /value must be a plain number/,
    }),
  },
  {
    name: 'value: .nan',
    edit: (copy) =>
      copy.editFrontmatter(withFigures(copy), (doc) => doc.setIn(['metrics', first(copy).index, 'value'], NaN)),
    expect: (copy) => ({
      file: withFigures(copy),
      field: `metrics[${first(copy).index}].value`,
      zh: /value 必须是普通的数字/,
      en: /not \.inf or \.nan/,
    }),
  },
  {
    name: 'a string where a number belongs (value)',
    edit: (copy) =>
      copy.editFrontmatter(withFigures(copy), (doc) =>
        doc.setIn(['metrics', first(copy).index, 'value'], first(copy).text),
      ),
    expect: (copy) => ({
      file: withFigures(copy),
      field: `metrics[${first(copy).index}].value`,
      zh: /value 必须是普通的数字.*不加引号、不带单位/,
      en: /no quotes, no unit/,
    }),
  },
  {
    name: 'a string where a number belongs (order)',
    edit: (copy) => copy.editFrontmatter(withFigures(copy), (doc) => doc.set('order', '五')),
    expect: { file: withFigures, field: 'order', zh: /order 必须是普通的数字/, en: /order must be a plain number/ },
  },
];
