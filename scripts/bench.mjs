// Measures the release site against the floor app and writes BENCHMARKS.md. Run by scripts/bench.
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import os from 'node:os';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { launch } from '../tests/browser/harness.mjs';
import { serve } from '../tests/server.mjs';
import { lighthouse } from './lighthouse.mjs';

const RUNS = Number(process.argv[2] ?? 9);
const REDRAWS = 120;
const TARGETS = { firstViewGzipKiB: 150, firstChartRatio: 1.5, redrawP95Ms: 8 };

const sizes = (buf) => ({
  raw: buf.length,
  gzip: gzipSync(buf, { level: 9 }).length,
  brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});
function firstView(dir) {
  const files = readdirSync(dir).filter((n) => /\.(html|js|wasm|css)$/.test(n) && !n.endsWith('-offline.html') && n !== '404.html');
  const total = { raw: 0, gzip: 0, brotli: 0 };
  const parts = {};
  for (const f of files) {
    const s = sizes(readFileSync(join(dir, f)));
    const kind = f.split('.').pop();
    parts[kind] = parts[kind] ? { raw: parts[kind].raw + s.raw, gzip: parts[kind].gzip + s.gzip, brotli: parts[kind].brotli + s.brotli } : s;
    for (const k of Object.keys(total)) total[k] += s[k];
  }
  return { total, parts };
}
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]; };
const kib = (n) => (n / 1024).toFixed(1);

const app = firstView('dist');
const floor = firstView('bench/floor/dist');
const single = sizes(readFileSync(join('dist', readdirSync('dist').find((n) => n.endsWith('-offline.html')))));

const browser = await launch();
const site = await serve('dist');
const floorSite = await serve('bench/floor/dist');

async function timeToMark(url, mark) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, mark, { timeout: 60000 });
  const t = await page.evaluate((m) => performance.getEntriesByName(m)[0].startTime, mark);
  // Where the time goes: the wasm's last byte, and the moment the app's code starts (compiled, instantiated).
  const phases = await page.evaluate(() => ({
    loaded: performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm'))?.responseEnd ?? null,
    started: performance.getEntriesByName('wasm-start')[0]?.startTime ?? null,
  }));
  await context.close();
  return { t, ...phases };
}

const appFirst = [];
const appReady = [];
const floorFirst = [];
const appLoaded = [];
const appStarted = [];
const floorLoaded = [];
for (let i = 0; i < RUNS; i++) {
  const a = await timeToMark(`${site.url}#/en/money`, 'first-chart');
  appFirst.push(a.t);
  appLoaded.push(a.loaded);
  appStarted.push(a.started);
  await (async () => {
    const ctx = await browser.newContext();
    const p = await ctx.newPage();
    await p.goto(`${site.url}#/en/money`);
    await p.waitForSelector('html[data-ready="true"]', { timeout: 60000 });
    appReady.push(await p.evaluate(() => performance.getEntriesByName('explainer-ready')[0].startTime));
    await ctx.close();
  })();
  const f = await timeToMark(floorSite.url, 'floor-render');
  floorFirst.push(f.t);
  floorLoaded.push(f.loaded);
}

// Redraw latency: from the input event to the end of the canvas paint it causes.
async function redraws(hash, scrollTo, action) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${site.url}${hash}`);
  await page.waitForSelector('html[data-ready="true"]', { timeout: 60000 });
  await page.evaluate((sel) => document.querySelector(sel).scrollIntoView(), scrollTo);
  await page.waitForTimeout(300);
  const out = await page.evaluate(async ({ n, action }) => {
    const act = new Function('i', action);
    const times = [];
    for (let i = 0; i < n; i++) {
      const before = window.aiRaceData.lastDrawAt ?? 0;
      const t0 = performance.now();
      act(i);
      await new Promise((r) => setTimeout(r, 0));
      const t1 = window.aiRaceData.lastDrawAt ?? 0;
      if (t1 > before && t1 >= t0) times.push(t1 - t0);
      await new Promise((r) => requestAnimationFrame(() => r()));
    }
    return times;
  }, { n: REDRAWS, action });
  await context.close();
  return out;
}
const moneyRedraws = await redraws('#/en/money', '#money-chart', `document.querySelector('#money-chart input[value="' + (i % 2 ? 'log' : 'linear') + '"]').click();`);
const simRedraws = await redraws('#/en/orchestration', '#simulator-outcome', `
  const s = document.querySelector('#sim-shock-export'); s.value = String((i % 20) / 20); s.dispatchEvent(new Event('input', { bubbles: true }));`);
const version = browser.version();
await browser.close();
await site.close();
await floorSite.close();

// Lighthouse, phone and desktop presets, both languages, against the site served with brotli and its script-free
// limit (scripts/lighthouse.mjs). Three runs each; the median is kept.
const LH_RUNS = Number(process.env.LH_RUNS ?? 3);
const lh = await lighthouse('dist', LH_RUNS);

const all = [...moneyRedraws, ...simRedraws];
const result = {
  date: new Date().toISOString().slice(0, 10),
  machine: `${os.cpus()[0]?.model?.trim()} × ${os.cpus().length}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.platform()} ${os.release()}; Chromium ${version} (headless)`,
  runs: RUNS,
  bytes: { app: app.total, app_parts: app.parts, floor: floor.total, ratio_gzip: app.total.gzip / floor.total.gzip, single },
  first_chart_ms: { app_median: median(appFirst), app_ready_median: median(appReady), floor_median: median(floorFirst), ratio: median(appFirst) / median(floorFirst), app_runs: appFirst, floor_runs: floorFirst,
    phases: { app_wasm_loaded: median(appLoaded), app_wasm_started: median(appStarted), floor_wasm_loaded: median(floorLoaded) } },
  redraw_ms: {
    money: { n: moneyRedraws.length, median: median(moneyRedraws), p95: pct(moneyRedraws, 95) },
    simulator: { n: simRedraws.length, median: median(simRedraws), p95: pct(simRedraws, 95) },
    all: { n: all.length, median: median(all), p95: pct(all, 95) },
  },
  lighthouse: lh,
};
writeFileSync('bench/latest.json', JSON.stringify(result, null, 2));

// Met, or missed by how much (and how many times the budget).
const gap = (measured, budget, unit) =>
  measured <= budget ? 'met' : `**missed** by ${(measured - budget).toFixed(1)}${unit} (${(measured / budget).toFixed(1)}× the budget)`;
const f1 = (x) => x.toFixed(1);
const row = (name, a) => `| ${name} | ${kib(a.raw)} | ${kib(a.gzip)} | ${kib(a.brotli)} |`;
const latest = `## Latest run — ${result.date}

Machine: ${result.machine}. ${RUNS} cold loads per app; ${REDRAWS} setting changes per chart.

### Bytes over the wire for the first view (KiB)

| | raw | gzip | brotli |
|---|---:|---:|---:|
${row('explainer: total (HTML + JS + wasm + CSS)', app.total)}
${Object.entries(app.parts).map(([k, v]) => row(`explainer: ${k}`, v)).join('\n')}
${row('floor (minimal Leptos app): total', floor.total)}
${row('offline single file', single)}

Explainer ÷ floor (gzip): **${f1(result.bytes.ratio_gzip)}×**.

### Time to first chart (ms from navigation, median of ${RUNS})

| | median | runs |
|---|---:|---|
| explainer: first chart drawn | ${f1(result.first_chart_ms.app_median)} | ${appFirst.map((x) => x.toFixed(0)).join(', ')} |
| explainer: every chart drawn (ready) | ${f1(result.first_chart_ms.app_ready_median)} | ${appReady.map((x) => x.toFixed(0)).join(', ')} |
| floor: first render | ${f1(result.first_chart_ms.floor_median)} | ${floorFirst.map((x) => x.toFixed(0)).join(', ')} |

Explainer's first chart ÷ floor's first render: **${f1(result.first_chart_ms.ratio)}×**.

Where the time goes (medians, ms from navigation): the explainer's wasm has arrived at
${f1(result.first_chart_ms.phases.app_wasm_loaded)} and its code starts (compiled and instantiated) at
${f1(result.first_chart_ms.phases.app_wasm_started)}; building the shell and the first chapter, the browser's
layout and the first paint take the rest. The floor's wasm arrives at ${f1(result.first_chart_ms.phases.floor_wasm_loaded)}.

### Redraw latency (ms from the input event to the end of the canvas paint)

| change | n | median | p95 |
|---|---:|---:|---:|
| money chart: linear ⇄ log | ${result.redraw_ms.money.n} | ${f1(result.redraw_ms.money.median)} | ${f1(result.redraw_ms.money.p95)} |
| simulator: export-control likelihood | ${result.redraw_ms.simulator.n} | ${f1(result.redraw_ms.simulator.median)} | ${f1(result.redraw_ms.simulator.p95)} |
| all | ${result.redraw_ms.all.n} | ${f1(result.redraw_ms.all.median)} | ${f1(result.redraw_ms.all.p95)} |

### Lighthouse (${LH_RUNS} runs each, median; served with brotli; "limit" is the same site with every script removed)

| preset | lang | site | perf | a11y | FCP ms | LCP ms | TBT ms | CLS | LCP ÷ limit's |
|---|---|---|---:|---:|---:|---:|---:|---:|---:|
${lh.map((r) => {
  const lim = lh.find((x) => x.preset === r.preset && x.lang === r.lang && x.site === 'limit');
  return `| ${r.preset === 'mobile' ? 'phone' : 'desktop'} | ${r.lang} | ${r.site} | ${r.performance} | ${r.accessibility} | ${r.fcp.toFixed(0)} | ${r.lcp.toFixed(0)} | ${r.tbt.toFixed(0)} | ${r.cls.toFixed(3)} | ${(r.lcp / lim.lcp).toFixed(2)} |`;
}).join('\n')}

### Against the budget

| target | budget | measured | |
|---|---|---|---|
| first view, gzip | ≤ ${TARGETS.firstViewGzipKiB} KiB | ${kib(app.total.gzip)} KiB | ${gap(app.total.gzip / 1024, TARGETS.firstViewGzipKiB, ' KiB')} |
| first chart vs floor's first render | ≤ ${TARGETS.firstChartRatio}× (${f1(TARGETS.firstChartRatio * result.first_chart_ms.floor_median)} ms here) | ${f1(result.first_chart_ms.ratio)}× (${f1(result.first_chart_ms.app_median)} ms) | ${gap(result.first_chart_ms.app_median, TARGETS.firstChartRatio * result.first_chart_ms.floor_median, ' ms')} |
| redraw p95 | < ${TARGETS.redrawP95Ms} ms | ${f1(result.redraw_ms.all.p95)} ms | ${gap(result.redraw_ms.all.p95, TARGETS.redrawP95Ms, ' ms')} |
`;

const path = 'BENCHMARKS.md';
const header = `# Benchmarks

\`scripts/bench\` builds the release site and a minimal Leptos app (\`bench/floor\`, same toolchain, flags and
release profile: the floor), serves both locally and measures them in headless Chromium. It is a benchmark,
not a test: nothing fails on a slow machine. The latest run replaces the section below; \`bench/latest.json\`
has the raw numbers. Notes on what was changed to meet the budget, with before and after, are at the end.
`;
const old = existsSync(path) ? readFileSync(path, 'utf8') : '';
const notesAt = old.indexOf('\n## Changes and their effect');
const notes = notesAt >= 0 ? old.slice(notesAt) : '\n## Changes and their effect\n\n(none recorded yet)\n';
writeFileSync(path, `${header}\n${latest}${notes}`);
console.log(latest);
