// Checks what the dashboard and the embed view transfer on first load, and
// what the service worker keeps for offline use, against budgets.json, as gzip sizes. Exits 1 when a budget is exceeded.
// `node scripts/size-budget.mjs dist`
//
// The gzip size of a file is its precompressed .gz copy (what a host that
// serves precompressed files sends, see README); zlib's best level, what a
// host compressing on the fly would send, is printed beside it.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const gzipBytes = (path) => (existsSync(`${path}.gz`) ? readFileSync(`${path}.gz`) : gzipSync(readFileSync(path), { level: 9 })).length;
const brotliBytes = (path) => (existsSync(`${path}.br`) ? readFileSync(`${path}.br`).length : NaN);

const root = process.argv[2] ?? 'dist';
const budgets = JSON.parse(readFileSync('budgets.json', 'utf8'));
const html = readFileSync(join(root, 'index.html'), 'utf8');

// What index.html loads (the dataset through its preload link), plus what
// the boot script and the app import. The embed view loads the same files.
// Attribute values may be quoted or not (the release build minifies the HTML).
const referenced = [...html.matchAll(/(?:href|src)=(?:"\.?\/?([^"#?]+)"|\.?\/?([^\s>"#?]+))/g)].map((m) => m[1] ?? m[2])
  .filter((p) => !p.startsWith('http') && existsSync(join(root, p)) && !p.startsWith('static/'))
  // Links to the other prerendered pages are navigations, and the data
  // package is a download the reader asks for: neither is part of this load.
  .filter((p) => !p.endsWith('.html') && !p.startsWith('data/xiaomi-ev-data'));
const snippets = existsSync(join(root, 'snippets'))
  ? readdirSync(join(root, 'snippets'), { recursive: true }).filter((p) => p.endsWith('.js')).map((p) => `snippets/${p}`)
  : [];
const firstLoad = [...new Set(['index.html', ...referenced, 'xiaomi-ev-dashboard.js', 'xiaomi-ev-dashboard_bg.wasm', ...snippets])];

// A missed reference would pass the budget by undercounting: the page has a stylesheet and a boot script.
for (const kind of ['.css', 'boot.js']) {
  if (!firstLoad.some((file) => file.endsWith(kind))) {
    console.error(`index.html seems to load no ${kind}: the reference pattern in this script missed it`);
    process.exit(1);
  }
}

// Each file counts against one budget: code (wasm, JS), data (JSON), page (the rest).
const part = (file) => (/\.(wasm|js)$/.test(file) ? 'code' : file.endsWith('.json') ? 'data' : 'page');
const sums = { code: 0, data: 0, page: 0 };
let total = 0;
let onTheFly = 0;
let brotli = 0;
console.log(`${'file'.padEnd(50)} ${'part'.padEnd(5)} ${'gzip'.padStart(8)} ${'zlib -9'.padStart(8)} ${'brotli'.padStart(8)}`);
for (const file of firstLoad) {
  const path = join(root, file);
  const gzip = gzipBytes(path);
  const zlib = gzipSync(readFileSync(path), { level: 9 }).length;
  sums[part(file)] += gzip;
  total += gzip;
  onTheFly += zlib;
  brotli += brotliBytes(path);
  console.log(`${file.padEnd(50)} ${part(file).padEnd(5)} ${String(gzip).padStart(8)} ${String(zlib).padStart(8)} ${String(brotliBytes(path)).padStart(8)}`);
}
if (sums.data === 0) {
  console.error('index.html seems to preload no dataset: the reference pattern in this script missed it');
  process.exit(1);
}
let over = false;
for (const [name, bytes] of Object.entries(sums)) {
  const limit = budgets[`${name}_gzip_bytes`];
  console.log(`${name.padEnd(5)} ${String(bytes).padStart(8)} gzip bytes; budget ${limit}${bytes > limit ? `: OVER by ${bytes - limit}` : ''}`);
  over ||= bytes > limit;
}
// Each prerendered embed page loads the same files but its own, smaller HTML:
// the largest one, with the stylesheet and icon, against its own budget.
const embeds = readdirSync(root).filter((file) => /^embed-.*\.html$/.test(file));
if (embeds.length === 0) {
  console.error('no prerendered embed pages (embed-*.html) in the build');
  process.exit(1);
}
const [largest] = embeds.map((file) => [file, gzipBytes(join(root, file))]).sort((a, b) => b[1] - a[1]);
const embedPage = largest[1] + sums.page - gzipBytes(join(root, 'index.html'));
const embedLimit = budgets.embed_page_gzip_bytes;
console.log(`embed page ${embedPage} gzip bytes (largest: ${largest[0]}, of ${embeds.length}); budget ${embedLimit}${embedPage > embedLimit ? `: OVER by ${embedPage - embedLimit}` : ''}`);
over ||= embedPage > embedLimit;
console.log(`first load (dashboard): ${total} gzip bytes (${onTheFly} compressed on the fly, ${brotli} brotli); goal ${budgets.goal_gzip_bytes}`);
// What the service worker fetches in the background after the first visit,
// so that every page opens offline: the files it lists, first load included.
const worker = existsSync(join(root, 'sw.js')) ? readFileSync(join(root, 'sw.js'), 'utf8').match(/const FILES = (\[.*\]);/) : null;
if (!worker) {
  console.error('no service worker file list in sw.js (scripts/write-service-worker.mjs writes it)');
  process.exit(1);
}
const offlineFiles = JSON.parse(worker[1]);
const offline = offlineFiles.reduce((sum, file) => sum + gzipBytes(join(root, file)), 0);
const afterFirst = offlineFiles.filter((file) => !firstLoad.includes(file)).reduce((sum, file) => sum + gzipBytes(join(root, file)), 0);
const offlineLimit = budgets.offline_gzip_bytes;
console.log(`offline (service worker): ${offlineFiles.length} files, ${offline} gzip bytes, ${afterFirst} of them after the first load; budget ${offlineLimit}${offline > offlineLimit ? `: OVER by ${offline - offlineLimit}` : ''}\n`);
over ||= offline > offlineLimit;
if (over) {
  console.error('over budget');
  process.exit(1);
}
