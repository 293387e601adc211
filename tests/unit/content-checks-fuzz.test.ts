/**
 * No stack trace, whatever the edit: random damage to a copy of the newest published report
 * (characters deleted, lines dropped or doubled, bytes that are not UTF-8, YAML symbols
 * inserted) always ends in a list of problems, each with a file and both languages; damage the
 * checks accept (a blank line doubled, say) must leave every entry of the report loadable.
 */
import { describe, expect, it } from 'vitest';
import { ContentCopy } from '../support/content-memory.ts';

/** A small deterministic generator (mulberry32), so a failure can be replayed by its seed. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYMBOLS = [':', '- ', '&a ', '*a', '!!binary ', '{', '[', '"', "'", '\t', '%', '#', '---\n', '\u0000', '<'];

function damage(text: string, next: () => number): string | Uint8Array {
  const at = Math.floor(next() * text.length);
  switch (Math.floor(next() * 5)) {
    case 0:
      return text.slice(0, at) + text.slice(at + 1 + Math.floor(next() * 40));
    case 1: {
      const lines = text.split('\n');
      lines.splice(Math.floor(next() * lines.length), 1);
      return lines.join('\n');
    }
    case 2: {
      const lines = text.split('\n');
      const i = Math.floor(next() * lines.length);
      lines.splice(i, 0, lines[i] ?? '');
      return lines.join('\n');
    }
    case 3:
      return text.slice(0, at) + SYMBOLS[Math.floor(next() * SYMBOLS.length)]! + text.slice(at);
    default: {
      const bytes = Buffer.from(text);
      bytes[Math.floor(next() * bytes.length)] = 0x80 + Math.floor(next() * 0x7f);
      return new Uint8Array(bytes);
    }
  }
}

/** The entries of the undamaged copy: what a check that finds no problem must still load. */
const cleanEntries = () => new ContentCopy().check().entries.map((entry) => `${entry.collection}/${entry.id}`);

describe('random damage never ends in a stack trace', () => {
  const expected = cleanEntries();

  it.each(Array.from({ length: 30 }, (_, seed) => seed + 1))('seed %i', (seed) => {
    const next = random(seed);
    const copy = new ContentCopy();
    const names = [...copy.files.keys()];
    for (let edits = 0; edits < 3; edits++) {
      const name = names[Math.floor(next() * names.length)]!;
      const text = copy.files.get(name);
      copy.files.set(name, damage(typeof text === 'string' ? text : Buffer.from(text!).toString('utf8'), next));
    }
    const { problems, entries } = copy.check();
    expect.hasAssertions();
    if (problems.length === 0)
      expect(
        entries.map((entry) => `${entry.collection}/${entry.id}`),
        'no problem: every entry still loads',
      ).toEqual(expected);
    for (const problem of problems) {
      expect(problem.file).toMatch(/^content\/reports\//);
      expect(problem.zh.length).toBeGreaterThan(5);
      expect(problem.en.length).toBeGreaterThan(5);
    }
  });
});
