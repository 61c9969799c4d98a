// Offline use and educators: the single file from file://, the service worker with the network off, zero
// requests to other origins, copied links that reopen the same view, embeds, the CSP, sub-path hosting.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { start, open, ready, canvasInk, drawCharts, ROOT, PHONE } from './harness.mjs';
import { serve } from '../server.mjs';

const SLUGS = ['who-is-winning', 'two-strategies', 'money', 'physics', 'talent', 'anxiety', 'offers', 'orchestration', 'japan', 'sources', 'timeline', 'teachers'];
const offlineFile = readdirSync(join(ROOT, 'dist')).find((n) => n.endsWith('-offline.html'));

let s;
before(async () => { s = await start(); });
after(async () => { await s?.close(); });

/** Collects Content-Security-Policy violations reported by the page. */
async function watchCsp(context) {
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}

test('the single file works from file://: every chapter, charts, language, links, simulator, nothing fetched', async () => {
  assert.ok(offlineFile, 'dist has an offline file');
  const url = pathToFileURL(join(ROOT, 'dist', offlineFile)).href;
  for (const lang of ['en', 'ja']) {
    const page = await open(s.browser, `${url}#/${lang}/`, { locale: lang === 'ja' ? 'ja-JP' : 'en-US' });
    assert.deepEqual(page.errors, [], lang);
    assert.deepEqual(page.foreign, [], 'nothing requested beyond the file itself');
    for (const slug of SLUGS) assert.ok(await page.$(`section#${slug}`), `${lang}: section ${slug}`);
    const charts = (await drawCharts(page)).filter((id) => id !== 'quiz-chart');
    for (const id of charts) {
      assert.ok(await canvasInk(page, `#${id} canvas`) > 500, `${lang}: ${id} is blank`);
    }
    assert.match(await page.textContent('.site-foot'), lang === 'en' ? /offline copy/ : /オフライン版/);
    await page.context().close();
  }
  // Link state and language switching from the file.
  const page = await open(s.browser, `${url}#/en/money?money.scale=log`);
  assert.equal(await page.isChecked('#money-chart input[value="log"]'), true);
  await page.click('.lang-switch button[lang="ja"]');
  await page.waitForFunction(() => document.documentElement.lang === 'ja' && location.hash.startsWith('#/ja/'));
  assert.match(await page.evaluate(() => location.hash), /money\.scale=log/);
  // The simulator reacts.
  const before = await page.textContent('#simulator .sim-says');
  await page.click('#simulator .sim-presets button:nth-child(2)');
  await page.waitForFunction((b) => document.querySelector('#simulator .sim-says').textContent !== b, before);
  assert.deepEqual(page.foreign, []);
  await page.context().close();
});

test('no request leaves the origin on the served site, and the CSP holds', async () => {
  const context = await s.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await watchCsp(context);
  const page = await context.newPage();
  const foreign = [];
  const errors = [];
  page.on('request', (r) => { const u = new URL(r.url()); if (!['data:', 'blob:'].includes(u.protocol) && u.origin !== new URL(s.url).origin) foreign.push(r.url()); });
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(`${s.url}#/ja/`);
  await ready(page);
  // Exercise: open cards, charts' tabs, the simulator, downloads.
  await page.click('#money-chart-tab-table');
  await page.click('#simulator .sim-presets button:nth-child(3)');
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.match(csp, /default-src 'self'/);
  assert.match(csp, /'wasm-unsafe-eval'/);
  assert.doesNotMatch(csp, /unsafe-inline/);
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  assert.deepEqual(foreign, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('after one visit the site reads with the network off (service worker)', async () => {
  const context = await s.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${s.url}#/en/money`);
  await ready(page);
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 15000 }).catch(() => {});
  await context.setOffline(true);
  await page.reload();
  await ready(page);
  assert.ok(await canvasInk(page, '#money-chart canvas') > 500);
  const page2 = await context.newPage();
  await page2.goto(`${s.url}#/ja/orchestration`);
  await ready(page2);
  assert.equal(await page2.getAttribute('html', 'lang'), 'ja');
  await context.close();
});

test('a copied link reopens exactly the same view', async () => {
  const context = await s.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto(`${s.url}#/en/money`);
  await ready(page);
  await page.click('#money-chart input[value="log"]');
  await page.selectOption('#money-chart select >> nth=0', 'private');
  await page.selectOption('#sim-profile', 'japan');
  await page.fill('#sim-shock-export', '0.5');
  await page.click('#money-chart .chart-actions button:nth-child(3)');
  await page.waitForSelector('#money-chart .copied:not(:empty)');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(copied, /v=1/);
  assert.match(copied, /money\.scale=log/);
  const fresh = await context.newPage();
  await fresh.goto(copied);
  await ready(fresh);
  assert.equal(await fresh.isChecked('#money-chart input[value="log"]'), true);
  assert.equal(await fresh.inputValue('#money-chart select >> nth=0'), 'private');
  assert.equal(await fresh.inputValue('#sim-profile'), 'japan');
  // Every setting is the same (the chapter part follows whatever each page has scrolled to).
  const settings = async (p) => (await p.evaluate(() => window.aiRaceData.link())).split('?')[1];
  assert.equal(await settings(fresh), await settings(page));
  assert.match(copied, /#\/en\/money\/money-chart\?/, 'the link names the chart');
  await context.close();
});

test('the teacher link restores the simulator and can lock it', async () => {
  const context = await s.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto(`${s.url}#/en/orchestration`);
  await ready(page);
  await page.selectOption('#sim-profile', 'china');
  await page.click('#simulator .sim-presets button:nth-child(3)');
  await page.click('#simulator .sim-teacher button.primary');
  await page.waitForSelector('#simulator .sim-teacher .copied:not(:empty)');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(link, /sim\.lock=1/);
  const student = await context.newPage();
  await student.goto(link);
  await ready(student);
  assert.equal(await student.inputValue('#sim-profile'), 'china');
  assert.equal(await student.isDisabled('#sim-profile'), true, 'locked for the class');
  assert.equal(await student.textContent('#simulator .sim-says'), await page.textContent('#simulator .sim-says'));
  await student.click('#simulator .sim-locked button');
  assert.equal(await student.isDisabled('#sim-profile'), false);
  await context.close();
});

test('the embed view shows only its chart', async () => {
  const page = await open(s.browser, `${s.url}#/en/embed/money-chart?money.scale=log`);
  assert.equal(await page.$$eval('section.chapter', (x) => x.length), 0);
  assert.equal(await page.$('header.site-head'), null);
  assert.equal(await page.$('nav.toc'), null);
  assert.equal(await page.$$eval('figure.chart', (x) => x.length), 1);
  assert.equal(await page.isChecked('#money-chart input[value="log"]'), true);
  assert.ok(await canvasInk(page, '#money-chart canvas') > 500);
  assert.match(await page.getAttribute('.embed-credit a', 'href'), /#\/en\/money\/money-chart\?/);
  // The snippet offered to educators embeds this view.
  const full = await open(s.browser, `${s.url}#/en/money`);
  await full.click('#money-chart .chart-actions button:nth-child(4)');
  const snippet = await full.inputValue('#money-chart-embed-code');
  // An English embed names the English page (en/), whose head is English.
  assert.match(snippet, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/en\/#\/en\/embed\/money-chart\?v=1/);
  await full.context().close();
  const sim = await open(s.browser, `${s.url}#/ja/embed/simulator`);
  assert.equal(await sim.$$eval('#simulator', (x) => x.length), 1);
  assert.equal(await sim.$('section.chapter'), null);
  await page.context().close();
  await sim.context().close();
});

test('the site works from a sub-path of a static host', async () => {
  const sub = await serve(join(ROOT, 'dist'), { base: '/courses/civics/ai-race/' });
  const page = await open(s.browser, `${sub.url}#/en/money`);
  assert.deepEqual(page.errors, []);
  assert.ok(await canvasInk(page, '#money-chart canvas') > 500);
  assert.ok(sub.requests.every((r) => r.startsWith('/courses/civics/ai-race/')), sub.requests.join(' '));
  await page.context().close();
  await sub.close();
});

test('old links keep their meaning: a version-1 link without settings opens the version-1 defaults', async () => {
  const a = await open(s.browser, `${s.url}#/en/money?v=1`);
  const b = await open(s.browser, `${s.url}#/en/money`);
  assert.equal(await a.evaluate(() => window.aiRaceData.link()), await b.evaluate(() => window.aiRaceData.link()));
  assert.equal(await a.isChecked('#money-chart input[value="linear"]'), true);
  await a.context().close();
  await b.context().close();
});

test('the offline download is offered with its version and date', async () => {
  const page = await open(s.browser, `${s.url}#/en/`, { viewport: PHONE });
  const href = await page.getAttribute('#offline-download', 'href');
  // The site's own file, from either page (an address from the site's root).
  assert.equal(href, `${s.url}${offlineFile}`);
  assert.match(await page.textContent('#offline-download'), /0\.1\.0 · \d+ \w+ 20\d\d/);
  const res = await page.request.get(new URL(href, s.url).href);
  assert.equal(res.status(), 200);
  assert.ok((await res.body()).length > 500_000);
  await page.context().close();
});

test('the classroom kit: a 45-minute lesson whose links open their views, and a worksheet', async () => {
  const page = await open(s.browser, `${s.url}#/en/teachers`);
  const steps = await page.$$eval('.lesson-step', (x) => x.length);
  assert.ok(steps >= 5);
  const last = await page.textContent('.lesson-step:last-child .lesson-time');
  assert.match(last, /–45 /);
  const links = await page.$$eval('.lesson-step a', (as) => as.map((a) => a.getAttribute('href')));
  for (const href of links) {
    const p = await open(s.browser, `${s.url}${href}`);
    assert.deepEqual(p.errors, [], href);
    await p.context().close();
  }
  assert.ok(await page.$$eval('#worksheet li', (x) => x.length) >= 20);
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => document.documentElement.classList.add('print-worksheet'));
  const hidden = await page.evaluate(() => getComputedStyle(document.querySelector('#money')).visibility);
  assert.equal(hidden, 'hidden', 'printing the worksheet hides the rest');
  await page.context().close();
});
