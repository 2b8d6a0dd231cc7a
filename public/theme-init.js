// @ts-check
// Applies the reader's saved theme and motion choice before the first paint, so a dark-mode
// reader never sees a white flash. A link's ?theme= (auto, light, dark or projector: the themes
// of src/lib/themes.ts, read as src/links/options.ts reads them; test/unit/theme-scripts.test.ts
// checks both) wins for the rest of the visit (this tab), without being saved.
// A classic script (CSP: script-src 'self'), kept tiny.
(function () {
  var root = document.documentElement;
  var LINK_KEY = 'backfill:link-theme';
  var THEMES = ['auto', 'light', 'dark', 'projector'];
  try {
    var saved = JSON.parse(localStorage.getItem('backfill:preferences') || '{}');
    // Any theme but auto (and 'system', how earlier versions saved auto) sets data-theme.
    if (saved.theme !== 'auto' && THEMES.indexOf(saved.theme) >= 0)
      root.dataset.theme = saved.theme;
    if (saved.motion === 'full' || saved.motion === 'reduced') root.dataset.motion = saved.motion;
  } catch (e) {
    /* storage blocked: use the system settings */
  }
  var fromLink = null;
  try {
    fromLink = new URLSearchParams(location.search).get('theme');
  } catch (e) {
    /* no URLSearchParams: no link theme */
  }
  var theme = fromLink === null ? null : fromLink.trim().toLowerCase();
  try {
    if (theme === null) theme = sessionStorage.getItem(LINK_KEY);
    else if (THEMES.indexOf(theme) >= 0) sessionStorage.setItem(LINK_KEY, theme);
  } catch (e) {
    /* storage blocked: the link's theme still applies to this page */
  }
  if (theme === null || THEMES.indexOf(theme) < 0) return;
  if (theme === 'auto') delete root.dataset.theme;
  else root.dataset.theme = theme;
})();
