/**
 * Every way an edit can misstate the report or slip markup onto the site, one class per row
 * (tests/support/bad-edits-*.ts): a small change to an in-memory copy of the newest published
 * report, and the refusal it must get (file, line, field, key words in Chinese and in English).
 * Then edits that change nothing a reader sees, which must pass. The checks are the build's
 * own, run as a pure function.
 */
import { describe, expect, it } from 'vitest';
import { formatPath } from '../../src/lib/content/print-problems.ts';
import type { Problem } from '../../src/lib/content/messages.ts';
import { CHARACTER_EDITS, LIMIT_EDITS, PLAIN_TEXT_EDITS } from '../support/bad-edits-characters.ts';
import { FILE_EDITS } from '../support/bad-edits-files.ts';
import { TEXT_EDITS } from '../support/bad-edits-text.ts';
import { ContentCopy } from '../support/content-memory.ts';

const BAD_EDITS = [...TEXT_EDITS, ...FILE_EDITS, ...CHARACTER_EDITS, ...PLAIN_TEXT_EDITS, ...LIMIT_EDITS];

/** Two versions of a file, as text or bytes, are the same. */
const same = (a: string | Uint8Array | undefined, b: string | Uint8Array) =>
  typeof a === 'string' || typeof b === 'string' ? a === b : a !== undefined && Buffer.from(a).equals(Buffer.from(b));

/** Words of the YAML parser's English, which must stay out of the Chinese half. */
const ENGLISH_SENTENCE = /\b[A-Za-z]{3,} [a-z]{2,} [a-z]{2,}\b/;

describe('bad edits are refused with file, line, field and what to do', () => {
  it(`covers at least 45 classes (${BAD_EDITS.length}), each named once`, () => {
    expect(BAD_EDITS.length).toBeGreaterThanOrEqual(45);
    const names = BAD_EDITS.map((row) => row.name);
    expect(
      names.filter((name, index) => names.indexOf(name) !== index),
      'names used twice',
    ).toEqual([]);
  });

  /** The copy before any edit, to prove each row's edit changes a file. */
  const original = new ContentCopy();
  const changed = (copy: ContentCopy) =>
    [...copy.folders].some(([year, files]) => {
      const before = original.folders.get(year);
      return before?.size !== files.size || [...files].some(([name, text]) => !same(before.get(name), text));
    });

  it.each(BAD_EDITS.map((row) => [row.name, row] as const))('%s', (_name, row) => {
    const copy = new ContentCopy();
    const want = typeof row.expect === 'function' ? row.expect(copy) : row.expect;
    const file = typeof want.file === 'function' ? want.file(copy) : want.file;
    row.edit(copy);
    expect(changed(copy), 'the edit changes a file').toBe(true);
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
      'the time the report went up on the web, recorded',
      (copy) => copy.editFrontmatter('index.md', (doc) => doc.set('publishedTime', '09:30')),
    ],
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

describe("a copy of a year's report published as the next year (as staff start one)", () => {
  it('publishes, with a warning that its title still names the year it was copied from', () => {
    const copy = new ContentCopy();
    const next = new Map(copy.files);
    const index = copy
      .text('index.md')
      .replace(/documentNumber: .*/, 'documentNumber: 测试〔9999〕1号')
      .replace(/published: .*/, `published: ${copy.year + 2}-03-20`)
      .replace(/sourceUrl: .*/, 'sourceUrl: https://example.gov.cn/next-year.html');
    next.set('index.md', index);
    copy.folders.set(String(copy.year + 1), next);
    const { problems } = copy.check();
    const nextYear = (p: Problem) => p.file.includes(`/${copy.year + 1}/`);
    expect(problems.filter((p) => nextYear(p) && p.severity !== 'warning')).toEqual([]);
    const title = problems.find((p) => nextYear(p) && formatPath(p.path) === 'title');
    expect(title?.zh).toMatch(new RegExp(`标题写的是 ${copy.year} 年（与 ${copy.year} 年的报告相同）`));
    expect(title?.en).toMatch(new RegExp(`The title names ${copy.year} \\(like the ${copy.year} report\\)`));
    const number = problems.find((p) => nextYear(p) && formatPath(p.path) === 'documentNumber');
    expect(number?.zh).toMatch(/文号「测试〔9999〕1号」与 source.txt 中的「.+」不同/);
    expect(number?.en).toMatch(/Document number "测试〔9999〕1号" differs from ".+" in source.txt/);
  });
});
