/**
 * One cause, one message: a mistyped value is reported once, at the value; the sums and
 * charts that follow from it are not reported as problems of their own.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { brokenContent } from '../support/content-fixture.ts';

describe('a mistyped value gives one error, at the value', () => {
  it('the parts sum and the chart of its parts are not reported separately', async () => {
    const root = brokenContent([{ file: '05-dispute-resolution.md', find: 'value: 704\n', replace: 'value: 740\n' }]);
    const { problems } = await loadContent(root);
    const errors = problems.filter((p) => p.severity !== 'warning');
    console.log(errors.map((p) => `${p.file} ${JSON.stringify(p.path)} ${p.zh}`).join('\n'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: expect.stringMatching(/05-dispute-resolution\.md$/) });
    expect(errors[0]!.path).toEqual(['metrics', expect.any(Number), 'value']);
    expect(errors[0]!.zh).toContain('740');
  });
});
