/**
 * The whole-report page keeps the report's outline (issue 12): parts are h2, numbered
 * sections h3, and a section's own items one level below the heading they belong to — the
 * plan items （一）–（五） under 「三、2024年重点工作安排」, never beside it.
 */
import { describe, expect, it } from 'vitest';
import { builtPages, pageHtml } from '../support/site-files.ts';
import { originalReportYear } from '../support/site-data.ts';

const fullPages = builtPages().filter((page) => /^\/\d{4}\/full\/$/.test(page));

/** The headings of the report's text, in order: level and text. */
function headings(page: string) {
  const html = pageHtml(page);
  const article = /<article[\s\S]*<\/article>/.exec(html)![0];
  return [...article.matchAll(/<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>/g)].map((match) => ({
    level: Number(match[1]),
    text: match[2]!.replace(/<[^>]+>/g, '').trim(),
  }));
}

describe.each(fullPages)('%s', (page) => {
  it('plan items sit one level below the plans part, and no level is skipped', () => {
    const list = headings(page);
    const items = list.filter((heading) => /^（[一二三四五六七八九十]+）/.test(heading.text));
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      const parent = list.slice(0, list.indexOf(item)).findLast((heading) => heading.level < item.level);
      expect(parent, item.text).toBeDefined();
      expect(item.level - parent!.level, item.text).toBe(1);
    }
    list.forEach((heading, index) => {
      if (index > 0) expect(heading.level - list[index - 1]!.level, heading.text).toBeLessThanOrEqual(1);
    });
  });
});

describe('the official 2023 report (鞍委〔2024〕17号), found by its 文号; fails if it is missing', () => {
  it('（一）营造良好法治环境 is an h3 under 「三、2024年重点工作安排」', () => {
    const list = headings(`/${originalReportYear()}/full/`);
    const plans = list.findIndex((heading) => heading.text === '三、2024年重点工作安排');
    expect(list[plans]?.level).toBe(2);
    expect(list.slice(plans + 1, plans + 6)).toEqual(
      [
        '（一）营造良好法治环境',
        '（二）提高行政立法质量',
        '（三）依法科学民主决策',
        '（四）完善司法保障机制',
        '（五）深入开展示范创建',
      ].map((text) => ({ level: 3, text })),
    );
  });
});
