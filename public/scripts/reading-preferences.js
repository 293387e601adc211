// Saved reading choices, before the first paint (see ReadingControls.astro).
(function () {
  var root = document.documentElement;
  try {
    var size = localStorage.getItem('reading:text-size');
    if (size === 'large' || size === 'larger') root.setAttribute('data-text-size', size);
    if (localStorage.getItem('reading:contrast') === 'high') root.setAttribute('data-contrast', 'high');
    if (localStorage.getItem('reading:elder') === 'on') root.setAttribute('data-elder', 'on');
  } catch {
    // Storage refused: defaults.
  }
})();
