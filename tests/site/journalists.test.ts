/**
 * What journalists do with the built site: find a figure in the figures table (filter,
 * sort), open its citation, copy it, follow its permanent link; take the data away (every
 * download holds exactly what metrics.json holds); and what their tools read (citation
 * and share metadata, the Dataset JSON-LD, the sitemap, the feed).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage } from '../support/browser.ts';
import { builtPages, DIST, publishedMetrics, type PublishedMetric } from '../support/site-files.ts';

const origin = inject('origin');
let browser: Browser;

/** The configured site address (SITE_URL or its default), as the build wrote it. */
const site = new URL(
  /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(path.join(DIST, 'index.html'), 'utf8'))![1]!,
).origin;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** The local calendar day in the browser, as the citation's access date. */
const browserToday = (page: Page) =>
  page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });

/** The visible rows of the figures table, as [label, text, value, unit, section, year]. */
const visibleRows = (page: Page) =>
  page.$$eval('[data-figure-list] tbody tr:not([hidden])', (rows) =>
    rows.map((row) => [...(row as HTMLTableRowElement).cells].map((cell) => (cell.textContent ?? '').trim())),
  );

describe('the figures page', () => {
  const all = publishedMetrics();

  it('lists every figure as a plain table without JavaScript, each linking to its sentence', async () => {
    const { page, context } = await openPage(browser, origin, { javaScriptEnabled: false });
    for (const address of ['/figures/', '/figures/2023/']) {
      await page.goto(origin + address);
      expect(await page.locator('form[data-figure-filters]').isVisible()).toBe(false);
      const links = await page.$$eval('[data-figure-list] tbody th a', (anchors) =>
        anchors.map(
          (a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash,
        ),
      );
      // /figures/ lists the newest year (the others are on /figures/<year>/), so it stays light at any size.
      const latest = Math.max(...all.map((m) => m.year));
      const expected = all.filter((m) => m.year === (address === '/figures/' ? latest : 2023)).map((m) => m.url);
      expect(links).toEqual(expected.map((url) => new URL(url, origin).pathname + new URL(url, origin).hash));
    }
    await context.close();
  });

  it('shows label, text, unit, section and year of each figure', async () => {
    const { page, context } = await openPage(browser, origin);
    await page.goto(`${origin}/figures/`);
    const rows = await visibleRows(page);
    const legalAid = rows.find((cells) => cells[0] === '受理法律援助案件');
    expect(legalAid?.slice(0, 6)).toEqual([
      '受理法律援助案件',
      '3721件',
      '3,721',
      '件',
      '（五）多元化解社会矛盾纠纷成效明显',
      '2023',
    ]);
    await context.close();
  });

  it('filters by unit, section, year and text, and says how many are shown', async () => {
    const { page, context } = await openPage(browser, origin);
    await page.goto(`${origin}/figures/`);
    await page.selectOption('#filter-unit', '%');
    let rows = await visibleRows(page);
    expect(rows.length).toBe(all.filter((m) => m.unit === '%').length);
    expect(rows.every((cells) => cells[3] === '%')).toBe(true);
    expect(await page.locator('[data-figure-count]').innerText()).toBe(`显示 ${all.length} 项中的 ${rows.length} 项。`);

    await page.selectOption('#filter-unit', '');
    await page.selectOption('#filter-section', '2023-5');
    rows = await visibleRows(page);
    expect(rows.length).toBe(all.filter((m) => m.year === 2023 && m.section === 5).length);

    await page.selectOption('#filter-year', '2023');
    await page.fill('#filter-text', '法律援助');
    rows = await visibleRows(page);
    expect(rows.map((cells) => cells[1])).toEqual(['3721件', '3016件', '704件', '1件']);

    await page.click('button[type="reset"]');
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-figure-list] tbody tr:not([hidden])').length === n,
      all.length,
    );
    expect(await page.locator('[data-figure-count]').innerText()).toBe(`共 ${all.length} 项数字。`);
    await context.close();
  });

  it('sorts by any column, both ways, with aria-sort on the header', async () => {
    const { page, context } = await openPage(browser, origin);
    await page.goto(`${origin}/figures/`);
    const valueHeader = page.locator('[data-figure-list] thead th', { hasText: '数值' });
    await valueHeader.getByRole('button').click();
    expect(await valueHeader.getAttribute('aria-sort')).toBe('ascending');
    const values = all.map((m) => m.value).sort((a, b) => a - b);
    let rows = await visibleRows(page);
    expect(rows.map((cells) => Number(cells[2]!.replace(/[^\d.]/g, '')))).toEqual(values);

    await valueHeader.getByRole('button').click();
    expect(await valueHeader.getAttribute('aria-sort')).toBe('descending');
    rows = await visibleRows(page);
    expect(rows[0]![1]).toBe('3.81亿元');

    const labelHeader = page.locator('[data-figure-list] thead th', { hasText: '指标' });
    await labelHeader.getByRole('button').press('Enter');
    expect(await labelHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(await valueHeader.getAttribute('aria-sort')).toBeNull();
    rows = await visibleRows(page);
    const labels = rows.map((cells) => cells[0]!);
    expect(labels).toEqual([...labels].sort(new Intl.Collator('zh-CN', { numeric: true }).compare));
    await context.close();
  });

  it('opens a figure’s citation on its section page from the 引用 link', async () => {
    const { page, context } = await openPage(browser, origin);
    await page.goto(`${origin}/figures/2023/`);
    await page.locator('tr', { hasText: '受理仲裁案件申请' }).getByRole('link', { name: /^引用/ }).click();
    await page.waitForURL(/\/2023\/dispute-resolution\/#cite-arbitration-applications$/);
    expect(await page.locator('#cite-arbitration-applications').getAttribute('open')).not.toBeNull();
    await context.close();
  });
});

describe('citing a figure from its section page', () => {
  const section = `${origin}/2023/dispute-resolution/`;
  const expectedUrl = `${site}/2023/dispute-resolution/#legal-aid-cases`;

  it('a figure in the text opens, with the keyboard, the sentence, permanent link and citations', async () => {
    const { page, context } = await openPage(browser, origin);
    await page.goto(section);
    const figure = page.locator('.report-text data#legal-aid-cases');
    expect(await figure.getAttribute('role')).toBe('button');
    expect(await figure.getAttribute('aria-expanded')).toBe('false');
    await figure.focus();
    await page.keyboard.press('Enter');
    const block = page.locator('#cite-legal-aid-cases');
    expect(await block.getAttribute('open')).not.toBeNull();
    expect(await figure.getAttribute('aria-expanded')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.closest('details')?.id)).toBe('cite-legal-aid-cases');
    expect(await block.locator('[data-sentence]').innerText()).toBe(
      '全市受理法律援助案件共3721件，包括刑事3016件、民事704件、行政1件；',
    );
    expect(await block.locator('[data-permalink]').innerText()).toBe(expectedUrl);
    await context.close();
  });

  it('copies the GB/T 7714 citation (with today as access date) and the one-line form, and announces it', async () => {
    const { page, context } = await openPage(browser, origin);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await page.goto(section);
    await page.locator('.report-text data#legal-aid-cases').click();
    const block = page.locator('#cite-legal-aid-cases');
    const today = await browserToday(page);

    await block.getByRole('button', { name: '复制引用' }).click();
    const citation =
      '中共鞍山市委, 鞍山市人民政府. 关于2023年鞍山市法治政府建设情况的报告: 鞍委〔2024〕17号[R/OL]. ' +
      `鞍山: 中共鞍山市委, 鞍山市人民政府, 2024-03-15: （五）多元化解社会矛盾纠纷成效明显[${today}]. ${expectedUrl}`;
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(citation);
    const status = block.getByRole('status');
    await expect.poll(() => status.innerText()).toBe(`已复制：${citation}`);

    await block.getByRole('button', { name: '复制这句话' }).press('Enter');
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe('据鞍委〔2024〕17号报告，2023年鞍山市受理法律援助案件3721件。');

    await block.getByRole('button', { name: '复制链接' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(expectedUrl);
    await context.close();
  });

  it('selects the text to copy by hand when the clipboard is refused', async () => {
    const { page, context } = await openPage(browser, origin);
    await page.goto(section);
    await page.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new Error('denied')) },
      });
    });
    await page.locator('.report-text data#legal-aid-cases').click();
    const block = page.locator('#cite-legal-aid-cases');
    await block.getByRole('button', { name: '复制这句话' }).click();
    await expect
      .poll(() => page.evaluate(() => getSelection()?.toString()))
      .toBe('据鞍委〔2024〕17号报告，2023年鞍山市受理法律援助案件3721件。');
    await expect.poll(() => block.getByRole('status').innerText()).toContain('已选中文字');
    await context.close();
  });

  it('the permanent link leads to the figure in its sentence', async () => {
    const { page, context } = await openPage(browser, origin);
    await page.goto(section);
    await page.locator('.report-text data#legal-aid-cases').click();
    const permalink = new URL(
      (await page.locator('#cite-legal-aid-cases [data-permalink]').getAttribute('data-copy-text'))!,
    );
    // The permanent address is on the configured site; the test server stands in for it.
    await page.goto(origin + permalink.pathname + permalink.hash);
    const target = await page.evaluate(() => {
      const element = document.querySelector(':target');
      return {
        tag: element?.tagName,
        text: element?.textContent,
        sentence: element?.parentElement?.textContent?.includes('全市受理法律援助案件共3721件'),
      };
    });
    expect(target).toEqual({ tag: 'DATA', text: '3721件', sentence: true });
    await context.close();
  });

  it('every figure of every section has a citation block with its sentence, link and both citations', async () => {
    const { page, context } = await openPage(browser, origin, { javaScriptEnabled: false });
    const problems: string[] = [];
    for (const [pagePath, metrics] of Map.groupBy(all(), (m) => new URL(m.url, origin).pathname)) {
      await page.goto(origin + pagePath);
      for (const metric of metrics) {
        const block = page.locator(`details#cite-${metric.id}`);
        const sentence = await block.locator('[data-sentence]').textContent();
        const line = await block.locator(`#cite-${metric.id}-line`).textContent();
        const gbt = await block.locator('[data-gbt7714]').textContent();
        if (!sentence?.includes(metric.text)) problems.push(`${metric.id}: sentence ${sentence}`);
        if (line !== `据鞍委〔2024〕17号报告，2023年鞍山市${metric.label.replace(/^(全市|市)/, '')}${metric.text}。`)
          problems.push(`${metric.id}: line ${line}`);
        if (!gbt?.endsWith(`/2023/${pagePath.split('/')[2]}/#${metric.id}`)) problems.push(`${metric.id}: gbt ${gbt}`);
      }
    }
    expect(problems).toEqual([]);
    await context.close();
  });
});

const all = () => publishedMetrics();

/** Each value of a row as CSV writes it. */
const asCsv = (metric: PublishedMetric) =>
  Object.fromEntries(Object.entries(metric).map(([k, v]) => [k, v === null ? '' : String(v)]));

describe('downloads hold exactly what metrics.json holds', () => {
  const yearDir = path.join(DIST, 'data', '2023');
  // The data files themselves, not the .gz/.br copies the build writes beside them.
  const files = readdirSync(yearDir).filter((name) => /\.(csv|json)$/.test(name));
  const sectionFiles = (ext: string) => files.filter((name) => name.endsWith(ext) && name !== `metrics${ext}`);
  const json = (file: string) => (JSON.parse(readFileSync(file, 'utf8')) as { metrics: PublishedMetric[] }).metrics;
  const csv = (file: string) => {
    const raw = readFileSync(file, 'utf8');
    expect(raw.charCodeAt(0), `${file} starts with a BOM`).toBe(0xfeff);
    expect(raw.slice(1).split('\r\n')[0]).toBe('year,section,sectionTitle,id,label,value,unit,text,qualifier,url');
    expect(/(?<!\r)\n/.test(raw), `${file}: every line ends with CRLF`).toBe(false);
    return parse(raw, {
      bom: true,
      columns: true,
      skip_empty_lines: true,
      relax_quotes: false,
      record_delimiter: '\r\n',
    }) as Record<string, string>[];
  };
  const year2023 = all().filter((m) => m.year === 2023);

  it('the year file, as JSON and as CSV', () => {
    expect(json(path.join(yearDir, 'metrics.json'))).toEqual(year2023);
    expect(csv(path.join(yearDir, 'metrics.csv'))).toEqual(year2023.map(asCsv));
    expect(csv(path.join(DIST, 'data', 'metrics.csv'))).toEqual(all().map(asCsv));
  });

  it('the section files, which together are the year, each holding only its section', () => {
    expect(sectionFiles('.json').length).toBe(12);
    const jsonRows = sectionFiles('.json').flatMap((name) => {
      const rows = json(path.join(yearDir, name));
      expect(new Set(rows.map((r) => new URL(r.url, origin).pathname))).toEqual(
        rows.length ? new Set([`/2023/${name.replace('.json', '')}/`]) : new Set(),
      );
      return rows;
    });
    const csvRows = sectionFiles('.csv').flatMap((name) => csv(path.join(yearDir, name)));
    const byPlace = (a: PublishedMetric | Record<string, string>, b: PublishedMetric | Record<string, string>) =>
      Number(a.section) - Number(b.section) ||
      year2023.findIndex((m) => m.id === a.id) - year2023.findIndex((m) => m.id === b.id);
    expect(jsonRows.sort(byPlace)).toEqual(year2023);
    expect(csvRows.sort(byPlace)).toEqual(year2023.map(asCsv));
  });

  it('quotes a field only when RFC 4180 needs it', () => {
    for (const name of files.filter((n) => n.endsWith('.csv'))) {
      const raw = readFileSync(path.join(yearDir, name), 'utf8');
      for (const line of raw.slice(1).split('\r\n').filter(Boolean)) {
        for (const quoted of line.match(/"(?:[^"]|"")*"/g) ?? []) expect(quoted, name).toMatch(/[",\r\n]/);
      }
    }
  });

  it('are linked from the figures page, the data page and each section', async () => {
    const { page, context } = await openPage(browser, origin, { javaScriptEnabled: false });
    const downloadLinks = async (address: string) => {
      await page.goto(origin + address);
      return page.$$eval('a[download]', (anchors) =>
        anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
      );
    };
    expect(await downloadLinks('/figures/')).toEqual(
      expect.arrayContaining([
        '/data/metrics.csv',
        '/data/metrics.json',
        '/data/2023/metrics.csv',
        '/data/2023/metrics.json',
      ]),
    );
    const dataPage = await downloadLinks('/data/');
    for (const name of files)
      expect(
        dataPage.includes(`/data/2023/${name}`) || !json(path.join(yearDir, name.replace('.csv', '.json'))).length,
      ).toBe(true);
    expect(await downloadLinks('/2023/dispute-resolution/')).toEqual(
      expect.arrayContaining(['/data/2023/dispute-resolution.csv', '/data/2023/dispute-resolution.json']),
    );
    await context.close();
  });
});

describe('what machines read', () => {
  const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['url', 'sitemap', 'item'].includes(name) });
  const read = (file: string) => readFileSync(path.join(DIST, file), 'utf8');

  it('the sitemap lists every page, on the configured site', () => {
    const index = read('sitemap-index.xml');
    expect(XMLValidator.validate(index)).toBe(true);
    const maps = (xml.parse(index).sitemapindex.sitemap as { loc: string }[]).map((s) => new URL(s.loc));
    const locs = maps.flatMap((map) => {
      const text = read(map.pathname.slice(1));
      expect(XMLValidator.validate(text)).toBe(true);
      return (xml.parse(text).urlset.url as { loc: string }[]).map((u) => new URL(u.loc));
    });
    const site = new URL(locs[0]!.origin);
    expect(locs.every((loc) => loc.origin === site.origin)).toBe(true);
    expect(locs.map((loc) => loc.pathname).sort()).toEqual(
      builtPages()
        .filter((p) => p !== '/404.html')
        .sort(),
    );
  });

  it('the feed is valid RSS 2.0 with one item per published report, linked from every page', async () => {
    const text = read('feed.xml');
    expect(XMLValidator.validate(text)).toBe(true);
    const { rss } = xml.parse(text);
    expect(rss['@_version']).toBe('2.0');
    expect(rss.channel.title).toBe('鞍山市法治政府建设年度报告');
    const items = rss.channel.item as { title: string; link: string; pubDate: string; guid: unknown }[];
    expect(items.map((item) => new URL(item.link).pathname)).toEqual(['/2023/']);
    expect(items[0]!.title).toContain('鞍委〔2024〕17号');
    expect(new Date(items[0]!.pubDate).toISOString().slice(0, 10)).toBe('2024-03-15');
    const { page, context } = await openPage(browser, origin, { javaScriptEnabled: false });
    await page.goto(`${origin}/2023/`);
    expect(await page.getAttribute('link[rel="alternate"][type="application/rss+xml"]', 'href')).toBe('/feed.xml');
    await context.close();
  });

  it('the data page describes the data set as schema.org Dataset JSON-LD whose files exist', async () => {
    const { page, context } = await openPage(browser, origin, { javaScriptEnabled: false });
    await page.goto(`${origin}/data/`);
    const blocks = await page.$$eval('script[type="application/ld+json"]', (scripts) =>
      scripts.map((s) => s.textContent ?? ''),
    );
    expect(blocks).toHaveLength(1);
    const dataset = JSON.parse(blocks[0]!) as {
      '@type': string;
      license: string;
      distribution: { contentUrl: string }[];
      isBasedOn: { url: string; identifier: string }[];
    };
    expect(dataset['@type']).toBe('Dataset');
    expect(new URL(dataset.license).hash).toBe('#terms');
    expect(await page.locator('#terms').count()).toBe(1);
    expect(dataset.isBasedOn[0]).toMatchObject({
      identifier: '鞍委〔2024〕17号',
      url: 'http://sfj.anshan.gov.cn/html/ASSFJ/202403/0172860686844488.html',
    });
    for (const file of dataset.distribution) {
      const response = await page.request.get(origin + new URL(file.contentUrl).pathname);
      expect(response.status(), file.contentUrl).toBe(200);
    }
    await context.close();
  });

  it('each section page carries citation metadata and share tags with its headline figure', async () => {
    const { page, context } = await openPage(browser, origin, { javaScriptEnabled: false });
    await page.goto(`${origin}/2023/dispute-resolution/`);
    const meta = (selector: string) => page.$$eval(selector, (tags) => tags.map((t) => t.getAttribute('content')));
    expect(await meta('meta[name="citation_title"]')).toEqual([
      '关于2023年鞍山市法治政府建设情况的报告：（五）多元化解社会矛盾纠纷成效明显',
    ]);
    expect(await meta('meta[name="citation_author"]')).toEqual(['中共鞍山市委', '鞍山市人民政府']);
    expect(await meta('meta[name="citation_publisher"]')).toEqual(['中共鞍山市委、鞍山市人民政府']);
    expect(await meta('meta[name="citation_date"]')).toEqual(['2024/03/15']);
    expect(await meta('meta[name="citation_technical_report_number"]')).toEqual(['鞍委〔2024〕17号']);
    expect(await meta('meta[name="citation_public_url"]')).toEqual([`${site}/2023/dispute-resolution/`]);
    expect(await meta('meta[property="og:title"]')).toEqual([
      '（五）多元化解社会矛盾纠纷成效明显 - 2023年鞍山市法治政府建设情况',
    ]);
    expect(await meta('meta[property="og:description"]')).toEqual([
      '据鞍委〔2024〕17号报告，2023年鞍山市受理法律援助案件3721件。',
    ]);
    expect(await meta('meta[name="twitter:card"]')).toEqual(['summary']);
    expect(await page.getAttribute('link[rel="canonical"]', 'href')).toBe(`${site}/2023/dispute-resolution/`);
    await context.close();
  });

  it('every page has exactly one set of share tags and a canonical address', async () => {
    const { page, context } = await openPage(browser, origin, { javaScriptEnabled: false });
    for (const address of builtPages()) {
      await page.goto(origin + address);
      for (const selector of [
        'meta[property="og:title"]',
        'meta[property="og:description"]',
        'meta[property="og:url"]',
        'meta[name="twitter:card"]',
        'link[rel="canonical"]',
      ])
        expect(await page.locator(selector).count(), `${address} ${selector}`).toBe(1);
    }
    await context.close();
  });
});

describe('Chinese punctuation on the new pages', () => {
  it('is full-width beside Chinese characters (GB/T 7714 citations, which use ASCII marks by the standard, excepted)', async () => {
    const halfWidth = /[\p{Script=Han}“”][,;:()]|[,;:()][\p{Script=Han}“”]/u;
    const { page, context } = await openPage(browser, origin);
    const addresses = [
      '/figures/',
      '/figures/2023/',
      '/data/',
      ...new Set(all().map((m) => new URL(m.url, origin).pathname)),
    ];
    const bad: string[] = [];
    for (const address of addresses) {
      await page.goto(origin + address);
      const text = await page.evaluate(() => {
        for (const block of document.querySelectorAll('details')) block.open = true;
        for (const citation of document.querySelectorAll('[data-gbt7714]')) citation.remove();
        return document.querySelector('main')!.innerText;
      });
      bad.push(
        ...text
          .split('\n')
          .filter((line) => halfWidth.test(line))
          .map((line) => `${address}: ${line}`),
      );
      expect(text, address).not.toMatch(/[ \t][，。；：、）」》]/);
    }
    expect(bad).toEqual([]);
    await context.close();
  });
});
