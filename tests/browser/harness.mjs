// Shared by the browser tests: one headless Debian Chromium, the release site served locally, console errors
// collected, requests to any other origin recorded, and helpers that wait for the app instead of sleeping.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../server.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const ARTIFACTS = join(ROOT, 'tests', 'artifacts');
mkdirSync(ARTIFACTS, { recursive: true });

const ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-default-apps',
  '--disable-extensions',
];

export async function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args: ARGS });
}

/** Serves dist/ (or `dir`) and launches Chromium. Returns { browser, site, url, close }. */
export async function start({ dir = join(ROOT, 'dist'), base = '/' } = {}) {
  const site = await serve(dir, { base });
  const browser = await launch();
  return {
    browser,
    site,
    url: site.url,
    close: async () => {
      await browser.close();
      await site.close();
    },
  };
}

export const PHONE = { width: 360, height: 780 };
export const DESKTOP = { width: 1440, height: 900 };

/**
 * Opens a page on `url` and waits until the app marks itself drawn (`<html data-ready>`).
 * The returned page records console errors, page errors and every request outside `origin`.
 */
export async function open(browser, url, { viewport = DESKTOP, locale = 'en-US', colorScheme = 'light', reducedMotion = 'no-preference', waitReady = true, lazy = false } = {}) {
  const context = await browser.newContext({ viewport, locale, colorScheme, reducedMotion, deviceScaleFactor: 1 });
  const page = await context.newPage();
  page.errors = [];
  page.foreign = [];
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
  page.on('pageerror', (e) => page.errors.push(String(e)));
  const origin = new URL(url).origin;
  page.on('request', (r) => {
    const u = r.url();
    if (u.startsWith('data:') || u.startsWith('blob:')) return;
    if (origin === 'null' ? !u.startsWith('file:') : new URL(u).origin !== origin) page.foreign.push(u);
  });
  await page.goto(url);
  if (waitReady) await ready(page, { lazy });
  return page;
}

/**
 * Waits until the app marks itself ready. Widgets far from the screen mount only when the reader comes near them
 * (`ui::mount`); unless `lazy`, this then mounts them all (`aiRaceData.mountAll()`) and waits until every chart has
 * drawn or found itself offscreen, so a test can use any widget without scrolling to it first.
 */
export async function ready(page, { lazy = false } = {}) {
  await page.waitForSelector('html[data-ready="true"]', { timeout: 30000 });
  if (lazy) return;
  await page.evaluate(() => window.aiRaceData.mountAll());
  await page.waitForFunction(() => window.aiRaceData.pendingCharts() === 0, null, { timeout: 30000 });
}

/** True if the canvas has at least `min` pixels that differ from its top-left pixel (i.e. something is drawn). */
export async function canvasInk(page, selector) {
  return page.$eval(selector, (c) => {
    const ctx = c.getContext('2d');
    const { data } = ctx.getImageData(0, 0, c.width, c.height);
    const [r, g, b] = data;
    let n = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (Math.abs(data[i] - r) + Math.abs(data[i + 1] - g) + Math.abs(data[i + 2] - b) > 30) n++;
    }
    return n;
  });
}

export async function screenshot(page, name) {
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}

/**
 * Brings every chart into view and waits until it has drawn (offscreen charts draw when they first come into
 * view). Returns the ids of the charts.
 */
export async function drawCharts(page) {
  const ids = await page.$$eval('figure.chart', (fs) => fs.map((f) => f.id));
  for (const id of ids) {
    await page.evaluate((i) => document.getElementById(i).scrollIntoView({ block: 'center' }), id);
    await page.waitForSelector(`figure#${id}[data-drawn="true"]`, { state: 'attached', timeout: 15000 });
  }
  return ids;
}
