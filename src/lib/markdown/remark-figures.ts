/**
 * remark plugin: marks each declared figure in a section's text as itself,
 * `<data value="3721" id="legal-aid-cases">3721件</data>`, so a link to
 * `#legal-aid-cases` lands on the figure and machines can read its value.
 *
 * Figures are found exactly as the content check finds them (`locateFigure`), so what
 * the build proved is what the page shows. The text itself is never changed.
 */
import type { PhrasingContent, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { locateFigure, type Span } from '../figures/locate.ts';

/** The frontmatter fields this plugin reads (the schema has validated them before the build). */
interface FigureFrontmatter {
  metrics?: { id: string; value: number; text: string; context?: string }[];
}

interface FoundFigure extends Span {
  id: string;
  value: number;
}

/** Builds the mdast node that remark-rehype turns into `<data>`. */
function figureNode(figure: FoundFigure, text: string): PhrasingContent {
  return {
    type: 'text',
    value: text,
    data: {
      hName: 'data',
      hProperties: { id: figure.id, value: String(figure.value), className: ['figure'] },
    },
  } as Text;
}

export default function remarkFigures() {
  return (tree: Root, file: VFile) => {
    const frontmatter = (file.data.astro as { frontmatter?: FigureFrontmatter } | undefined)?.frontmatter;
    const source = String(file.value);
    const figures: FoundFigure[] = [];
    for (const metric of frontmatter?.metrics ?? []) {
      const found = locateFigure(source, metric);
      if (found.ok) figures.push({ ...found.span, id: metric.id, value: metric.value });
    }
    if (figures.length === 0) return;

    visit(tree, 'text', (node, index, parent) => {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined || !parent || index === undefined) return;
      // Only plain text, whose characters are exactly the source's, can be split by offset.
      if (source.slice(start, end) !== node.value) return;
      const inside = figures
        .filter((figure) => figure.start >= start && figure.end <= end)
        .sort((a, b) => a.start - b.start);
      if (inside.length === 0) return;
      const pieces: PhrasingContent[] = [];
      let cursor = start;
      for (const figure of inside) {
        // Two figures on one span (refused by the content check): mark it once, never print it twice.
        if (figure.start < cursor) continue;
        if (figure.start > cursor) pieces.push({ type: 'text', value: source.slice(cursor, figure.start) });
        pieces.push(figureNode(figure, source.slice(figure.start, figure.end)));
        cursor = figure.end;
      }
      if (cursor < end) pieces.push({ type: 'text', value: source.slice(cursor, end) });
      parent.children.splice(index, 1, ...pieces);
      return index + pieces.length;
    });
  };
}
