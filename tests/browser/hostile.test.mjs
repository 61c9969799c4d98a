// Robustness: every fragment of the hostile corpus opens a sane, drawn view (with a notice where something was
// ignored) and nothing from the link is ever executed or rendered as markup. Also: long use keeps memory flat.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { start, ready, ROOT, ARTIFACTS, DESKTOP } from './harness.mjs';

const corpus = readFileSync(join(ROOT, 'tests/corpus/fragments.txt'), 'utf8')
  .split('\n')
  .filter((l) => l && !l.startsWith('#'))
  .map((l) => { const [kind, frag] = l.split('\t'); return { notice: kind === 'notice', frag }; });
corpus.push({ notice: true, frag: `#/en/money?${'money.scale=log&'.repeat(2000)}` });

let s;
before(async () => { s = await start(); });
after(async () => { await s?.close(); });

test('every fragment of the hostile corpus opens a sane view, and nothing in it runs or renders as markup', async () => {
  const context = await s.browser.newContext({ viewport: DESKTOP });
  const problems = [];
  for (const { notice, frag } of corpus) {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('dialog', (d) => { errors.push(`dialog: ${d.message()}`); d.dismiss(); });
    // Navigate by setting the hash on a blank page of the site, so the raw fragment reaches the app as typed.
    await page.goto(`${s.url}404.html`);
    await page.evaluate((f) => { location.href = new URL('./', location.href).href + f; }, frag);
    try {
      await ready(page);
    } catch {
      problems.push(`${frag.slice(0, 60)}: never became ready`);
      await page.close();
      continue;
    }
    const state = await page.evaluate(() => ({
      pwned: window.__pwned,
      sections: document.querySelectorAll('section.chapter, main.embed').length,
      notice: !!document.getElementById('link-notice'),
      injected: [...document.querySelectorAll('*')].some((el) => [...el.attributes].some((a) => a.name.startsWith('on'))) ||
        document.querySelectorAll('main script, main iframe, main img:not([src^="data:"])').length > 0,
      error: !!document.getElementById('error-view'),
    }));
    if (state.pwned !== undefined) problems.push(`${frag.slice(0, 60)}: script ran`);
    if (state.injected) problems.push(`${frag.slice(0, 60)}: markup from the link reached the page`);
    if (state.sections === 0) problems.push(`${frag.slice(0, 60)}: blank view`);
    if (state.error) problems.push(`${frag.slice(0, 60)}: error view`);
    if (state.notice !== notice) problems.push(`${frag.slice(0, 60)}: notice ${state.notice}, expected ${notice}`);
    if (errors.length) problems.push(`${frag.slice(0, 60)}: ${errors.join('; ')}`);
    await page.close();
  }
  await context.close();
  writeFileSync(join(ARTIFACTS, 'hostile-problems.txt'), problems.join('\n'));
  assert.deepEqual(problems, [], problems.join('\n'));
});

test('long use: six hundred chapter, language and simulator changes keep memory flat', async () => {
  const context = await s.browser.newContext({ viewport: DESKTOP });
  const page = await context.newPage();
  await page.addInitScript(() => {
    addEventListener('TrunkApplicationStarted', (e) => { window.__wasmMemory = e.detail.wasm.memory; });
  });
  await page.goto(`${s.url}#/en/`);
  await ready(page);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const measure = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const js = metrics.find((m) => m.name === 'JSHeapUsedSize').value;
    const nodes = metrics.find((m) => m.name === 'Nodes').value;
    const wasm = await page.evaluate(() => window.__wasmMemory?.buffer.byteLength ?? 0);
    return { js, wasm, nodes };
  };
  // Each round makes five changes the way a reader's clicks do (dispatched in the page, so the test measures
  // the app rather than the test driver), then lets the app settle for a frame.
  const round = (i) =>
    page.evaluate(async (i) => {
      const profiles = ['singapore', 'china', 'japan', 'uk', 'israel'];
      const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      document.querySelector(`.lang-switch button[lang="${i % 2 ? 'ja' : 'en'}"]`).click();
      await frame();
      document.querySelectorAll('nav.toc ol a')[i % 10].click();
      await frame();
      const sel = document.querySelector('#sim-profile');
      sel.value = profiles[i % profiles.length];
      sel.dispatchEvent(new Event('change'));
      await frame();
      document.querySelectorAll('#simulator .sim-presets button')[i % 4].click();
      await frame();
      document.querySelector(`#money-chart input[value="${i % 2 ? 'log' : 'linear'}"]`).click();
      await frame();
      if (i % 7 === 0) {
        document.querySelector('#money .fig').click();
        await frame();
        document.querySelector('dialog.source-card').close();
        await frame();
      }
    }, i);
  for (let i = 0; i < 30; i++) await round(i);
  const warm = await measure();
  const N = 120;
  const t0 = Date.now();
  for (let i = 40; i < 40 + N; i++) await round(i);
  const end = await measure();
  const report = {
    rounds: N,
    seconds: (Date.now() - t0) / 1000,
    js_heap_mb: { after_warm_up: +(warm.js / 1e6).toFixed(2), after: +(end.js / 1e6).toFixed(2) },
    wasm_memory_mb: { after_warm_up: +(warm.wasm / 1e6).toFixed(2), after: +(end.wasm / 1e6).toFixed(2) },
    dom_nodes: { after_warm_up: warm.nodes, after: end.nodes },
  };
  writeFileSync(join(ARTIFACTS, 'memory.json'), JSON.stringify(report, null, 2));
  console.log('long use:', JSON.stringify(report));
  assert.ok(end.js - warm.js < 4e6, `JS heap grew by ${((end.js - warm.js) / 1e6).toFixed(2)} MB`);
  assert.ok(end.wasm - warm.wasm <= 4 * 65536 * 16, `wasm memory grew by ${((end.wasm - warm.wasm) / 1e6).toFixed(2)} MB`);
  assert.ok(end.nodes - warm.nodes < 2000, `${end.nodes - warm.nodes} more DOM nodes`);
  await context.close();
});
