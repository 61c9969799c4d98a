// "And Japan?": the chapter shows Japan beside the US, China and the UK in a chart and a table, lists every
// Japan figure with its status, marks Japan's layers in the stack map, embeds the simulator started from Japan
// (working on its own, and handing its setting to the full simulator), and lists the article's questions — in
// both languages. Screenshots at phone and desktop width go to tests/artifacts/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, open, canvasInk, PHONE, DESKTOP, screenshot } from './harness.mjs';

let s;
before(async () => { s = await start(); });
after(async () => { await s?.close(); });

for (const lang of ['en', 'ja']) {
  for (const [vp, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) {
    test(`${lang} ${vp}: the Japan chapter has its chart, table and embedded simulator`, async () => {
      const p = await open(s.browser, `${s.url}#/${lang}/japan`, { viewport, locale: lang === 'ja' ? 'ja-JP' : 'en-US' });
      assert.deepEqual(p.errors, []);
      // The comparison chart: four countries, Japan among them, drawn.
      await p.evaluate(() => document.getElementById('japan-chart').scrollIntoView({ block: 'center' }));
      await p.waitForSelector('figure#japan-chart[data-drawn="true"]', { state: 'attached', timeout: 15000 });
      assert.ok(await canvasInk(p, 'figure#japan-chart canvas') > 500, 'the chart is blank');
      await screenshot(p, `japan-${lang}-${vp}-chart`);
      await p.click('#japan-chart-tab-table');
      const rows = await p.$$eval('#japan-chart-panel-table tbody tr', (r) => r.map((x) => x.textContent));
      assert.equal(rows.length, 4);
      const names = lang === 'ja' ? ['日本', '米国', '中国', '英国'] : ['Japan', 'United States', 'China', 'United Kingdom'];
      for (const n of names) assert.ok(rows.some((r) => r.includes(n)), `${n} missing from ${rows}`);
      // Another measure through its control, kept in the link.
      await p.click('#japan-chart input[value="use"]');
      await p.waitForFunction(() => location.hash.includes('japan.view=use'));

      // The facts table: at least eight figures, each opening its source card.
      const facts = await p.$$eval('#japan-facts table tbody tr', (r) => r.length);
      assert.ok(facts >= 9, `${facts} rows`);
      assert.ok(await p.$$eval('#japan-facts .japan-stack li', (l) => l.length) >= 4);
      await p.click('#japan-facts table tbody tr >> nth=0 >> .src-btn');
      await p.waitForFunction(() => document.querySelector('dialog.source-card').open);
      assert.match(await p.textContent('dialog.source-card'), /https?:\/\//);
      await p.keyboard.press('Escape');

      // The embedded simulator reacts on its own and does not move chapter 8's.
      const says = '#japan-simulator .sim-says';
      await p.evaluate(() => document.getElementById('japan-simulator').scrollIntoView());
      const before8 = await p.textContent('#simulator .sim-says');
      const before9 = await p.textContent(says);
      assert.ok(before9.trim().length > 0);
      await p.selectOption('#jp-sim-compute', 'b');
      await p.waitForFunction(([sel, b]) => document.querySelector(sel).textContent !== b, [says, before9]);
      assert.equal(await p.textContent('#simulator .sim-says'), before8);
      const basis = await p.textContent('#japan-simulator .japan-basis');
      assert.match(basis, /\d/);
      assert.ok(await p.$$eval('#japan-simulator .sourced-basis', (b) => b.length) >= 3, 'values from figures');
      assert.ok(await p.$$eval('#japan-simulator .basis.assumption', (b) => b.length) >= 1, 'assumptions named');
      await screenshot(p, `japan-${lang}-${vp}-simulator`);

      // The article's questions are listed.
      const items = await p.$$eval('#japan li', (l) => l.length);
      assert.ok(items >= 10);
      await p.context().close();
    });
  }
}

test('the stack map in chapter 8 marks Japan, and the embedded simulator hands its setting over', async () => {
  const p = await open(s.browser, `${s.url}#/en/japan`, { viewport: DESKTOP });
  const japanRows = await p.$$eval('#stack-map .holders li', (l) => l.filter((x) => x.textContent.includes('Japan')).length);
  assert.ok(japanRows >= 4, `${japanRows} Japan holdings in the stack map`);
  await p.selectOption('#jp-sim-lithography', 'b');
  await p.click('#japan-simulator .japan-sim-actions .primary');
  await p.waitForFunction(() => location.hash.includes('sim.profile=japan'));
  assert.equal(await p.inputValue('#sim-profile'), 'japan');
  await p.context().close();
});
