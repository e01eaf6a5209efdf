// Starts the app. A separate file rather than an inline script, so the page
// works under a Content-Security-Policy without 'unsafe-inline'.
//
// The page is prerendered and complete without the app, so the app's code is
// fetched only once the page has loaded: its 230 KB of wasm then never
// competes with the page's own HTML and CSS for a slow connection.
function start() {
  import('../xiaomi-ev-dashboard.js').then(({ default: init, wasm_memory_bytes }) => {
    // Read by `make bench` for the memory figure.
    window.xiaomiEvDashboard = { wasmMemoryBytes: wasm_memory_bytes };
    return init({ module_or_path: new URL('../xiaomi-ev-dashboard_bg.wasm', import.meta.url) });
  }).catch((error) => {
    const message = document.createElement('p');
    message.setAttribute('role', 'alert');
    message.textContent = 'The dashboard could not start: ' + error + '. Static charts: static/deliveries.svg';
    document.body.appendChild(message);
  });
}

// After one visit the pages open with the network off (scripts/write-service-worker.mjs).
// Not where workers are refused (a sandboxed embed, file://): the page works as before.
function keepForOffline() {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register(new URL('../sw.js', import.meta.url)).catch(() => {});
}

function onLoad() {
  start();
  keepForOffline();
}

if (document.readyState === 'complete') onLoad();
else window.addEventListener('load', onLoad, { once: true });
