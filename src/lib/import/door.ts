/**
 * What the importer refuses before it writes anything: a year that is not a plausible
 * four-digit year, an address that is not http(s), a text without sections or with an empty
 * one. Each answer names the cause and what to do, Chinese first.
 */
import type { Message } from '../content/messages.ts';
// The check's own range, so the importer never writes a year the check would refuse.
import { FIRST_YEAR, lastYear } from '../content/checks/report-structure.ts';
import type { ImportResult } from './import-report.ts';

/** The year from the command line, or a message; `latest` is the newest year there is, `now` this year. */
export function readYear(argument: string | undefined, latest: number | undefined): number | Message {
  const last = lastYear();
  const example = Math.min(last, (latest ?? last - 2) + 1);
  if (argument === undefined) return example;
  if (!/^[1-9]\d{3}$/.test(argument) || Number(argument) < FIRST_YEAR || Number(argument) > last) {
    return {
      zh: `年份「${argument}」不对：应为 ${FIRST_YEAR} 到 ${last} 之间的四位数字，例如：npm run new-report -- ${example} --from 报告.docx`,
      en: `The year "${argument}" is not valid: give a four-digit year from ${FIRST_YEAR} to ${last}, e.g. npm run new-report -- ${example} --from report.docx`,
    };
  }
  return Number(argument);
}

/** A message when `--url` is not a full http(s) address (javascript:, data:, file: and the like are refused). */
export function urlProblem(url: string): Message | null {
  const parsed = URL.canParse(url) ? new URL(url) : null;
  if (parsed && (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname) return null;
  return {
    zh: `--url 应为以 http:// 或 https:// 开头的官方原文网址，这里是「${url.slice(0, 80)}」。`,
    en: `--url must be the official address, starting with http:// or https://: "${url.slice(0, 80)}".`,
  };
}

/** A message when the text has no body to publish: no section, or a section with no words. */
export function structureProblem({ sections }: ImportResult): Message | null {
  if (sections.length === 0) {
    return {
      zh: '原文中除标题外没有正文，无法生成报告。请确认文件是报告全文。',
      en: 'The text has no body beyond its title, so there is no report to make. Check that the file is the whole report.',
    };
  }
  const empty = sections.filter((section) => section.body.replace(/^#+\s.*$/gm, '').trim() === '');
  if (empty.length === 0) return null;
  const titles = empty.map((section) => `「${section.title}」`).join('、');
  return {
    zh: `原文中这些标题下没有正文：${titles}。请确认文件是报告全文（只有标题的报告不能发布）。`,
    en: `These headings have no text under them: ${titles}. Check that the file is the whole report (a report of headings only cannot be published).`,
  };
}
