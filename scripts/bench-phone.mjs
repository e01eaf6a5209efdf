// The phone profile of `make bench`: cold loads on a mid-range phone (412 px
// wide, Chromium's 4x CPU slowdown, 1.6 Mbps down, 750 kbps up, 150 ms
// round trip), our deliveries embed alternated in one run with a peer page
// that draws the same data as one Chart.js chart (benches/peer/, Chart.js
// from npm), and our dashboard. Reports medians of when the chart is painted,
// when a reader's first tap on it is answered with a tooltip, when the app
// is ready, main-thread blocking and bytes, and our ratios to the peer; the
// same loads unthrottled at 1440 px with `desktop`. Figures to read, not
// pass/fail (docs/performance.md).
// `node scripts/bench-phone.mjs dist [loads] [phone|desktop]`
import { spawn } from 'node:child_process';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { chromium } from 'playwright-core';

const root = process.argv[2] ?? 'dist';
const loads = Number(process.argv[3] ?? 7);
// `desktop`: the same loads at 1440 px with no throttling at all, where the
// reader points (a hover) instead of tapping.
const PROFILES = {
  phone: {
    device: { viewport: { width: 412, height: 915 }, deviceScaleFactor: 2.625, isMobile: true, hasTouch: true },
    network: { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 },
    cpuSlowdown: 4,
  },
  desktop: { device: { viewport: { width: 1440, height: 900 } }, network: null, cpuSlowdown: 1 },
};
const profileName = process.argv[4] ?? 'phone';
const { device: PHONE, network: NETWORK, cpuSlowdown: CPU_SLOWDOWN } = PROFILES[profileName];

// The peer: its page, Chart.js and the same dataset file, precompressed as ours are.
const peerRoot = 'target/bench-peer';
mkdirSync(`${peerRoot}/data`, { recursive: true });
for (const file of readdirSync('benches/peer')) copyFileSync(`benches/peer/${file}`, `${peerRoot}/${file}`);
copyFileSync('node_modules/chart.js/dist/chart.umd.min.js', `${peerRoot}/chart.umd.min.js`);
copyFileSync(`${root}/data/dataset.json`, `${peerRoot}/data/dataset.json`);
for (const file of ['index.html', 'peer.js', 'chart.umd.min.js', 'data/dataset.json']) {
  const body = readFileSync(`${peerRoot}/${file}`);
  writeFileSync(`${peerRoot}/${file}.br`, brotliCompressSync(body));
  writeFileSync(`${peerRoot}/${file}.gz`, gzipSync(body, { level: 9 }));
}

const servers = [spawn('node', ['scripts/serve-dist.mjs', root, '8096'], { stdio: 'ignore' }),
  spawn('node', ['scripts/serve-dist.mjs', peerRoot, '8097'], { stdio: 'ignore' })];
await new Promise((resolve) => setTimeout(resolve, 500));

const PAGES = {
  // Ours: the charts are in the page's HTML, so the first paint shows the
  // first one; `chart-interactive` is set once the chart on screen answers a
  // tap, `app-mounted` once every part of the page does.
  'our embed (deliveries)': { url: 'http://127.0.0.1:8096/embed-deliveries-en.html', painted: 'first-contentful-paint', interactive: 'chart-interactive', done: 'app-mounted', tap: 'drawing' },
  'Chart.js peer': { url: 'http://127.0.0.1:8097/index.html', painted: 'chart-painted', interactive: 'chart-interactive', done: 'chart-interactive', tap: 'chartjs' },
  'our dashboard': { url: 'http://127.0.0.1:8096/index.html', painted: 'first-contentful-paint', interactive: 'chart-interactive', done: 'app-mounted', tap: 'drawing' },
};

// Where a reader taps to read a value (the middle point of the first chart,
// in page coordinates), or null while there is none yet; and whether a
// tooltip shows, answered with the page's clock. Ours: the drawing's own
// tooltips (charts/render/tooltip.rs), shown by CSS before the app runs.
// The peer: Chart.js's tooltip, once Chart.js has drawn the chart.
const TAP = {
  drawing: {
    target: () => {
      const points = [...document.querySelectorAll('.chart-frame .hits .pt > rect')].filter((r) => r.getBoundingClientRect().width > 0);
      const frame = points[0]?.closest('svg');
      const first = points.filter((r) => r.closest('svg') === frame);
      const box = first[Math.floor(first.length / 2)]?.getBoundingClientRect();
      return box ? { x: box.x + box.width / 2, y: box.y + box.height / 2 } : null;
    },
    answered: () => ([...document.querySelectorAll('.pt-tip')].some((t) => t.getBoundingClientRect().width > 0) ? performance.now() : null),
  },
  chartjs: {
    target: () => {
      const chart = globalThis.Chart?.getChart('chart');
      const bars = chart?.getDatasetMeta(0).data ?? [];
      const bar = bars[Math.floor(bars.length / 2)];
      if (!bar) return null;
      const canvas = chart.canvas.getBoundingClientRect();
      return { x: canvas.x + bar.x, y: canvas.y + (bar.y + bar.base) / 2 };
    },
    answered: () => ((globalThis.Chart?.getChart('chart')?.tooltip?.getActiveElements().length ?? 0) > 0 ? performance.now() : null),
  },
};

// A reader tapping the chart from the moment the page starts to arrive:
// when a tap is first answered with a tooltip (the page's clock).
async function firstTapAnswered(page, { target, answered }) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      const at = await page.evaluate(target);
      if (at) {
        if (PHONE.hasTouch) await page.touchscreen.tap(at.x, at.y);
        else await page.mouse.move(at.x, at.y);
        const time = await page.evaluate(answered);
        if (time !== null) return time;
      }
    } catch {
      // The page is still being replaced by the one navigated to.
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  console.error(`${page.url()}: no tap answered within a minute (counted as missing)`);
  return NaN;
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-quic'],
});

async function coldLoad({ url, painted, interactive, done, tap }) {
  // No service worker: its precache (after the app has mounted) runs outside
  // the page's throttled network and would be counted as neither's bytes.
  const context = await browser.newContext({ ...PHONE, serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (NETWORK) await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  // Bytes on the wire, headers included, as the network layer counts them.
  let bytes = 0;
  cdp.on('Network.loadingFinished', (event) => { bytes += event.encodedDataLength; });
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(url, { waitUntil: 'commit', timeout: 120_000 });
  const tapped = await firstTapAnswered(page, TAP[tap]);
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, done, { timeout: 120_000, polling: 100 });
  // Tasks that follow the interactive mark (the app's last parts) still block input.
  await page.waitForTimeout(1500);
  const figures = await page.evaluate(([paintedMark, interactiveMark, doneMark]) => {
    const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
    return {
      painted: at(paintedMark),
      // A build from before `chart-interactive` existed: its page was interactive when mounted.
      interactive: Number.isNaN(at(interactiveMark)) ? at(doneMark) : at(interactiveMark),
      done: at(doneMark),
      blocking: window.__longTasks.reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0),
      longest: window.__longTasks.reduce((max, [, duration]) => Math.max(max, duration), 0),
    };
  }, [painted, interactive, done]);
  await context.close();
  return { ...figures, tapped, bytes };
}

const results = Object.fromEntries(Object.keys(PAGES).map((name) => [name, []]));
for (let i = 0; i < loads; i += 1) {
  for (const [name, page] of Object.entries(PAGES)) {
    if (process.env.BENCH_VERBOSE) console.log(`load ${i + 1}: ${name}`);
    results[name].push(await coldLoad(page));
  }
}
await browser.close();
for (const server of servers) server.kill();

// A figure a load missed (NaN: a tap never answered) is left out, and said above.
const median = (values) => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  return sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
};
const measures = [['painted', 'chart painted (ms)'], ['tapped', 'first tap (hover on desktop) answered (ms)'], ['interactive', 'app running on the chart on screen (ms)'], ['done', 'app ready: every part taken over (ms)'], ['blocking', 'main-thread blocking, sum of long tasks beyond 50 ms (ms)'], ['longest', 'longest task (ms)'], ['bytes', 'bytes transferred']];
const medians = Object.fromEntries(Object.entries(results).map(([name, runs]) => [name, Object.fromEntries(measures.map(([key]) => [key, median(runs.map((r) => r[key]))]))]));

const throttled = NETWORK ? `${NETWORK.downloadThroughput * 8 / 1e6} Mbps down, ${NETWORK.latency} ms latency` : 'no network throttling';
console.log(`${profileName} profile: ${PHONE.viewport.width} px, ${CPU_SLOWDOWN}x CPU slowdown, ${throttled}; ${loads} cold loads of each page, alternated`);
console.log(`Machine: ${cpus().length} × ${cpus()[0].model}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`);
const names = Object.keys(PAGES);
console.log(`median${' '.repeat(54)}${names.map((n) => n.padStart(24)).join('')}`);
for (const [key, label] of measures) {
  console.log(`  ${label.padEnd(58)}${names.map((n) => medians[n][key].toFixed(0).padStart(24)).join('')}`);
}
const peer = medians['Chart.js peer'];
// Issue 40's targets: on the phone, for each ratio; on the desktop, our paint no later than the peer's.
const TARGETS = {
  phone: { painted: '≤ 0.7', tapped: '≤ 0.8', done: '≤ 2.0', blocking: '≤ 1.0' },
  desktop: { painted: '≤ 1.0' },
}[profileName];
const ratioNames = { painted: 'painted', tapped: 'first tap answered', done: 'app ready', blocking: 'blocking', bytes: 'bytes' };
for (const ours of ['our embed (deliveries)', 'our dashboard']) {
  const ratio = (key) => `${ratioNames[key]} ${(medians[ours][key] / peer[key]).toFixed(2)}${TARGETS[key] ? ` (target ${TARGETS[key]})` : ''}`;
  console.log(`${ours} / Chart.js peer: ${Object.keys(ratioNames).map(ratio).join(', ')}`);
}
if (process.env.BENCH_JSON) writeFileSync(process.env.BENCH_JSON, JSON.stringify({ results, medians }, null, 2));
