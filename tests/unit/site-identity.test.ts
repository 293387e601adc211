/**
 * content/site.yaml is content (src/lib/site/identity.ts): read with the reports' parser, schema
 * style and message format, every problem with its file, line, field, Chinese and English; a
 * missing file, a folder, a link, an alias bomb or bytes that are not text said so; and
 * `npm run check` lists its problems.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatPath } from '../../src/lib/content/print-problems.ts';
import { checkSiteIdentity, readSiteIdentity, SITE_IDENTITY_FILE } from '../../src/lib/site/identity.ts';

const REQUIRED = `name: 示例市法治政府建设年度报告
city: 示例市
publisher: 示例市司法局
publisherUrl: https://sfj.example.gov.cn/
publisherSite: 示例市司法局网站
`;

/** The one problem of a site.yaml made of the required names and `extra`, as staff read it. */
function onlyProblem(extra: string) {
  const { identity, problems } = checkSiteIdentity(REQUIRED + extra);
  expect(identity).toBeNull();
  expect(problems).toHaveLength(1);
  const [found] = problems;
  expect(found!.file).toBe(SITE_IDENTITY_FILE);
  expect(found!.line, 'a line, 1-based').toBeGreaterThan(0);
  return { ...found!, field: formatPath(found!.path) };
}

describe('site.yaml values', () => {
  it.each([
    ['NUL', '"示例\\0单位"'],
    ['BEL', '"示例\\a单位"'],
  ])('refuses a control character (%s) in a name, at its line and field', (_name, value) => {
    const found = onlyProblem(`sponsor: ${value}\n`);
    expect(found).toMatchObject({ line: 6, field: 'sponsor' });
    expect(found.zh).toMatch(/控制字符/);
    expect(found.en).toMatch(/control characters/);
  });

  it('refuses a format character, named by its code point', () => {
    const found = onlyProblem('operator: "示例\\u202E单位"\n');
    expect(found).toMatchObject({ line: 6, field: 'operator' });
    expect(found.zh).toContain('U+202E（从右至左覆盖）');
    expect(found.en).toContain('U+202E (right-to-left override)');
  });

  it('refuses a 10,000-character sponsor', () => {
    const found = onlyProblem(`sponsor: ${'长'.repeat(10_000)}\n`);
    expect(found).toMatchObject({ field: 'sponsor' });
    expect(found.zh).toMatch(/最多 80 个字/);
    expect(found.en).toMatch(/At most 80 characters/);
  });

  it('says a number where text belongs is not text (sponsor: 123)', () => {
    const found = onlyProblem('sponsor: 123\n');
    expect(found).toMatchObject({ line: 6, field: 'sponsor' });
    expect(found.zh).toMatch(/这里应填写文字/);
    expect(found.en).toMatch(/must be text/);
  });

  it('places an unknown key on its own line and names it', () => {
    const found = onlyProblem('sponsor: 示例\n\nsponser: 示例\n');
    expect(found).toMatchObject({ line: 8, field: 'sponser' });
    expect(found.zh + found.en).toMatch(/sponser/);
  });

  it.each(['javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', 'ftp://x.example/'])(
    'refuses a publisher address that is not a web page: %s',
    (address) => {
      const { problems } = checkSiteIdentity(REQUIRED.replace(/^publisherUrl: .*$/m, `publisherUrl: '${address}'`));
      expect(problems).toEqual([
        expect.objectContaining({
          path: ['publisherUrl'],
          line: 4,
          zh: expect.stringMatching(/http:\/\/ 或 https:\/\//),
        }),
      ]);
    },
  );

  it('refuses an email address that would carry more than an address into its mailto: link', () => {
    const found = onlyProblem('contact:\n  email: "a@b.cn?subject=x&body=y"\n');
    expect(found).toMatchObject({ line: 7, field: 'contact.email', en: 'This is not an email address.' });
  });

  it('requires the site name, city, publisher and its address', () => {
    const { problems } = checkSiteIdentity('sponsor: 示例\n');
    expect(problems.map((p) => formatPath(p.path)).sort()).toEqual([
      'city',
      'name',
      'publisher',
      'publisherSite',
      'publisherUrl',
    ]);
    for (const p of problems) expect(p.zh).toMatch(/应填写/);
  });
});

describe('site.yaml as a file', () => {
  it('refuses YAML anchors and aliases (a billion laughs), in both languages', () => {
    const bomb = `${REQUIRED}a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n`;
    const { identity, problems } = checkSiteIdentity(bomb);
    expect(identity).toBeNull();
    expect(problems).toEqual([
      expect.objectContaining({
        zh: expect.stringMatching(/锚点和别名/),
        en: expect.stringMatching(/anchors and aliases/),
      }),
    ]);
  });

  it('says malformed YAML in words staff know, with its line', () => {
    const { problems } = checkSiteIdentity(`${REQUIRED}sponsor: [示例\n`);
    expect(problems[0]).toMatchObject({ file: SITE_IDENTITY_FILE, zh: expect.stringMatching(/YAML 格式有误/) });
    expect(problems[0]!.line).toBeGreaterThan(5);
  });

  it('refuses bytes that are not UTF-8 text', () => {
    const { problems } = checkSiteIdentity(new Uint8Array([0x73, 0x3a, 0x20, 0xd6, 0xd0, 0xce, 0xc4]));
    expect(problems[0]?.zh).toMatch(/不是 UTF-8/);
  });

  const root = (place?: (file: string) => void) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'site-yaml-'));
    mkdirSync(path.join(dir, 'content'));
    place?.(path.join(dir, SITE_IDENTITY_FILE));
    return dir;
  };

  it.each([
    ['missing', undefined, /找不到这个文件/, /is not there/],
    ['a folder', (file: string) => mkdirSync(file), /site.yaml 是一个文件夹/, /site.yaml is a folder/],
    [
      'a symbolic link',
      (file: string) => {
        writeFileSync(`${file}.real`, REQUIRED);
        symlinkSync(`${file}.real`, file);
      },
      /符号链接/,
      /symbolic link/,
    ],
    ['huge', (file: string) => writeFileSync(file, `# ${'x'.repeat(100_000)}\n${REQUIRED}`), /文件太大/, /too large/],
  ])('a site.yaml that is %s is said so, in both languages', (_name, place, zh, en) => {
    const { identity, problems } = readSiteIdentity(root(place));
    expect(identity).toBeNull();
    expect(problems).toEqual([
      expect.objectContaining({
        file: SITE_IDENTITY_FILE,
        zh: expect.stringMatching(zh),
        en: expect.stringMatching(en),
      }),
    ]);
  });

  it('npm run check lists its problems and fails', () => {
    const dir = root((file) => writeFileSync(file, `${REQUIRED}sponsor: 123\n`));
    cpSync('content/reports', path.join(dir, 'content/reports'), { recursive: true });
    const run = () => {
      try {
        return { status: 0, output: execFileSync('node', ['scripts/check-content.ts', dir], { encoding: 'utf8' }) };
      } catch (error) {
        const { stdout, status } = error as { stdout: string; status: number };
        return { status, output: stdout };
      }
    };
    const { status, output } = run();
    expect(status).toBe(1);
    expect(output).toContain(`▶ ${SITE_IDENTITY_FILE}\n  ✗ 错误 error (第 6 行 line 6 · 字段 field sponsor)`);
    // A whole check of the copied reports, in a child process: seconds on a busy machine.
  }, 60_000);
});
