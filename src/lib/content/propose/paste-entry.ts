/**
 * For staff who type figures by hand: the frontmatter entry to paste for a number the
 * check found undeclared, made by the same rules as the import (value in base units, unit
 * and qualifier as written, context when the text repeats, last year's id when the words
 * around it continue one of last year's figures), as YAML lines to paste under metrics.
 */
import { Document } from 'yaml';
import type { Span } from '../../figures/locate.ts';
import { findFigures } from '../../figures/find.ts';
import { labelFor } from './names.ts';
import { matchFigures, surroundings, type PreviousSection } from './continuing.ts';

export interface PasteEntry {
  /** `- id: …` and the entry's other lines (YAML, block style), or `nonFigures: [ … ]` for a number without a unit. */
  yaml: string;
  /** Last year's id, when the figure continues one. */
  previousId?: string;
}

/**
 * The entry for the number at `number` in a section's body. `previous` is last year's
 * section this one continues (same slug), when there is one; `slug` names a new id.
 */
export function pasteEntry(body: string, number: Span, slug: string, previous?: PreviousSection): PasteEntry {
  const { figures } = findFigures(body);
  const index = figures.findIndex((figure) => number.start >= figure.start && number.start < figure.end);
  const figure = figures[index];
  if (!figure) {
    const phrase = body.slice(number.start, number.end + 2).replace(/[\s，。；：、]+$/u, '');
    return { yaml: `nonFigures: [${JSON.stringify(phrase)}]` };
  }
  const [continues] = previous
    ? matchFigures([{ section: 0, figure, around: surroundings(body, figure.start, figure.end) }], [previous], [0])
    : [null];
  const entry = {
    id: continues?.id ?? `${slug}-figure-${index + 1}`,
    label: continues?.label ?? labelFor(body, figure, slug),
    value: figure.value,
    unit: figure.unit,
    text: figure.text,
    ...(figure.qualifier ? { qualifier: figure.qualifier } : {}),
    ...(figure.context ? { context: figure.context } : {}),
  };
  const yaml = new Document([entry]).toString({ lineWidth: 0 }).trimEnd();
  return { yaml, ...(continues ? { previousId: continues.id } : {}) };
}
