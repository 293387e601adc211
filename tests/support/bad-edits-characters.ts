/**
 * Bad edits with characters staff cannot see or tell apart (issue 24 items 3 and 4): numbers
 * with a space or invisible character inside, digits of other scripts and styles, full-width
 * ％; format characters, lone surrogates and piles of combining marks in labels and titles.
 */
import { figures, first, intoBody, withFigures, type BadEdit } from './bad-edits.ts';
import type { ContentCopy } from './content-memory.ts';

/** A number written with odd characters, put into a body: refused whole, with the fix. */
const oddInBody = (name: string, written: string, zh: RegExp, en: RegExp): BadEdit => ({
  name: `a number ${name} in a body`,
  edit: (copy) => intoBody(copy, withFigures(copy), `共${written}，`),
  expect: { file: withFigures, field: '', zh, en },
});

export const CHARACTER_EDITS: BadEdit[] = [
  oddInBody('with a space inside', '22 845件', /「22 845件」中数字之间有空格.*请写作 22845件/, /Write 22845件/),
  oddInBody(
    'with a no-break space inside',
    '22\u00A0845件',
    /中数字之间有不换行空格 U\+00A0.*请写作 22845件/,
    /invisible character inside the number/,
  ),
  oddInBody('with a thin space inside', '3\u2009721件', /窄空格 U\+2009.*请写作 3721件/, /Write 3721件/),
  oddInBody('with a zero-width space inside', '22\u200B845件', /零宽空格 U\+200B.*请写作 22845件/, /Write 22845件/),
  oddInBody(
    'in Arabic-Indic digits',
    '٣٧٢١件',
    /「٣٧٢١件」中的数字不是常用的阿拉伯数字（U\+0663.*改写为 3721件/,
    /Write 3721件/,
  ),
  oddInBody('in mathematical bold digits', '𝟑.𝟖𝟏亿元', /「𝟑.𝟖𝟏亿元」.*U\+1D7D1.*改写为 3.81亿元/, /Write 3.81亿元/),
  oddInBody('in circled digits', '①③⑤件', /「①③⑤件」.*U\+2460.*改写为 135件/, /Write 135件/),
  oddInBody('with a full-width ％', '98.5％', /全角「％」.*写作 98.5%/, /full-width ％/),
  {
    name: 'a declared figure split by a space in the body (the figure the check must not read as its tail)',
    edit: (copy) => {
      const { text } = first(copy);
      copy.editBody(withFigures(copy), (body) => body.replace(text!, `${text!.slice(0, 1)} ${text!.slice(1)}`));
    },
    expect: (copy) => {
      const { text } = first(copy);
      const spaced = `${text!.slice(0, 1)} ${text!.slice(1)}`.replace(/[+*?.()[\]{}|^$\\]/g, '\\$&');
      return {
        file: withFigures(copy),
        field: '',
        zh: new RegExp(`「${spaced}」中数字之间有空格`),
        en: /the digits together/,
      };
    },
  },
  {
    name: 'a number in a label written with a zero-width space',
    edit: (copy) =>
      copy.editFrontmatter(withFigures(copy), (doc) =>
        doc.setIn(['metrics', first(copy).index, 'label'], '案件2\u200B3'),
      ),
    expect: (copy) => ({
      file: withFigures(copy),
      field: `metrics[${first(copy).index}].label`,
      zh: /零宽空格 U\+200B|U\+200B/,
      en: /U\+200B|invisible/,
    }),
  },
];

/** A label of the first figure set to `label`: refused on the label's own field. */
const hiddenInLabel = (name: string, label: string, zh: RegExp, en: RegExp): BadEdit => ({
  name: `a label with ${name}`,
  edit: (copy) =>
    copy.editFrontmatter(withFigures(copy), (doc) => doc.setIn(['metrics', first(copy).index, 'label'], label)),
  expect: (copy) => ({ file: withFigures(copy), field: `metrics[${first(copy).index}].label`, zh, en }),
});

/** A chart of the first two figures, with `fields` over its defaults. */
const chart = (copy: ContentCopy, fields: Record<string, unknown>) =>
  copy.editFrontmatter(withFigures(copy), (doc) =>
    doc.set('charts', [
      {
        id: 'test-chart',
        title: '测试',
        kind: 'bar',
        metrics: figures(copy)
          .metrics.slice(0, 2)
          .map((m) => m.id),
        ...fields,
      },
    ]),
  );

export const PLAIN_TEXT_EDITS: BadEdit[] = [
  hiddenInLabel(
    'a right-to-left override',
    '受理\u202E案件',
    /U\+202E（从右至左覆盖）/,
    /U\+202E \(right-to-left override\)/,
  ),
  hiddenInLabel('a left-to-right isolate', '受理\u2066案件\u2069', /U\+2066（从左至右隔离）/, /left-to-right isolate/),
  hiddenInLabel('a zero-width space', '受理\u200B案件', /U\+200B（零宽空格）/, /zero-width space/),
  hiddenInLabel('a lone surrogate', '受理\uD800案件', /残缺的字符 U\+D800/, /lone surrogate/),
  hiddenInLabel(
    '30 combining marks',
    `受理案${'\u0301'.repeat(30)}件`,
    /30 个连续的组合符号.*U\+0301/,
    /30 combining marks/,
  ),
  {
    name: 'a chart title with a zero-width space',
    edit: (copy) => chart(copy, { title: '测试\u200B图' }),
    expect: { file: withFigures, field: 'charts[0].title', zh: /U\+200B（零宽空格）/, en: /zero-width space/ },
  },
  {
    name: 'a chart note with a bidi override',
    edit: (copy) => chart(copy, { note: '说明\u202E文字' }),
    expect: { file: withFigures, field: 'charts[0].note', zh: /U\+202E（从右至左覆盖）/, en: /right-to-left override/ },
  },
];

/** An id or slug as long as the one that broke the build with ENAMETOOLONG. */
const long = (length: number) => `a${'-b'.repeat(Math.ceil(length / 2))}`.slice(0, length);

export const LIMIT_EDITS: BadEdit[] = [
  {
    name: 'a 300-character slug',
    edit: (copy) => copy.editFrontmatter(withFigures(copy), (doc) => doc.set('slug', long(300))),
    expect: { file: withFigures, field: 'slug', zh: /slug 最多 64 个字符/, en: /slug has at most 64 characters/ },
  },
  {
    name: 'a 300-character figure id',
    edit: (copy) =>
      copy.editFrontmatter(withFigures(copy), (doc) => doc.setIn(['metrics', first(copy).index, 'id'], long(300))),
    expect: (copy) => ({
      file: withFigures(copy),
      field: `metrics[${first(copy).index}].id`,
      zh: /id 最多 64 个字符/,
      en: /id has at most 64 characters/,
    }),
  },
  {
    name: 'a 249-character chart id',
    edit: (copy) => chart(copy, { id: long(249) }),
    expect: { file: withFigures, field: 'charts[0].id', zh: /id 最多 64 个字符/, en: /id has at most 64 characters/ },
  },
];
