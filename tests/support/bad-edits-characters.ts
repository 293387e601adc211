/**
 * Bad edits with characters staff cannot see or tell apart (issue 24 items 3 and 4): numbers
 * with a space or invisible character inside, digits of other scripts and styles, full-width
 * ％; format characters, lone surrogates and piles of combining marks in labels and titles.
 */
import { first, intoBody, withFigures, type BadEdit } from './bad-edits.ts';

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
