import { describe, expect, it } from 'vitest';
import { deepLinkReady, END_MARK, RENDER_AFTER_PARSING } from '../../src/integrations/deep-links-middleware.ts';

describe('deepLinkReady', () => {
  it('holds the first paint until parsed and moves every component script, async and in order, to the end of <body>', () => {
    const page =
      '<html><head><script src="/scripts/reading-preferences.js"></script></head><body>' +
      '<main><script type="module" src="/_astro/a.js"></script><p id="x">text</p>' +
      '<script type="module" src="/_astro/b.js"></script></main><footer></footer></body></html>';
    expect(deepLinkReady(page)).toBe(
      `<html><head><script src="/scripts/reading-preferences.js"></script>${RENDER_AFTER_PARSING}</head><body>` +
        `<main><p id="x">text</p></main><footer></footer>${END_MARK}` +
        '<script type="module" async src="/_astro/a.js"></script>' +
        '<script type="module" async src="/_astro/b.js"></script></body></html>',
    );
  });

  it('leaves anything that is not a whole page as it is', () => {
    expect(deepLinkReady('<p>x</p>')).toBe('<p>x</p>');
    expect(deepLinkReady('{"json":true}')).toBe('{"json":true}');
  });
});
