// Lighthouse for `make bench`: the mobile preset (simulated slow 4G and a
// 4x slower CPU) on the dashboard and on one embed, served like production
// with the build's precompressed copies. Figures to read, never asserted:
// one run varies, so each page is audited `runs` times and the median printed.
// `node scripts/bench-lighthouse.mjs dist`
import { spawn } from 'node:child_process';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const root = process.argv[2] ?? 'dist';
const port = 8096;
const runs = 3;
const pages = [
  ['dashboard', 'index.html'],
  ['embed (deliveries, English)', 'embed-deliveries-en.html'],
];
// Targets from issues 14 and 40, printed beside each figure.
const metrics = [
  ['performance', (lhr) => lhr.categories.performance.score * 100, (v) => v.toFixed(0), 'at least 98'],
  ['largest contentful paint (s)', (lhr) => lhr.audits['largest-contentful-paint'].numericValue / 1000, (v) => v.toFixed(2), 'at most 1.2'],
  ['cumulative layout shift', (lhr) => lhr.audits['cumulative-layout-shift'].numericValue, (v) => v.toFixed(3), '0'],
  ['total blocking time (ms)', (lhr) => lhr.audits['total-blocking-time'].numericValue, (v) => v.toFixed(0), 'at most 100'],
  ['first contentful paint (s)', (lhr) => lhr.audits['first-contentful-paint'].numericValue / 1000, (v) => v.toFixed(2), ''],
  ['LCP minus FCP (s)', (lhr) => (lhr.audits['largest-contentful-paint'].numericValue - lhr.audits['first-contentful-paint'].numericValue) / 1000, (v) => v.toFixed(2), 'at most 0.3 (issue 40)'],
  // What the browser itself recorded in the unthrottled load that the
  // simulation starts from: our largest paint is the first paint. The
  // simulated LCP adds every request that had ended by then (the app's
  // preloaded code, on localhost) as if the paint waited for it.
  ['observed FCP, unthrottled (ms)', (lhr) => lhr.audits.metrics.details.items[0].observedFirstContentfulPaint, (v) => v.toFixed(0), ''],
  ['observed LCP, unthrottled (ms)', (lhr) => lhr.audits.metrics.details.items[0].observedLargestContentfulPaint, (v) => v.toFixed(0), ''],
];

const server = spawn('node', ['scripts/serve-dist.mjs', root, String(port)], { stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 500));
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  chromeFlags: [
    '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
  ],
});
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

try {
  console.log(`Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, mobile preset, median of ${runs} runs`);
  for (const [name, path] of pages) {
    const results = [];
    for (let i = 0; i < runs; i += 1) {
      const { lhr } = await lighthouse(`http://127.0.0.1:${port}/${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance'],
      });
      if (lhr.runtimeError) throw new Error(`${path}: ${lhr.runtimeError.message}`);
      results.push(lhr);
    }
    console.log(`  ${name} (/${path})`);
    for (const [label, read, show, target] of metrics) {
      const value = median(results.map(read));
      console.log(`    ${label.padEnd(32)} ${show(value).padStart(8)}${target ? `   target ${target}` : ''}`);
    }
  }
} finally {
  await chrome.kill();
  server.kill();
}
