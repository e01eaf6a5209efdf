// The wasm's code size by crate, for the next size decision (make bench;
// docs/performance.md). Runs the linked wasm through wasm-bindgen and
// wasm-opt -Oz as the build does, but keeping function names, then adds up
// each function body's bytes under the crate its symbol names first
// (`_ZN6leptos…` is leptos; a generic instantiated for our types counts under
// the crate that defines the function). The data section (strings, tables)
// is one line of its own.
// `node scripts/wasm-size-by-crate.mjs target/wasm32-unknown-unknown/release/xiaomi-ev-dashboard.wasm`
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const input = process.argv[2] ?? 'target/wasm32-unknown-unknown/release/xiaomi-ev-dashboard.wasm';
const optimised = 'target/wasm-size-by-crate/optimised.wasm';
execFileSync('wasm-bindgen', ['--target', 'web', '--keep-debug', '--out-dir', 'target/wasm-size-by-crate', '--out-name', 'app', input], { stdio: 'inherit' });
execFileSync('wasm-opt', ['-Oz', '-g', '--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext',
  '--enable-mutable-globals', 'target/wasm-size-by-crate/app_bg.wasm', '-o', optimised], { stdio: 'inherit' });
const bytes = readFileSync(optimised);

let at = 8;
const u32 = () => {
  let result = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    result |= (byte & 0x7f) << shift;
    if (!(byte & 0x80)) return result >>> 0;
    shift += 7;
  }
};
const name = () => {
  const length = u32();
  const text = bytes.subarray(at, at + length).toString('utf8');
  at += length;
  return text;
};

let importedFunctions = 0;
const bodies = [];
const names = new Map();
let dataBytes = 0;
while (at < bytes.length) {
  const id = bytes[at++];
  const size = u32();
  const end = at + size;
  if (id === 2) {
    for (let n = u32(); n > 0; n -= 1) {
      name();
      name();
      const kind = bytes[at++];
      if (kind === 0) { importedFunctions += 1; u32(); } else if (kind === 1) { at += 1; const flags = u32(); u32(); if (flags & 1) u32(); } else if (kind === 2) { const flags = u32(); u32(); if (flags & 1) u32(); } else if (kind === 3) { at += 2; }
    }
  } else if (id === 10) {
    for (let n = u32(); n > 0; n -= 1) {
      const length = u32();
      bodies.push(length);
      at += length;
    }
  } else if (id === 11) {
    dataBytes += size;
  } else if (id === 0 && name() === 'name') {
    while (at < end) {
      const sub = bytes[at++];
      const subSize = u32();
      const subEnd = at + subSize;
      if (sub === 1) for (let n = u32(); n > 0; n -= 1) { const index = u32(); names.set(index, name()); }
      at = subEnd;
    }
  }
  at = end;
}

// The crate a Rust symbol's path starts with: for a trait method, the crate
// of the type it is implemented for, or of the trait for a generic type.
function crateOf(symbol = '') {
  const legacy = /^_ZN(\d+)/.exec(symbol);
  if (!legacy) {
    // wasm-bindgen writes the names demangled: `<&mut serde_json::de::… as serde_core::…>::f`.
    const path = symbol.replace(/^<?(&|mut |\*const |\*mut |dyn )*/, '');
    const own = /^([a-z_][a-z0-9_]*)::/.exec(path);
    if (own) return own[1];
    const trait = / as ([a-z_][a-z0-9_]*)::/.exec(path);
    if (trait) return trait[1];
    if (symbol.startsWith('__wbg') || symbol.startsWith('__wbindgen')) return 'wasm-bindgen glue';
    return symbol ? 'other (C runtime, compiler intrinsics)' : 'unnamed';
  }
  const first = symbol.slice(legacy[0].length, legacy[0].length + Number(legacy[1]));
  if (!first.startsWith('_$LT$')) return first;
  const impl = first.slice(5).replace(/^(\$RF\$|mut\$u20\$|\$BP\$|const\$u20\$)+/, '');
  const own = /^([a-z_][a-z0-9_]*)\.\./.exec(impl);
  if (own) return own[1];
  const trait = /\$u20\$as\$u20\$([a-z_][a-z0-9_]*)\.\./.exec(impl);
  return trait ? trait[1] : 'generic, unattributed';
}

const byCrate = new Map();
bodies.forEach((length, i) => {
  const crate = crateOf(names.get(importedFunctions + i));
  byCrate.set(crate, (byCrate.get(crate) ?? 0) + length);
});
byCrate.set('(data section: strings, tables)', dataBytes);
const total = [...byCrate.values()].reduce((a, b) => a + b, 0);
console.log(`wasm by crate, after wasm-opt -Oz with names kept (${bytes.length} bytes in all; ${bodies.length} functions):`);
for (const [crate, size] of [...byCrate].sort((a, b) => b[1] - a[1])) {
  if (size / total < 0.005) continue;
  console.log(`  ${crate.padEnd(40)} ${String(size).padStart(8)} ${((100 * size) / total).toFixed(1).padStart(5)}%`);
}
