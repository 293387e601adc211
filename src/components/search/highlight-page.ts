/**
 * On a page reached from a search (its URL carries ?highlight=…), marks the matched words
 * in the report text and, unless the link names an anchor (a figure), scrolls to the first
 * match of the best term: the sentence the result showed. Loaded only when that parameter is present.
 */
import { findTerms, highlightTerms } from '../../lib/search/highlight.ts';
import { HIGHLIGHT_PARAM } from '../../lib/search/params.ts';

export function highlightPage(): void {
  const query = new URLSearchParams(window.location.search).get(HIGHLIGHT_PARAM);
  if (!query) return;
  const terms = highlightTerms(query);
  const roots = document.querySelectorAll('main h1, main .report-text');
  const marks: { mark: HTMLElement; term: number }[] = [];
  for (const root of roots) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    while (walker.nextNode()) nodes.push(walker.currentNode as Text);
    for (const node of nodes) {
      const text = node.data;
      const spans = findTerms(text, terms);
      if (spans.length === 0) continue;
      const pieces: Node[] = [];
      let cursor = 0;
      for (const [start, end] of spans) {
        if (start > cursor) pieces.push(document.createTextNode(text.slice(cursor, start)));
        const mark = document.createElement('mark');
        mark.className = 'search-mark';
        mark.textContent = text.slice(start, end);
        pieces.push(mark);
        marks.push({ mark, term: terms.findIndex((term) => findTerms(mark.textContent ?? '', [term]).length > 0) });
        cursor = end;
      }
      if (cursor < text.length) pieces.push(document.createTextNode(text.slice(cursor)));
      node.replaceWith(...pieces);
    }
  }
  if (marks.length === 0 || window.location.hash) return;
  const best = Math.min(...marks.map((m) => m.term));
  marks.find((m) => m.term === best)?.mark.scrollIntoView({ block: 'center' });
}
