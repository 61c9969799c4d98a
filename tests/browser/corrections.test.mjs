// The public corrections log: chapter 10 lists every entry of data/corrections.toml in both languages, every
// corrected figure's source card links to its entry ("Corrected on …"), and the exports carry the log.
// Screenshots of the log and of a corrected figure's card, at phone and desktop width, go to tests/artifacts/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { start, open, DESKTOP, ARTIFACTS } from './harness.mjs';

const PHONE_390 = { width: 390, height: 844 };
const HEADING = { en: 'Updates and corrections', ja: '訂正の記録' };
const CORRECTED = { en: 'Corrected on 1 December 2026', ja: '2026年12月1日に訂正' };

let s;
before(async () => { s = await start(); });
after(async () => { await s?.close(); });

/** Opens the card of a figure from the figures index in chapter 10 (whose table is closed until the reader opens it). */
async function openCard(page, id) {
  const summary = page.locator('#figures-index details.index-details > summary');
  if (!(await page.$eval('#figures-index details.index-details', (d) => d.open))) {
    await summary.scrollIntoViewIfNeeded();
    await summary.click();
  }
  const button = page.locator(`#figures-index button[data-fig="${id}"]`).first();
  await button.scrollIntoViewIfNeeded();
  await button.click();
  await page.waitForFunction(() => document.querySelector('dialog.source-card').open);
}

async function closeCard(page) {
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('dialog.source-card').open);
}

for (const lang of ['en', 'ja']) {
  test(`${lang}: the sources chapter lists the whole corrections log under its own heading`, async () => {
    const page = await open(s.browser, `${s.url}#/${lang}/sources/corrections-log`, { locale: lang === 'ja' ? 'ja-JP' : 'en-US' });
    assert.deepEqual(page.errors, []);
    const headings = await page.$$eval('section#sources h3, section#sources h4', (hs) => hs.map((h) => h.textContent.trim()));
    assert.ok(headings.includes(HEADING[lang]), `headings: ${headings.join(' | ')}`);
    const log = await page.evaluate(() => window.aiRaceData.dataset().corrections);
    assert.ok(log.length >= 10, `${log.length} entries`);
    const shown = await page.$$eval('#corrections-log li.correction', (ls) => ls.map((l) => ({ id: l.id, text: l.textContent })));
    assert.equal(shown.length, log.length);
    for (const c of log) {
      const li = shown.find((x) => x.id === `correction-${c.id}`);
      assert.ok(li, `entry ${c.id} is not shown`);
      assert.ok(li.text.includes(c.what[lang]), `${c.id}: what (${lang}) missing`);
      assert.ok(li.text.includes(c.why[lang]), `${c.id}: why (${lang}) missing`);
    }
    // Newest first; this review's entries are dated.
    const dates = await page.$$eval('#corrections-log li.correction time', (ts) => ts.map((t) => t.getAttribute('datetime')));
    assert.deepEqual([...dates].sort().reverse(), dates);
    await page.context().close();
  });

  test(`${lang}: every corrected figure's source card links to its correction`, async () => {
    const page = await open(s.browser, `${s.url}#/${lang}/sources`, { locale: lang === 'ja' ? 'ja-JP' : 'en-US' });
    const log = await page.evaluate(() => window.aiRaceData.dataset().corrections);
    const pairs = log.flatMap((c) => c.records.filter((r) => r.startsWith('figure:')).map((r) => [r.slice('figure:'.length), c]));
    assert.ok(pairs.length > 10, `${pairs.length} corrected figures`);
    const problems = [];
    for (const [fig, c] of pairs) {
      await openCard(page, fig);
      const link = page.locator(`dialog.source-card a.correction-link[data-correction="${c.id}"]`);
      if (await link.count() !== 1) problems.push(`${fig}: no link to ${c.id}`);
      await closeCard(page);
    }
    assert.deepEqual(problems, []);
    // Following the link closes the card and lands on the entry.
    await openCard(page, 'coreweave_pa_6b');
    const link = page.locator('dialog.source-card a.correction-link[data-correction="bounds_from_sources"]');
    assert.ok((await link.textContent()).includes(CORRECTED[lang]), await link.textContent());
    assert.match(await link.getAttribute('href'), new RegExp(`^#/${lang}/sources/corrections-log`));
    await link.click();
    await page.waitForFunction(() => !document.querySelector('dialog.source-card').open);
    await page.waitForFunction(() => document.activeElement?.id === 'correction-bounds_from_sources', null, { timeout: 5000 });
    assert.match(await page.evaluate(() => location.hash), /sources\/corrections-log/);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

test('the exports carry the log: JSON as `corrections`, CSV as a `corrections` table', async () => {
  const page = await open(s.browser, `${s.url}#/en/sources`);
  const { tables, csv, n } = await page.evaluate(() => ({
    tables: window.aiRaceData.tables(),
    csv: window.aiRaceData.csv('corrections'),
    n: window.aiRaceData.dataset().corrections.length,
  }));
  assert.ok(tables.includes('corrections'), tables.join(','));
  const lines = csv.replace(/^\uFEFF/, '').split('\r\n').filter(Boolean);
  assert.equal(lines[0], 'id,date,kept,records,chapters,what_ja,what_en,why_ja,why_en');
  assert.ok(lines.length > n, `${lines.length} lines for ${n} entries`);
  await page.context().close();
});

for (const lang of ['en', 'ja']) {
  for (const [vpName, vp] of [['phone', PHONE_390], ['desktop', DESKTOP]]) {
    test(`${lang}: screenshots of the log and a corrected card at ${vpName} width`, async () => {
      const page = await open(s.browser, `${s.url}#/${lang}/sources/corrections-log`, { viewport: vp, locale: lang === 'ja' ? 'ja-JP' : 'en-US' });
      const wide = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);
      assert.equal(wide, false, 'the page scrolls sideways');
      await page.locator('#corrections-log').scrollIntoViewIfNeeded();
      await page.locator('#corrections-log li.correction').first().screenshot({ path: join(ARTIFACTS, `corrections-entry-${lang}-${vpName}.png`) });
      await page.evaluate(() => document.getElementById('corrections-log').scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: join(ARTIFACTS, `corrections-log-${lang}-${vpName}.png`) });
      await openCard(page, 'uk_mod_google_cloud_400m');
      await page.locator('dialog.source-card a.correction-link').first().scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(ARTIFACTS, `corrections-card-${lang}-${vpName}.png`) });
      await page.context().close();
    });
  }
}
