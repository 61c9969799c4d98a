// The reader journeys, written once and run in Chromium, Firefox and WebKit (drivers.mjs), against the release
// site served over HTTP and against the one-file offline copy opened from file://.
//
// A journey is { name, run(page, t), skip?(engine, target) → reason | null }. `t` holds the target's `base`
// (the URL the fragments are appended to) and its `kind` ('site' | 'file'). Every journey ends by asserting
// that the page logged no error.
import assert from 'node:assert/strict';

const TIMEOUT = 30000;

/**
 * Loads `url` and waits until the app marks itself ready (every chart that is on screen has drawn), then mounts the
 * widgets still waiting for the reader to come near (`aiRaceData.mountAll()`) and waits until their charts are
 * settled, so a journey can use any widget.
 */
export async function load(page, url) {
  await page.goto(url);
  await page.waitFor(() => document.documentElement.dataset.ready === 'true', null, TIMEOUT);
  await page.eval(() => window.aiRaceData.mountAll());
  await page.waitFor(() => window.aiRaceData.pendingCharts() === 0, null, TIMEOUT);
}

async function noErrors(page, what) {
  assert.deepEqual(await page.errors(), [], `${what}: console errors`);
}

/** Scrolls the chart into view, waits until it has drawn, and counts its inked pixels. */
async function drawnInk(page, id) {
  await page.eval((i) => document.getElementById(i).scrollIntoView({ block: 'center' }), id);
  await page.waitFor((i) => document.getElementById(i)?.dataset.drawn === 'true', id, 15000);
  return page.eval((i) => {
    const c = document.querySelector(`#${i} canvas`);
    const { data } = c.getContext('2d').getImageData(0, 0, c.width, c.height);
    const [r, g, b] = data;
    let n = 0;
    for (let k = 0; k < data.length; k += 4) {
      if (Math.abs(data[k] - r) + Math.abs(data[k + 1] - g) + Math.abs(data[k + 2] - b) > 30) n++;
    }
    return n;
  }, id);
}

export const JOURNEYS = [
  {
    name: 'loads in both languages with no console error and requests nothing from another origin',
    async run(page, t) {
      for (const lang of ['ja', 'en']) {
        await load(page, `${t.base}#/${lang}/`);
        assert.equal(await page.eval(() => document.documentElement.lang), lang);
        const title = await page.eval(() => document.querySelector('.site-title h1')?.innerText ?? '');
        assert.ok(title.length > 5, `${lang}: the title is shown`);
        const foreign = await page.eval(() => performance.getEntriesByType('resource').map((e) => e.name)
          .filter((u) => !/^(data|blob|file):/.test(u) && new URL(u).origin !== location.origin));
        assert.deepEqual(foreign, [], `${lang}: requests to other origins`);
        await noErrors(page, lang);
      }
    },
  },
  {
    name: 'every chart draws pixels once scrolled into view',
    async run(page, t) {
      await load(page, `${t.base}#/en/`);
      // The quiz's chart draws when the answers are shown; the quiz journey in Chromium covers it.
      const ids = await page.eval(() => [...document.querySelectorAll('figure.chart')].map((f) => f.id).filter((i) => i !== 'quiz-chart'));
      assert.ok(ids.length >= 6, `charts: ${ids}`);
      for (const id of ids) {
        const ink = await drawnInk(page, id);
        assert.ok(ink > 500, `${id} is blank (${ink} inked pixels)`);
      }
      await noErrors(page, 'charts');
    },
  },
  {
    name: 'the language switch changes <html lang>, the text and the link, and keeps the settings',
    async run(page, t) {
      await load(page, `${t.base}#/en/money?money.scale=log`);
      const before = await page.eval(() => document.getElementById('money-title').innerText);
      await page.click('.lang-switch button[lang="ja"]');
      await page.waitFor(() => document.documentElement.lang === 'ja' && location.hash.startsWith('#/ja/'));
      const after = await page.eval(() => document.getElementById('money-title').innerText);
      assert.notEqual(after, before);
      assert.equal(after, 'お金');
      assert.match(await page.eval(() => location.hash), /money\.scale=log/, 'the setting survives the switch');
      await page.click('.lang-switch button[lang="en"]');
      await page.waitFor(() => document.documentElement.lang === 'en');
      assert.equal(await page.eval(() => document.getElementById('money-title').innerText), before);
      await noErrors(page, 'language switch');
    },
  },
  {
    name: 'a link with settings restores them, and changing one updates the link',
    async run(page, t) {
      await load(page, `${t.base}#/en/money/money-chart?money.scale=log&money.sector=private`);
      const state = () => page.eval(() => ({
        log: document.querySelector('#money-chart input[value="log"]').checked,
        sector: document.querySelector('#money-chart select').value,
      }));
      assert.deepEqual(await state(), { log: true, sector: 'private' });
      await page.click('#money-chart input[value="linear"]');
      await page.waitFor(() => !location.hash.includes('money.scale=log') && location.hash.includes('money.sector=private'));
      assert.equal((await state()).log, false);
      await noErrors(page, 'link settings');
    },
  },
  {
    name: 'a source card opens by keyboard, and Escape returns focus',
    async run(page, t) {
      await load(page, `${t.base}#/en/money`);
      await page.eval(() => document.querySelector('#money .prose[data-l="en"] a.fig').scrollIntoView({ block: 'center' }));
      await page.focus('#money .prose[data-l="en"] a.fig');
      await page.key('Enter');
      await page.waitFor(() => document.querySelector('dialog.source-card')?.open === true);
      const text = await page.eval(() => document.querySelector('dialog.source-card').textContent);
      assert.match(text, /Where this number comes from/);
      await page.key('Escape');
      await page.waitFor(() => !document.querySelector('dialog.source-card').open);
      assert.equal(await page.eval(() => document.activeElement?.matches('#money .prose[data-l="en"] a.fig')), true, 'focus is back on the citation');
      await noErrors(page, 'source card');
    },
  },
  {
    name: 'the simulator reacts, and its link restores it',
    async run(page, t) {
      await load(page, `${t.base}#/en/orchestration/simulator`);
      const says = () => page.eval(() => document.querySelector('#simulator .sim-says').textContent);
      const before = await says();
      await page.click('#simulator .sim-presets button:nth-child(2)');
      await page.waitFor((b) => document.querySelector('#simulator .sim-says').textContent !== b, before);
      const changed = await says();
      const link = await page.eval(() => window.aiRaceData.link());
      assert.match(link, /sim\./, 'the link carries the simulator');
      await noErrors(page, 'simulator');
      await load(page, link);
      assert.equal(await says(), changed, 'the link reopens the same simulation');
      await noErrors(page, 'simulator link');
    },
  },
  {
    name: 'every section id on the page is a link that opens it with no notice',
    async run(page, t) {
      await load(page, `${t.base}#/ja/simulator`);
      assert.equal(await page.eval(() => document.getElementById('link-notice')), null, 'no notice for #/ja/simulator');
      // load() has just made every widget above it live, each a little taller or shorter than its static version:
      // the reader's place must not move (scroll anchoring, or in WebKit, which has none, ui::mount's KeepPlace).
      assert.ok(await page.eval(() => { const r = document.getElementById('simulator').getBoundingClientRect(); return r.top < innerHeight && r.bottom > 0; }),
        'the simulator is still on screen once the widgets above it are live');
      const ids = await page.eval(() => [...document.querySelectorAll('main section[id], main figure.chart[id]')]
        .map((s) => s.id));
      assert.ok(ids.includes('simulator') && ids.includes('grid-calculator') && ids.includes('timeline') && ids.includes('teachers'), `ids: ${ids}`);
      for (const id of ids) {
        await page.eval((i) => { location.hash = `#/ja/${i}`; }, id);
        await page.waitFor((i) => {
          const r = document.getElementById(i).getBoundingClientRect();
          return r.top < innerHeight && r.bottom > 0;
        }, id, 20000).catch(() => assert.fail(`#/ja/${id} does not bring its section into view`));
        // A reader follows one link at a time: let this scroll settle before the next link starts another.
        await page.waitFor(() => { const same = window.__lastY === scrollY; window.__lastY = scrollY; return same; }, null, 5000)
          .catch(() => {});
        assert.ok(await page.eval((i) => { const r = document.getElementById(i).getBoundingClientRect(); return r.top < innerHeight && r.bottom > 0; }, id),
          `#/ja/${id}: its section is still in view once the scroll has settled`);
        assert.equal(await page.eval(() => document.getElementById('link-notice')?.textContent ?? null), null, `#/ja/${id} gives a notice`);
      }
      await noErrors(page, 'section links');
    },
  },
  {
    name: 'after one visit the service worker controls the page',
    skip(engine, t) {
      if (t.kind === 'file') return 'a page opened from file:// has no service worker (the offline file needs none)';
      return null;
    },
    async run(page, t) {
      await load(page, `${t.base}#/en/`);
      await page.waitFor(() => navigator.serviceWorker.ready.then((r) => !!r.active), null, TIMEOUT);
      await load(page, `${t.base}#/ja/money`);
      assert.equal(await page.eval(() => !!navigator.serviceWorker.controller), true, 'the reloaded page is controlled');
      await noErrors(page, 'service worker');
    },
  },
];
