// Text first: the page is prerendered HTML (`src/bin/prerender.rs`), both languages in one document, and the wasm
// mounts the interactive pieces into it. Without JavaScript the served site and the offline file show the whole
// text in one language (the other one link away), each number and citation linked to its source, the money chart
// as an SVG with its table; with JavaScript the text is on screen before the wasm has arrived, nothing moves when
// the charts become interactive, and a wasm that cannot load leaves the text with a one-line notice.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { start, open, ready, ROOT, PHONE } from './harness.mjs';

let s;
before(async () => { s = await start(); });
after(async () => { await s?.close(); });

const offlineFile = readdirSync(join(ROOT, 'dist')).find((n) => n.endsWith('-offline.html'));
const offlineUrl = (frag) => `${pathToFileURL(join(ROOT, 'dist', offlineFile)).href}${frag}`;

async function noScript(url, viewport = PHONE) {
  const context = await s.browser.newContext({ javaScriptEnabled: false, viewport });
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

/** What a reader sees of the text: chapters, their visible paragraphs, numbers and where their links go. */
function shownText(page) {
  return page.evaluate(() => {
    const shown = (e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
    const chapters = [...document.querySelectorAll('main > section.chapter')];
    const figs = [...document.querySelectorAll('main a.fig, main a.cite')].filter(shown);
    const svg = [...document.querySelectorAll('[data-widget="money-chart"] figure.static-chart')].find(shown);
    return {
      langs: [...new Set([...document.querySelectorAll('[data-l]')].filter(shown).map((e) => e.getAttribute('data-l')))],
      titles: chapters.map((c) => [...c.querySelectorAll('h2 [data-l]')].filter(shown).map((t) => t.textContent).join('')),
      paragraphs: chapters.map((c) => [...c.querySelectorAll('.prose > p')].filter(shown).length),
      figs: figs.length,
      broken: figs.map((a) => a.getAttribute('href')).filter((h) => !document.getElementById(decodeURIComponent(h.slice(1)))),
      sources: [...document.querySelectorAll('.static-sources')].filter(shown).map((l) => l.children.length),
      chart: svg && {
        caption: svg.querySelector('figcaption').textContent,
        rects: svg.querySelectorAll('svg rect').length,
        width: svg.querySelector('svg').getBoundingClientRect().width,
        rows: svg.querySelectorAll('tbody tr').length,
      },
      charts: [...document.querySelectorAll('figure.static-chart')].filter(shown).map((f) => ({
        widget: f.dataset.widgetSnapshot,
        svg: f.querySelectorAll('svg').length,
        caption: f.querySelector('figcaption')?.textContent.trim().length ?? 0,
        summary: f.querySelector('.chart-summary')?.textContent.trim().length ?? 0,
        rows: f.querySelectorAll('tbody tr').length,
      })),
      loading: /読み込み中|Loading…/.test(document.body.innerText),
    };
  });
}

function assertWholeText(t, lang) {
  assert.deepEqual(t.langs, [lang], `only ${lang} is shown (${t.langs})`);
  assert.equal(t.titles.length, 10, 'ten chapters');
  assert.ok(t.titles.every((x) => x.length > 0), `every chapter has its title: ${t.titles}`);
  if (lang === 'ja') assert.match(t.titles[0], /[\u3040-\u30ff\u4e00-\u9fff]/);
  else assert.doesNotMatch(t.titles[0], /[\u3040-\u30ff\u4e00-\u9fff]/);
  assert.ok(t.paragraphs.every((n) => n > 0), `every chapter has prose: ${t.paragraphs}`);
  assert.ok(t.figs > 100, `${t.figs} numbers and citations linked to their sources`);
  assert.deepEqual(t.broken, [], 'links to nowhere');
  assert.equal(t.sources.length, 1, 'one sources list shown');
  assert.ok(t.sources[0] > 20, `the sources list has every source (${t.sources[0]})`);
  assert.ok(t.chart, 'the money chart is there as a figure');
  assert.ok(t.chart.rects > t.chart.rows && t.chart.rows >= 10, `its SVG has a bar per row (${JSON.stringify(t.chart)})`);
  assert.ok(t.chart.width > 300, 'the SVG is drawn at the column’s width');
  assert.equal(t.loading, false, 'no loading line');
  const widgets = [...new Set(t.charts.map((c) => c.widget))].sort();
  assert.deepEqual(widgets, ['electricity-chart', 'japan-chart', 'model-gap-chart', 'money-chart', 'simulator', 'survey-chart', 'talent-chart'], 'every chart is there as an SVG');
  for (const c of t.charts) {
    assert.ok(c.svg === 1 && c.caption > 0 && c.summary > 0 && c.rows > 0, `${c.widget}: SVG with caption, summary and table (${JSON.stringify(c)})`);
  }
}

for (const [where, url, lang] of [
  ['served site', () => `${s.url}#/ja/`, 'ja'],
  ['offline file', () => offlineUrl('#/en/'), 'en'],
]) {
  test(`without JavaScript, the ${where} shows the whole text in the link’s language (${lang}), every number linked to its source`, async () => {
    const page = await noScript(url());
    assertWholeText(await shownText(page), lang);
    await page.context().close();
  });
}

test('without JavaScript, the other language is one link away, and chapter links work', async () => {
  const page = await noScript(`${s.url}#/ja/`);
  await page.click('[data-slot="lang-switch"] a[lang="en"]');
  assert.equal(await page.evaluate(() => location.hash), '#/en/');
  assertWholeText(await shownText(page), 'en');
  await page.click('nav.toc ol[data-l="en"] li:nth-child(3) a');
  await page.waitForFunction(() => Math.abs(document.getElementById('money').getBoundingClientRect().top) < 80, null, { timeout: 5000 })
    .catch(async () => assert.fail(`the money chapter is not at the top: ${await page.evaluate(() => document.getElementById('money').getBoundingClientRect().top)}`));
  assert.deepEqual((await shownText(page)).langs, ['en'], 'still English');
  await page.context().close();
});

test('with JavaScript, the text is on screen before the wasm has arrived, in the browser’s language', async () => {
  let release;
  const held = new Promise((r) => { release = r; });
  const context = await s.browser.newContext({ viewport: PHONE, locale: 'ja-JP' });
  await context.route('**/*.wasm', async (route) => { await held; await route.continue(); });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(s.url, { waitUntil: 'commit' });
  await page.waitForSelector('#who-is-winning .prose[data-l="ja"] p', { state: 'visible', timeout: 10000 });
  const before = await page.evaluate(() => ({
    ready: document.documentElement.dataset.ready ?? null,
    lang: document.documentElement.lang,
    started: performance.getEntriesByName('wasm-start').length,
  }));
  assert.deepEqual(before, { ready: null, lang: 'ja', started: 0 }, 'the text is read before the app starts');
  assertWholeText(await shownText(page), 'ja');
  release();
  await ready(page, { lazy: true });
  // At start the app mounts only what is on screen or near it; the rest keeps its static version (which reads
  // the same) until the reader comes near.
  const unmounted = () => page.evaluate(() => [...document.querySelectorAll('.slot:not([data-mounted])')].map((e) => e.dataset.slot ?? e.dataset.widget));
  const start = await page.evaluate(() => ({
    onScreen: [...document.querySelectorAll('.slot')]
      // Within the 1,200 px the app looks ahead (`ui::mount::NEAR_PX`), less some slack for widgets whose live
      // version is taller than the static one.
      .filter((e) => e.getClientRects().length > 0 && e.getBoundingClientRect().top < innerHeight + 1000)
      .map((e) => [e.dataset.slot ?? e.dataset.widget, e.hasAttribute('data-mounted')]),
  }));
  assert.deepEqual(start.onScreen.filter(([, m]) => !m), [], 'every slot near the first screen is mounted');
  const waiting = await unmounted();
  for (const chrome of ['lang-switch', 'toc', 'notices', 'footer', 'card']) {
    assert.ok(!waiting.includes(chrome), `the page's ${chrome} is live at once`);
  }
  for (const far of ['money-chart', 'simulator', 'figures-index', 'timeline', 'classroom']) {
    assert.ok(waiting.includes(far), `${far}, far down the page, waits for the reader (waiting: ${waiting})`);
  }
  for (const [id, slot] of [['guess-quiz', 'guess-quiz'], ['money-chart', 'money-chart'], ['simulator', 'simulator'], ['figures-index', 'figures-index'], ['cite-this', 'cite-this'], ['timeline', 'timeline'], ['teachers', 'classroom']]) {
    await page.evaluate((i) => document.getElementById(`/ja/${i}`).scrollIntoView(), id);
    await page.waitForFunction((sl) => document.querySelector(`[data-widget="${sl}"], [data-slot="${sl}"]`)?.hasAttribute('data-mounted'), slot, { timeout: 10000 })
      .catch(() => assert.fail(`${slot} does not mount when the reader reaches it`));
  }
  await page.evaluate(() => document.querySelector('[data-widget="money-chart"]').scrollIntoView());
  await page.waitForFunction(() => document.getElementById('money-chart')?.dataset.drawn === 'true', null, { timeout: 10000 });
  assert.ok(await page.evaluate(() => !!document.querySelector('#money-chart canvas')), 'the money chart became a canvas');
  // Printing (and `mountAll`) mounts whatever is still waiting: nothing static is left.
  await page.evaluate(() => window.aiRaceData.mountAll());
  await page.waitForFunction(() => window.aiRaceData.pendingCharts() === 0);
  assert.deepEqual(await unmounted(), [], 'mountAll leaves no slot waiting');
  assert.equal(await page.evaluate(() => document.querySelectorAll('figure.static-chart').length), 0, 'every static chart gave way to the interactive one');
  assert.deepEqual(errors, []);
  await context.close();
});

test('with JavaScript, an English link paints English first, and nothing on screen moves when the charts become interactive', async () => {
  const context = await s.browser.newContext({ viewport: PHONE, locale: 'ja-JP' });
  await context.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__shifts.push(e.value); })
      .observe({ type: 'layout-shift', buffered: true });
  });
  const page = await context.newPage();
  await page.goto(`${s.url}#/en/`);
  await ready(page);
  await page.waitForTimeout(500);
  const { lang, cls } = await page.evaluate(() => ({ lang: document.documentElement.lang, cls: window.__shifts.reduce((a, b) => a + b, 0) }));
  assert.equal(lang, 'en');
  assert.ok(cls <= 0.02, `cumulative layout shift ${cls.toFixed(4)} (≤ 0.02)`);
  await context.close();
});

test('if the wasm cannot load, the page keeps its text and says in one line that the charts need a newer browser', async () => {
  for (const [lang, needle] of [['en', /newer browser/], ['ja', /ブラウザ/]]) {
    const context = await s.browser.newContext({ viewport: PHONE });
    await context.route('**/*.wasm', (route) => route.abort());
    const page = await context.newPage();
    await page.goto(`${s.url}#/${lang}/money`);
    await page.waitForSelector('html[data-fallback="true"]', { timeout: 15000 });
    const note = await page.evaluate((l) => {
      const n = document.querySelector(`.fallback-note [data-l="${l}"]`);
      return { text: n?.textContent ?? '', height: n?.closest('.fallback-note').getBoundingClientRect().height ?? 0 };
    }, lang);
    assert.match(note.text, needle);
    assert.ok(note.height > 0 && note.height < 120, `one short line (${note.height}px)`);
    assertWholeText(await shownText(page), lang);
    await context.close();
  }
});
