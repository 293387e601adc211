/**
 * The one script in <head>: it applies the reader's saved choices (text size, high contrast,
 * 长者模式) as attributes on <html> before the first paint, so a page never flashes in the
 * default look. Inline, not a file: a blocking script file in <head> costs the first paint a
 * request, and on a slow phone its round trip delays everything after it. The CSP allows exactly
 * this text by its hash (./security.ts); any other inline script stays refused.
 */
import { createHash } from 'node:crypto';
import { STORAGE_KEYS, TEXT_SIZES } from './reading-settings.ts';

/** Sizes other than the default, which is no attribute at all. */
const STORED_SIZES = TEXT_SIZES.map((size) => size.value).filter((size) => size !== 'normal');

/** ES5, as written (it is not bundled): every browser that shows the page runs it. */
export const READING_PREFERENCES_SCRIPT =
  `(function(){var r=document.documentElement;try{` +
  `var s=localStorage.getItem(${JSON.stringify(STORAGE_KEYS.textSize)});` +
  `if(${JSON.stringify(STORED_SIZES)}.indexOf(s)>=0)r.setAttribute('data-text-size',s);` +
  `if(localStorage.getItem(${JSON.stringify(STORAGE_KEYS.contrast)})==='high')r.setAttribute('data-contrast','high');` +
  `if(localStorage.getItem(${JSON.stringify(STORAGE_KEYS.elder)})==='on')r.setAttribute('data-elder','on');` +
  // Storage refused (private mode, blocked cookies): the defaults.
  `}catch(e){}})();`;

/** The script's CSP source: 'sha256-…' of its exact text. */
export const READING_PREFERENCES_HASH = `'sha256-${createHash('sha256').update(READING_PREFERENCES_SCRIPT).digest('base64')}'`;
