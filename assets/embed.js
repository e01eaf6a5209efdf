/*
 * Xiaomi EV dashboard: host-page script for embedded charts.
 * Include once on a page with one or more embed iframes:
 *   <script src="https://YOUR-HOST/PATH/assets/embed.js" async></script>
 * Each embed posts { type: "xiaomi-ev-dashboard:height", chart: "<id>", height: <px> }
 * to its parent whenever its content height changes; this script sets the
 * height of the iframe that sent it. It acts only on messages whose source is
 * one of the page's own iframes, and reads nothing else from them.
 */
(function () {
  'use strict';
  if (window.__xiaomiEvEmbed) return;
  window.__xiaomiEvEmbed = true;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'xiaomi-ev-dashboard:height') return;
    var height = Number(data.height);
    if (!isFinite(height) || height < 50 || height > 20000) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.ceil(height) + 'px';
        frames[i].setAttribute('height', String(Math.ceil(height)));
        return;
      }
    }
  });
})();
