import { describe, expect, it } from 'vitest';
import { demoteHeadings, shiftUnder } from '../../src/lib/markdown/headings.ts';

describe('a section placed under a heading keeps the outline', () => {
  it('moves every heading, opening and closing, and nothing else', () => {
    const html = '<p>下一步</p>\n<h2 id="一">（一）营造良好法治环境</h2>\n<p>h2 in text</p><h3>x</h3>';
    expect(demoteHeadings(html, shiftUnder(2))).toBe(
      '<p>下一步</p>\n<h3 id="一">（一）营造良好法治环境</h3>\n<p>h2 in text</p><h4>x</h4>',
    );
  });

  it('under an h3 (a numbered measures section) by two; never past h6; zero leaves it alone', () => {
    expect(demoteHeadings('<h2>a</h2><h5>b</h5>', shiftUnder(3))).toBe('<h4>a</h4><h6>b</h6>');
    expect(demoteHeadings('<h2>a</h2>', 0)).toBe('<h2>a</h2>');
    expect(demoteHeadings('<header><hr></header>', 1)).toBe('<header><hr></header>');
  });
});
