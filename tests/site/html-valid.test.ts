/**
 * Every built page is valid HTML by html-validate's recommended rules (.htmlvalidate.json).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST } from '../support/site-files.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('valid HTML', () => {
  it.each(builtPages())('%s', async (page) => {
    const file = path.join(DIST, page, page.endsWith('.html') ? '' : 'index.html');
    const report = await validator.validateString(readFileSync(file, 'utf8'), file);
    const messages = report.results.flatMap((result) =>
      result.messages.map((m) => `${m.ruleId} (${m.line}:${m.column}): ${m.message}`),
    );
    expect(messages).toEqual([]);
  });
});
