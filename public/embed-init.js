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
  // Light unless the link says dark or auto (src/lib/embed-options.ts reads it the same way).
  var theme = params.get('theme');
  if (theme === 'auto')
    root.removeAttribute('data-theme'); // the reader's system
  else root.setAttribute('data-theme', theme === 'dark' ? 'dark' : 'light');
  if (params.get('transparent') === '1') root.setAttribute('data-transparent', '1');
  setTimeout(function () {
    if (!root.hasAttribute('data-ready')) root.setAttribute('data-stale', '1');
  }, 8000);
})();
