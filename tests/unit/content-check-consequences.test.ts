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

describe('a paragraph that is not in source.txt', () => {
  it('is named as such, once, with no metric entry offered for its numbers', async () => {
    const root = brokenContent([
      {
        file: '05-dispute-resolution.md',
        find: '\n坚持和发展新时代“枫桥经验”',
        replace: '\n全市新增专职人民调解员120名，调解成功率达到98%。\n\n坚持和发展新时代“枫桥经验”',
      },
    ]);
    const { problems } = await loadContent(root);
    const errors = problems.filter((p) => p.severity !== 'warning');
    expect(errors.map((p) => p.zh)).toEqual([
      expect.stringMatching(/「全市新增专职人民调解员120名.*」在 source\.txt 中没有/),
    ]);
    expect(errors[0]!.en).toMatch(/is not in source\.txt/);
  });
});
