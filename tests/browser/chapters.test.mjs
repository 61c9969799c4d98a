// The reading path in both languages: every chapter renders without errors, every chart draws, every number in
// the text is the dataset's, every source card works by keyboard, every chart's table holds what it draws.
// Screenshots of each chapter at phone and desktop width go to tests/artifacts/ (look at them).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { start, open, canvasInk, drawCharts, PHONE, DESKTOP, ARTIFACTS } from './harness.mjs';
import { parseShown, close } from './numbers.mjs';

const SLUGS = ['who-is-winning', 'two-strategies', 'money', 'physics', 'talent', 'anxiety', 'offers', 'orchestration', 'japan', 'sources', 'timeline'];

let s;
before(async () => { s = await start(); });
after(async () => { await s?.close(); });

for (const lang of ['en', 'ja']) {
  test(`${lang}: every chapter renders, draws and numbers match the dataset`, async () => {
    const page = await open(s.browser, `${s.url}#/${lang}/`, { locale: lang === 'ja' ? 'ja-JP' : 'en-US' });
    assert.deepEqual(page.errors, []);
    for (const slug of SLUGS) {
      assert.ok(await page.$(`section#${slug}`), `section ${slug}`);
    }
    // Every canvas has something drawn on it (each is drawn when it first comes into view).
    const canvases = await drawCharts(page);
    assert.ok(canvases.length >= 8, `${canvases.length} charts`);
    for (const id of canvases) {
      assert.ok(await canvasInk(page, `figure#${id} canvas`) > 500, `${id} is blank`);
    }
    // Every number shown in the prose (and tables that mark their figures) is the dataset's.
    const shown = await page.$$eval('main [data-fig]', (els) => els.filter((e) => e.getClientRects().length > 0).map((e) => ({ id: e.dataset.fig, style: e.dataset.style, text: e.childNodes[0]?.textContent ?? e.textContent })));
    assert.ok(shown.length > 100, `${shown.length} numbers`);
    const problems = [];
    for (const { id, style, text } of shown) {
      const f = await page.evaluate((i) => window.aiRaceData.figure(i), id);
      if (!f) { problems.push(`${id}: not in the dataset`); continue; }
      const year = parseInt(f.refers_to.slice(0, 4), 10);
      if (style === 'year' || style === 'date') {
        if (!text.includes(String(year))) problems.push(`${id} (${style}): "${text}" lacks ${year}`);
        continue;
      }
      // "£400 million (≈ $543 million)": the value as given, then its conversion to dollars.
      const [main, converted] = text.split(' (');
      const value = parseShown(main.replace(/（.*$/, ''));
      const expect = style === 'usd' && f.usd ? f.usd.value : f.value;
      const tolerance = style === 'usd' && f.currency !== 'USD' ? 0.006 : 1e-6;
      if (!close(value, expect, tolerance)) problems.push(`${id} (${style}): shows "${text}" = ${value}, dataset ${expect}`);
      if (converted && f.usd) {
        const usd = parseShown(converted.replace(/\)$/, ''));
        if (!close(usd, f.usd.value, 0.006)) problems.push(`${id}: converted "${converted}" = ${usd}, dataset ${f.usd.value}`);
      }
    }
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  test(`${lang}: source cards open and close by keyboard in every chapter`, async () => {
    const page = await open(s.browser, `${s.url}#/${lang}/`);
    for (const slug of SLUGS) {
      for (const selector of [`section#${slug} .prose[data-l="${lang}"] .fig`, `section#${slug} .src-btn`, `section#${slug} .prose[data-l="${lang}"] .cite`]) {
        const el = await page.$(selector);
        if (!el) continue;
        await el.focus();
        await page.keyboard.press('Enter');
        await page.waitForFunction(() => document.querySelector('dialog.source-card').open);
        const text = await page.textContent('dialog.source-card');
        assert.ok(text.length > 30, `${selector}: card is empty`);
        await page.keyboard.press('Escape');
        await page.waitForFunction(() => !document.querySelector('dialog.source-card').open);
        const back = await page.evaluate((sel) => document.activeElement === document.querySelector(sel), selector);
        assert.ok(back, `${selector}: focus did not return to the opener`);
      }
    }
    await page.context().close();
  });

  test(`${lang}: every chart's table holds the values its marks show`, async () => {
    // The quiz's answers are hidden until asked for; a link can open them.
    const page = await open(s.browser, `${s.url}#/${lang}/?quiz.reveal=1`);
    const charts = await page.$$eval('figure.chart', (fs) => fs.map((f) => f.id));
    for (const id of charts) {
      const plot = `#${id}-plot`;
      // Focus scrolls the chart into view; an offscreen chart draws when it arrives there.
      await page.focus(plot);
      await page.waitForSelector(`figure#${id}[data-drawn="true"]`, { state: 'attached' });
      const tips = new Set();
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('ArrowDown');
        const tip = await page.$(`${plot} .chart-tip .tip-value`);
        if (!tip) break;
        const t = (await tip.textContent()).trim();
        if (tips.has(t) && i > 0) { /* the last mark repeats at the end */ }
        tips.add(t);
      }
      assert.ok(tips.size >= 1, `${id}: no value reachable by keyboard`);
      await page.click(`#${id}-tab-table`);
      const table = await page.textContent(`#${id}-panel-table`);
      for (const t of tips) {
        if (t === '—' || t === '') continue;
        assert.ok(table.includes(t.split(' (')[0]), `${id}: "${t}" is drawn but not in the table`);
      }
      await page.click(`#${id}-tab-chart`);
    }
    await page.context().close();
  });

  for (const [vpName, vp] of [['phone', PHONE], ['desktop', DESKTOP]]) {
    test(`${lang}: screenshots at ${vpName} width, no sideways scrolling`, async () => {
      const page = await open(s.browser, `${s.url}#/${lang}/`, { viewport: vp });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 1, `${overflow}px of sideways scroll`);
      for (const slug of SLUGS) {
        await page.locator(`section#${slug}`).screenshot({ path: join(ARTIFACTS, `chapter-${slug}-${lang}-${vpName}.png`) });
      }
      await page.context().close();
    });
  }
}
