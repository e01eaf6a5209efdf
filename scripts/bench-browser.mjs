// Browser benchmarks for `make bench`: cold loads, re-render on resize and on
// a toggle, tooltip response, memory, and how many DOM text measurements
// plotters makes. Timings are reported as median and spread, never asserted.
// `node scripts/bench-browser.mjs dist`
import { spawn } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { chromium } from 'playwright-core';

const root = process.argv[2] ?? 'dist';
const port = 8095;
const url = `http://127.0.0.1:${port}/`;
const loads = 10;
const server = spawn('node', ['scripts/serve-dist.mjs', root, String(port)], { stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 500));

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--enable-precise-memory-info'],
});

const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  return `${median.toFixed(1)} (${sorted[0].toFixed(1)}–${sorted[sorted.length - 1].toFixed(1)}, n=${sorted.length})`;
};
const results = {};
const add = (name, value) => (results[name] ??= []).push(value);

for (let i = 0; i < loads; i += 1) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  // Counts the <span> elements plotters adds to <body> to measure text.
  await page.addInitScript(() => {
    window.__spans = 0;
    const appendChild = Node.prototype.appendChild;
    Node.prototype.appendChild = function (child) {
      if (this === document.body && child && child.tagName === 'SPAN') window.__spans += 1;
      return appendChild.call(this, child);
    };
    const append = Element.prototype.append;
    Element.prototype.append = function (...children) {
      if (this === document.body) window.__spans += children.filter((c) => c && c.tagName === 'SPAN').length;
      return append.apply(this, children);
    };
  });
  const response = await page.goto(url);
  if (!(await response.text()).includes('<svg')) throw new Error(`${url} has no chart in its HTML: not prerendered?`);
  await page.waitForFunction(() => performance.getEntriesByName('app-mounted').length > 0);
  const load = await page.evaluate(() => {
    const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
    const drawn = performance.getEntriesByType('mark').filter((m) => m.name.startsWith('chart-drawn:'));
    const renders = performance.getEntriesByType('measure').filter((m) => m.name.startsWith('render:'));
    const wasm = performance.getEntriesByType('resource').find((r) => r.name.endsWith('.wasm'));
    return {
      // The charts are in the prerendered HTML, so the first paint shows the first one.
      visible: at('first-contentful-paint'),
      wasmLoaded: wasm ? wasm.responseEnd : NaN,
      all: Math.max(...drawn.map((m) => m.startTime)),
      mounted: at('app-mounted'),
      renderSum: renders.reduce((t, m) => t + m.duration, 0),
      spans: window.__spans,
      heap: performance.memory ? performance.memory.usedJSHeapSize : NaN,
      wasm: window.xiaomiEvDashboard.wasmMemoryBytes(),
    };
  });
  add('navigation to first chart visible (first paint) (ms)', load.visible);
  add('navigation to wasm downloaded (ms)', load.wasmLoaded);
  add('navigation to app interactive, every part taken over (ms)', load.mounted);
  add('navigation to all 8 charts redrawn at real width (ms)', load.all);
  add('time spent rendering all 8 charts (ms)', load.renderSum);
  add('text measurements through the DOM per load (count)', load.spans);
  add('JS heap after load (MB)', load.heap / 1048576);
  add('wasm linear memory after load (MB)', load.wasm / 1048576);

  // A toggle: click to the next frame.
  const toggle = await page.evaluate(async () => {
    const button = [...document.querySelectorAll('figure[data-chart="deliveries"] .controls button')].find((b) => b.textContent.trim() === 'Month');
    const start = performance.now();
    button.click();
    await new Promise((resolve) => requestAnimationFrame(() => resolve()));
    return performance.now() - start;
  });
  add('toggle (deliveries by month): click to next frame (ms)', toggle);

  // Tooltip: pointer move to the tooltip in the DOM.
  const tooltip = await page.evaluate(async () => {
    const target = document.querySelector('figure[data-chart="targets"] [data-point="1"]');
    const start = performance.now();
    target.dispatchEvent(new PointerEvent('pointermove', { bubbles: true }));
    while (!document.querySelector('figure[data-chart="targets"] .tooltip')) await new Promise((r) => setTimeout(r, 0));
    return performance.now() - start;
  });
  add('tooltip: pointer move to tooltip shown (ms)', tooltip);

  // Resize: every chart re-renders at the new width.
  const before = await page.evaluate(() => performance.getEntriesByType('measure').length);
  await page.setViewportSize({ width: 900, height: 900 });
  await page.waitForFunction((n) => performance.getEntriesByType('measure').length >= n + 8, before);
  const resize = await page.evaluate((n) => performance.getEntriesByType('measure').slice(n).map((m) => m.duration), before);
  for (const duration of resize) add('re-render of one chart on resize (ms)', duration);
  await context.close();
}
await browser.close();
server.kill();

console.log(`Browser benchmarks: ${loads} cold loads of ${url} in headless Chromium`);
console.log(`Machine: ${cpus().length} × ${cpus()[0].model}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`);
console.log('median (min–max, samples)');
for (const [name, values] of Object.entries(results)) console.log(`  ${name.padEnd(58)} ${stats(values)}`);
