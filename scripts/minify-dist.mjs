// Minifies the built site's ES modules (the wasm-bindgen glue, its snippets
// and the boot script; trunk minifies only HTML and CSS): `node scripts/minify-dist.mjs dist`.
// Runs before scripts/compress-dist.mjs, so the precompressed copies match.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';

const root = process.argv[2] ?? 'dist';

function* modules(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* modules(path);
    else if (name.endsWith('.js')) yield path;
  }
}

// The host page's embed script is a classic script, not a module: left as written.
const files = [join(root, 'xiaomi-ev-dashboard.js'), join(root, 'assets', 'boot.js'), ...modules(join(root, 'snippets'))];
let before = 0;
let after = 0;
for (const path of files) {
  const source = readFileSync(path, 'utf8');
  const { code } = await minify(source, { module: true, compress: true, mangle: true });
  writeFileSync(path, code);
  before += source.length;
  after += code.length;
}
console.log(`minified ${files.length} modules in ${root}: ${before} -> ${after} bytes`);

// The dataset is kept readable in the repository (one entry per line, for
// diffs); readers download it without the indentation.
const dataset = join(root, 'data', 'dataset.json');
const readable = readFileSync(dataset, 'utf8');
const compact = JSON.stringify(JSON.parse(readable));
if (JSON.stringify(JSON.parse(compact)) !== compact) throw new Error(`${dataset} does not survive minifying`);
writeFileSync(dataset, compact);
console.log(`minified ${dataset}: ${readable.length} -> ${compact.length} bytes`);
