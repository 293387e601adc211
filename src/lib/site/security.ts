/**
 * The site's security policy, in one place: the <meta> Content-Security-Policy every page
 * carries, and the headers the web server adds (deploy/nginx/security-headers.conf must
 * match; a test checks that it does).
 *
 * Everything is served from the site itself: no inline style, no third-party host, and one
 * inline script, allowed by its hash (the reading preferences, ./reading-preferences.ts).
 * 'wasm-unsafe-eval' is for Pagefind's WebAssembly search.
 */
import { READING_PREFERENCES_HASH } from './reading-preferences.ts';

/** CSP directives that work in a <meta> element (frame-ancestors does not: it is a header only). */
export const CSP_DIRECTIVES = {
  'default-src': ["'self'"],
  'script-src': ["'self'", READING_PREFERENCES_HASH, "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
} as const;

const serialise = (directives: Record<string, readonly string[]>) =>
  Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');

/** The policy as a <meta http-equiv> value. */
export const CSP_META = serialise(CSP_DIRECTIVES);

/** The policy as an HTTP header: the meta policy plus what only a header can say. */
export const CSP_HEADER = serialise({ ...CSP_DIRECTIVES, 'frame-ancestors': ["'none'"] });

/**
 * Embed pages (/embed/, src/pages/embed/) are made for other sites' <iframe>: any site may
 * frame them, and they send no X-Frame-Options. Every other page keeps 'none' and DENY.
 */
export const EMBED_PATH_PREFIX = '/embed/';
export const CSP_EMBED_HEADER = serialise({ ...CSP_DIRECTIVES, 'frame-ancestors': ['*'] });

/** Other headers every response carries. */
export const SECURITY_HEADERS = {
  'Content-Security-Policy': CSP_HEADER,
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
} as const;
