/**
 * Which of this year's sections continues which of last year's, by title and kind: the
 * importer's first step in carrying ids over (the figures are matched in
 * content/propose/continuing.ts).
 */
import { pairSimilarity, pairsOf, similarity } from '../content/propose/similarity.ts';
import { assign, type PreviousSection } from '../content/propose/continuing.ts';
import type { SplitSection } from './structure.ts';

/** Titles compared without their years: 2024年重点工作安排 continues 2023年重点工作安排. */
const titleScore = (a: SplitSection, b: PreviousSection) =>
  a.kind !== b.kind
    ? 0
    : a.title === b.title
      ? 1
      : similarity(a.title.replace(/\d{4}年/g, ''), b.title.replace(/\d{4}年/g, ''));

/** How much of a body is compared: a renamed section shows itself in its first paragraphs. */
const BODY_SAMPLE = 3000;

/**
 * For each of this year's sections, the index of last year's section it continues, or -1.
 * Same title → same section; otherwise the most similar title or body of the same kind, if
 * similar enough (a renamed section whose text continues keeps its address); the only
 * problems (or plans) section of each year continues the other.
 */
export function matchSections(sections: SplitSection[], previous: PreviousSection[]): number[] {
  const bodies = (list: { body: string }[]) => list.map((s) => pairsOf(s.body.slice(0, BODY_SAMPLE)));
  const newBodies = bodies(sections);
  const oldBodies = bodies(previous);
  const scores = sections.flatMap((section, from) =>
    previous.map((old, to) => {
      const alone =
        section.kind !== 'measures' &&
        old.kind === section.kind &&
        sections.filter((s) => s.kind === section.kind).length === 1 &&
        previous.filter((s) => s.kind === section.kind).length === 1;
      const title = titleScore(section, old);
      // Bodies count a little less than titles, so a section that keeps its title keeps its address first.
      const body = section.kind === old.kind && title < 1 ? 0.9 * pairSimilarity(newBodies[from]!, oldBodies[to]!) : 0;
      return { from, to, score: alone ? Math.max(title, 0.9) : Math.max(title, body) };
    }),
  );
  return assign(
    scores.filter(({ score }) => score >= 0.5),
    sections.length,
  );
}
