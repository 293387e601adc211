// Applies the reader's saved text size and contrast before the page paints, so pages do
// not jump after loading. Why this one script lives in public/ and not beside its component:
// - it must block in <head>, before the first paint; Astro bundles a component's scripts as
//   deferred modules, which run only after the page has been parsed and may have painted;
// - the CSP allows no inline script, so it cannot be inlined either: it is a classic script
//   from the site itself, served as written (plain JavaScript, no imports or TypeScript; the keys below are
//   STORAGE_KEYS in src/lib/reading.ts).
// The controls that change these are src/components/layout/ReadingControls.astro.
(function () {
  try {
    var root = document.documentElement;
    var size = localStorage.getItem('reading:text-size');
    var contrast = localStorage.getItem('reading:contrast');
    if (size === 'large' || size === 'larger') root.setAttribute('data-text-size', size);
    if (contrast === 'high') root.setAttribute('data-contrast', 'high');
  } catch {
    // Storage may be disabled; the page simply uses the defaults.
  }
})();
