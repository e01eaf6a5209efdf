// Starts the app. A separate file rather than an inline script, so the page
// works under a Content-Security-Policy without 'unsafe-inline'.
import init from '../xiaomi-ev-dashboard.js';

init({ module_or_path: new URL('../xiaomi-ev-dashboard_bg.wasm', import.meta.url) }).catch((error) => {
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.textContent = 'The dashboard could not start: ' + error + '. Static charts: static/deliveries.svg';
  document.body.appendChild(message);
});
