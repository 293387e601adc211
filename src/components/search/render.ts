/**
 * One search result as DOM (built from text nodes, never from HTML strings): a figure with
 * its value, or a passage with its matched sentence, and where it stands in the report.
 */
import { KINDS } from '../../lib/search/records.ts';
import { withHighlight, type Hit } from '../../lib/search/results.ts';

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) => {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
};

/** Where the result leads, carrying the query so the page highlights it. */
export const hitHref = (hit: Hit, query: string) => withHighlight(hit.url, query);

/** The result's content; `link` wraps the title in a link (the results page), else plain (a listbox option). */
export function renderHit(hit: Hit, query: string, link: boolean): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const head = link ? element('a', 'search-hit-title') : element('span', 'search-hit-title');
  if (head instanceof HTMLAnchorElement) head.href = hitHref(hit, query);
  head.append(element('span', `search-hit-kind search-hit-kind-${hit.kind}`, KINDS[hit.kind]));
  head.append(element('span', 'search-hit-label', hit.title));
  if (hit.value) head.append(element('span', 'search-hit-value', hit.value));
  fragment.append(head);
  if (hit.excerpt && hit.excerpt.length > 0) {
    const excerpt = element('span', 'search-hit-excerpt');
    for (const part of hit.excerpt) excerpt.append(part.mark ? element('mark', '', part.text) : part.text);
    fragment.append(excerpt);
  }
  const where = hit.section === hit.title ? `${hit.year}年报告` : `${hit.year}年报告 · ${hit.section}`;
  fragment.append(element('span', 'search-hit-where', where));
  return fragment;
}

/** The live count read out to screen readers and shown above the results. */
export function countText(query: string, count: number): string {
  if (!query) return '';
  return count === 0 ? `没有找到与“${query}”相关的结果` : `找到 ${count} 条与“${query}”相关的结果`;
}

/**
 * After the count, while a search has more results than it shows: how many are shown; once
 * 「显示更多」 has shown them all (`extended`), that they all are.
 */
export function shownText(shown: number, total: number, extended: boolean): string {
  if (shown < total) return `，显示前 ${shown} 条`;
  return extended && total > 0 ? '，已全部显示' : '';
}
