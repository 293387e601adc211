/** The middleware of deep-links.ts: rewrites each rendered HTML page. */
import { defineMiddleware } from 'astro/middleware';

/** Exactly what Astro renders for a processed component script. */
const MODULE_SCRIPT = /<script type="module" src="([^"]+)"><\/script>/g;
/**
 * Rendering waits until the whole document is parsed: the link names an empty element put last in
 * <body> (an id no metric can take: metric ids are lower case).
 */
export const RENDER_AFTER_PARSING = '<link rel="expect" href="#pageEnd" blocking="render">';
export const END_MARK = '<span id="pageEnd" hidden></span>';

/** The page held from painting until parsed, with its module scripts `async`, in order, just before </body>. */
export function deepLinkReady(html: string): string {
  const head = html.indexOf('</head>');
  const body = html.lastIndexOf('</body>');
  if (head === -1 || body === -1) return html;
  const sources: string[] = [];
  const main = html.slice(head, body).replace(MODULE_SCRIPT, (_, src: string) => {
    sources.push(src);
    return '';
  });
  const scripts = sources.map((src) => `<script type="module" async src="${src}"></script>`).join('');
  return html.slice(0, head) + RENDER_AFTER_PARSING + main + END_MARK + scripts + html.slice(body);
}

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(deepLinkReady(await response.text()), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
});
