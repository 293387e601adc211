/**
 * The plan items of a plans section: its level-2 headings, with and without their
 * numbering. Read by the pages (links to next year's sections) and by the content checks.
 */

/** A plan item of a plans section: its heading, with and without its numbering （一）. */
export interface PlanItem {
  /** As written after ##: （一）营造良好法治环境. */
  text: string;
  /** Without the numbering: 营造良好法治环境. */
  title: string;
}

/** The plan items of a plans section: its level-2 headings. */
export function planItems(body: string): PlanItem[] {
  return [...body.matchAll(/^##\s+(.+?)\s*$/gm)].map((match) => {
    const text = match[1]!;
    return { text, title: text.replace(/^（[一二三四五六七八九十]+）/, '') };
  });
}
