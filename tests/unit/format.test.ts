import { describe, expect, it } from 'vitest';
import { firstSentence } from '../../src/lib/format/chinese.ts';

describe('firstSentence', () => {
  it('is the text up to its first 。', () => {
    expect(firstSentence('\n第一句。第二句。')).toBe('第一句。');
    expect(firstSentence('## （一）标题\n\n正文一句。再一句。')).toBe('正文一句。');
  });

  it('ends a sentence that runs into a heading with that heading, not the text under it', () => {
    const plans = '\n下一步，重点做好以下工作：\n\n## （一）营造良好法治环境\n\n持续优化法治化营商环境。\n';
    expect(firstSentence(plans)).toBe('下一步，重点做好以下工作：（一）营造良好法治环境');
  });
});
