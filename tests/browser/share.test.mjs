// Findable and shareable: each language's page (the root, Japanese; en/, English) carries, without JavaScript,
// what link previews and search engines read (title, description, Open Graph, Twitter card, canonical and
// hreflang links, schema.org JSON-LD), names a 1200×630 preview PNG that exists, and describes the dataset with
// files that exist and equal the app's own export. With JavaScript, a link made in a language points at that
// language's page, and the data downloads are those files.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { start, open, ROOT, PHONE } from './harness.mjs';

let s;
before(async () => { s = await start(); });
after(async () => { await s?.close(); });

const PAGES = [
  { lang: 'ja', path: '', locale: 'ja_JP', other: 'en_US' },
  { lang: 'en', path: 'en/', locale: 'en_US', other: 'ja_JP' },
];

async function noScript(url) {
  const context = await s.browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

/** The head's metadata as the page's DOM has it, with every address resolved against the page. */
function headOf(page) {
  return page.evaluate(() => {
    const meta = {};
    for (const m of document.querySelectorAll('meta[property], meta[name]')) meta[m.getAttribute('property') ?? m.getAttribute('name')] = m.content;
    const abs = (u) => new URL(u, location.href).href;
    return {
      lang: document.documentElement.lang,
      title: document.title,
      meta,
      image: abs(meta['og:image']),
      canonical: abs(document.querySelector('link[rel="canonical"]').getAttribute('href')),
      alternates: Object.fromEntries([...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [l.hreflang, abs(l.getAttribute('href'))])),
      ld: [...document.querySelectorAll('script[type="application/ld+json"]')].map((x) => x.textContent),
      shown: [...new Set([...document.querySelectorAll('main [data-l]')].filter((e) => e.getClientRects().length > 0).map((e) => e.getAttribute('data-l')))],
      h1: document.querySelector('h1 [data-l]:not([hidden])')?.textContent,
    };
  });
}

function pngSize(buf) {
  assert.deepEqual([...buf.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG');
  return [buf.readUInt32BE(16), buf.readUInt32BE(20)];
}

/** A file of the build, from its address on the test server. */
function distFile(url) {
  const rel = decodeURIComponent(new URL(url).pathname).replace(/^\//, '');
  return join(ROOT, 'dist', rel);
}

for (const p of PAGES) {
  test(`without JavaScript, the ${p.lang} page carries its preview and search metadata`, async () => {
    const page = await noScript(`${s.url}${p.path}`);
    const h = await headOf(page);
    const pageUrl = `${s.url}${p.path}`;
    assert.equal(h.lang, p.lang);
    assert.deepEqual(h.shown, [p.lang], 'the page shows its own language first');
    assert.ok(h.title.length > 10 && h.meta['og:title'] === h.title && h.meta['twitter:title'] === h.title, h.title);
    assert.ok(h.meta.description.length > 40 && h.meta['og:description'] === h.meta.description);
    assert.equal(h.meta['og:type'], 'article');
    assert.equal(h.meta['og:locale'], p.locale);
    assert.equal(h.meta['og:locale:alternate'], p.other);
    assert.equal(new URL(h.meta['og:url'], pageUrl).href, pageUrl);
    assert.equal(h.canonical, pageUrl);
    assert.deepEqual(h.alternates, { ja: s.url, en: `${s.url}en/`, 'x-default': s.url });
    assert.equal(h.meta['twitter:card'], 'summary_large_image');
    assert.equal(h.image, `${s.url}preview-${p.lang}.png`);
    assert.equal(new URL(h.meta['twitter:image'], pageUrl).href, h.image);
    assert.equal(h.meta['og:image:width'], '1200');
    assert.equal(h.meta['og:image:height'], '630');
    assert.ok(h.meta['og:image:alt'].length > 10);
    // Both pages read in their own language: Japanese has kana, English none.
    assert.equal(/[\u3040-\u30ff]/.test(h.title), p.lang === 'ja', h.title);
    // The image exists, as served, at the size the tags give.
    const res = await page.request.get(h.image);
    assert.equal(res.status(), 200);
    assert.equal(res.headers()['content-type'], 'image/png');
    assert.deepEqual(pngSize(await res.body()), [1200, 630]);
    await page.context().close();
  });

  test(`the ${p.lang} page's JSON-LD describes the article and the dataset, whose every file exists`, async () => {
    const page = await noScript(`${s.url}${p.path}`);
    const h = await headOf(page);
    assert.equal(h.ld.length, 1);
    const ld = JSON.parse(h.ld[0]);
    assert.equal(ld['@context'], 'https://schema.org');
    const article = ld['@graph'].find((x) => x['@type'] === 'Article');
    const dataset = ld['@graph'].find((x) => x['@type'] === 'Dataset');
    assert.equal(article.inLanguage, p.lang);
    assert.equal(article.headline, h.title);
    assert.match(article.dateModified, /^\d{4}-\d\d-\d\d$/);
    assert.equal(article.license, 'https://creativecommons.org/licenses/by/4.0/');
    assert.ok(article.author.name);
    for (const k of ['name', 'description', 'license', 'creator', 'dateModified', 'version', 'spatialCoverage', 'temporalCoverage']) {
      assert.ok(dataset[k], `Dataset.${k}`);
    }
    assert.ok(dataset.description.length >= 50, 'Google Dataset Search wants 50 characters or more');
    assert.match(dataset.temporalCoverage, /^\d{4}\/\d{4}$/);
    const urls = dataset.distribution.map((d) => new URL(d.contentUrl, `${s.url}${p.path}`).href);
    assert.ok(urls.includes(`${s.url}data/dataset.json`) && urls.includes(`${s.url}data/figures.csv`), urls.join(' '));
    for (const [i, u] of urls.entries()) {
      assert.ok(existsSync(distFile(u)), `${u} is a file in the build`);
      const res = await page.request.get(u);
      assert.equal(res.status(), 200, u);
      assert.equal(res.headers()['content-type'].split(';')[0], dataset.distribution[i].encodingFormat, u);
    }
    await page.context().close();
  });
}

test('robots.txt is served; the sitemap is written only with SITE_URL', async () => {
  const page = await noScript(`${s.url}robots.txt`);
  assert.match(await page.textContent('body'), /User-agent: \*/);
  await page.context().close();
  const sitemap = join(ROOT, 'dist', 'sitemap.xml');
  if (process.env.SITE_URL) assert.ok(readFileSync(sitemap, 'utf8').includes(`<loc>${process.env.SITE_URL}`));
  else assert.equal(existsSync(sitemap), false, 'no sitemap of relative addresses');
});

test('the static data files equal what the app exports, and the downloads are those files', async () => {
  const page = await open(s.browser, `${s.url}#/en/sources`, { viewport: PHONE });
  const res = await page.request.get(`${s.url}data/dataset.json`);
  const fromFile = await res.json();
  const fromApp = await page.evaluate(() => window.aiRaceData.dataset());
  assert.deepEqual(fromFile, fromApp);
  assert.ok(Array.isArray(fromFile.corrections) && fromFile.corrections.length > 0);
  for (const table of await page.evaluate(() => window.aiRaceData.tables())) {
    const csv = await (await page.request.get(`${s.url}data/${table}.csv`)).text();
    assert.equal(csv, await page.evaluate((t) => window.aiRaceData.csv(t), table), `data/${table}.csv`);
  }
  // The footer's downloads link to the files.
  await page.locator('#download-dataset').scrollIntoViewIfNeeded();
  assert.equal(await page.$eval('#download-dataset', (a) => a.href), `${s.url}data/dataset.json`);
  assert.equal(await page.$eval('#download-figures', (a) => a.href), `${s.url}data/figures.csv`);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-figures')]);
  assert.equal(download.suggestedFilename(), 'ai-race-figures.csv');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the English page opens in English, and a link made in a language goes to that language\'s page', async () => {
  // A Japanese browser on the English page gets English.
  const page = await open(s.browser, `${s.url}en/`, { viewport: PHONE, locale: 'ja-JP' });
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.match(await page.evaluate(() => window.aiRaceData.link()), new RegExp(`^${s.url}en/#/en[/?]`));
  // Switching to Japanese keeps the address on this page (its relative links stay right) and the place; the
  // links it makes now name the root page; back returns.
  await page.click('.lang-switch button[lang="ja"]');
  await page.waitForFunction(() => document.documentElement.lang === 'ja');
  assert.match(page.url(), new RegExp(`^${s.url}en/#/ja[/?]`));
  assert.match(await page.evaluate(() => window.aiRaceData.link()), new RegExp(`^${s.url}#/ja[/?]`));
  await page.goBack();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  // An old English link on the root still opens English, and its links now name the English page.
  await page.goto(`${s.url}#/en/money`);
  await page.waitForSelector('html[data-ready="true"]');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.match(await page.evaluate(() => window.aiRaceData.link()), new RegExp(`^${s.url}en/#/en/money`));
  assert.deepEqual(page.errors, [], 'no 404 of a relative link');
  assert.deepEqual(page.foreign, []);
  await page.context().close();
});
