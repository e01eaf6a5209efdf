// Optimises the built wasm (trunk leaves it as wasm-bindgen wrote it:
// `data-wasm-opt="0"` in index.html) and drops the stream adapters that
// Leptos's server functions bring: `node scripts/optimise-wasm.mjs dist`.
// Runs after `trunk build`, before scripts/minify-dist.mjs.
//
// Why here and not in trunk: leptos always builds server_fn with its browser
// client, whose wasm-streams exports three classes (IntoUnderlyingSource,
// ...Sink, ...ByteSource) to JS. An export is never dead code to wasm-opt,
// so their code stayed in every build although this app has no server
// function. Their exports are removed before wasm-opt, which then drops the
// code (1.5 KB gzip), and their classes go from the glue (0.3 KB). Nothing
// here constructs them: a call would fail loudly, not silently.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = process.argv[2] ?? 'dist';
const wasmPath = join(root, 'xiaomi-ev-dashboard_bg.wasm');
const gluePath = join(root, 'xiaomi-ev-dashboard.js');
const unused = /^(__wbg_)?intounderlying(bytesource|sink|source)_/;

// wasm-opt's passes, measured one at a time in docs/performance.md: flatten
// and rereloop twice give -Oz simpler control flow to shrink;
// low-memory-unused is safe for Rust's layout (the stack grows down from
// 1 MiB to 0, data and heap lie above it, so the low 1 KiB is reached only by
// a stack about to overflow).
const passes = ['-Oz', '--flatten', '--rereloop', '-Oz', '--flatten', '--rereloop', '-Oz', '--converge',
  '--low-memory-unused', '--strip-producers', '--reorder-functions-by-name'];

/** The module without the exports whose names match `pattern`, and those names. */
function withoutExports(bytes, pattern) {
  let at = 8;
  const u32 = () => {
    let result = 0;
    for (let shift = 0; ; shift += 7) {
      const byte = bytes[at++];
      result |= (byte & 0x7f) << shift;
      if (!(byte & 0x80)) return result >>> 0;
    }
  };
  const leb = (n) => {
    const out = [];
    do {
      const low = n & 0x7f;
      n >>>= 7;
      out.push(n ? low | 0x80 : low);
    } while (n);
    return Buffer.from(out);
  };
  const parts = [bytes.subarray(0, 8)];
  const removed = [];
  while (at < bytes.length) {
    const start = at;
    const id = bytes[at++];
    const end = u32() + at;
    if (id === 7) {
      const kept = [];
      for (let n = u32(); n > 0; n -= 1) {
        const entry = at;
        const length = u32();
        const name = bytes.subarray(at, at + length).toString('utf8');
        at += length + 1; // the name, then the kind
        u32(); // the index
        if (pattern.test(name)) removed.push(name);
        else kept.push(bytes.subarray(entry, at));
      }
      const body = Buffer.concat([leb(kept.length), ...kept]);
      parts.push(Buffer.from([7]), leb(body.length), body);
    } else {
      parts.push(bytes.subarray(start, end));
    }
    at = end;
  }
  return { bytes: Buffer.concat(parts), removed };
}

const { bytes, removed } = withoutExports(readFileSync(wasmPath), unused);
const unoptimised = `${wasmPath}.unoptimised`;
writeFileSync(unoptimised, bytes);
execFileSync('wasm-opt', [...passes, unoptimised, '-o', wasmPath], { stdio: 'inherit' });
rmSync(unoptimised);

// The glue as wasm-bindgen writes it: each class, its dispose line and its finalizer.
const glue = readFileSync(gluePath, 'utf8')
  .replace(/^export class (IntoUnderlying\w+) \{\n[\s\S]*?\n\}\nif \(Symbol\.dispose\) \1\.prototype\[Symbol\.dispose\] = \1\.prototype\.free;\n/gm, '')
  .replace(/^const IntoUnderlying\w+Finalization = [^;]*;\n/gm, '');
if (/intounderlying/i.test(glue) || (removed.length > 0 && removed.length !== 13)) {
  throw new Error(`the stream adapters' exports changed (removed: ${removed.join(', ') || 'none'}): see scripts/optimise-wasm.mjs`);
}
writeFileSync(gluePath, glue);
console.log(`optimised ${wasmPath} (${bytes.length} -> ${readFileSync(wasmPath).length} bytes), without ${removed.length} unused exports`);
