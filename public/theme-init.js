// Applies the reader's saved theme and motion choice before the first paint, so a dark-mode
// reader never sees a white flash. A classic script (CSP: script-src 'self'), kept tiny.
(function () {
  try {
    var saved = JSON.parse(localStorage.getItem('backfill:preferences') || '{}');
    var root = document.documentElement;
    if (saved.theme === 'light' || saved.theme === 'dark') root.dataset.theme = saved.theme;
    if (saved.motion === 'full' || saved.motion === 'reduced') root.dataset.motion = saved.motion;
  } catch (e) {
    /* storage blocked: use the system settings */
  }
})();
