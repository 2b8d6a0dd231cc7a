// @ts-check
/*
 * Backfill embed helper: sizes Backfill charts on your page to fit their content.
 * Include it once per page, anywhere:  <script async src=".../embed.js"></script>
 *
 * For each <iframe data-backfill-embed> (including ones added later) it asks the chart for its
 * height, and sets the iframe's style.height when a height message arrives from that iframe's
 * own window and origin, with a height from 50 to 20000 px. It changes nothing else on your page,
 * never navigates it, stores nothing and loads nothing.
 */
(function () {
  'use strict';

  var SELECTOR = 'iframe[data-backfill-embed]';
  // pym.js's format, which the chart also sends: pymxPYMx<id>xPYMxheightxPYMx<height>
  var PYM_HEIGHT = /^pymxPYMx[\w-]{1,64}xPYMxheightxPYMx(\d{1,5}(?:\.\d+)?)$/;
  var seen = new WeakSet();

  /**
   * The iframe's src as a URL, or null. Opaque ('null') origins are refused: anyone has one.
   * @param {HTMLIFrameElement} iframe
   */
  function srcOf(iframe) {
    try {
      var url = new URL(iframe.src, document.baseURI);
      return url.origin !== 'null' ? url : null;
    } catch (e) {
      return null;
    }
  }

  /**
   * Before loading, a frame holds an empty page of our own origin.
   * @param {HTMLIFrameElement} iframe
   */
  function hasLoaded(iframe) {
    var doc = iframe.contentDocument;
    return !doc || doc.URL !== 'about:blank';
  }

  /**
   * Ask a chart for its height: it may have sent it before this script was listening.
   * @param {HTMLIFrameElement} iframe
   */
  function ping(iframe) {
    var src = srcOf(iframe);
    if (!src || !iframe.contentWindow || !hasLoaded(iframe)) return;
    /** @type {{ type: string, id?: string }} */
    var message = { type: 'backfill:ready?' };
    var id = src.searchParams.get('id');
    if (id && /^[\w-]{1,64}$/.test(id)) message.id = id;
    // Sent to the chart's origin only: if the frame holds another page, the browser drops it.
    iframe.contentWindow.postMessage(message, src.origin);
  }

  /** The marked iframes on the page now. */
  function markedFrames() {
    return /** @type {NodeListOf<HTMLIFrameElement>} */ (document.querySelectorAll(SELECTOR));
  }

  function setUpAll() {
    var frames = markedFrames();
    for (var i = 0; i < frames.length; i++) {
      var iframe = frames.item(i);
      if (seen.has(iframe)) continue;
      seen.add(iframe);
      iframe.addEventListener('load', ping.bind(null, iframe));
      ping(iframe); // in case it loaded before this script ran
    }
  }

  /**
   * The height in a message from a chart (ours or pym.js's format), or NaN.
   * @param {any} data anything another window posted: checked here, field by field
   * @returns {number}
   */
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
    var frames = markedFrames();
    for (var i = 0; i < frames.length; i++) {
      var frame = frames.item(i);
      var src = srcOf(frame);
      // The message must come from this iframe's window, showing the page its src names.
      if (frame.contentWindow === event.source && src && src.origin === event.origin) {
        frame.style.height = Math.ceil(height) + 'px';
        return;
      }
    }
  });

  // Charts added later: by a CMS, an infinite scroll, a tab that renders on demand.
  new MutationObserver(function (records) {
    for (var i = 0; i < records.length; i++) {
      if (/** @type {MutationRecord} */ (records[i]).addedNodes.length) return setUpAll();
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
  setUpAll();
})();
