/**
 * Every built page is valid HTML by html-validate's recommended rules (.htmlvalidate.json).
 */
import { readFileSync } from 'node:fs';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages, pageFile } from '../support/site-files.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('valid HTML', () => {
  it.each(builtPages())('%s', async (page) => {
    const file = pageFile(page);
    const report = await validator.validateString(readFileSync(file, 'utf8'), file);
    const messages = report.results.flatMap((result) =>
      result.messages.map((m) => `${m.ruleId} (${m.line}:${m.column}): ${m.message}`),
    );
    expect(messages).toEqual([]);
  });
});
