/**
 * No silent change, end to end on a copy of the project: a build publishes the official
 * report (and records its figures); a later build that changes one of them is refused with
 * the entry to add; with that entry it publishes, and the correction shows at the figure, in
 * its citation, on /corrections/, in the feed and in the data files.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPORTS_DIR } from '../../src/lib/content/files.ts';
import { PUBLISHED_RECORD_FILE } from '../../src/lib/content/published.ts';
import { projectCopy, runScript } from '../fixtures/multiyear.ts';
import { ORIGINAL_DOCUMENT_NUMBER } from '../support/site-data.ts';

let root: string;
let yearDir: string;
let year: string;
/** A figure of the official report, with its text in the section's body and source.txt. */
let file: string;
let figure: { id: string; value: number; text: string; label: string };

const build = () => {
  const result = runScript(root, 'build.ts');
  return { status: result.status, output: result.stdout + result.stderr };
};
const edit = (name: string, find: string, replace: string) => {
  const target = path.join(yearDir, name);
  const text = readFileSync(target, 'utf8');
  expect(text, `${name} holds ${find}`).toContain(find);
  writeFileSync(target, text.replace(find, replace));
};
const page = (urlPath: string) => readFileSync(path.join(root, 'dist', urlPath), 'utf8');

beforeAll(() => {
  root = projectCopy();
  year = readdirSync(path.join(root, REPORTS_DIR)).find((name) =>
    readFileSync(path.join(root, REPORTS_DIR, name, 'index.md'), 'utf8').includes(ORIGINAL_DOCUMENT_NUMBER),
  )!;
  yearDir = path.join(root, REPORTS_DIR, year);
  // A figure whose number occurs once in its section's text: 受理仲裁案件申请150件 in 2023.
  const source = readFileSync(path.join(yearDir, 'source.txt'), 'utf8');
  for (const name of readdirSync(yearDir).filter((n) => /^\d\d-.*\.md$/.test(n))) {
    const text = readFileSync(path.join(yearDir, name), 'utf8');
    const found = [
      ...text.matchAll(/- id: (\S+)\n\s+label: (\S+)\n\s+value: (\d+)\n\s+unit: 件\n\s+text: (\d+件)\n/g),
    ].find(
      ([, , , value, written]) =>
        `${value}件` === written && source.split(written).length === 2 && text.split(written).length === 3,
    );
    if (found) {
      file = name;
      figure = { id: found[1]!, label: found[2]!, value: Number(found[3]), text: found[4]! };
      break;
    }
  }
  expect(figure, 'a figure to correct').toBeDefined();
});

describe('a published figure', () => {
  it('is recorded by the build that publishes it', () => {
    expect(existsSync(path.join(root, PUBLISHED_RECORD_FILE))).toBe(false);
    const first = build();
    expect(first.status, first.output).toBe(0);
    const record = JSON.parse(readFileSync(path.join(root, PUBLISHED_RECORD_FILE), 'utf8'));
    expect(record.years[year][figure.id]).toMatchObject({ value: figure.value, text: figure.text });
  });

  it('changed without a correction: the build is refused, says what to add, and the site stays', () => {
    const changed = `${figure.value + 1}件`;
    // The official text, its source and the figure all say the new number: only the correction is missing.
    edit(file, `text: ${figure.text}\n`, `text: ${changed}\n`);
    edit(
      file,
      `value: ${figure.value}\n    unit: 件\n    text: ${changed}`,
      `value: ${figure.value + 1}\n    unit: 件\n    text: ${changed}`,
    );
    const sentenceEdit = (name: string) => {
      const target = path.join(yearDir, name);
      const text = readFileSync(target, 'utf8');
      const at = text.lastIndexOf(figure.text);
      writeFileSync(target, text.slice(0, at) + changed + text.slice(at + figure.text.length));
    };
    sentenceEdit(file);
    sentenceEdit('source.txt');
    const refused = build();
    expect(refused.status).not.toBe(0);
    expect(refused.output).toContain(`content/reports/${year}/${file}`);
    expect(refused.output).toContain('已发布的数字不能悄悄改动');
    expect(refused.output).toContain(`发布时是「${figure.text}」，现在是「${changed}」`);
    expect(refused.output).toMatch(
      new RegExp(`corrections:\\n\\s+- date: \\d{4}-\\d\\d-\\d\\d\\n\\s+metrics: \\[${figure.id}\\]\\n\\s+note: `),
    );
    expect(refused.output).toContain('A published figure cannot change silently');
    expect(page('data/metrics.json')).toContain(`"text": "${figure.text}"`);
  });

  it('changed with a correction: published, and the correction is shown wherever the figure is', () => {
    const note = `${figure.label}更正为${figure.value + 1}件（原为${figure.text}）`;
    edit(
      'index.md',
      '\n---\n',
      `\ncorrections:\n  - date: 2024-04-02\n    metrics: [${figure.id}]\n    note: ${note}\n---\n`,
    );
    const accepted = build();
    expect(accepted.status, accepted.output).toBe(0);
    const slug = /^slug: (\S+)$/m.exec(readFileSync(path.join(yearDir, file), 'utf8'))![1];
    const section = page(`${year}/${slug}/index.html`);
    // At the figure in the text, and in its citation block.
    expect(section).toMatch(new RegExp(`<data id="${figure.id}"[^>]*data-corrected="2024-04-02"`));
    expect(section).toContain(note);
    const citation = section.slice(section.indexOf(`id="cite-${figure.id}"`));
    expect(citation.slice(0, citation.indexOf('</details>'))).toContain(note);
    // On the corrections page, in the feed, in the data files.
    expect(page('corrections/index.html')).toContain(note);
    expect(page('feed.xml')).toContain(note);
    const row = JSON.parse(page('data/metrics.json')).metrics.find((m: { id: string }) => m.id === figure.id);
    expect(row).toMatchObject({ value: figure.value + 1, corrected: '2024-04-02' });
    expect(page('data/metrics.csv').trimEnd().split('\r\n')[0]!.endsWith(',url,corrected')).toBe(true);
    // The record now holds the corrected figure: building again needs nothing more.
    expect(build().status).toBe(0);
  });
});
