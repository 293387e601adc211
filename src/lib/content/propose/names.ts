/**
 * Names for what is new this year, made from the text: a figure's label from the words
 * before its number, its provisional id, and an ASCII slug for a section last year did not
 * have. Staff confirm or change them; the guide says how.
 */
import { RESERVED_IDS, RESERVED_SLUGS } from '../reserved-names.ts';
import type { Span } from '../../figures/locate.ts';
import { pinyinWords } from './ids.ts';

/** Verbs and connectives between the words and the number: 达到, 均为, 共计, 压缩至…: not what is counted. */
const TRAILING =
  /(达到|达|为|均为|共计|共|累计|合计|分别|约|近|超过|不超过|等|(?:压缩|缩短|降低|降|提升|提高|增长|增加|增|减少|下降|控制|保持)(?:至|到|在|了)?|至|到)+$/;
/** Words that open a clause but say nothing about what is counted. */
const LEADING = /^(其中|并且|同时|全年|全市|共同|累计)+/;
/** A label that ends on a verb names an action, not a count: 制作播出, 完成. */
const VERB_END =
  /(制作|播出|开展|完成|实现|办理|组织|发布|推出|上线|建成|召开|举办|培训|走访|解决|化解|排查|绘制|组建|设置|出台|制定|编制)$/;

/**
 * What a figure counts, as a noun phrase of its sentence: the words a measure word leads into
 * (绘制80个重点项目审批服务鱼骨图 → 重点项目审批服务鱼骨图), else the words of the clause before
 * the number without the verbs that lead to it (企业开办全流程压缩至1个工作日 → 企业开办全流程;
 * 受理法律援助案件共3721件 → 受理法律援助案件).
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
  if (han(item) >= 2) words = item;
  // The words after are cut at 20 characters anyway: a bounded slice keeps a long body linear.
  const rest = body.slice(figure.end, figure.end + 40);
  const after = /^[\p{Script=Han}“《]/u.test(rest)
    ? (rest.split(/[，。；：、！？\n\d]/)[0] ?? '').slice(0, 20).replace(/的$/, '')
    : '';
  // What a measure word counts is the noun after it; the words before are then its verb.
  if (han(after) >= 2) return after;
  words = words.trim();
  if (han(words) >= 2 && !VERB_END.test(words)) return words;
  return han(words) >= 2 ? words : fallback;
}

const han = (text: string) => text.replace(/[^\p{Script=Han}]/gu, '').length;

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
  // Else the pinyin of the title's first words (行政复议 → xingzheng-fuyi), readable without typing English.
  const words = pinyinWords(title.replace(/[^\p{Script=Han}]/gu, '').slice(0, 4));
  const base = known ?? (words || `section-${order}`);
  return uniqueName(base, taken);
}

/** `base`, or `base-2`, `base-3`… whichever is not taken (nor reserved by the layout). */
export function uniqueName(base: string, taken: ReadonlySet<string>): string {
  const reserved = new Set<string>([...RESERVED_IDS, ...RESERVED_SLUGS]);
  let name = base;
  for (let n = 2; taken.has(name) || reserved.has(name); n++) name = `${base}-${n}`;
  return name;
}
