/**
 * The one script in <head>: it applies the reader's saved choices (text size, high contrast,
 * 长者模式) as attributes on <html> before the first paint, so a page never flashes in the
 * default look; and it marks <html> with the class `js` where the page's module scripts will
 * run, so the controls they drive (reading controls, chart switches, the figures table's filters
 * and sort buttons) show from the first paint and never where they could do nothing. CSS's
 * `@media (scripting)` would say the same but is unknown to Safari before 17, still on many
 * older iPhones; this one class serves every browser.
 *
 * Inline, not a file: a blocking script file in <head> costs the first paint a request, and on a
 * slow phone its round trip delays everything after it. The CSP allows exactly this text by its
 * hash (./security.ts); any other inline script stays refused.
 */
import { createHash } from 'node:crypto';
import { STORAGE_KEYS, TEXT_SIZES } from './reading-settings.ts';

/** Sizes other than the default, which is no attribute at all. */
const STORED_SIZES = TEXT_SIZES.map((size) => size.value).filter((size) => size !== 'normal');

/** The class on <html> where module scripts run (global.css shows script-driven controls by it). */
export const SCRIPTS_RUN_CLASS = 'js';

/** ES5, as written (it is not bundled): every browser that shows the page runs it. */
export const READING_PREFERENCES_SCRIPT =
  `(function(){var r=document.documentElement;` +
  // A browser without module scripts (noModule unknown) runs none of the page's other scripts.
  `if('noModule' in document.createElement('script'))r.className+=' ${SCRIPTS_RUN_CLASS}';try{` +
  `var s=localStorage.getItem(${JSON.stringify(STORAGE_KEYS.textSize)});` +
  `if(${JSON.stringify(STORED_SIZES)}.indexOf(s)>=0)r.setAttribute('data-text-size',s);` +
  `if(localStorage.getItem(${JSON.stringify(STORAGE_KEYS.contrast)})==='high')r.setAttribute('data-contrast','high');` +
  `if(localStorage.getItem(${JSON.stringify(STORAGE_KEYS.elder)})==='on')r.setAttribute('data-elder','on');` +
  // Storage refused (private mode, blocked cookies): the defaults.
  `}catch(e){}})();`;

/** The script's CSP source: 'sha256-…' of its exact text. */
export const READING_PREFERENCES_HASH = `'sha256-${createHash('sha256').update(READING_PREFERENCES_SCRIPT).digest('base64')}'`;
