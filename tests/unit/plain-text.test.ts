/**
 * Plain text (src/lib/content/plain-text.ts): characters a reader cannot see are refused in
 * labels, titles, notes, names and site settings, each named by its code point.
 */
import { describe, expect, it } from 'vitest';
import { hiddenCharacters } from '../../src/lib/content/plain-text.ts';

describe('hiddenCharacters', () => {
  it.each([
    ['\u202E', 'U+202E（从右至左覆盖）', 'U+202E (right-to-left override)'],
    ['\u2066', 'U+2066（从左至右隔离）', 'U+2066 (left-to-right isolate)'],
    ['\u200B', 'U+200B（零宽空格）', 'U+200B (zero-width space)'],
    ['\uFEFF', 'U+FEFF（字节顺序标记（零宽不换行空格））', 'U+FEFF (byte-order mark)'],
    ['\u00AD', 'U+00AD（软连字符）', 'U+00AD (soft hyphen)'],
    ['\u{E0001}', 'U+E0001（不可见的格式字符）', 'U+E0001 (invisible format character)'],
  ])('names a format character %#: %s', (char, zh, en) => {
    const found = hiddenCharacters(`法律${char}援助`);
    expect(found?.zh).toContain(zh);
    expect(found?.zh).toContain('第 3 个字处');
    expect(found?.en).toContain(en);
  });

  it('refuses a lone surrogate, high or low', () => {
    expect(hiddenCharacters('法律\uD800援助')?.zh).toContain('残缺的字符 U+D800');
    expect(hiddenCharacters('法律\uDC00')?.en).toContain('U+DC00 (lone surrogate)');
  });

  it('refuses three combining marks in a row, allows one or two', () => {
    expect(hiddenCharacters(`案${'\u0301'.repeat(30)}件`)?.zh).toMatch(/30 个连续的组合符号（第一个是 U\+0301/);
    expect(hiddenCharacters('e\u0301\u0302\u0303')?.en).toMatch(/3 combining marks in a row/);
    expect(hiddenCharacters('Cafe\u0301')).toBeNull();
    expect(hiddenCharacters('受理法律援助案件 3721件（含刑事、民事）')).toBeNull();
    expect(hiddenCharacters('𝟑 emoji 👍🏽 ok')).toBeNull();
  });
});
