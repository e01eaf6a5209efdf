// Starts the app. A separate file rather than an inline script, so the page
// works under a Content-Security-Policy without 'unsafe-inline'.
//
// The page is prerendered and complete without the app, whose code its head
// preloads at low priority, after the page's own HTML and CSS.
function start() {
  import('../xiaomi-ev-dashboard.js').then(({ default: init, wasm_memory_bytes }) => {
    // Read by `make bench` for the memory figure.
    window.xiaomiEvDashboard = { wasmMemoryBytes: wasm_memory_bytes };
    return init({ module_or_path: new URL('../xiaomi-ev-dashboard_bg.wasm', import.meta.url) });
  }).catch((error) => {
    // In the page's language: the prerenderer writes the sentence from the catalogue.
    const message = document.createElement('p');
    message.setAttribute('role', 'alert');
    message.textContent = document.documentElement.dataset.startFailed || String(error);
    document.body.appendChild(message);
    console.error(error);
  });
}

// After one visit the pages open with the network off (scripts/write-service-worker.mjs).
// Not where workers are refused (a sandboxed embed, file://): the page works as before.
function keepForOffline() {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register(new URL('../sw.js', import.meta.url)).catch(() => {});
}

// The worker fetches the whole build (about 470 KB) as it installs: only
// once the app has taken the page over (its `app-mounted` mark), so that on
// a slow phone it never competes with the app's own code for the network.
function keepForOfflineOnceMounted() {
  const mounted = () => performance.getEntriesByName('app-mounted').length > 0;
  if (mounted() || typeof PerformanceObserver === 'undefined') {
    keepForOffline();
    return;
  }
  const observer = new PerformanceObserver(() => {
    if (!mounted()) return;
    observer.disconnect();
    keepForOffline();
  });
  observer.observe({ type: 'mark' });
}

function boot() {
  start();
  keepForOfflineOnceMounted();
}

// The page's head preloads the app's code at low priority (index.html), so
// the app starts as soon as this module runs, after the page is parsed.
boot();
