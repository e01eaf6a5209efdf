// Starts the app. A separate file rather than an inline script, so the page
// works under a Content-Security-Policy without 'unsafe-inline'.
import init, { wasm_memory_bytes } from '../xiaomi-ev-dashboard.js';

// Read by `make bench` for the memory figure.
window.xiaomiEvDashboard = { wasmMemoryBytes: wasm_memory_bytes };

init({ module_or_path: new URL('../xiaomi-ev-dashboard_bg.wasm', import.meta.url) }).catch((error) => {
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.textContent = 'The dashboard could not start: ' + error + '. Static charts: static/deliveries.svg';
  document.body.appendChild(message);
});
