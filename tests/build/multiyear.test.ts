/**
 * The staff workflow, year over year, end to end on a throwaway copy of the project:
 * scaffold 2024 with `npm run new-report`, fill it (a fictitious report made for the tests),
 * scaffold a 2025 draft, check, build. Then: the second year has its pages, data rows, year
 * switcher and year-over-year changes; /2023/ addresses are unchanged; the draft is not
 * published. And an unfinished report not marked draft fails `npm run check` and the build
 * with the same list.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { openPage, useBrowser } from '../support/browser.ts';
import { startStaticServer } from '../support/static-server.ts';
import { CHANGES_2024, editFile, fillYear, linkPlans, projectCopy, runScript } from '../fixtures/multiyear.ts';

interface Row {
  year: number;
  id: string;
  value: number;
  unit: string;
  url: string;
}

let root: string;
const page = (url: string) => readFileSync(path.join(root, 'dist', url, 'index.html'), 'utf8');
const rows = () =>
  (JSON.parse(readFileSync(path.join(root, 'dist/data/metrics.json'), 'utf8')) as { metrics: Row[] }).metrics;
/** Text of an HTML fragment, tags removed. */
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

beforeAll(() => {
  root = projectCopy();
  expect(runScript(root, 'new-report.ts', '2024').status).toBe(0);
  fillYear(root, { year: 2024, from: 2023, changes: CHANGES_2024 });
  linkPlans(root);
  expect(runScript(root, 'new-report.ts', '2025').status).toBe(0);
  const check = runScript(root, 'check-content.ts');
  expect(check.status, check.stdout).toBe(0);
  const build = runScript(root, 'build.ts');
  expect(build.status, build.stdout + build.stderr).toBe(0);
  console.log(`multi-year fixture: npm run check ${Math.round(check.ms)} ms, npm run build ${Math.round(build.ms)} ms`);
}, 240_000);

describe('scaffold, fill, build: a second year', () => {
  it('publishes 2024 with all its pages beside 2023, and 2024 is the home page', () => {
    const years = readdirSync(path.join(root, 'dist')).filter((name) => /^\d{4}$/.test(name));
    expect(years).toEqual(['2023', '2024']);
    expect(readdirSync(path.join(root, 'dist/2024')).sort()).toEqual(readdirSync(path.join(root, 'dist/2023')).sort());
    expect(page('/')).toContain('关于2024年鞍山市法治政府建设情况的报告');
  });

  it('keeps every /2023/ address: the same pages, and the same figure URLs in the data', async () => {
    const { reports } = await loadContent(process.cwd());
    const expected = reports[0]!.sections.flatMap((s) => s.data.metrics.map((m) => `/2023/${s.data.slug}/#${m.id}`));
    expect(
      rows()
        .filter((r) => r.year === 2023)
        .map((r) => r.url),
    ).toEqual(expected);
    for (const section of reports[0]!.sections)
      expect(existsSync(path.join(root, 'dist/2023', section.data.slug))).toBe(true);
  });

  it('adds the 2024 rows to metrics.json and metrics.csv', () => {
    const of2024 = rows().filter((r) => r.year === 2024);
    expect(of2024).toHaveLength(69);
    expect(of2024.find((r) => r.id === 'legal-aid-cases')).toMatchObject({
      value: 4000,
      url: '/2024/dispute-resolution/#legal-aid-cases',
    });
    expect(readFileSync(path.join(root, 'dist/data/metrics.csv'), 'utf8')).toContain('2024,5,');
  });

  it('does not publish the 2025 draft, anywhere', () => {
    expect(existsSync(path.join(root, 'dist/2025'))).toBe(false);
    expect(rows().some((r) => r.year === 2025)).toBe(false);
    expect(page('/2024/')).not.toContain('/2025/');
  });

  it('shows the change since last year beside each figure', () => {
    // The section's figure table (charts have data tables of their own).
    const figureTable = (html: string) => /aria-labelledby="figures-[\s\S]*?<\/table>/.exec(html)![0];
    const table = figureTable(page('/2024/dispute-resolution/'));
    expect(text(table)).toContain('较上年');
    expect(text(table)).toMatch(/受理法律援助案件 4000件 4,000 件 \+279（\+7\.5%） 较2023年/);
    expect(text(table)).toMatch(/仲裁案件标的额 4\.2亿元 420,000,000 元 \+0\.39亿（\+10\.2%）/);
    expect(text(table)).toMatch(/满意率 97\.1% 97\.1 % \+1\.3个百分点/);
    expect(text(table)).toMatch(/受理仲裁案件申请 150项 150 项 单位有变化 2023年为件，不作比较/);
    expect(table).toContain('href="/metrics/legal-aid-cases/"');
    expect(text(figureTable(page('/2023/dispute-resolution/')))).not.toContain('较上年');
  });

  it('says the same about a figure that grew and one whose unit changed on /figures/, the section page and the metric page', () => {
    /** The text of the change cell of one figure's row, tags removed. */
    const cell = (html: string, rowStart: RegExp) => {
      const row = new RegExp(`${rowStart.source}[\\s\\S]*?</tr>`).exec(html)?.[0];
      expect(row, String(rowStart)).toBeDefined();
      return text(/<td[^>]*data-change[^>]*>[\s\S]*?<\/td>/.exec(row!)![0]).trim();
    };
    // The section's figure table (charts have data tables of their own).
    const section = /aria-labelledby="figures-[\s\S]*?<\/table>/.exec(page('/2024/dispute-resolution/'))![0];
    const figures = page('/figures/');
    const grew = {
      section: cell(section, /<th scope="row"[^>]*>\s*受理法律援助案件\s*</),
      figures: cell(figures, /id="figure-2024-legal-aid-cases"/),
    };
    expect(grew.section).toBe('+279（+7.5%） 较2023年');
    expect(grew.figures).toBe('+279（+7.5%），2023年为3721件');
    const changed = {
      section: cell(section, /<th scope="row"[^>]*>\s*受理仲裁案件申请\s*</),
      figures: cell(figures, /id="figure-2024-arbitration-applications"/),
      metric: cell(
        page('/metrics/arbitration-applications/'),
        /<a href="\/2024\/dispute-resolution\/#arbitration-applications">/,
      ),
    };
    for (const [where, said] of Object.entries(changed)) {
      expect(said, where).toMatch(/^单位有变化/);
      expect(said, where).toContain('2023年为');
      expect(said, where).not.toContain('无上年数据');
    }
    expect(cell(page('/metrics/legal-aid-cases/'), /<a href="\/2024\/dispute-resolution\/#legal-aid-cases">/)).toBe(
      '比2023年增加279件，增长7.5%',
    );
    // Every 2024 figure is compared with 2023, the year before: the column says so.
    expect(text(figures)).toContain('较上年');
  });

  it('has a page per metric with a chart and a table linking each year to its sentence', () => {
    const html = page('/metrics/legal-aid-cases/');
    expect(html).toMatch(/<svg[^>]*role="img"/);
    expect((html.match(/<rect /g) ?? []).length).toBe(2);
    expect(html).toContain('href="/2024/dispute-resolution/#legal-aid-cases"');
    expect(html).toContain('href="/2023/dispute-resolution/#legal-aid-cases"');
    const changed = page('/metrics/arbitration-applications/');
    expect(changed).toContain('data-unit-changed');
    expect(changed).not.toMatch(/<svg[^>]*role="img"/);
    const index = page('/metrics/');
    expect(index).toContain('href="/metrics/legal-aid-cases/"');
    expect(text(index)).toContain('多元化解社会矛盾纠纷成效明显');
  });

  it('links 2023 plan items to the 2024 sections that report on them, and back', () => {
    expect(page('/2023/plans/')).toContain('href="/2024/dispute-resolution/"');
    expect(page('/2024/dispute-resolution/')).toMatch(/data-plan-origin[\s\S]*?href="\/2023\/plans\/"/);
  });
});

describe('the year switcher, in a browser', () => {
  const browser = useBrowser();
  let server: Awaited<ReturnType<typeof startStaticServer>>;
  beforeAll(async () => {
    server = await startStaticServer(path.join(root, 'dist'));
  });
  afterAll(() => new Promise((resolve) => server?.server.close(resolve)));

  it('is a nav of links on every page, marks the current year, and works without JavaScript', async () => {
    const { page: tab, context } = await openPage(browser(), server.origin, { javaScriptEnabled: false });
    for (const url of [
      '/',
      '/2023/',
      '/2024/dispute-resolution/',
      '/metrics/',
      '/metrics/legal-aid-cases/',
      '/data/',
    ]) {
      await tab.goto(server.origin + url);
      expect(await tab.locator('nav[aria-label="报告年度"] a').allInnerTexts(), url).toEqual(['2024', '2023']);
    }
    await tab.goto(`${server.origin}/2024/dispute-resolution/`);
    expect(await tab.locator('nav[aria-label="报告年度"] a[aria-current="page"]').innerText()).toBe('2024');
    await tab.locator('nav[aria-label="报告年度"] a', { hasText: '2023' }).click();
    expect(new URL(tab.url()).pathname).toBe('/2023/dispute-resolution/');
    // The top links follow the year being read, not the latest.
    const top = tab.locator('nav[aria-label="网站导航"] a');
    expect(await top.nth(0).innerText()).toBe('2023年报告');
    expect([await top.nth(0).getAttribute('href'), await top.nth(1).getAttribute('href')]).toEqual([
      '/2023/',
      '/2023/full/',
    ]);
    await context.close();
  });
});

describe('a report not marked draft with figures left to fill', () => {
  it('fails npm run check and the build with the same list of missing figures', () => {
    const broken = projectCopy();
    expect(runScript(broken, 'new-report.ts', '2024').status).toBe(0);
    fillYear(broken, { year: 2024, from: 2023, changes: CHANGES_2024 });
    editFile(broken, 2024, '02-business-environment.md', 'value: 43', 'value:');
    const check = runScript(broken, 'check-content.ts');
    const build = runScript(broken, 'build.ts');
    expect(check.status).toBe(1);
    expect(build.status).not.toBe(0);
    const message = /本节有 1 个指标没有填写，报告不能发布：.*/.exec(check.stdout)?.[0];
    expect(message).toMatch(/private-enterprise-lawyer-teams（组建民营企业法律服务律师团队，缺 value）/);
    expect(build.stdout + build.stderr).toContain(message!);
    expect(build.stdout + build.stderr).toContain('content/reports/2024/02-business-environment.md');
    expect(existsSync(path.join(broken, 'dist'))).toBe(false);
  });
});
