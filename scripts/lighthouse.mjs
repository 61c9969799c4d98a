// Lighthouse (npm `lighthouse`, pinned; Debian's Chromium through CHROME_PATH) for the benchmark: the phone and
// desktop presets, for `#/ja/` and `#/en/`, against the release site served with brotli like a real host, and
// against the limit: the same site with every script removed and the prerendered text shown as plain HTML.
// Usage alone: node scripts/lighthouse.mjs [RUNS]   (prints JSON); scripts/bench.mjs imports `lighthouse`.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { serve } from '../tests/server.mjs';

const run = promisify(execFile);
const FLAGS = '--headless=new --no-sandbox --disable-background-networking --disable-component-update --disable-sync --no-first-run --disable-quic';

/** A copy of dist/ without any script: what a plain HTML page of the same text would give. */
function scriptFree(dist) {
  const dir = mkdtempSync(join(tmpdir(), 'noscript-'));
  cpSync(dist, dir, { recursive: true });
  const index = join(dir, 'index.html');
  const html = readFileSync(index, 'utf8')
    .replace(/<script\b[\s\S]*?<\/script>/g, '')
    .replace(/<link\b[^>]*rel="(modulepreload|preload)"[^>]*>/g, '')
    .replace(/<\/?noscript>/g, '')
    .replace(/<p class="boot">[^<]*<\/p>/, '');
  writeFileSync(index, html);
  return dir;
}

async function once(url, preset) {
  const out = join(tmpdir(), `lh-${process.pid}-${Date.now()}.json`);
  const args = [url, '--output=json', `--output-path=${out}`, '--quiet', '--only-categories=performance,accessibility', `--chrome-flags=${FLAGS}`];
  if (preset === 'desktop') args.push('--preset=desktop');
  await run(join('node_modules', '.bin', 'lighthouse'), args, { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' }, maxBuffer: 1 << 26 });
  const r = JSON.parse(readFileSync(out, 'utf8'));
  rmSync(out, { force: true });
  const a = r.audits;
  return {
    performance: Math.round(r.categories.performance.score * 100),
    accessibility: Math.round(r.categories.accessibility.score * 100),
    fcp: a['first-contentful-paint'].numericValue,
    lcp: a['largest-contentful-paint'].numericValue,
    tbt: a['total-blocking-time'].numericValue,
    cls: a['cumulative-layout-shift'].numericValue,
  };
}

const median = (xs) => { const s = [...xs].sort((x, y) => x - y); return s[Math.floor(s.length / 2)]; };

/** Median of `runs` Lighthouse runs per (site, preset, language). */
export async function lighthouse(dist = 'dist', runs = 3) {
  const limitDir = scriptFree(dist);
  const site = await serve(dist, { compress: true });
  const limit = await serve(limitDir, { compress: true });
  const results = [];
  try {
    for (const preset of ['mobile', 'desktop']) {
      for (const lang of ['ja', 'en']) {
        for (const [name, s] of [['site', site], ['limit', limit]]) {
          const rs = [];
          for (let i = 0; i < runs; i++) rs.push(await once(`${s.url}#/${lang}/`, preset));
          const m = {};
          for (const k of Object.keys(rs[0])) m[k] = median(rs.map((r) => r[k]));
          results.push({ preset, lang, site: name, ...m });
        }
      }
    }
  } finally {
    await site.close();
    await limit.close();
    rmSync(limitDir, { recursive: true, force: true });
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await lighthouse('dist', Number(process.argv[2] ?? 1)), null, 2));
}
