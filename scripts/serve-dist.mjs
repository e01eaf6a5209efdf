// A small static server for the built site and the browser tests:
// `node scripts/serve-dist.mjs dist 8090`. Serves only files under the root,
// on 127.0.0.1, with the wasm MIME type and CORS for sandboxed frames. Like a
// production host configured as the README says, it sends the build's
// precompressed .br or .gz copy when the browser accepts it.
// Test-only routes:
//   /csp/...            the same files with a strict Content-Security-Policy header
//   /__fixtures__/NAME  files from tests/browser/data, plus failure endpoints
//     (network-error, slow, too-large, wrong-type, http-500) and a cacheable
//     dataset that counts its requests (cacheable.json, cacheable-requests)
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? 'dist');
const fixtures = resolve('tests/browser/data');
const port = Number(process.argv[3] ?? 8090);
export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.csv': 'text/csv; charset=utf-8',
  '.zip': 'application/zip',
};

// The precompressed copy to send for `file`, if the build wrote one the browser accepts.
async function precompressed(file, acceptEncoding) {
  const accepted = (acceptEncoding ?? '').split(',').map((e) => e.trim().split(';')[0]);
  for (const [encoding, suffix] of [['br', '.br'], ['gzip', '.gz']]) {
    if (!accepted.includes(encoding)) continue;
    try {
      return { encoding, body: await readFile(file + suffix) };
    } catch {
      // no copy with this encoding
    }
  }
  return null;
}

async function sendFile(res, base, path, headers, acceptEncoding) {
  let file = normalize(join(base, path));
  if (!file.startsWith(base)) {
    res.writeHead(403).end('forbidden');
    return;
  }
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    const type = { 'content-type': types[extname(file)] ?? 'application/octet-stream', vary: 'accept-encoding' };
    const compressed = await precompressed(file, acceptEncoding);
    if (compressed) {
      res.writeHead(200, { ...type, 'content-encoding': compressed.encoding, ...headers }).end(compressed.body);
      return;
    }
    const body = await readFile(file);
    res.writeHead(200, { ...type, ...headers });
    res.end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain', ...headers }).end('not found');
  }
}

let cacheableRequests = 0;

function fixture(name, req, res) {
  switch (name) {
    case 'network-error':
      req.socket.destroy();
      return;
    case 'slow':
      setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'), 15_000).unref();
      return;
    case 'too-large':
      res.writeHead(200, { 'content-type': 'application/json' }).end(' '.repeat(1024 * 1024 + 10) + '{}');
      return;
    case 'wrong-type':
      res.writeHead(200, { 'content-type': 'text/html' }).end('<html></html>');
      return;
    case 'cacheable.json':
      // The frozen dataset, which a browser may keep for an hour: counts how
      // often it really reaches the server (cacheable-requests).
      cacheableRequests += 1;
      sendFile(res, fixtures, 'frozen.json', { 'cache-control': 'max-age=3600' }, null);
      return;
    case 'cacheable-requests':
      res.writeHead(200, { 'content-type': 'text/plain', 'cache-control': 'no-store' }).end(String(cacheableRequests));
      return;
    case 'http-500':
      res.writeHead(500, { 'content-type': 'application/json' }).end('{"error":"boom"}');
      return;
    default:
      sendFile(res, fixtures, name, {}, null);
  }
}

createServer((req, res) => {
  const url = new URL(req.url, 'http://127.0.0.1');
  let path;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    res.writeHead(400).end('bad request');
    return;
  }
  // Module scripts in a sandboxed frame are fetched from an opaque origin.
  const headers = { 'access-control-allow-origin': '*' };
  if (path.startsWith('/__fixtures__/')) return fixture(path.slice('/__fixtures__/'.length), req, res);
  const accept = req.headers['accept-encoding'];
  if (path.startsWith('/csp/')) {
    return sendFile(res, root, path.slice(4), { ...headers, 'content-security-policy': STRICT_CSP }, accept);
  }
  return sendFile(res, root, path, headers, accept);
}).listen(port, '127.0.0.1', () => console.log(`serving ${root} on http://127.0.0.1:${port}`));
