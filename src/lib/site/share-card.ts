/**
 * The share image's drawing (og:image: what a WeChat or Weibo preview shows): a 1200×630 SVG
 * with the site's name, a report's title, a section's heading, up to two headline figures as
 * the text writes them, and the report's 文号 and date, in the site's colours on white. Pure: text in, SVG out; src/lib/site/share-render.ts turns it
 * into a PNG at build time.
 *
 * The renderer draws text but does not wrap it, so lines are broken here, by an estimate of
 * each character's width that errs wide (tested against the real font in
 * tests/unit/share-card.test.ts): a title never runs off the image. Chinese line-breaking
 * rules hold: no line starts with closing punctuation (，。〕）…) or ends with opening
 * punctuation (〔（《…), and digits and Latin words stay whole (2023, 17号's 17).
 */

export const SHARE_IMAGE = { width: 1200, height: 630, type: 'image/png' } as const;

/** The CJK face the text asks for (Debian's fonts-noto-cjk: src/lib/site/share-font.ts). */
export const SHARE_FONT_FAMILY = 'Noto Sans CJK SC';

/** Light-scheme tokens of src/styles/global.css: --color-accent, --color-ink, --color-muted, --color-line. */
const COLOURS = { paper: '#ffffff', accent: '#a4161a', ink: '#1f2328', muted: '#57606a', line: '#d0d7de' } as const;

/** What one image shows, as written in the report; `heading` only for a section's image. */
export interface ShareCard {
  site: string;
  title: string;
  heading?: string | undefined;
  /** Headline figures, each its label and its text as written: 受理法律援助案件 3721件 (at most two are drawn). */
  figures?: readonly string[] | undefined;
  /** 文号 and date: 鞍委〔2024〕17号 · 2024年3月15日发布. */
  meta: string;
}

/** How many headline figures an image has room for. */
export const SHARE_FIGURES = 2;

/** Left and right margin; the text is never wider than the rest. */
const MARGIN = 80;
export const TEXT_WIDTH = SHARE_IMAGE.width - 2 * MARGIN;
/** The part of an em above the baseline in Noto Sans CJK (the rest, 0.12, is below). */
const ASCENT = 0.88;
const LINE_HEIGHT = 1.3;

const CLOSING = new Set('，。、；：！？）」』】〕》〉”’…·%％,.;:!?)]}');
const OPENING = new Set('（「『【〔《〈“‘([{');
const WIDE_LATIN = new Set('MWmw@%&');

/** One character's advance in em, estimated on the wide side (bold Noto Sans CJK: digits 0.58, CJK 1). */
function charWidth(char: string): number {
  if (char === ' ') return 0.3;
  const code = char.codePointAt(0)!;
  if (code < 0x80) return WIDE_LATIN.has(char) ? 1 : 0.68;
  // Latin-1 and general punctuation (·, —, …) are drawn full width in this font.
  return 1.02;
}

/** The estimated width of `text` in pixels at `size`. */
export const textWidth = (text: string, size: number): number =>
  [...text].reduce((sum, char) => sum + charWidth(char), 0) * size;

/** The pieces a line may break between: a CJK character or a Latin word, with the punctuation that must stay with it. */
export function breakUnits(text: string): string[] {
  const units: string[] = [];
  let opening = '';
  for (const [piece] of text.matchAll(/[A-Za-z0-9.]+|\s+|./gsu)) {
    if (/^\s+$/.test(piece)) {
      if (units.length && !opening) units.push(' ');
    } else if (OPENING.has(piece)) opening += piece;
    else if (CLOSING.has(piece) && !opening && units.length && units.at(-1) !== ' ') units[units.length - 1] += piece;
    else {
      units.push(opening + piece);
      opening = '';
    }
  }
  if (opening) units.push(opening);
  return units;
}

/** A unit too wide for a line on its own (a very long Latin word), cut into pieces that fit. */
function splitWide(unit: string, size: number, maxWidth: number): string[] {
  if (textWidth(unit, size) <= maxWidth) return [unit];
  const pieces = [''];
  for (const char of unit) {
    if (pieces.at(-1) && textWidth(pieces.at(-1)! + char, size) > maxWidth) pieces.push('');
    pieces[pieces.length - 1] += char;
  }
  return pieces;
}

/**
 * `text` broken into lines no wider than `maxWidth` at `size`; with `maxLines`, what does not
 * fit ends the last line with 「…」.
 */
export function wrapText(text: string, size: number, maxWidth: number, maxLines = Infinity): string[] {
  const lines: string[] = [];
  let line = '';
  for (const unit of breakUnits(text.trim()).flatMap((each) => splitWide(each, size, maxWidth))) {
    if (line && textWidth(line + unit, size) > maxWidth) {
      lines.push(line.trimEnd());
      line = unit === ' ' ? '' : unit;
    } else if (line || unit !== ' ') line += unit;
  }
  if (line.trim()) lines.push(line.trimEnd());
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = [...kept.at(-1)!];
  while (last.length && textWidth(`${last.join('')}…`, size) > maxWidth) last = last.slice(0, -1);
  kept[kept.length - 1] = `${last.join('').trimEnd()}…`;
  return kept;
}

/** The largest of `sizes` at which `text` fits in `maxLines`; else the smallest, cut with 「…」. */
export function fitText(
  text: string,
  sizes: readonly number[],
  maxLines: number,
  maxWidth = TEXT_WIDTH,
): { size: number; lines: string[] } {
  for (const size of sizes) {
    const lines = wrapText(text, size, maxWidth);
    if (lines.length <= maxLines) return { size, lines };
  }
  const size = sizes.at(-1)!;
  return { size, lines: wrapText(text, size, maxWidth, maxLines) };
}

/** Text for an SVG text node or attribute. */
export const escapeXml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[char]};`);

/** One line of text on the image: its baseline, size and colour. */
export interface ShareLine {
  text: string;
  x: number;
  y: number;
  size: number;
  fill: string;
}

/** A block of wrapped lines from `top` (the top of its first line's em box); returns the lines and the block's bottom. */
function block(fitted: { size: number; lines: string[] }, top: number, fill: string) {
  const step = fitted.size * LINE_HEIGHT;
  const lines = fitted.lines.map((text, index) => ({
    text,
    x: MARGIN,
    y: Math.round(top + index * step + fitted.size * ASCENT),
    size: fitted.size,
    fill,
  }));
  return { lines, bottom: top + (fitted.lines.length - 1) * step + fitted.size };
}

/** Where the main text may go: below the site's name, above the rule over the 文号 and date. */
const BODY_TOP = 150;
export const RULE_Y = SHARE_IMAGE.height - 130;
const BODY_BOTTOM = RULE_Y - 30;

/** Every line the image shows, placed: the site's name, the title (and heading), the 文号 and date. */
export function shareLines(card: ShareCard): ShareLine[] {
  const site = { text: card.site, x: MARGIN, y: 104, size: 32, fill: COLOURS.accent };
  const meta = wrapText(card.meta, 30, TEXT_WIDTH, 1)[0] ?? '';
  const metaLine = { text: meta, x: MARGIN, y: SHARE_IMAGE.height - 72, size: 30, fill: COLOURS.muted };
  // The title alone (a report, the home page), or the title over the section's heading; then
  // the headline figures, one a line. With figures the title and heading give up some room.
  const figures = (card.figures ?? []).slice(0, SHARE_FIGURES);
  const some = figures.length > 0;
  const text = card.heading
    ? [
        { fitted: fitText(card.title, some ? [32, 28] : [36, 32], some ? 1 : 2), fill: COLOURS.muted, gap: 28 },
        { fitted: fitText(card.heading, some ? [56, 48, 40] : [64, 56, 48, 40], 2), fill: COLOURS.ink, gap: 0 },
      ]
    : [
        {
          fitted: fitText(card.title, some ? [64, 56, 48] : [72, 64, 56, 48], some ? 2 : 3),
          fill: COLOURS.ink,
          gap: 0,
        },
      ];
  const parts = some
    ? [
        ...text.slice(0, -1),
        { ...text.at(-1)!, gap: 28 },
        ...figures.map((figure, index) => ({
          fitted: fitText(figure, [30], 1),
          fill: COLOURS.accent,
          gap: index < figures.length - 1 ? 10 : 0,
        })),
      ]
    : text;
  const height = parts.reduce(
    (sum, { fitted, gap }) => sum + (fitted.lines.length - 1) * fitted.size * LINE_HEIGHT + fitted.size + gap,
    0,
  );
  // Centred in the space between the site's name and the rule.
  let top = BODY_TOP + Math.max(0, (BODY_BOTTOM - BODY_TOP - height) / 2);
  const body: ShareLine[] = [];
  for (const { fitted, fill, gap } of parts) {
    const placed = block(fitted, top, fill);
    body.push(...placed.lines);
    top = placed.bottom + gap;
  }
  return [site, ...body, ...(meta ? [metaLine] : [])];
}

/** One line as SVG text, bold: one font file to load, and legible when a preview is small. */
export const textElement = (line: ShareLine): string =>
  `<text x="${line.x}" y="${line.y}" font-family="${SHARE_FONT_FAMILY}" font-weight="700" font-size="${line.size}" ` +
  `fill="${line.fill}">${escapeXml(line.text)}</text>`;

/**
 * The image as SVG. `drawLine` draws each line: as text by default; the renderer passes one
 * that reuses each line's outlines (share-render.ts).
 */
export function shareCardSvg(card: ShareCard, drawLine: (line: ShareLine) => string = textElement): string {
  const { width, height } = SHARE_IMAGE;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<rect width="${width}" height="${height}" fill="${COLOURS.paper}"/>` +
    `<rect width="${width}" height="12" fill="${COLOURS.accent}"/>` +
    `<rect x="${MARGIN}" y="${RULE_Y}" width="${TEXT_WIDTH}" height="2" fill="${COLOURS.line}"/>` +
    shareLines(card).map(drawLine).join('') +
    `</svg>`
  );
}

/** The image's text alternative (og:image:alt): everything it shows, in full. */
export const shareCardAlt = (card: ShareCard): string =>
  `${card.site}分享图：《${card.title}》${card.heading ? `，${card.heading}` : ''}` +
  `${card.figures?.length ? `；${card.figures.slice(0, SHARE_FIGURES).join('，')}` : ''}；${card.meta}`;
