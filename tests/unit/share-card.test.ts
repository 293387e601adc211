/**
 * The share image's drawing (src/lib/site/share-card.ts): Chinese titles wrapped by the rules
 * of Chinese typesetting, text escaped, and nothing drawn outside the 1200×630 canvas, checked
 * both by the builder's own width estimate and against the real font as resvg lays it out.
 */
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import {
  breakUnits,
  escapeXml,
  fitText,
  RULE_Y,
  SHARE_FONT_FAMILY,
  SHARE_IMAGE,
  shareCardAlt,
  shareCardSvg,
  shareLines,
  textElement,
  textWidth,
  TEXT_WIDTH,
  wrapText,
  type ShareCard,
} from '../../src/lib/site/share-card.ts';
import { shareFontFile } from '../../src/lib/site/share-font.ts';

const CLOSING = '，。、；：！？）」』】〕》”…';
const OPENING = '（「『【〔《“';

/** Made-up cards: short, long, with Latin words and punctuation at every place a line may break. */
const CARDS: ShareCard[] = [
  {
    site: '某市法治政府建设年度报告',
    title: '关于2031年某市法治政府建设情况的报告',
    meta: '某委〔2032〕3号 · 2032年3月1日发布',
  },
  {
    site: '某市法治政府建设年度报告',
    title: '关于2031年某市法治政府建设情况和2032年工作安排（含《某某条例》〔2030〕修订实施情况）的报告',
    heading:
      '（十二）深入推进“放管服”改革，持续优化法治化营商环境，12345热线受理群众诉求办结率稳步提高，人民群众满意度不断提升',
    meta: '某委〔2032〕12345号 · 2032年12月31日发布',
  },
  {
    site: 'A&B<C>',
    title: 'WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW',
    heading: 'mmmm mmmm mmmm mmmm mmmm mmmm mmmm',
    meta: '',
  },
  { site: '某市', title: '报告', heading: '二、存在的问题', meta: '2032年1月1日发布' },
  {
    site: '某市法治政府建设年度报告',
    title: '关于2031年某市法治政府建设情况和2032年工作安排（含《某某条例》〔2030〕修订实施情况）的报告',
    heading:
      '（十二）深入推进“放管服”改革，持续优化法治化营商环境，12345热线受理群众诉求办结率稳步提高，人民群众满意度不断提升',
    figures: [
      '“12345”政务服务便民热线受理群众和企业诉求以及转责任部门办理的诉求 97.2万件',
      '受理法律援助案件 3721件',
      '第三个不画出来的数字 1件',
    ],
    meta: '某委〔2032〕12345号 · 2032年12月31日发布',
  },
  {
    site: '某市法治政府建设年度报告',
    title: '关于2031年某市法治政府建设情况和2032年工作安排（含《某某条例》〔2030〕修订实施情况）的报告',
    figures: ['受理法律援助案件 3721件', '行政复议申请 138件'],
    meta: '某委〔2032〕3号 · 2032年3月1日发布',
  },
];

const FONT = shareFontFile();
const fontMissing = '未找到 Noto Sans CJK：apt-get install fonts-noto-cjk（npm test 会自动安装 provisions it）';

/** The box resvg draws `svg`'s ink in, with the CJK font and no other. */
function inkBox(svg: string) {
  expect(FONT, fontMissing).toBeDefined();
  const resvg = new Resvg(svg, {
    font: { loadSystemFonts: false, fontFiles: [FONT!], defaultFontFamily: SHARE_FONT_FAMILY },
  });
  return resvg.getBBox();
}

describe('line breaking', () => {
  it('keeps numbers and Latin words whole, and punctuation with its neighbour', () => {
    expect(breakUnits('鞍委〔2024〕17号')).toEqual(['鞍', '委', '〔2024〕', '17', '号']);
    expect(breakUnits('（五）多元化解，成效')).toEqual(['（五）', '多', '元', '化', '解，', '成', '效']);
    expect(breakUnits('3.5%的 Web')).toEqual(['3.5%', '的', ' ', 'Web']);
  });

  it('fills lines up to the width, in order, losing nothing', () => {
    const text = CARDS[1]!.heading!;
    const lines = wrapText(text, 64, TEXT_WIDTH);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join('')).toBe(text);
    for (const line of lines) expect(textWidth(line, 64)).toBeLessThanOrEqual(TEXT_WIDTH);
    // Each line but the last is full: the next line's first piece would not have fitted.
    lines.slice(0, -1).forEach((line, index) => {
      const next = breakUnits(lines[index + 1]!)[0]!;
      expect(textWidth(line + next, 64)).toBeGreaterThan(TEXT_WIDTH);
    });
  });

  it('starts no line with closing punctuation and ends none with opening punctuation', () => {
    for (const size of [32, 40, 48, 56, 64, 72])
      for (const card of CARDS)
        for (const line of wrapText(`${card.title}${card.heading ?? ''}`, size, TEXT_WIDTH)) {
          expect(CLOSING, line).not.toContain(line[0]);
          expect(OPENING, line).not.toContain(line.at(-1));
        }
  });

  it('ends a line cut short with 「…」 and keeps it within the width', () => {
    const lines = wrapText(CARDS[1]!.heading!, 64, TEXT_WIDTH, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(textWidth(lines[1]!, 64)).toBeLessThanOrEqual(TEXT_WIDTH);
  });

  it('takes the largest size that fits, else the smallest, cut', () => {
    expect(fitText('存在的问题', [72, 64], 1).size).toBe(72);
    const long = fitText(CARDS[1]!.title, [72, 48], 2);
    expect(long.size).toBe(48);
    expect(long.lines).toHaveLength(2);
  });

  it('breaks a Latin word wider than a line', () => {
    const lines = wrapText('W'.repeat(60), 72, TEXT_WIDTH);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe('W'.repeat(60));
  });
});

describe('the SVG', () => {
  it('escapes & < > " in every text', () => {
    const svg = shareCardSvg({ site: 'A&B', title: '<script>"x"</script>', heading: 'a > b', meta: "c'd" });
    expect(svg).toContain('A&amp;B');
    expect(svg).toContain('&lt;script&gt;&quot;x&quot;&lt;/script&gt;');
    expect(svg).toContain('a &gt; b');
    expect(svg).not.toMatch(/<script|"x"/);
    expect(escapeXml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&apos;');
    // And it is still an SVG the renderer reads.
    expect(new Resvg(svg, { font: { loadSystemFonts: false } }).width).toBe(SHARE_IMAGE.width);
  });

  it('is 1200×630', () => {
    const svg = shareCardSvg(CARDS[0]!);
    expect(svg).toContain(`width="${SHARE_IMAGE.width}" height="${SHARE_IMAGE.height}"`);
  });

  it.each(CARDS.map((card, index) => [index, card] as const))(
    'card %i: every line fits the canvas by the estimate, without overlapping the next',
    (_, card) => {
      const lines = shareLines(card);
      for (const line of lines) {
        expect(line.x).toBeGreaterThanOrEqual(0);
        expect(line.x + textWidth(line.text, line.size), line.text).toBeLessThanOrEqual(SHARE_IMAGE.width - line.x);
        expect(line.y - 0.88 * line.size, line.text).toBeGreaterThanOrEqual(12);
        expect(line.y + 0.12 * line.size, line.text).toBeLessThanOrEqual(SHARE_IMAGE.height);
      }
      lines.slice(1).forEach((line, index) => {
        expect(line.y - 0.88 * line.size).toBeGreaterThanOrEqual(lines[index]!.y + 0.12 * lines[index]!.size);
      });
      // The title, heading and figures stay above the rule over the 文号 and date.
      const meta = card.meta ? 1 : 0;
      for (const line of lines.slice(1, lines.length - meta)) {
        expect(line.y + 0.12 * line.size, line.text).toBeLessThanOrEqual(RULE_Y);
      }
      // At most two figures are drawn, each on one line.
      const figures = (card.figures ?? []).slice(0, 2);
      expect(
        lines.filter((line) => figures.some((figure) => figure.startsWith(line.text.replace(/…$/, '')))),
      ).toHaveLength(figures.length);
    },
  );

  it.each(CARDS.map((card, index) => [index, card] as const))(
    'card %i: the real font draws each line no wider than estimated, all inside the canvas',
    (_, card) => {
      const lines = shareLines(card);
      for (const line of lines) {
        const box = inkBox(
          `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630">${textElement(line)}</svg>`,
        );
        expect(box, line.text).toBeDefined();
        expect(box!.x + box!.width, line.text).toBeLessThanOrEqual(line.x + textWidth(line.text, line.size));
      }
      const text = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630">${lines.map(textElement).join('')}</svg>`;
      const box = inkBox(text)!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(12);
      expect(box.x + box.width).toBeLessThanOrEqual(SHARE_IMAGE.width);
      expect(box.y + box.height).toBeLessThanOrEqual(SHARE_IMAGE.height);
    },
  );

  it('says in its text alternative everything it shows', () => {
    const card = CARDS[1]!;
    const alt = shareCardAlt(card);
    for (const part of [card.site, card.title, card.heading!, card.meta]) expect(alt).toContain(part);
    const withFigures = CARDS.find((each) => each.figures && each.heading)!;
    for (const figure of withFigures.figures!.slice(0, 2)) expect(shareCardAlt(withFigures)).toContain(figure);
  });
});
