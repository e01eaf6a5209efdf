// Writes the service worker that lets the dashboard, every slide and every
// embed open with the network off after one visit: `node scripts/write-service-worker.mjs dist`.
//
// It lists what a reader needs offline (the app, its styles, the dataset, the
// static images and the prerendered pages) and names its cache after a hash
// of their contents, so every build that changes a file is a new worker:
// the browser installs it on the next visit with network, and it deletes the
// caches of older builds. Requests are answered from the network first, so a
// reader online never gets a stale app; the cache answers only when the
// network does not. Anything not on the list (a reader's ?data= file, the
// data package, the link preview images, robots.txt, the sitemap and the
// oEmbed documents) is left to the network and never cached.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const root = process.argv[2] ?? 'dist';

function* files(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield relative(root, path).split(sep).join('/');
  }
}

const offline = (file) =>
  !/\.(gz|br)$/.test(file) &&
  file !== 'sw.js' &&
  // For search engines, not readers.
  file !== 'robots.txt' &&
  file !== 'sitemap.xml' &&
  !file.startsWith('oembed/') &&
  // Earlier versions of the data, opened by address (?v=), not by every reader.
  !file.startsWith('data/versions/') &&
  // What changed in each version: read online, from the footer or a kept version's notice.
  !file.startsWith('changes-') &&
  !file.startsWith('data/xiaomi-ev-data') &&
  !file.startsWith('static/preview-') &&
  !file.endsWith('README.txt');

const list = [...files(root)].filter(offline);
const hash = createHash('sha256');
for (const file of list) hash.update(file).update(readFileSync(join(root, file)));
const version = hash.digest('hex').slice(0, 16);

const worker = `// Written by scripts/write-service-worker.mjs for build ${version}.
const CACHE = 'xiaomi-ev-${version}';
const FILES = ${JSON.stringify(list)};
const BASE = new URL('./', self.location).pathname;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  const old = (key) => key.startsWith('xiaomi-ev-') && key !== CACHE;
  event.waitUntil(caches.keys().then((keys) => Promise.all(keys.filter(old).map((key) => caches.delete(key))))
    .then(() => self.clients.claim()));
});

// The file a request stands for, if it is one of the build's: a page's query
// (?lang=, ?view=present) does not make it another file.
function listed(request) {
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || !url.pathname.startsWith(BASE)) return null;
  const file = url.pathname.slice(BASE.length) || 'index.html';
  return FILES.includes(file) ? file : null;
}

self.addEventListener('fetch', (event) => {
  const file = listed(event.request);
  if (!file) return;
  event.respondWith(
    fetch(event.request)
      .then((response) => {
        if (response.ok && response.type === 'basic') {
          const copy = response.clone();
          event.waitUntil(caches.open(CACHE).then((cache) => cache.put(file, copy)));
        }
        return response;
      })
      .catch(() => caches.open(CACHE).then((cache) => cache.match(file)).then((cached) => cached ?? Response.error())),
  );
});
`;
writeFileSync(join(root, 'sw.js'), worker);
console.log(`wrote ${root}/sw.js: ${list.length} files for offline use, cache xiaomi-ev-${version}`);
