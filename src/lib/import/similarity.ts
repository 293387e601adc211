/**
 * How alike two short Chinese phrases are: the Dice coefficient of their character pairs,
 * with digits folded to one mark so a changed number does not change the words around it.
 */

const fold = (text: string) =>
  text
    .normalize('NFKC')
    .replace(/\d+(?:\.\d+)?/g, '#')
    .replace(/[\s，。；：、（）“”《》,;:()]/g, '');

const pairs = (text: string): Map<string, number> => {
  const counts = new Map<string, number>();
  const chars = [...fold(text)];
  if (chars.length === 1) counts.set(chars[0]!, 1);
  for (let at = 0; at + 1 < chars.length; at++) {
    const pair = chars[at]! + chars[at + 1]!;
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
};

/** 1 for the same words, 0 for nothing in common. */
export function similarity(a: string, b: string): number {
  const left = pairs(a);
  const right = pairs(b);
  const total = [...left.values(), ...right.values()].reduce((sum, n) => sum + n, 0);
  if (total === 0) return 0;
  let shared = 0;
  for (const [pair, count] of left) shared += Math.min(count, right.get(pair) ?? 0);
  return (2 * shared) / total;
}
