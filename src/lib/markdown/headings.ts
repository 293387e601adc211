/**
 * Rendered Markdown placed under a heading of its page keeps the report's outline: a
 * section's own headings (the plan items （一）–（五）, `##` in its file) sit one level
 * below the heading the section is placed under. Pure, on the HTML Astro renders.
 */

/** The level a section's top headings (`##`, h2 in its file) take under a heading of `parentLevel`. */
export const shiftUnder = (parentLevel: number) => parentLevel - 1;

/** Every heading moved `by` levels deeper (h2 → h3 for 1), never past h6. */
export function demoteHeadings(html: string, by: number): string {
  if (by <= 0) return html;
  return html.replace(/<(\/?)h([1-6])\b/g, (_, slash: string, level: string) => {
    return `<${slash}h${Math.min(6, Number(level) + by)}`;
  });
}
