/**
 * The bad edits of tests/unit/content-checks-edits.test.ts: what a row is, and helpers that
 * find, in whatever year is copied, the place an edit needs.
 */
import type { ContentCopy } from './content-memory.ts';

export interface Refusal {
  /** File name inside the year's folder (or a path ending), or a function of the copy. */
  file: string | ((copy: ContentCopy) => string);
  /** Field path as printed (metrics[3].value), '' for the body or the whole file. */
  field?: string;
  zh: RegExp;
  en: RegExp;
}

export interface BadEdit {
  name: string;
  edit: (copy: ContentCopy) => void;
  expect: Refusal | ((copy: ContentCopy) => Refusal);
}

/** Inserts text at the start of a section's first paragraph. */
export const intoBody = (copy: ContentCopy, name: string, text: string) =>
  copy.editBody(name, (body) => body.replace(/^(\s*)/, `$1${text}`));
/** The first section with two plain figures, and its figures. */
export const figures = (copy: ContentCopy) => copy.sectionWithFigures();
export const withFigures = (copy: ContentCopy) => figures(copy).name;
export const first = (copy: ContentCopy) => figures(copy).metrics[0]!;

export const markup = (tag: string, words: RegExp = /网页代码/): BadEdit => ({
  name: `raw HTML in a body: ${tag}`,
  edit: (copy) => intoBody(copy, withFigures(copy), tag),
  expect: { file: withFigures, field: '', zh: words, en: /No HTML in the text/ },
});

/**
 * Two figures of one sentence, each right after words of its own label (刑事3016件、民事704件):
 * the pair whose labels, once swapped, must be refused.
 */
export function labelledPair(copy: ContentCopy) {
  for (const name of copy.sections) {
    const body = copy.body(name);
    const found = copy
      .metrics(name)
      .map((metric, index) => ({ ...metric, index, at: metric.text ? body.indexOf(metric.text) : -1 }))
      .filter((m) => m.at > 1 && m.text && body.split(m.text).length === 2 && !m.context)
      .filter((m) => m.label.includes(body.slice(m.at - 2, m.at)))
      .sort((a, b) => a.at - b.at);
    for (const [i, a] of found.entries()) {
      const b = found[i + 1];
      if (b && !/[。；\n]/.test(body.slice(a.at, b.at)) && a.label !== b.label) return { name, a, b };
    }
  }
  throw new Error(`No two labelled figures in one sentence in ${copy.year}`);
}
