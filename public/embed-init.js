// @ts-check
// Embed pages (embed/<chart>.html): apply the link's theme and background before the first
// paint, so a dark or transparent embed never flashes white. A classic script, loaded at the top
// of <body> (after theme-init.js, whose saved site preference an embed's own link overrides).
// If the page's module script never runs (for example a sandboxed frame without
// allow-same-origin on a host that sends no CORS headers), the prerendered default view stays,
// and after a while a note says so.
(function () {
  var root = document.documentElement;
  // Scripts run: the embed's "without JavaScript" note stays hidden.
  root.setAttribute('data-js', '');
  var params;
  try {
    params = new URLSearchParams(location.search);
  } catch (e) {
    return;
  }
  // The embed themes of src/lib/themes.ts, read as src/links/options.ts reads them (spaces
  // around and letter case do not matter); light unless the link says otherwise
  // (test/unit/theme-scripts.test.ts checks both).
  var THEMES = ['light', 'dark', 'auto'];
  var theme = (params.get('theme') || '').trim().toLowerCase();
  if (THEMES.indexOf(theme) < 0) theme = 'light';
  if (theme === 'auto')
    root.removeAttribute('data-theme'); // the reader's system
  else root.setAttribute('data-theme', theme);
  if ((params.get('transparent') || '').trim() === '1') root.setAttribute('data-transparent', '1');
  setTimeout(function () {
    if (!root.hasAttribute('data-ready')) root.setAttribute('data-stale', '1');
  }, 8000);
})();
