// Prints raw and gzip bytes for every file in a built site: `node scripts/size-report.mjs dist`.
// Gzip is the build's precompressed .gz copy where there is one (as served), else zlib -9.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = process.argv[2] ?? 'dist';

function* files(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (!/\.(gz|br)$/.test(name)) yield path;
  }
}

const rows = [...files(root)].map((path) => {
  const bytes = readFileSync(path);
  const gzip = existsSync(`${path}.gz`) ? readFileSync(`${path}.gz`).length : gzipSync(bytes, { level: 9 }).length;
  return { file: relative(root, path), raw: bytes.length, gzip };
});
const width = Math.max(4, ...rows.map((r) => r.file.length));
console.log(`${'file'.padEnd(width)}  ${'raw bytes'.padStart(10)}  ${'gzip bytes'.padStart(10)}`);
for (const r of rows) console.log(`${r.file.padEnd(width)}  ${String(r.raw).padStart(10)}  ${String(r.gzip).padStart(10)}`);
const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip }), { raw: 0, gzip: 0 });
console.log(`${'total'.padEnd(width)}  ${String(total.raw).padStart(10)}  ${String(total.gzip).padStart(10)}`);
