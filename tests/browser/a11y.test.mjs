// Accessibility: axe-core over the whole piece (every chapter, the simulator, the timeline, the classroom kit)
// in both languages, light and dark, phone and desktop, with a source card open; a keyboard-only walk; reduced
// motion; text at 200%; a text equivalent for every chart. Zero axe violations is the bar (no rule disabled).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { start, ready, ROOT, PHONE, DESKTOP } from './harness.mjs';

const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

let s;
before(async () => { s = await start(); });
after(async () => { await s?.close(); });

async function page(opts) {
  // axe is injected as a script, so this context bypasses the page's CSP (the CSP itself is tested elsewhere).
  const context = await s.browser.newContext({ bypassCSP: true, ...opts });
  const p = await context.newPage();
  return p;
}

// WCAG 2.2 AA and axe's best practices: every rule with one of these tags runs, target size (2.5.8) among them.
const WCAG22 = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

function describe(violations) {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n    ')}`).join('\n');
}

async function axe(p, context = undefined) {
  await p.addScriptTag({ content: AXE });
  return p.evaluate(async ([ctx, tags]) => {
    const r = await window.axe.run(ctx ?? document, { resultTypes: ['violations'], runOnly: { type: 'tag', values: tags } });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  }, [context, WCAG22]);
}

for (const lang of ['en', 'ja']) {
  for (const colorScheme of ['light', 'dark']) {
    for (const [vpName, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) {
      test(`axe: ${lang}, ${colorScheme}, ${vpName} — zero violations`, async () => {
        const p = await page({ viewport, colorScheme, locale: lang === 'ja' ? 'ja-JP' : 'en-US' });
        await p.goto(`${s.url}#/${lang}/?quiz.reveal=1`);
        await ready(p);
        // Open the parts that are closed by default: the ledger, the calculator's method, an embed snippet.
        await p.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
        await p.click('#money-chart .chart-actions button:nth-child(4)');
        const v = await axe(p);
        assert.equal(v.length, 0, describe(v));
        // A source card open (the modal dialog).
        await p.click('#money .fig:visible >> nth=0');
        await p.waitForFunction(() => document.querySelector('dialog.source-card').open);
        const card = await axe(p, { include: ['dialog.source-card'] });
        assert.equal(card.length, 0, describe(card));
        await p.context().close();
      });
    }
  }
}

test('keyboard only: every control is reachable, focus is always visible, and there is no trap', async () => {
  const p = await page({ viewport: DESKTOP });
  await p.goto(`${s.url}#/en/`);
  await ready(p);
  const focusables = await p.evaluate(() => document.querySelectorAll('a[href], button:not([disabled]), input:not([disabled]), select, textarea, [tabindex="0"], summary').length);
  const seen = new Set();
  const invisible = [];
  let cycled = false;
  for (let i = 0; i < focusables + 40; i++) {
    await p.keyboard.press('Tab');
    const info = await p.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      // Each element is numbered on its first visit; meeting a numbered one again means Tab went round.
      const again = el.__kbStop !== undefined;
      el.__kbStop = window.__kbStops = (window.__kbStops ?? 0) + 1;
      const cs = getComputedStyle(el);
      const ring = (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2) || cs.boxShadow !== 'none';
      const r = el.getBoundingClientRect();
      return { again, key: `${el.tagName}#${el.id}.${el.className}|${el.textContent.slice(0, 30)}|${window.__kbStops}`, ring, visible: r.width > 0 && r.height > 0 };
    });
    if (!info || info.again) { cycled = true; break; }
    seen.add(info.key);
    if (!info.ring || !info.visible) invisible.push(info.key);
  }
  assert.ok(cycled, 'Tab reaches the end of the page (no trap)');
  assert.ok(seen.size > 200, `${seen.size} stops`);
  assert.deepEqual(invisible, [], 'focus is visible on every stop');
  await p.context().close();
});

test('keyboard only: the quiz, a chart tab, the simulator and a source card work without a mouse', async () => {
  const p = await page({ viewport: DESKTOP });
  await p.goto(`${s.url}#/en/`);
  await ready(p);
  // Quiz: Space on a choice records a guess.
  await p.focus('.quiz-choice >> nth=0');
  await p.keyboard.press('Space');
  assert.equal(await p.getAttribute('.quiz-choice >> nth=0', 'aria-pressed'), 'true');
  // Chart tabs: arrow keys move between tabs.
  await p.focus('#money-chart-tab-chart');
  await p.keyboard.press('ArrowRight');
  assert.equal(await p.evaluate(() => document.activeElement.id), 'money-chart-tab-table');
  assert.equal(await p.getAttribute('#money-chart-tab-table', 'aria-selected'), 'true');
  // Simulator: arrow keys change a layer's choice (native radio group).
  const before = await p.textContent('#simulator .sim-says');
  await p.focus('#simulator input[name="sim-chip_fab"] >> nth=2');
  await p.keyboard.press('ArrowLeft');
  await p.waitForFunction((b) => document.querySelector('#simulator .sim-says').textContent !== b, before);
  // A source card: Enter opens it, Escape closes it and returns focus.
  await p.focus('#orchestration .src-btn >> nth=0');
  await p.keyboard.press('Enter');
  await p.waitForFunction(() => document.querySelector('dialog.source-card').open);
  await p.keyboard.press('Escape');
  await p.waitForFunction(() => !document.querySelector('dialog.source-card').open);
  assert.equal(await p.evaluate(() => document.activeElement.classList.contains('src-btn')), true);
  await p.context().close();
});

test('reduced motion: moving between chapters jumps instead of scrolling smoothly', async () => {
  const p = await page({ viewport: DESKTOP, reducedMotion: 'reduce' });
  await p.goto(`${s.url}#/en/`);
  await ready(p);
  await p.click('nav.toc a >> nth=7');
  const top = await p.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(document.getElementById('orchestration').getBoundingClientRect().top))));
  // The page keeps a 1rem scroll padding above a chapter.
  assert.ok(Math.abs(top) <= 20, `the chapter is at ${top}px right away`);
  await p.context().close();
});

test('text at 200%: nothing needs sideways scrolling and the controls stay usable', async () => {
  const p = await page({ viewport: { width: 1280, height: 900 } });
  await p.goto(`${s.url}#/ja/`);
  await ready(p);
  await p.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
  await p.waitForTimeout(300);
  const overflow = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `${overflow}px of sideways scroll`);
  await p.click('#money-chart input[value="log"]');
  await p.waitForFunction(() => location.hash.includes('money.scale=log'));
  await p.context().close();
});

test('every chart has a text equivalent: a label, a summary and a table', async () => {
  const p = await page({ viewport: DESKTOP });
  await p.goto(`${s.url}#/en/?quiz.reveal=1`);
  await ready(p);
  // Each chart's table is behind its "Table" tab (rendered when shown, and when printing).
  for (const id of await p.$$eval('figure.chart', (fs) => fs.map((f) => f.id))) await p.click(`#${id}-tab-table`);
  const charts = await p.$$eval('figure.chart', (fs) =>
    fs.map((f) => ({
      id: f.id,
      label: f.querySelector('[aria-roledescription="chart"]')?.getAttribute('aria-label') ?? '',
      rows: f.querySelectorAll('[role="tabpanel"] table tbody tr').length,
      canvasHidden: f.querySelector('canvas')?.getAttribute('aria-hidden'),
    })),
  );
  assert.ok(charts.length >= 8);
  for (const c of charts) {
    assert.ok(c.label.length > 40, `${c.id}: label "${c.label}"`);
    assert.ok(c.rows >= 2, `${c.id}: ${c.rows} table rows`);
    assert.equal(c.canvasHidden, 'true', `${c.id}: the canvas itself is decorative to screen readers`);
  }
  await p.context().close();
});
