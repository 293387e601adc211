/**
 * How alike two short Chinese phrases are: the Dice coefficient of their character pairs,
 * with digits folded to one mark so a changed number does not change the words around it.
 */

const fold = (text: string) =>
  text
    .normalize('NFKC')
    .replace(/\d+(?:\.\d+)?/g, '#')
    .replace(/[\s，。；：、（）“”《》,;:()]/g, '');

/** True when two phrases have the same words, numbers aside. */
export const sameWords = (a: string, b: string) => fold(a) === fold(b);

/** A phrase's character pairs and how many there are, made once when a phrase is compared many times. */
export interface Pairs {
  counts: Map<string, number>;
  total: number;
}

export function pairsOf(text: string): Pairs {
  const counts = new Map<string, number>();
  const chars = [...fold(text)];
  if (chars.length === 1) counts.set(chars[0]!, 1);
  for (let at = 0; at + 1 < chars.length; at++) {
    const pair = chars[at]! + chars[at + 1]!;
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  let total = 0;
  for (const count of counts.values()) total += count;
  return { counts, total };
}

/** 1 for the same words, 0 for nothing in common (phrases given as their pairs). */
export function pairSimilarity(left: Pairs, right: Pairs): number {
  const total = left.total + right.total;
  if (total === 0) return 0;
  const [small, large] = left.counts.size <= right.counts.size ? [left, right] : [right, left];
  let shared = 0;
  for (const [pair, count] of small.counts) shared += Math.min(count, large.counts.get(pair) ?? 0);
  return (2 * shared) / total;
}

/** 1 for the same words, 0 for nothing in common. */
export const similarity = (a: string, b: string): number => pairSimilarity(pairsOf(a), pairsOf(b));
