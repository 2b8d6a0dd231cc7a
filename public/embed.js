// @ts-check
/*
 * Backfill embed helper: fits Backfill charts on your page to their content. Include it
 * once per page, anywhere: <script async src=".../embed.js"></script>
 * For each <iframe data-backfill-embed>, even ones added later, it asks the chart its height and
 * sets the iframe's style.height from height messages (50 to 20000 px) sent by that iframe's own
 * window and origin. It changes nothing else on your page, never navigates it, stores nothing
 * and loads nothing.
 */
(function () {
  'use strict';

  var SELECTOR = 'iframe[data-backfill-embed]';
  // pym.js's format (the chart sends it too): pymxPYMx<id>xPYMxheightxPYMx<height>
  var PYM_HEIGHT = /^pymxPYMx[\w-]{1,64}xPYMxheightxPYMx(\d{1,5}(?:\.\d+)?)$/;
  var seen = new WeakSet();

  /** @param {HTMLIFrameElement} iframe @returns its src, or null if its origin is opaque (anyone's) */
  function srcOf(iframe) {
    try {
      var url = new URL(iframe.src, document.baseURI);
      return url.origin !== 'null' ? url : null;
    } catch (e) {
      return null;
    }
  }

  /** @param {HTMLIFrameElement} iframe (unloaded, it shows about:blank) */
  function hasLoaded(iframe) {
    var doc = iframe.contentDocument;
    return !doc || doc.URL !== 'about:blank';
  }

  /** Ask a chart its height (it may have sent it already). @param {HTMLIFrameElement} iframe */
  function ping(iframe) {
    var src = srcOf(iframe);
    if (!src || !iframe.contentWindow || !hasLoaded(iframe)) return;
    /** @type {{type: string, id?: string}} */
    var message = { type: 'backfill:ready?' };
    var id = src.searchParams.get('id');
    if (id && /^[\w-]{1,64}$/.test(id)) message.id = id;
    // Only to the chart's origin: dropped if the frame shows another page.
    iframe.contentWindow.postMessage(message, src.origin);
  }

  function marked() {
    return /** @type {NodeListOf<HTMLIFrameElement>} */ (document.querySelectorAll(SELECTOR));
  }

  function setUpAll() {
    var frames = marked();
    for (var i = 0; i < frames.length; i++) {
      var iframe = frames.item(i);
      if (seen.has(iframe)) continue;
      seen.add(iframe);
      iframe.addEventListener('load', ping.bind(null, iframe));
      ping(iframe); // if it loaded before we ran
    }
  }

  /** @param {any} data @returns its height (ours or pym.js's format), or NaN */
  function heightIn(data) {
    if (typeof data === 'string') {
      var match = data.length < 200 && PYM_HEIGHT.exec(data);
      return match ? Number(match[1]) : NaN;
    }
    var ours = data && data.type === 'backfill:height' && data.version === 1;
    return ours && typeof data.height === 'number' ? data.height : NaN;
  }

  window.addEventListener('message', function (event) {
    var height = heightIn(event.data);
    if (!(height >= 50 && height <= 20000)) return; // also refuses NaN and Infinity
    var frames = marked();
    for (var i = 0; i < frames.length; i++) {
      var frame = frames.item(i);
      var src = srcOf(frame);
      // From this iframe's window, showing the page its src names.
      if (frame.contentWindow === event.source && src && src.origin === event.origin) {
        frame.style.height = Math.ceil(height) + 'px';
        return;
      }
    }
  });

  // Charts that a CMS, an infinite scroll or a tab adds later.
  new MutationObserver(function (records) {
    if (records.some((r) => r.addedNodes.length > 0)) setUpAll();
  }).observe(document.documentElement, { childList: true, subtree: true });
  setUpAll();
})();
