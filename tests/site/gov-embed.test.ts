/**
 * Embeddable charts: one page per chart at /embed/<year>/<chart>/, framable by any site
 * (and only those pages: every other page keeps frame-ancestors 'none' and DENY), served
 * through nginx with deploy/nginx/; the 「嵌入」 button copies a working <iframe> snippet.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { CSP_EMBED_HEADER, CSP_HEADER, CSP_META, SECURITY_HEADERS } from '../../src/lib/site/security.ts';
import { useBrowser } from '../support/browser.ts';
import { DIST, pageHtml } from '../support/site-files.ts';

const origin = inject('origin');
const html = pageHtml;
const allEmbeds = readdirSync(path.join(DIST, 'embed')).flatMap((year) =>
  readdirSync(path.join(DIST, 'embed', year)).map((chart) => `/embed/${year}/${chart}/`),
);
/** A withdrawn chart's embed address keeps answering, saying so (issue 21); the others draw it. */
const withdrawn = allEmbeds.filter((page) => html(page).includes('data-withdrawn'));
const embeds = allEmbeds.filter((page) => !withdrawn.includes(page));
/** Every chart on the site's own pages, by the embed address its button offers. */
const offered = (page: string) =>
  [...html(page).matchAll(/data-embed-snippet[^>]*>&lt;iframe src=&quot;([^&]+)&quot;/g)].map((match) => match[1]!);
const chartPages = ['/', ...readdirSync(DIST).filter((name) => /^\d{4}$/.test(name))].flatMap((year) =>
  year === '/'
    ? []
    : readdirSync(path.join(DIST, year))
        .filter((name) => existsSync(path.join(DIST, year, name, 'index.html')))
        .map((name) => `/${year}/${name}/`)
        .concat(`/${year}/`),
);

const browser = useBrowser();

describe('embed pages', () => {
  it('exist for every chart of every report page, and every chart offers its own', () => {
    // Root-relative when the site's address is not set.
    const all = chartPages.flatMap(offered).map((url) => new URL(url, 'https://base.invalid').pathname);
    expect(embeds.length).toBeGreaterThan(0);
    expect([...new Set(all)].sort()).toEqual([...embeds].sort());
  });

  it.each(embeds)('%s: the chart, its table, its source and a link back to it', (page) => {
    const source = html(page);
    expect(source).toMatch(/<figure id="chart-[^"]+" class="chart[ "]/);
    expect(source).toContain('<table class="data-table">');
    expect(source).toMatch(/来源：[^<]*《[^<]+》/);
    expect(source).toContain('<base target="_top">');
    const back = /<a href="(\/\d{4}\/[^"#]*#chart-[^"]+)">在报告中查看/.exec(source)?.[1];
    expect(back).toBeDefined();
    const [target, anchor] = back!.split('#');
    expect(html(target!)).toContain(`id="${anchor}"`);
  });

  it.each(withdrawn.length > 0 ? withdrawn : ['(none)'])('%s: a withdrawn chart says so, with its data', (page) => {
    if (page === '(none)') return;
    const source = html(page);
    expect(source).toMatch(/此图表已撤下：/);
    const csv = /<a href="(\/data\/charts\/[^"]+\.csv)"/.exec(source)?.[1];
    expect(csv).toBeDefined();
    expect(existsSync(path.join(DIST, csv!))).toBe(true);
  });
});

describe('an embed page’s chart', () => {
  it.each(embeds)(
    '%s: drawn at build time, shown at once with or without script, no chart code fetched',
    async (page) => {
      for (const javaScriptEnabled of [true, false]) {
        const context = await browser().newContext({ javaScriptEnabled, viewport: { width: 360, height: 800 } });
        const tab = await context.newPage();
        const requested: string[] = [];
        tab.on('request', (request) => requested.push(new URL(request.url()).pathname));
        await tab.goto(origin + page, { waitUntil: 'networkidle' });
        const figure = tab.locator('figure.chart');
        const drawing = figure.locator('svg[data-chart-svg]');
        expect(await drawing.isVisible()).toBe(true);
        // Its text alternative is the chart's one-sentence summary.
        const summary = await figure.locator('.chart-summary').textContent();
        expect(await drawing.getAttribute('role')).toBe('img');
        expect(await tab.locator(`#${await drawing.getAttribute('aria-labelledby')}`).textContent()).toBe(summary);
        // One bar, point or slice for each figure of its table, each naming the figure as the text writes it.
        const figures = await figure
          .locator('tbody tr')
          .evaluateAll((rows) =>
            rows.map(
              (row) =>
                `${row.querySelector('th')!.textContent!.trim()}：${row.querySelector('td a')!.textContent!.trim()}`,
            ),
          );
        const named = await drawing.locator('title').allTextContents();
        const parts = (await figure.locator('.chart-legend li').count()) > 0;
        // A doughnut's table starts with the whole, which is not a slice.
        expect(named.map((tip) => tip.replace(/（占[^）]*）$/, ''))).toEqual(parts ? figures.slice(1) : figures);
        expect(requested.filter((path) => /chart-draw|chart\.js/.test(path))).toEqual([]);
        await context.close();
      }
    },
  );
});

describe('framing, through nginx', () => {
  const headers = async (page: string) => (await fetch(origin + page)).headers;

  it('the embed policy is the meta policy with frame-ancestors *', () => {
    expect(CSP_EMBED_HEADER).toBe(`${CSP_META}; frame-ancestors *`);
  });

  it('embed pages may be framed by any site, and send no X-Frame-Options', async () => {
    for (const page of embeds) {
      const sent = await headers(page);
      expect(sent.get('content-security-policy')).toBe(CSP_EMBED_HEADER);
      expect(sent.has('x-frame-options')).toBe(false);
      expect(sent.get('referrer-policy')).toBe(SECURITY_HEADERS['Referrer-Policy']);
    }
  });

  it.each(['/', '/data/', '/no-such-page/', '/embed/no-such/chart/'])(
    '%s keeps frame-ancestors none and DENY',
    async (page) => {
      const sent = await headers(page);
      // A missing embed address answers with the 404 page, which keeps the site's policy.
      expect(sent.get('content-security-policy')).toBe(CSP_HEADER);
      expect(sent.get('x-frame-options')).toBe('DENY');
    },
  );

  it('in a browser, another site can frame an embed page but not a report page', async () => {
    const embed = origin + embeds[0]!;
    const report = `${origin}${chartPages.find((page) => page !== '/')!}`;
    // Another origin on this machine: a newsroom's page with both in frames.
    const newsroom = createServer((_, response) =>
      response
        .writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
        .end(`<!doctype html><title>n</title><iframe src="${embed}"></iframe><iframe src="${report}"></iframe>`),
    );
    await new Promise<void>((resolve) => newsroom.listen(0, '127.0.0.1', resolve));
    const { port } = newsroom.address() as AddressInfo;
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'load' });
    const frameOf = (url: string) => page.frames().find((frame) => frame.url() === url);
    await expect.poll(() => frameOf(embed)?.locator('figure.chart').count()).toBe(1);
    expect(frameOf(report)).toBeUndefined();
    expect(page.frames().filter((frame) => frame.url().startsWith('chrome-error:'))).toHaveLength(1);
    await context.close();
    newsroom.close();
  });
});

describe('the 「嵌入」 button', () => {
  it('copies an <iframe> snippet of the chart’s embed page', async () => {
    const page = chartPages.find((candidate) => offered(candidate).length > 0)!;
    const context = await browser().newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    const tab = await context.newPage();
    await tab.goto(origin + page);
    const button = tab.locator('button[data-embed-copy]').first();
    await button.scrollIntoViewIfNeeded();
    await button.click();
    await expect.poll(() => tab.locator('[data-embed-status]').first().textContent()).toContain('已复制');
    const copied = await tab.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^<iframe src="[^"]+\/embed\/\d{4}\/[a-z0-9-]+\/" title="[^"]+" width="100%" height="\d+"/);
    await context.close();
  });
});
