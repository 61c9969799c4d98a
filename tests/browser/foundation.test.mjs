// What a reader does on the first visit: load, read, switch language, follow a link, change the chart,
// open a source card, go back. Runs against the release build (dist/) in headless Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, open, canvasInk, PHONE } from './harness.mjs';

let s;
before(async () => { s = await start(); });
after(async () => { await s?.close(); });

test('the page loads with no console error and draws the money chart', async () => {
  const page = await open(s.browser, `${s.url}#/en/money`);
  assert.deepEqual(page.errors, []);
  assert.deepEqual(page.foreign, [], 'no request leaves the origin');
  assert.ok(await canvasInk(page, '#money-chart canvas') > 2000, 'the chart canvas is not blank');
  const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => m.name));
  assert.ok(marks.includes('first-chart') && marks.includes('explainer-ready'), `marks: ${marks}`);
  await page.context().close();
});

test('the canvas is drawn at the device pixel ratio', async () => {
  const context = await s.browser.newContext({ viewport: { width: 1000, height: 800 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await page.goto(`${s.url}#/en/money`);
  await page.waitForSelector('html[data-ready="true"]');
  // In view, the canvas's backing store matches its CSS size × 2 (it redraws if the layout changed meanwhile).
  await page.evaluate(() => document.getElementById('money-chart').scrollIntoView());
  await page.waitForFunction(() => {
    const c = document.querySelector('#money-chart canvas');
    return c.width === Math.round(c.getBoundingClientRect().width * 2) && c.height === Math.round(c.getBoundingClientRect().height * 2);
  });
  await context.close();
});

test('each chapter is a section whose id is its slug, and <html lang> follows the language', async () => {
  const page = await open(s.browser, `${s.url}#/ja/money`);
  assert.equal(await page.getAttribute('html', 'lang'), 'ja');
  assert.ok(await page.$('section.chapter#money'));
  await page.context().close();
});

test('switching language changes the text and the link', async () => {
  const page = await open(s.browser, `${s.url}#/en/money`);
  const before = await page.innerText('#money-title');
  await page.click('.lang-switch button[lang="ja"]');
  await page.waitForFunction(() => document.documentElement.lang === 'ja');
  const after = await page.innerText('#money-title');
  assert.notEqual(after, before);
  assert.equal(after, 'お金');
  assert.match(await page.evaluate(() => location.hash), /^#\/ja\//);
  await page.goBack();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal(await page.innerText('#money-title'), before, 'the back button restores English');
  await page.context().close();
});

test('the start-up language is the link’s, else the browser’s', async () => {
  const ja = await open(s.browser, s.url, { locale: 'ja-JP' });
  assert.equal(await ja.getAttribute('html', 'lang'), 'ja');
  await ja.context().close();
  const en = await open(s.browser, s.url, { locale: 'fr-FR' });
  assert.equal(await en.getAttribute('html', 'lang'), 'en');
  await en.context().close();
  const linked = await open(s.browser, `${s.url}#/en/money`, { locale: 'ja-JP' });
  assert.equal(await linked.getAttribute('html', 'lang'), 'en');
  await linked.context().close();
});

async function canvasPixels(page) {
  return page.$eval('#money-chart canvas', (c) => c.toDataURL());
}

test('a link with the log scale opens on the log scale; changing the scale updates the link', async () => {
  const log = await open(s.browser, `${s.url}#/en/money?money.scale=log`);
  assert.equal(await log.isChecked('#money-chart input[value="log"]'), true);
  const logPixels = await canvasPixels(log);
  await log.click('#money-chart input[value="linear"]');
  await log.waitForFunction(() => !location.hash.includes('money.scale=log'));
  assert.notEqual(await canvasPixels(log), logPixels, 'the chart is redrawn on the linear scale');
  await log.click('#money-chart input[value="log"]');
  await log.waitForFunction(() => location.hash.includes('money.scale=log'));
  await log.context().close();
});

test('a link followed just after a settings change wins: the address bar and the page keep it', async () => {
  const page = await open(s.browser, `${s.url}#/en/money`);
  // A settings change (or the contents spy) writes the address bar a moment later, once per burst. If that late
  // write lands between the reader's jump and its hashchange event, the event still names the followed link.
  await page.evaluate(() => {
    location.hash = '#/en/who-is-winning';
    history.replaceState(null, '', '#/en/money?money.scale=log&v=1');
  });
  await page.waitForFunction(() => /^#\/en\/who-is-winning(\?|$)/.test(location.hash), null, { timeout: 5000 })
    .catch(() => {});
  assert.match(await page.evaluate(() => location.hash), /^#\/en\/who-is-winning(\?v=1)?$/, 'the address keeps the followed link');
  await page.waitForTimeout(1800);
  assert.equal(await page.evaluate(() => { const r = document.getElementById('who-is-winning').getBoundingClientRect(); return r.top < innerHeight && r.bottom > 0; }), true, 'the followed chapter is on screen');
  assert.equal(await page.isChecked('#money-chart input[value="log"]'), false, 'the late write’s setting was not applied');
  await page.context().close();
});

test('the sector and purpose filters narrow the chart and its table, and live in the link', async () => {
  const rows = (page) => page.$$eval('#money-chart-panel-table tbody tr', (trs) => trs.length);
  const page = await open(s.browser, `${s.url}#/en/money`);
  const [sector, purpose] = ['#money-chart select >> nth=0', '#money-chart select >> nth=1'];
  await page.click('#money-chart-tab-table');
  const all = await rows(page);
  await page.selectOption(sector, 'public');
  await page.waitForFunction(() => location.hash.includes('money.sector=public'));
  const publicOnly = await rows(page);
  assert.ok(publicOnly > 0 && publicOnly < all, `public: ${publicOnly} of ${all} rows`);
  await page.context().close();

  const linked = await open(s.browser, `${s.url}#/en/money?money.sector=public&money.purpose=chips`);
  assert.equal(await linked.inputValue(sector), 'public');
  assert.equal(await linked.inputValue(purpose), 'chips');
  await linked.click('#money-chart-tab-table');
  const both = await rows(linked);
  assert.ok(both > 0 && both <= publicOnly, `public chips: ${both} rows`);
  await linked.selectOption(purpose, 'all');
  await linked.waitForFunction(() => !location.hash.includes('money.purpose='));
  assert.equal(await rows(linked), publicOnly);
  await linked.context().close();
});

test('a malformed link falls back to a sane view with a notice', async () => {
  for (const frag of ['#/xx/nowhere?money.scale=sideways&evil=%3Cscript%3E', '#garbage%%%', '#/en/money?money.country=atlantis']) {
    const page = await open(s.browser, `${s.url}${frag}`);
    await page.waitForSelector('#link-notice');
    assert.ok((await page.textContent('#link-notice')).length > 10, frag);
    await page.locator('#money-chart').scrollIntoViewIfNeeded();
    await page.waitForSelector('#money-chart[data-drawn="true"]', { state: 'attached' });
    assert.ok(await canvasInk(page, '#money-chart canvas') > 2000, `${frag}: the chart still draws`);
    assert.equal(await page.$('script:not([type]):not([src])'), null);
    assert.deepEqual(page.errors, [], frag);
    await page.context().close();
  }
});

test('the table tab holds the chart’s values, row for row', async () => {
  const page = await open(s.browser, `${s.url}#/en/money`);
  await page.click('#money-chart-tab-table');
  const rows = await page.$$eval('#money-chart-panel-table tbody tr', (trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
  assert.ok(rows.length >= 10, `${rows.length} rows`);
  const labels = rows.map((r) => r[0]);
  assert.ok(labels.includes('Stargate Project'));
  assert.ok(rows.find((r) => r[0] === 'Stargate Project')[3].includes('$500 billion'));
  await page.context().close();
});

test('a source card opens from the text by keyboard, and Escape returns focus', async () => {
  const page = await open(s.browser, `${s.url}#/en/money`);
  const button = page.locator('#money .prose[data-l="en"] a.fig').first();
  await button.focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector('dialog.source-card[open]');
  const card = await page.textContent('dialog.source-card');
  assert.match(card, /Where this number comes from/);
  assert.match(card, /Fact check/);
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('dialog.source-card').open);
  assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('fig')), true);
  await page.context().close();
});

test('the chart’s values are reachable by keyboard with a visible tooltip', async () => {
  const page = await open(s.browser, `${s.url}#/en/money`);
  await page.focus('#money-chart-plot');
  await page.keyboard.press('ArrowDown');
  await page.waitForSelector('#money-chart .chart-tip');
  const first = await page.textContent('#money-chart .chart-tip');
  assert.match(first, /Stargate Project/, 'the largest pledge comes first');
  await page.keyboard.press('ArrowDown');
  assert.notEqual(await page.textContent('#money-chart .chart-tip'), first, 'the arrow moves to the next bar');
  assert.match(await page.textContent('#money-chart [aria-live]'), /\$/, 'the value is announced');
  await page.keyboard.press('Enter');
  await page.waitForSelector('dialog.source-card[open]');
  await page.keyboard.press('Escape');
  await page.context().close();
});

test('the money chapter reads at phone width', async () => {
  const page = await open(s.browser, `${s.url}#/ja/money`, { viewport: PHONE });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the phone`);
  assert.ok(await canvasInk(page, '#money-chart canvas') > 2000);
  await page.context().close();
});

test('a panic shows the error view above the text, which stays', async () => {
  const page = await open(s.browser, `${s.url}#/en/money`);
  await page.evaluate(() => { try { window.aiRaceData.debugPanic(); } catch (e) { /* the wasm trap */ } });
  await page.waitForSelector('#error-view');
  assert.match(await page.textContent('#error-view'), /Something went wrong/);
  const text = await page.evaluate(() => ({ hidden: document.getElementById('app').hidden, title: document.getElementById('money-title').innerText }));
  assert.deepEqual(text, { hidden: false, title: 'The money' }, 'the text stays readable under the error view');
  await page.context().close();
});
