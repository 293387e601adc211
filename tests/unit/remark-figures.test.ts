/**
 * Marking figures in the text changes no character of it: each declared figure becomes one
 * <data> element, and the text around and inside it is exactly the Markdown's.
 */
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import remarkFigures from '../../src/lib/markdown/remark-figures.ts';

type Metric = { id: string; value: number; text: string; context?: string };

function render(markdown: string, metrics: Metric[]): string {
  const file = new VFile({ value: markdown, data: { astro: { frontmatter: { metrics } } } });
  const processor = unified().use(remarkParse).use(remarkFigures).use(remarkRehype).use(rehypeStringify);
  return String(processor.processSync(file));
}

const textOf = (html: string) => html.replace(/<[^>]+>/g, '');

describe('remark-figures', () => {
  const body = '全年受理法律援助案件3721件，其中刑事3016件、民事704件。';

  it('marks each figure once, keeping every character', () => {
    const html = render(body, [
      { id: 'legal-aid-cases', value: 3721, text: '3721件' },
      { id: 'legal-aid-cases-criminal', value: 3016, text: '3016件' },
    ]);
    expect(html).toContain('<data id="legal-aid-cases" value="3721" class="figure">3721件</data>');
    expect(html).toContain('<data id="legal-aid-cases-criminal" value="3016" class="figure">3016件</data>');
    expect(textOf(html)).toBe(`<p>${body}</p>`.replace(/<[^>]+>/g, ''));
  });

  it('two metrics on the same figure neither duplicate nor drop a character', () => {
    const html = render(body, [
      { id: 'first', value: 3721, text: '3721件' },
      { id: 'second', value: 3721, text: '3721件' },
    ]);
    expect(textOf(html)).toBe(body);
    expect(html.match(/<data /g)).toHaveLength(1);
  });

  it('a figure whose context overlaps another is marked once', () => {
    const html = render(body, [
      { id: 'criminal', value: 3016, text: '3016件' },
      { id: 'criminal-again', value: 3016, text: '3016件', context: '刑事' },
    ]);
    expect(textOf(html)).toBe(body);
  });
});
