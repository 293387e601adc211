/**
 * A deep link shows its target on the first paint, with and without JavaScript: every
 * metrics.json url (a figure in the text), every citation block (#cite-<id>) and every chart
 * (#chart-<id>) on the built site. No timer: the position is recorded on every frame from the
 * first paint until the page has loaded (tests/support/first-paint.ts), and must be in view on all.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';
import { framesOf, outOfView } from '../support/first-paint.ts';

const origin = inject('origin');
const dist = path.resolve('dist');

/** Every deep link the site offers: figures from the published data, citations and charts from the pages. */
function deepLinks(): string[] {
  const { metrics } = JSON.parse(readFileSync(path.join(dist, 'data/metrics.json'), 'utf8')) as {
    metrics: { url: string }[];
  };
  const links = new Set(metrics.map((m) => new URL(m.url, origin).pathname + new URL(m.url, origin).hash));
  const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('index.html'));
  for (const file of pages) {
    const html = readFileSync(path.join(dist, file), 'utf8');
    const url = `/${path.dirname(file)}/`.replace(/^\/\.\/$/, '/').replace('//', '/');
    for (const [, id] of html.matchAll(/<(?:details|figure)\b[^>]*\bid="((?:cite|chart)-[^"]+)"/g))
      links.add(`${url}#${id}`);
  }
  return [...links].sort();
}

const links = deepLinks();
const browser = useBrowser();

describe.each([
  { js: true, name: 'with JavaScript' },
  { js: false, name: 'without JavaScript' },
])('deep links land on first paint, $name', ({ js }) => {
  it('covers figures, citations and charts', () => {
    expect(links.some((l) => /#cite-/.test(l))).toBe(true);
    expect(links.some((l) => /#chart-/.test(l))).toBe(true);
  });

  it('every target is in view from the first painted frame on, on a phone', async () => {
    const context = await browser().newContext({
      javaScriptEnabled: js,
      viewport: { width: 390, height: 844 },
      locale: 'zh-CN',
    });
    const problems: string[] = [];
    const queue = [...links];
    const worker = async () => {
      for (let link = queue.shift(); link; link = queue.shift()) {
        const frames = await framesOf(context, origin + link);
        if (!frames.some((f) => f.painted)) problems.push(`${link}: no paint recorded`);
        const bad = outOfView(frames)[0];
        if (bad)
          problems.push(`${link}: ${bad.kind} at ${bad.readyState}, scrollY ${bad.scrollY}, target top ${bad.top}`);
      }
    };
    await Promise.all([worker(), worker(), worker()]);
    await context.close();
    expect(problems).toEqual([]);
  }, 600_000);
});
