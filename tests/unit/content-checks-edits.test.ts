/**
 * Every way an edit can misstate the report or slip markup onto the site, one class per row:
 * a small change to an in-memory copy of the newest published report, and the refusal it must
 * get (file, line, field, key words in Chinese and in English). Then edits that change nothing
 * a reader sees, which must pass. The checks are the build's own, run as a pure function.
 */
import { describe, expect, it } from 'vitest';
import { formatPath } from '../../src/lib/content/format.ts';
import type { Problem } from '../../src/lib/content/messages.ts';
import { ContentCopy } from '../support/content-memory.ts';

interface Refusal {
  /** File name inside the year's folder (or a path ending), or a function of the copy. */
  file: string | ((copy: ContentCopy) => string);
  /** Field path as printed (metrics[3].value), '' for the body or the whole file. */
  field?: string;
  zh: RegExp;
  en: RegExp;
}

interface BadEdit {
  name: string;
  edit: (copy: ContentCopy) => void;
  expect: Refusal | ((copy: ContentCopy) => Refusal);
}

/** Inserts text at the start of a section's first paragraph. */
const intoBody = (copy: ContentCopy, name: string, text: string) =>
  copy.editBody(name, (body) => body.replace(/^(\s*)/, `$1${text}`));
const figures = (copy: ContentCopy) => copy.sectionWithFigures();
const withFigures = (copy: ContentCopy) => figures(copy).name;
const first = (copy: ContentCopy) => figures(copy).metrics[0]!;

const markup = (tag: string, words: RegExp = /网页代码/): BadEdit => ({
  name: `raw HTML in a body: ${tag}`,
  edit: (copy) => intoBody(copy, withFigures(copy), tag),
  expect: { file: withFigures, field: '', zh: words, en: /No HTML in the text/ },
});

const BAD_EDITS: BadEdit[] = [
  // 1. Markup
  markup('<script src="https://evil.example/x.js"></script>'),
  markup('<iframe src="https://evil.example"></iframe>'),
  markup('<meta http-equiv="refresh" content="0; url=https://evil.example">'),
  markup('<form action="https://evil.example"><input name="q"></form>'),
  markup('<base href="https://evil.example/">'),
  markup('<img src="x" onerror="alert(1)">'),
  markup('<span style="display:none">隐藏</span>'),
  markup('<!-- 注释 -->'),
  {
    name: 'an HTML character reference (&#56;&#56; renders as 88)',
    edit: (copy) => intoBody(copy, withFigures(copy), '&#56;&#56;'),
    expect: { file: withFigures, field: '', zh: /HTML 字符代码「&#56;」/, en: /No HTML character reference/ },
  },
  {
    name: 'a javascript: link',
    edit: (copy) => intoBody(copy, withFigures(copy), '[点击](javascript:alert(1))'),
    expect: {
      file: withFigures,
      field: '',
      zh: /链接地址「javascript:alert\(1」不允许/,
      en: /Link address .* is not allowed/,
    },
  },
  {
    name: 'a data: link in a reference definition',
    edit: (copy) => copy.editBody(withFigures(copy), (body) => `${body}\n\n[x]: data:text/html;base64,PHNjcmlwdD4=\n`),
    expect: { file: withFigures, field: '', zh: /链接地址「data:text\/html/, en: /Link address "data:text\/html/ },
  },
  {
    name: 'an image',
    edit: (copy) => intoBody(copy, withFigures(copy), '![图](https://evil.example/a.png)'),
    expect: { file: withFigures, field: '', zh: /不能插入图片/, en: /No images/ },
  },
  {
    name: 'inline code hiding a number',
    edit: (copy) => intoBody(copy, withFigures(copy), '`8888件`'),
    expect: { file: withFigures, field: '', zh: /反引号/, en: /No backticks/ },
  },
  {
    name: 'sourceUrl that is not http(s)',
    edit: (copy) => copy.editFrontmatter('index.md', (doc) => doc.set('sourceUrl', 'javascript:alert(1)')),
    expect: {
      file: 'index.md',
      field: 'sourceUrl',
      zh: /http:\/\/ 或 https:\/\//,
      en: /starting with http:\/\/ or https:\/\//,
    },
  },
  {
    name: 'markup in a frontmatter string (a label)',
    edit: (copy) =>
      copy.editFrontmatter(withFigures(copy), (doc) =>
        doc.setIn(['metrics', first(copy).index, 'label'], '<b>案件</b>'),
      ),
    expect: (copy) => ({
      file: withFigures(copy),
      field: `metrics[${first(copy).index}].label`,
      zh: /不能有 < >/,
      en: /No < >/,
    }),
  },
  {
    name: 'markup in a chart title',
    edit: (copy) =>
      copy.editFrontmatter(withFigures(copy), (doc) =>
        doc.set('charts', [
          {
            id: 'test-chart',
            title: '</script><script>alert(1)</script>',
            kind: 'bar',
            metrics: figures(copy)
              .metrics.slice(0, 2)
              .map((m) => m.id),
          },
        ]),
      ),
    expect: { file: withFigures, field: 'charts[0].title', zh: /不能有 < >/, en: /No < >/ },
  },
  // 2. The text is the official text
  {
    name: 'a word of a paragraph changed',
    edit: (copy) => copy.editBody(withFigures(copy), (body) => body.replace('。', '，并且很好。')),
    expect: {
      file: withFigures,
      field: '',
      zh: /与原文（source\.txt 第 \d+ 段）不一致：原文是「….*…」，这里是「….*并且很好/,
      en: /differs from the official text/,
    },
  },
  {
    name: 'a section emptied',
    edit: (copy) => copy.editBody(copy.sectionWithoutFigures(), () => '\n'),
    expect: { file: '', zh: /在报告中没有：不能删减原文/, en: /is missing from the report: put it back/ },
  },
  {
    name: 'a paragraph dropped',
    edit: (copy) => copy.editBody(copy.sectionWithoutFigures(), (body) => body.replace(/\n\s*\n[^\n]+/, '')),
    expect: { file: '', zh: /在报告中没有：不能删减原文/, en: /is missing from the report/ },
  },
  {
    name: 'two paragraphs swapped',
    edit: (copy) =>
      copy.editBody(copy.sectionWithoutFigures(), (body) => {
        const [a = '', b = '', ...rest] = body.trim().split(/\n\s*\n/);
        return `\n${[b, a, ...rest].join('\n\n')}\n`;
      }),
    expect: {
      file: (copy) => copy.sectionWithoutFigures(),
      field: '',
      zh: /顺序与原文不同|在报告中没有/,
      en: /order differs|missing from the report/,
    },
  },
  {
    name: 'a section title changed',
    edit: (copy) =>
      copy.editFrontmatter(withFigures(copy), (doc) => doc.set('title', `${String(doc.get('title'))}很好`)),
    expect: { file: withFigures, field: 'title', zh: /与原文.*不一致/, en: /differs from the official text/ },
  },
  {
    name: 'the preamble changed',
    edit: (copy) => copy.editBody('index.md', (body) => body.replace('。', '，成绩斐然。')),
    expect: { file: 'index.md', field: '', zh: /与原文.*不一致.*成绩斐然/, en: /differs from the official text/ },
  },
  {
    name: 'the report title not the official one',
    edit: (copy) => copy.editFrontmatter('index.md', (doc) => doc.set('title', `${String(doc.get('title'))}（摘要）`)),
    expect: {
      file: 'index.md',
      field: 'title',
      zh: /与 source\.txt 第一行（发文机关和标题）不符/,
      en: /does not match the first line of source\.txt/,
    },
  },
  {
    name: 'half-width punctuation beside Chinese',
    edit: (copy) => copy.editBody(withFigures(copy), (body) => body.replace('，', ',')),
    expect: { file: withFigures, field: '', zh: /半角标点/, en: /Half-width punctuation/ },
  },
  // 3. Every number accounted for
  {
    name: 'full-width digits',
    edit: (copy) => intoBody(copy, withFigures(copy), '共８８８８件，'),
    expect: {
      file: withFigures,
      field: '',
      zh: /「８８８８」是全角数字.*「8888」/,
      en: /full-width digits: write digits half-width, "8888"/,
    },
  },
  {
    name: 'a count in Chinese numerals',
    edit: (copy) => intoBody(copy, withFigures(copy), '共八千八百八十八件，'),
    expect: {
      file: withFigures,
      field: 'metrics',
      zh: /「八千八百八十八件」是用汉字写的数量/,
      en: /count in Chinese numerals/,
    },
  },
  {
    name: 'a number in an unclosed 《',
    edit: (copy) => intoBody(copy, withFigures(copy), '《办理8888件。'),
    expect: { file: withFigures, field: '', zh: /书名号没有闭合/, en: /An unclosed 《/ },
  },
  {
    name: 'a number in a link address',
    edit: (copy) => intoBody(copy, withFigures(copy), '[官网](https://example.org/8888)'),
    expect: {
      file: withFigures,
      field: 'metrics',
      zh: /数字「8888」.*没有登记为指标/,
      en: /The number 8888 in the body/,
    },
  },
  {
    name: 'a 123xx number that is not a hotline',
    edit: (copy) => intoBody(copy, withFigures(copy), '办理12346件，'),
    expect: {
      file: withFigures,
      field: 'metrics',
      zh: /数字「12346」.*没有登记为指标/,
      en: /The number 12346 in the body/,
    },
  },
  {
    name: 'a number in the preamble',
    edit: (copy) => copy.editBody('index.md', (body) => body.replace('。', '，办理8888件。')),
    expect: { file: 'index.md', field: '', zh: /前言中的数字「8888」/, en: /The number 8888 in the preamble/ },
  },
  {
    name: 'a number in a metric label',
    edit: (copy) =>
      copy.editFrontmatter(withFigures(copy), (doc) => doc.setIn(['metrics', first(copy).index, 'label'], '案件8888')),
    expect: (copy) => ({
      file: withFigures(copy),
      field: `metrics[${first(copy).index}].label`,
      zh: /数字「8888」不是本年度报告中的任何指标/,
      en: /The number 8888 in "案件8888"/,
    }),
  },
  {
    name: 'a number in a section title',
    edit: (copy) =>
      copy.editFrontmatter(withFigures(copy), (doc) => doc.set('title', `${String(doc.get('title'))}8888项`)),
    expect: {
      file: withFigures,
      field: 'title',
      zh: /数字「8888」不是本年度报告中的任何指标/,
      en: /The number 8888 in/,
    },
  },
  {
    name: 'a number in a chart note the text does not say',
    edit: (copy) =>
      copy.editFrontmatter(withFigures(copy), (doc) =>
        doc.set('charts', [
          {
            id: 'test-chart',
            title: '测试',
            note: '增长88%',
            kind: 'bar',
            metrics: figures(copy)
              .metrics.slice(0, 2)
              .map((m) => m.id),
          },
        ]),
      ),
    expect: {
      file: withFigures,
      field: 'charts[0].note',
      zh: /数字「88」不是本年度报告中的任何指标/,
      en: /The number 88 in "增长88%"/,
    },
  },
  {
    name: 'a number in a chart label',
    edit: (copy) =>
      copy.editFrontmatter(withFigures(copy), (doc) =>
        doc.set('charts', [
          {
            id: 'test-chart',
            title: '测试',
            kind: 'bar',
            labels: ['甲99', '乙'],
            metrics: figures(copy)
              .metrics.slice(0, 2)
              .map((m) => m.id),
          },
        ]),
      ),
    expect: { file: withFigures, field: 'charts[0].labels[0]', zh: /数字「99」/, en: /The number 99 in "甲99"/ },
  },
  // 4. A figure is declared once
  {
    name: 'the same figure declared twice',
    edit: (copy) =>
      copy.editFrontmatter(withFigures(copy), (doc) => {
        const { id, label, value, unit, text } = first(copy);
        doc.addIn(['metrics'], { id: `${id}-again`, label, value, unit, text });
      }),
    expect: (copy) => ({
      file: withFigures(copy),
      field: `metrics[${copy.metrics(withFigures(copy)).length}].text`,
      zh: /已登记为指标「.+」：同一处数字只能登记一次/,
      en: /is already declared as/,
    }),
  },
  // 5. Qualifiers and units as written
  ...(
    [
      ['近', 'about'],
      ['约', 'about'],
      ['超过', 'more-than'],
    ] as const
  ).map(([word, qualifier]): BadEdit => ({
    name: `${word} before a figure, no qualifier`,
    edit: (copy) =>
      copy.editBody(withFigures(copy), (body) => body.replace(first(copy).text, `${word}${first(copy).text}`)),
    expect: (copy) => ({
      file: withFigures(copy),
      field: `metrics[${first(copy).index}].qualifier`,
      zh: new RegExp(`写着「${word}」：这个数字不是确数，请填写 qualifier: ${qualifier}`),
      en: new RegExp(`says "${word}" with .*Set qualifier: ${qualifier}`),
    }),
  })),
  {
    name: '以内 after a figure, no qualifier',
    edit: (copy) =>
      copy.editBody(withFigures(copy), (body) => body.replace(first(copy).text, `${first(copy).text}以内`)),
    expect: (copy) => ({
      file: withFigures(copy),
      field: `metrics[${first(copy).index}].qualifier`,
      zh: /后面写着「以内」.*at-most/,
      en: /says "以内"/,
    }),
  },
  {
    name: '件次 in the text published as 件',
    edit: (copy) => copy.editBody(withFigures(copy), (body) => body.replace(first(copy).text, `${first(copy).text}次`)),
    expect: (copy) => ({
      file: withFigures(copy),
      field: `metrics[${first(copy).index}].unit`,
      zh: /单位是「件次」而不是「件」/,
      en: /the unit is 件次, not 件/,
    }),
  },
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

/** Words of the YAML parser's English, which must stay out of the Chinese half. */
const ENGLISH_SENTENCE = /\b[A-Za-z]{3,} [a-z]{2,} [a-z]{2,}\b/;

describe('bad edits are refused with file, line, field and what to do', () => {
  it(`covers at least 45 classes (${BAD_EDITS.length})`, () => expect(BAD_EDITS.length).toBeGreaterThanOrEqual(45));

  it.each(BAD_EDITS.map((row) => [row.name, row] as const))('%s', (_name, row) => {
    const copy = new ContentCopy();
    const want = typeof row.expect === 'function' ? row.expect(copy) : row.expect;
    const file = typeof want.file === 'function' ? want.file(copy) : want.file;
    row.edit(copy);
    const { problems } = copy.check();
    const errors = problems.filter((p) => p.severity !== 'warning');
    const match = (p: Problem) =>
      p.file.endsWith(file) && (want.field === undefined || formatPath(p.path) === want.field) && want.zh.test(p.zh);
    const found = errors.find(match);
    expect(
      found,
      `no error like ${want.zh} in ${file} ${want.field ?? ''}:\n${JSON.stringify(errors, null, 1)}`,
    ).toBeDefined();
    expect(found!.en).toMatch(want.en);
    expect(found!.line, 'a line number, 1-based').toBeGreaterThan(0);
    for (const problem of problems) expect(problem.zh).not.toMatch(ENGLISH_SENTENCE);
  });
});

describe('edits that change nothing a reader sees pass', () => {
  const HARMLESS: [string, (copy: ContentCopy) => void][] = [
    ['unchanged', () => {}],
    [
      'CRLF line endings in every file',
      (copy) => {
        for (const [name, text] of copy.files)
          if (typeof text === 'string') copy.files.set(name, text.replaceAll('\n', '\r\n'));
      },
    ],
    [
      'a byte-order mark at the start of every file',
      (copy) => {
        for (const [name, text] of copy.files) if (typeof text === 'string') copy.files.set(name, `\uFEFF${text}`);
      },
    ],
    [
      'files as UTF-8 bytes with a BOM, as Windows editors save them',
      (copy) => {
        for (const [name, text] of copy.files)
          if (typeof text === 'string') copy.files.set(name, new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(text)]));
      },
    ],
    [
      "a figure's keys reordered",
      (copy) =>
        copy.editFrontmatter(copy.sectionWithFigures().name, (doc) => {
          const metric = copy.sectionWithFigures().metrics[0]!;
          const { id, label, value, unit, text } = metric;
          doc.setIn(['metrics', metric.index], { text, unit, value, label, id });
        }),
    ],
    [
      'keys of index.md reordered',
      (copy) =>
        copy.editFrontmatter('index.md', (doc) => {
          const data = doc.toJS() as Record<string, unknown>;
          for (const key of Object.keys(data)) doc.delete(key);
          for (const key of Object.keys(data).reverse()) doc.set(key, data[key]);
        }),
    ],
    [
      'an extra blank line between paragraphs',
      (copy) => copy.editBody(copy.sectionWithoutFigures(), (body) => body.replace('\n\n', '\n\n\n')),
    ],
    [
      'a text quoted in YAML',
      (copy) => {
        const { name, metrics } = copy.sectionWithFigures();
        copy.replace(name, `text: ${metrics[0]!.text}\n`, `text: "${metrics[0]!.text}"\n`);
      },
    ],
  ];

  it.each(HARMLESS)('%s', (_name, edit) => {
    const copy = new ContentCopy();
    edit(copy);
    expect(copy.check().problems).toEqual([]);
  });
});
