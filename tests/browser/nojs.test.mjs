// Without JavaScript (or when the wasm cannot run): the page and the offline file show the whole text of both
// languages, prerendered by `src/bin/prerender.rs`, with every number and citation linked to its source and no
// loading line. The text is the app's: chapter titles and paragraph counts match the live page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { start, open, ROOT, PHONE } from './harness.mjs';

let s;
before(async () => { s = await start(); });
after(async () => { await s?.close(); });

const offlineFile = readdirSync(join(ROOT, 'dist')).find((n) => n.endsWith('-offline.html'));

async function noScript(url, viewport = PHONE) {
  const context = await s.browser.newContext({ javaScriptEnabled: false, viewport });
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

/** What the static text holds, per language: chapter titles, paragraphs per chapter, links and their targets. */
function staticText(page) {
  return page.evaluate(() => {
    const out = {};
    for (const lang of ['ja', 'en']) {
      const art = document.getElementById(`text-${lang}`);
      if (!art) continue;
      const chapters = [...art.querySelectorAll('section.chapter')];
      const links = [...art.querySelectorAll('a.fig, a.cite')].map((a) => a.getAttribute('href'));
      out[lang] = {
        lang: art.lang,
        visible: art.getBoundingClientRect().height > 1000,
        titles: chapters.map((c) => c.querySelector('h2').textContent),
        paragraphs: chapters.map((c) => c.querySelectorAll(':scope > p:not([class])').length),
        figs: art.querySelectorAll('a.fig').length,
        broken: links.filter((h) => !document.getElementById(h.slice(1))),
        sources: art.querySelectorAll('.sources-list > li').length,
        chart: (() => {
          const f = art.querySelector('figure.static-chart');
          const svg = f?.querySelector('svg');
          return f && { caption: f.querySelector('figcaption').textContent, rects: svg?.querySelectorAll('rect').length ?? 0, width: svg?.getBoundingClientRect().width ?? 0, rows: f.querySelectorAll('tbody tr').length };
        })(),
      };
    }
    out.bootShown = [...document.querySelectorAll('.boot')].some((b) => b.getBoundingClientRect().height > 0);
    return out;
  });
}

/** The live app's chapter titles and paragraph counts in one language. */
async function liveText(lang) {
  const page = await open(s.browser, `${s.url}#/${lang}/`);
  const live = await page.evaluate(() => ({
    titles: [...document.querySelectorAll('main > section.chapter[id]')].filter((c) => !['timeline', 'teachers'].includes(c.id)).map((c) => c.querySelector('h2').textContent),
    paragraphs: [...document.querySelectorAll('main > section.chapter[id]')].filter((c) => !['timeline', 'teachers'].includes(c.id)).map((c) => c.querySelectorAll(':scope > p:not([class])').length),
    sources: document.querySelectorAll('#sources-list > li').length,
  }));
  await page.context().close();
  return live;
}

for (const [where, url] of [['served site', () => `${s.url}#/ja/`], ['offline file', () => `${pathToFileURL(join(ROOT, 'dist', offlineFile)).href}#/en/`]]) {
  test(`without JavaScript, the ${where} shows the whole text of both languages, every number linked to its source`, async () => {
    const page = await noScript(url());
    const text = await staticText(page);
    assert.equal(text.bootShown, false, 'no loading line remains');
    for (const lang of ['ja', 'en']) {
      const t = text[lang];
      assert.ok(t, `${lang}: the text is there`);
      assert.equal(t.lang, lang);
      assert.ok(t.visible, `${lang}: the text is shown`);
      assert.equal(t.titles.length, 10, `${lang}: ten chapters`);
      assert.ok(t.figs > 100, `${lang}: ${t.figs} numbers linked to their sources`);
      assert.deepEqual(t.broken, [], `${lang}: links to nowhere`);
      const live = await liveText(lang);
      assert.deepEqual(t.titles, live.titles, `${lang}: the same chapters as the app`);
      assert.deepEqual(t.paragraphs, live.paragraphs, `${lang}: the same paragraphs as the app`);
      assert.equal(t.sources, live.sources, `${lang}: the same sources list as the app`);
      assert.ok(t.chart, `${lang}: the money chart is there as a figure`);
      assert.ok(t.chart.rects > t.chart.rows && t.chart.rows >= 10, `${lang}: its SVG has a bar per row (${JSON.stringify(t.chart)})`);
      assert.ok(t.chart.width > 300, `${lang}: the SVG is drawn at the column's width`);
    }
    await page.context().close();
  });
}

test('without JavaScript, the other language is one link away', async () => {
  const page = await noScript(`${s.url}#/ja/`);
  await page.click('#text-ja .lang-switch a');
  assert.equal(await page.evaluate(() => location.hash), '#text-en');
  // Scrolling may be smooth: wait for it to settle at the English text.
  await page.waitForFunction(() => Math.abs(document.getElementById('text-en').getBoundingClientRect().top) < 80, null, { timeout: 5000 })
    .catch(async () => assert.fail(`the English text is not at the top: ${await page.evaluate(() => document.getElementById('text-en').getBoundingClientRect().top)}`));
  await page.context().close();
});

test('with JavaScript, the prerendered text stays inert (it is in <noscript>) and the app is unchanged', async () => {
  const page = await open(s.browser, `${s.url}#/en/money`);
  assert.equal(await page.$('#text-en'), null, 'the static article is not part of the live page');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('if the wasm cannot load, the page shows the text with a one-line notice instead of an endless loading line', async () => {
  const context = await s.browser.newContext({ viewport: PHONE });
  await context.route('**/*.wasm', (route) => route.abort());
  const page = await context.newPage();
  await page.goto(`${s.url}#/en/money`);
  await page.waitForSelector('html[data-fallback="true"]', { timeout: 15000 });
  const state = await page.evaluate(() => ({
    boot: document.querySelectorAll('.boot').length,
    chapters: document.querySelectorAll('#text-en section.chapter, #text-ja section.chapter').length,
    note: document.querySelector('#text-en .fallback-note')?.getBoundingClientRect().height ?? 0,
    otherNote: document.querySelector('#text-en .static-note')?.getBoundingClientRect().height ?? 0,
    noteText: document.querySelector('#text-en .fallback-note')?.textContent ?? '',
    atEnglish: Math.abs(document.getElementById('text-en').getBoundingClientRect().top) < 80,
  }));
  assert.equal(state.boot, 0, 'no loading line');
  assert.equal(state.chapters, 20, 'both languages’ chapters');
  assert.ok(state.note > 0 && state.otherNote === 0, 'the fallback notice replaces the no-JavaScript note');
  assert.match(state.noteText, /newer browser/);
  assert.ok(state.atEnglish, 'the link’s language is on screen');
  await context.close();
});
