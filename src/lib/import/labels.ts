/**
 * Names for what is new this year, made from the text: a figure's label from the words
 * before its number, its provisional id, and an ASCII slug for a section last year did not
 * have. Staff confirm or change them; the guide says how.
 */
import { RESERVED_IDS, RESERVED_SLUGS } from '../constants.ts';
import type { Span } from '../figures/locate.ts';

/** Verbs and connectives between the words and the number: 达到, 均为, 共计…. */
const TRAILING = /(达到|达|为|均为|共计|共|累计|合计|分别|约|近|超过|不超过|等)+$/;
/** Words that open a clause but say nothing about what is counted. */
const LEADING = /^(其中|并且|同时|全年|全市)+/;

/**
 * What a figure counts, from the words of its clause: those before the number (受理法律援助案件
 * 共3721件 → 受理法律援助案件) and, when a measure word leads into a noun, those after it
 * (绘制80个重点项目审批服务鱼骨图 → 绘制重点项目审批服务鱼骨图).
 */
export function labelFor(body: string, figure: Span, fallback: string): string {
  // Only the figure's own line: a search back through the whole body would make a long text slow.
  const before = body.slice(body.lastIndexOf('\n', figure.start - 1) + 1, figure.start);
  const from = Math.max(...[...'，。；：！？\n'].map((char) => before.lastIndexOf(char))) + 1;
  let words = before
    .slice(from)
    .replace(/^#+\s*/, '')
    .replace(LEADING, '')
    .replace(TRAILING, '');
  // 刑事3016件、民事704件: an item of a list is named by the words since the last 、.
  const item = words.split('、').at(-1) ?? words;
  if (item.replace(/[^\p{Script=Han}]/gu, '').length >= 2) words = item;
  // The words after are cut at 20 characters anyway: a bounded slice keeps a long body linear.
  const rest = body.slice(figure.end, figure.end + 40);
  const after = /^[\p{Script=Han}“]/u.test(rest) ? (rest.split(/[，。；：、！？\n\d]/)[0] ?? '').slice(0, 20) : '';
  const label = `${words}${after}`.trim();
  return label.replace(/[^\p{Script=Han}]/gu, '').length >= 2 ? label : fallback;
}

/** Words staff will recognise in a section title, and their English slug parts. */
const SLUG_WORDS: readonly [RegExp, string][] = [
  [/领导/, 'leadership'],
  [/营商/, 'business-environment'],
  [/决策/, 'decision-making'],
  [/立法/, 'legislation'],
  [/执法/, 'law-enforcement'],
  [/矛盾|纠纷|调解/, 'dispute-resolution'],
  [/应急|突发/, 'emergency-response'],
  [/监督|制约/, 'oversight'],
  [/数字|信息化|智慧/, 'digital-government'],
  [/诚信|信用/, 'integrity'],
  [/普法|宣传|教育/, 'legal-education'],
  [/政务公开|公开/, 'transparency'],
  [/复议/, 'administrative-review'],
  [/队伍|能力/, 'capacity'],
  [/服务/, 'services'],
  [/问题|不足/, 'problems'],
  [/安排|计划|打算/, 'plans'],
];

/** An ASCII slug for a new section, unique among `taken`: from known words, else section-N. */
export function slugFor(title: string, order: number, taken: ReadonlySet<string>): string {
  const known = SLUG_WORDS.find(([pattern]) => pattern.test(title))?.[1];
  const base = known ?? `section-${order}`;
  return uniqueName(base, taken);
}

/** `base`, or `base-2`, `base-3`… whichever is not taken (nor reserved by the layout). */
export function uniqueName(base: string, taken: ReadonlySet<string>): string {
  const reserved = new Set<string>([...RESERVED_IDS, ...RESERVED_SLUGS]);
  let name = base;
  for (let n = 2; taken.has(name) || reserved.has(name); n++) name = `${base}-${n}`;
  return name;
}
