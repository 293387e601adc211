/**
 * Splitting an official report into its parts the way the text itself is structured:
 * the head (issuers, title, the web page's byline, 文号), the preamble, then 一、 parts
 * whose （一） sections become the site's sections. The new report decides the structure:
 * nothing here knows how many sections last year had or what they were called.
 */
import { SECTION_KINDS } from '../content/section-kinds.ts';
import { chinesePunctuation } from './punctuation.ts';

export type SectionKind = (typeof SECTION_KINDS)[number];

/** The report's metadata as the text gives it; each field absent when the text lacks it. */
export interface ReportHead {
  title?: string;
  issuers: string[];
  documentNumber?: string;
  /** YYYY-MM-DD. */
  published?: string;
  /** The publishing office, from a web page's byline (来源：…). */
  source?: string;
}

/** One section of the site: a file of its own. */
export interface SplitSection {
  kind: SectionKind;
  /** The title without its numbering: 多元化解社会矛盾纠纷成效明显. */
  title: string;
  /** The Markdown body: paragraphs verbatim, sub-headings as ## or ###. */
  body: string;
}

export interface SplitReport {
  head: ReportHead;
  /** The paragraphs before the first part, Markdown. */
  preamble: string;
  /** Title of the (first) measures part, when the text has 一、 parts: 主要举措和成效. */
  measuresHeading?: string;
  sections: SplitSection[];
}

const NUMERALS = '[一二三四五六七八九十]+';
/** 一、主要举措和成效 */
const PART = new RegExp(`^${NUMERALS}、\\s*(.+)$`);
/** （一）党对法治政府建设的领导持续增强 (after punctuation, ASCII brackets are full-width). */
const SECTION = new RegExp(`^（${NUMERALS}）\\s*(.+)$`);
/** 1.加强… / 1、加强… / （1）加强…: an item heading when short and not a sentence. */
const ITEM = /^(?:\d{1,2}[.．、]|（\d{1,2}）)\s*\S/;
/** 鞍委〔2024〕17号, 鞍政办发[2024]3号. */
const DOCUMENT_NUMBER = /^\S{1,12}[〔[［【（(]\d{4}[〕\]］】）)]\s*\d+\s*号$/;
/** 2024年3月15日, the date under a signature. */
const CHINESE_DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/;
/** An organisation's name, as signed under a report or printed before its title. */
const ORGANISATION =
  /^[\p{Script=Han}（）]{2,30}(委员会|市委|县委|区委|政府|办公室|办公厅|局|厅|委|院|部|中心|署|会)$/u;

/** A heading is short and does not end like a sentence. */
const isHeadingLike = (line: string) => line.length <= 40 && !/[。；：，]$/.test(line);

function kindOf(title: string, previous: SectionKind): SectionKind {
  const rank = (kind: SectionKind) => SECTION_KINDS.indexOf(kind);
  const found: SectionKind = /问题|不足|差距/.test(title)
    ? 'problems'
    : /安排|计划|打算|思路|下一步|重点工作|工作重点/.test(title)
      ? 'plans'
      : 'measures';
  // Sections run measures → problems → plans; a later part never goes back.
  return rank(found) < rank(previous) ? previous : found;
}

const pad = (n: string) => n.padStart(2, '0');

/** Reads one line before the preamble into the head; false when it is not a head line. */
function readHeadLine(line: string, head: ReportHead): boolean {
  const byline = /时间[：:]\s*(\d{4})-(\d{1,2})-(\d{1,2})/.exec(line);
  if (byline || /^(来源|作者|发布时间|点击)[：:]/.test(line)) {
    if (byline) head.published = `${byline[1]}-${pad(byline[2]!)}-${pad(byline[3]!)}`;
    const source = /来源[：:]\s*(.+?)\s*(?:作者|点击|$)/.exec(line)?.[1];
    if (source) head.source = source;
    return true;
  }
  if (DOCUMENT_NUMBER.test(line)) {
    head.documentNumber = line.replace(/\s+/g, '');
    return true;
  }
  const date = CHINESE_DATE.exec(line);
  if (date) {
    head.published = `${date[1]}-${pad(date[2]!)}-${pad(date[3]!)}`;
    return true;
  }
  const words = line.split(/\s+/);
  const titleAt = words.findIndex((word) => /^关于|报告$/.test(word));
  if (titleAt >= 0 && !head.title && isHeadingLike(line.replace(/\s+/g, '').slice(0, 40))) {
    const title = words.slice(titleAt).join('');
    head.issuers.push(...words.slice(0, titleAt));
    // 鞍山市司法局关于…的报告: the issuer written before 关于, without a space.
    const about = title.indexOf('关于');
    if (about > 0 && ORGANISATION.test(title.slice(0, about))) head.issuers.push(title.slice(0, about));
    head.title = about > 0 && ORGANISATION.test(title.slice(0, about)) ? title.slice(about) : title;
    return true;
  }
  if (line.length <= 60 && words.every((word) => ORGANISATION.test(word))) {
    head.issuers.push(...words);
    return true;
  }
  return false;
}

/**
 * Reads the signature (issuers and date) that may close the text into the head. The lines stay
 * in the text: they are part of the official text, which the site reproduces whole.
 */
function readSignature(lines: string[], head: ReportHead): string[] {
  const rest = [...lines];
  const signature: string[] = [];
  while (rest.length > 0) {
    const last = rest.at(-1)!;
    const words = last.split(/\s+/);
    if (CHINESE_DATE.test(last) || (last.length <= 40 && words.every((word) => ORGANISATION.test(word)))) {
      signature.unshift(rest.pop()!);
    } else break;
  }
  const before: ReportHead = { issuers: [] };
  for (const line of signature) readHeadLine(line, before);
  if (!head.published) head.published = before.published;
  if (head.issuers.length === 0) head.issuers = before.issuers;
  return lines;
}

/** Joins paragraphs (and headings) into a Markdown body. */
const markdown = (blocks: string[]) => blocks.join('\n\n');

/** A paragraph of a section's body; an item heading (1.加强…) becomes a ### heading. */
function block(line: string, level: 2 | 3): string {
  if (ITEM.test(line) && isHeadingLike(line)) return `${'#'.repeat(level)} ${line}`;
  // "1. " at the start of a line would become a Markdown list and lose its number.
  return line.replace(/^(\d{1,2})\.(\s)/, '$1\\.$2');
}

/** Splits the text of a report (decoded, LF line ends) into head, preamble and sections. */
export function splitReport(text: string): SplitReport {
  const all = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const head: ReportHead = { issuers: [] };
  const lines = readSignature(all.map(chinesePunctuation), head);

  const firstPart = lines.findIndex((line) => PART.test(line) || SECTION.test(line));
  /** A text without 一、 or （一）: its numbered items (1.完善制度建设) are its sections, if it has any. */
  const isItem = (line: string) => firstPart === -1 && ITEM.test(line) && isHeadingLike(line);
  const firstItem = lines.findIndex(isItem);
  const bodyStart = firstPart !== -1 ? firstPart : firstItem !== -1 ? firstItem : lines.length;
  // Before the first part: head lines (title, byline, 文号), then the preamble.
  const preamble: string[] = [];
  all.slice(0, bodyStart).forEach((raw, at) => {
    if (preamble.length > 0 || !readHeadLine(raw, head)) preamble.push(lines[at]!);
  });

  const sections: SplitSection[] = [];
  let measuresHeading: string | undefined;
  let kind: SectionKind = 'measures';
  /** The part being read: its title and what it holds so far. */
  let part: { title: string; kind: SectionKind; intro: string[]; sections: SplitSection[]; implicit?: true } | null =
    null;

  const closePart = () => {
    if (!part) return;
    if ((part.kind === 'measures' || part.implicit) && part.sections.length > 0) {
      // The measures part's own heading (一、主要举措和成效) only when it holds （一） sections.
      if (part.kind === 'measures' && !part.implicit) measuresHeading ??= part.title;
      // Words between 一、 and its first （一） have no page of their own: they open the first section.
      if (part.intro.length > 0) part.sections[0]!.body = markdown([...part.intro, part.sections[0]!.body]);
      sections.push(...part.sections);
    } else {
      const body = [
        ...part.intro,
        ...part.sections.flatMap((section) => [`## ${section.title}`, section.body].filter(Boolean)),
      ];
      sections.push({ kind: part.kind, title: part.title, body: markdown(body) });
    }
    part = null;
  };

  let current: { title: string; blocks: string[]; numbered: string } | null = null;
  const closeSection = () => {
    if (!current || !part) return;
    const inMeasures = part.kind === 'measures' || part.implicit;
    // Without 一、 parts, each （一） section says its own kind: （三）存在的不足 is problems.
    if (part.implicit) kind = kindOf(current.title, kind);
    part.sections.push({
      kind: part.implicit ? kind : part.kind,
      // Plans and problems keep （一） in their ## headings, as 2023 does.
      title: inMeasures ? current.title : current.numbered,
      body: markdown(current.blocks),
    });
    current = null;
  };

  for (const line of lines.slice(bodyStart)) {
    const partMatch = PART.exec(line);
    if (partMatch && isHeadingLike(line)) {
      closeSection();
      closePart();
      kind = kindOf(partMatch[1]!, kind);
      part = { title: partMatch[1]!.trim(), kind, intro: [], sections: [] };
      continue;
    }
    if (isItem(line)) {
      closeSection();
      part ??= { title: '', kind, intro: [], sections: [], implicit: true };
      // The number stays in the title: the site numbers sections （一）, not 1.
      current = { title: line, blocks: [], numbered: line };
      continue;
    }
    const sectionMatch = SECTION.exec(line);
    // （一）加强党的领导。坚持…: a heading run into its first paragraph ends at its first 。.
    const runIn =
      sectionMatch && !isHeadingLike(line) ? /^(（[一二三四五六七八九十]+）[^。]{2,38})。(.+)$/.exec(line) : null;
    if (sectionMatch && (isHeadingLike(line) || runIn)) {
      closeSection();
      // A report without 一、 parts: its （一） sections are one implicit measures part.
      part ??= { title: '', kind, intro: [], sections: [], implicit: true };
      const heading = runIn ? runIn[1]! : line;
      const title = (SECTION.exec(heading)?.[1] ?? '').trim();
      current = { title, blocks: runIn ? [runIn[2]!.trim()] : [], numbered: heading };
      continue;
    }
    part ??= { title: '', kind, intro: [], sections: [] };
    if (current) current.blocks.push(block(line, part.kind === 'measures' ? 2 : 3));
    else part.intro.push(block(line, part.kind === 'measures' ? 2 : 3));
  }
  closeSection();
  closePart();
  head.issuers = [...new Set(head.issuers)];
  if (sections.length === 0 && preamble.length > 1) {
    // No headings at all: the first paragraph opens the report, the rest is its one section,
    // titled by the report itself (import-report.ts gives the title).
    const body = preamble.splice(1).map((line) => block(line, 2));
    sections.push({ kind: 'measures', title: '', body: markdown(body) });
  }
  return { head, preamble: markdown(preamble), measuresHeading, sections };
}
