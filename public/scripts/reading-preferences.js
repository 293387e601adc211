// Applies the reader's saved text size and contrast before the page paints, so pages do
// not jump after loading. A classic script from the site itself: the CSP allows no inline
// script. The controls that change these live in src/components/layout/ReadingControls.astro.
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
