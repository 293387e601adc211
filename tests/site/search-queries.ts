/**
 * Real queries from the official 2023 report (鞍委〔2024〕17号), as journalists and citizens
 * type them: terms, compound terms, figures with and without units, decimals, percentages,
 * full-width input. Each names the page that must be among the first three places listed (a
 * section slug, or "" for the report's cover) and, for figure queries, the figure whose anchor
 * must be the first link. They are about that report: the tests run them with the search's
 * year filter set to its year, since other years may repeat the same words and numbers.
 */
import { ORIGINAL_DOCUMENT_NUMBER } from '../support/site-data.ts';

export interface SearchCase {
  query: string;
  section: string;
  anchor?: string;
}

export const SEARCH_CASES: SearchCase[] = [
  // Figures: as written, without unit, with magnitude, as base value, decimals, percentages.
  { query: '3721', section: 'dispute-resolution', anchor: 'legal-aid-cases' },
  { query: '3721件', section: 'dispute-resolution', anchor: 'legal-aid-cases' },
  { query: '法律援助案件', section: 'dispute-resolution', anchor: 'legal-aid-cases' },
  { query: '95.8%', section: 'dispute-resolution', anchor: 'hotline-satisfaction-rate' },
  { query: '\uff19\uff15.\uff18\uff05', section: 'dispute-resolution', anchor: 'hotline-satisfaction-rate' },
  { query: '95%', section: 'dispute-resolution', anchor: 'agency-head-court-appearance-rate' },
  { query: '98.8%', section: 'dispute-resolution', anchor: 'hotline-completion-rate' },
  { query: '3.81', section: 'dispute-resolution', anchor: 'arbitration-claim-amount' },
  { query: '3.81亿元', section: 'dispute-resolution', anchor: 'arbitration-claim-amount' },
  { query: '97.2万', section: 'dispute-resolution', anchor: 'hotline-requests' },
  { query: '97.2万件', section: 'dispute-resolution', anchor: 'hotline-requests' },
  { query: '972000', section: 'dispute-resolution', anchor: 'hotline-requests' },
  { query: '22,845', section: 'dispute-resolution', anchor: 'disputes-resolved' },
  { query: '满意率95.8%', section: 'dispute-resolution', anchor: 'hotline-satisfaction-rate' },
  { query: '22万余次', section: 'law-enforcement', anchor: 'lenient-exemptions' },
  { query: '2905条', section: 'law-enforcement', anchor: 'discretion-benchmarks' },
  { query: '6975名', section: 'law-enforcement', anchor: 'enforcement-officers-trained' },
  { query: '1.7亿元', section: 'government-integrity', anchor: 'special-entity-cases-amount' },
  { query: '42%', section: 'government-integrity', anchor: 'blacklist-decrease-rate' },
  { query: '27544人次', section: 'digital-government', anchor: 'legal-hotline-consultations' },
  { query: '1972项', section: 'party-leadership', anchor: 'rectification-items' },
  { query: '4517', section: 'oversight', anchor: 'government-info-proactive-disclosures' },
  // Terms and compound terms, in running text.
  { query: '民营企业全生命周期', section: 'business-environment' },
  { query: '行政裁量基准', section: 'law-enforcement' },
  { query: '失信被执行人', section: 'government-integrity' },
  { query: '森林草原防灭火', section: 'emergency-response' },
  { query: '基层法治基础', section: 'problems' },
  { query: '枫桥经验', section: 'dispute-resolution' },
  { query: '包容免罚', section: 'law-enforcement' },
  { query: '法律援助', section: 'dispute-resolution' },
  { query: '一件事一次办', section: 'digital-government' },
  { query: '法律明白人', section: 'legal-education' },
  { query: '谁执法谁普法', section: 'legal-education' },
  { query: '三重一大', section: 'decision-making' },
  { query: '12345热线', section: 'dispute-resolution' },
  { query: '免申即享', section: 'digital-government' },
  { query: '鱼骨图', section: 'business-environment' },
  { query: '法治督察', section: 'party-leadership' },
  { query: '政府信息', section: 'oversight' },
  { query: '应急预案', section: 'emergency-response' },
  { query: '行政执法监督平台', section: 'digital-government' },
  { query: '小快灵', section: 'plans' },
  { query: '黑名单企业', section: 'government-integrity' },
  { query: '公职律师', section: 'decision-making' },
  { query: '行政复议', section: 'dispute-resolution' },
  { query: ORIGINAL_DOCUMENT_NUMBER, section: '' },
];

/** "/2023/dispute-resolution/?highlight=…#legal-aid-cases" → { year: "2023", section: "dispute-resolution", anchor: "legal-aid-cases" } */
export function placeOf(href: string): { year: string; section: string; anchor: string } {
  const url = new URL(href, 'http://x');
  const [, year = '', section = ''] = url.pathname.split('/');
  return { year, section, anchor: url.hash.slice(1) };
}

/** The sections of a result list, each once, in order. */
export const sectionsInOrder = (hrefs: readonly string[]) => [...new Set(hrefs.map((href) => placeOf(href).section))];

/** What is wrong with a result list for a case, searched within one year's report, or null. */
export function judge(item: SearchCase, hrefs: readonly string[], year: number): string | null {
  const elsewhere = hrefs.find((href) => placeOf(href).year !== String(year));
  if (elsewhere) return `${item.query}: ${elsewhere} is not in the ${year} report the search was limited to`;
  const top = sectionsInOrder(hrefs).slice(0, 3);
  if (!top.includes(item.section)) return `${item.query}: ${item.section || 'cover'} not in top 3 [${top.join(', ')}]`;
  if (item.anchor) {
    const first = hrefs[0] ? placeOf(hrefs[0]) : null;
    if (first?.anchor !== item.anchor) return `${item.query}: first link #${first?.anchor} not #${item.anchor}`;
  }
  return null;
}
