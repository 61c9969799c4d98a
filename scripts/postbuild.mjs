// After `trunk build --release`: report what a reader downloads (raw, gzip, brotli).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';

export function sizes(buf) {
  return {
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;

function report() {
  const rows = [];
  for (const name of readdirSync(dist).sort()) {
    const p = join(dist, name);
    if (!statSync(p).isFile()) continue;
    rows.push({ name, ...sizes(readFileSync(p)) });
  }
  const total = rows.reduce((a, r) => ({ raw: a.raw + r.raw, gzip: a.gzip + r.gzip, brotli: a.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  console.log(`\nRelease site (${dist}/):`);
  console.log(`  ${'file'.padEnd(48)} ${'raw'.padStart(11)} ${'gzip'.padStart(11)} ${'brotli'.padStart(11)}`);
  for (const r of [...rows, { name: 'total', ...total }]) {
    console.log(`  ${r.name.padEnd(48)} ${kb(r.raw).padStart(11)} ${kb(r.gzip).padStart(11)} ${kb(r.brotli).padStart(11)}`);
  }
  const wasm = rows.find((r) => r.name.endsWith('.wasm'));
  if (wasm) console.log(`\n  wasm: ${kb(wasm.raw)} raw, ${kb(wasm.gzip)} gzip, ${kb(wasm.brotli)} brotli`);
}

report();
