/**
 * Deep links land on the first paint (issue 14). Chromium scrolls to a page's #fragment once
 * parsing has finished, and two things let it paint the top of the page before that:
 *  - deferred scripts (Astro's `<script type="module">`, rendered where each component stands)
 *    hold "parsing finished" back while the page is already painted. Made `async` and moved to
 *    the end of <body>, they no longer do, and still run only after every element they look for
 *    is parsed (an async script runs only once the parser has reached it);
 *  - on a slow or busy machine the parser may yield and paint half a page. `<link rel="expect"
 *    href="#pageEnd" blocking="render">` and an empty element last in <body> hold the first paint until the document is parsed (pages are
 *    small: the whole HTML arrives at once anyway).
 * Done as Astro renders each page (a middleware), so dev and build agree.
 */
import type { AstroIntegration } from 'astro';

export default function deepLinks(): AstroIntegration {
  return {
    name: 'anshan:deep-links',
    hooks: {
      'astro:config:setup': ({ addMiddleware }) => {
        addMiddleware({ entrypoint: new URL('./deep-links-middleware.ts', import.meta.url), order: 'post' });
      },
    },
  };
}
