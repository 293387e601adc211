/**
 * The optional 信息公开 fields and footer settings shown when given (issue 23 items 2, 3): on a
 * copy of the project whose year index.md gives 索引号, 主题分类, 成文日期, 有效性 and 相关文件 / 解读
 * links, and whose site.yaml sets errorReportUrl and govSiteMark, the built report pages show
 * each as given, and every footer links both; with a contact email, 纠错 links on every page and
 * at every figure write to it, naming the page and the figure. (Without them nothing shows:
 * tests/site/gov-disclosure.test.ts and gov-meta-pages.test.ts, on the real content.)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPORT_INDEX_FILE, REPORTS_DIR } from '../../src/lib/content/files.ts';
import { SITE_IDENTITY_FILE } from '../../src/lib/site/identity.ts';
import { projectCopy } from '../fixtures/multiyear.ts';

const FIELDS = `indexNumber: 000014349/2032-00110
topic: 综合政务\\政务公开
written: 2032-03-01
validity: 有效
related:
  - title: 报告解读：图说法治政府建设
    url: https://sfj.example.gov.cn/jd/1.html?a=1&b=2
    kind: 解读
  - title: 法治政府建设实施纲要
    url: http://www.example.gov.cn/wj/2.html
    kind: 相关文件
`;
const ERROR_REPORT = 'https://zc.example.gov.cn/?sitecode=2103000000';
const MARK = 'https://bs.example.cn/site?id=1';
const EMAIL = 'jiucuo@example.gov.cn';

let root: string;
let year: string;
const read = (page: string) => readFileSync(path.join(root, 'dist', page, 'index.html'), 'utf8');

beforeAll(() => {
  root = projectCopy();
  // Whichever year the copy holds: the fields go into its index.md, after the title line.
  year = readdirSync(path.join(root, REPORTS_DIR)).find((name) => /^\d{4}$/.test(name))!;
  const index = path.join(root, REPORTS_DIR, year, REPORT_INDEX_FILE);
  const text = readFileSync(index, 'utf8');
  writeFileSync(index, text.replace(/^(title: .*\n)/m, `$1${FIELDS}`));
  const settings = path.join(root, SITE_IDENTITY_FILE);
  writeFileSync(
    settings,
    `${readFileSync(settings, 'utf8').replace(/^( {2}email: ).*$/m, `$1${EMAIL}`)}\nerrorReportUrl: ${ERROR_REPORT}\ngovSiteMark:\n  url: ${MARK}\n`,
  );
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  delete env.SITE_URL;
  const result = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: root, encoding: 'utf8', env });
  expect(result.status, result.stdout + result.stderr).toBe(0);
}, 600_000);

describe('a build whose index.md gives the 信息公开 fields', () => {
  it.each(['', 'full/'])('/YEAR/%s shows each field and link as given, in catalogue order', (rest) => {
    const html = read(`${year}/${rest}`);
    const block = html.slice(html.indexOf('data-report-meta'), html.indexOf('</dl>', html.indexOf('data-report-meta')));
    const labels = [...block.matchAll(/<dt>([^<]+)<\/dt>/g)].map(([, label]) => label);
    expect(labels.slice(0, 2)).toEqual(['索引号', '主题分类']);
    expect(labels).toEqual(expect.arrayContaining(['成文日期', '发布日期', '有效性', '相关文件', '解读']));
    expect(labels.indexOf('成文日期')).toBeLessThan(labels.indexOf('发布日期'));
    expect(block).toContain('<dd data-meta="indexNumber">000014349/2032-00110</dd>');
    expect(block).toContain('<dd data-meta="topic">综合政务\\政务公开</dd>');
    expect(block).toContain('<dd data-meta="written"><time datetime="2032-03-01">2032年3月1日</time></dd>');
    expect(block).toContain('<dd data-meta="validity">有效</dd>');
    expect(block).toMatch(
      /data-related="解读"><ul><li><a href="https:\/\/sfj\.example\.gov\.cn\/jd\/1\.html\?a=1&amp;b=2" rel="external">报告解读：图说法治政府建设<\/a>/,
    );
    expect(block).toMatch(
      /data-related="相关文件"><ul><li><a href="http:\/\/www\.example\.gov\.cn\/wj\/2\.html" rel="external">法治政府建设实施纲要<\/a>/,
    );
  });

  it('every footer links 我为政府网站找错 and the 党政机关网站标识', () => {
    for (const page of ['', `${year}/`, 'reports/', 'data/']) {
      const html = read(page);
      const footer = html.slice(html.indexOf('id="site-footer"'));
      expect(footer, page).toContain(
        `<a href="${ERROR_REPORT}" rel="external" data-field="我为政府网站找错">我为政府网站找错</a>`,
      );
      expect(footer, page).toContain(
        `<a href="${MARK.replace('&', '&amp;')}" rel="external" data-field="党政机关网站标识">党政机关网站标识</a>`,
      );
    }
  });

  it('with a contact email, 纠错 writes to it from every page and from every figure, naming where', () => {
    const sections = readdirSync(path.join(root, 'dist', year)).filter((name) =>
      existsSync(path.join(root, 'dist', year, name, 'index.html')),
    );
    const section = sections.find((name) => read(`${year}/${name}/`).includes('data-report-error="'))!;
    const html = read(`${year}/${section}/`);
    const mailto = (marker: string) => {
      const href = new RegExp(`<a href="mailto:([^"]+)"[^>]*data-report-error="${marker}"`).exec(html)?.[1];
      expect(href, marker).toBeDefined();
      const [address, query] = href!.replaceAll('&amp;', '&').split('?');
      const params = new URLSearchParams(query);
      return { address, subject: params.get('subject')!, body: params.get('body')! };
    };
    const page = mailto('page');
    expect(page.address).toBe(EMAIL);
    expect(page.subject).toBe('纠错：网页内容');
    expect(page.body).toContain(`网页：/${year}/${section}/`);
    const figureId = /data-report-error="([a-z0-9-]+)"/.exec(html.replaceAll('data-report-error="page"', ''))![1]!;
    const figure = mailto(figureId);
    expect(figure.address).toBe(EMAIL);
    expect(figure.subject).toMatch(new RegExp(`^纠错：.+（${figureId}）$`));
    expect(figure.body).toContain(`（id: ${figureId}）`);
    expect(html).toContain(`<a href="mailto:${EMAIL}">`);
  });
});
