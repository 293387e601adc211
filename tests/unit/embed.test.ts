import { describe, expect, it } from 'vitest';
import { embedHeight, iframeSnippet } from '../../src/lib/site/embed.ts';
import { embedPath, qrPath } from '../../src/lib/site/urls.ts';

describe('embed', () => {
  it('has a stable address per year and chart', () => {
    expect(embedPath(2031, 'legal-aid-composition')).toBe('/embed/2031/legal-aid-composition/');
  });

  it('sizes the frame to the chart: more bars, taller', () => {
    const bars = (n: number) => ({
      kind: 'horizontal-bar' as const,
      points: Array.from({ length: n }),
      whole: undefined,
    });
    expect(embedHeight(bars(9) as never)).toBeGreaterThan(embedHeight(bars(3) as never));
  });

  it('escapes the title in the snippet', () => {
    expect(iframeSnippet({ url: 'https://x/embed/2031/a/', title: '甲"乙<丙>', height: 500 })).toBe(
      '<iframe src="https://x/embed/2031/a/" title="甲&quot;乙&lt;丙&gt;" width="100%" height="500" loading="lazy" style="border:0;max-width:48rem"></iframe>',
    );
  });
});

describe('qrPath', () => {
  it('one SVG per report page', () => {
    expect(qrPath('/2031/')).toBe('/qr/2031.svg');
    expect(qrPath('/2031/full/')).toBe('/qr/2031/full.svg');
    expect(qrPath('/2031/plans/')).toBe('/qr/2031/plans.svg');
  });
});
