/**
 * The site's words for what it publishes (issue 12): 「数据」 for the data, never 「数字」;
 * who publishes the site and which text prevails; what the data page promises.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST, pageHtml } from '../support/site-files.ts';

const htmlOf = pageHtml;
/** The visible text of a page, roughly: tags out, entities of the Chinese punctuation decoded. */
const textOf = (page: string) => htmlOf(page).replace(/<[^>]+>/g, ' ');

describe('wording', () => {
  const pages = builtPages().filter((page) => page.endsWith('/') && !page.startsWith('/search/'));

  it('every page says 数据 for the data: navigation, 主要数据, 全部数据, 共 N 项数据', () => {
    for (const page of pages) {
      const text = textOf(page);
      // Not about the data: what a reader may type in the search box (词语或数字), and the
      // report's own 数字赋能 / 数字化 (digital).
      const stray = text.replace(/词语或数字|数字赋能|数字化/g, '').match(/.{0,8}数字.{0,8}/g);
      expect(stray, page).toBeNull();
    }
    expect(htmlOf('/')).toMatch(/<a href="\/figures\/"[^>]*>\s*数据\s*<\/a>/);
    expect(textOf('/figures/')).toContain('报告中的全部数据');
    expect(textOf('/figures/')).toMatch(/共 \d+ 项数据/);
    expect(readFileSync(path.join(DIST, 'feed.xml'), 'utf8')).not.toContain('数字');
  });

  it('the footer names the publishing office and which text prevails', () => {
    for (const page of ['/', '/data/', '/accessibility/']) {
      const footer = /<footer[\s\S]*<\/footer>/.exec(htmlOf(page))![0];
      expect(footer).toContain('鞍山市司法局法治调研督察科');
      expect(footer).toContain('本站照录原文，如有出入，以官方发布文本为准');
    }
  });

  it('the accessibility statement says how to reach that office', () => {
    const main = /<main[\s\S]*<\/main>/.exec(htmlOf('/accessibility/'))![0];
    expect(main).toMatch(/通过鞍山市司法局网站（http:\/\/sfj\.anshan\.gov\.cn\/）与鞍山市司法局法治调研督察科联系/);
  });

  it('the data page: not protected by copyright, checked item by item before publishing', () => {
    const text = textOf('/data/');
    for (const words of ['不受著作权法保护', '发布前逐项自动核对', '原文表述', '简短引用', '换算为基本单位']) {
      expect(text, words).toContain(words);
    }
  });
});
