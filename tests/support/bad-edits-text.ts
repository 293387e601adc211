/**
 * Bad edits to the text and its figures (issue 11 items 1-5): markup, the official text,
 * numbers a reader sees, figures declared once, qualifiers and units as written.
 */
import { figures, first, intoBody, labelledPair, markup, withFigures, type BadEdit } from './bad-edits.ts';
import type { ContentCopy } from './content-memory.ts';

/** The section after `name` in the report, or `name` itself when it is the last. */
const nextSection = (copy: ContentCopy, name: string) => {
  const sections = copy.sections;
  return sections[sections.indexOf(name) + 1] ?? name;
};

export const TEXT_EDITS: BadEdit[] = [
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
    name: 'a web-publication time that is not HH:mm',
    edit: (copy) => copy.editFrontmatter('index.md', (doc) => doc.set('publishedTime', '9点半')),
    expect: { file: 'index.md', field: 'publishedTime', zh: /北京时间“时:分”/, en: /HH:mm/ },
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
    // Named at the next thing the report says: the next section's title.
    expect: (copy) => ({
      file: nextSection(copy, copy.sectionWithoutFigures()),
      zh: /原文中这一段之前的「.+」（source\.txt 第 \d+ 段）在报告中没有：不能删减原文|原文在这一段之后的/,
      en: /is missing from the report: put it back/,
    }),
  },
  {
    name: 'a paragraph dropped',
    edit: (copy) => copy.editBody(copy.sectionWithoutFigures(), (body) => body.replace(/\n\s*\n[^\n]+/, '')),
    // Named at the paragraph that follows the dropped one, in its section or the next.
    expect: (copy) => {
      const name = copy.sectionWithoutFigures();
      const paragraphs = copy
        .body(name)
        .trim()
        .split(/\n\s*\n/).length;
      return {
        file: paragraphs > 2 ? name : nextSection(copy, name),
        zh: /在报告中没有：不能删减原文/,
        en: /is missing from the report/,
      };
    },
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
      field: `metrics[${first(copy).index}].text`,
      zh: new RegExp(
        `原文写的是「${word}${first(copy).text}」：这个数字不是确数。请把「${word}」写进 text.*qualifier: ${qualifier}`,
      ),
      en: new RegExp(
        `says "${word}${first(copy).text}": the figure is not exact\\. Write "${word}" into text .*qualifier: ${qualifier}`,
      ),
    }),
  })),
  {
    name: '以内 after a figure, no qualifier',
    edit: (copy) =>
      copy.editBody(withFigures(copy), (body) => body.replace(first(copy).text, `${first(copy).text}以内`)),
    expect: (copy) => ({
      file: withFigures(copy),
      field: `metrics[${first(copy).index}].text`,
      zh: new RegExp(`原文写的是「${first(copy).text}以内」.*qualifier: at-most`),
      en: /Write "以内" into text/,
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
  {
    name: 'the labels of two figures of one sentence swapped',
    edit: (copy) => {
      const { name, a, b } = labelledPair(copy);
      copy.editFrontmatter(name, (doc) => {
        doc.setIn(['metrics', a.index, 'label'], b.label);
        doc.setIn(['metrics', b.index, 'label'], a.label);
      });
    },
    expect: (copy) => {
      const { name, a } = labelledPair(copy);
      return { file: name, field: `metrics[${a.index}].label`, zh: /label 像是对调了/, en: /look swapped/ };
    },
  },
];
