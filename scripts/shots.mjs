// Screenshots for looking at the app (not a test): node scripts/shots.mjs OUTDIR FRAGMENT[,FRAGMENT…] [phone|desktop]
// Serves dist/, opens each fragment in Chromium, scrolls to the selector after `@` if given, and writes PNGs.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '../tests/server.mjs';

const [out = 'shots', frags = '#/ja/', width = 'phone'] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const viewport = width === 'phone' ? { width: 390, height: 844 } : { width: 1440, height: 900 };
const site = await serve('dist');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'] });
let n = 0;
for (const f of frags.split(',')) {
  const [frag, sel] = f.split('@');
  const page = await browser.newPage({ viewport, locale: frag.includes('/ja') ? 'ja-JP' : 'en-US' });
  await page.goto(site.url + frag);
  await page.waitForSelector('html[data-ready="true"]', { timeout: 30000 }).catch(() => {});
  if (sel) await page.evaluate((s) => document.querySelector(s)?.scrollIntoView({ block: 'start' }), sel);
  await page.waitForTimeout(400);
  const path = join(out, `${String(n++).padStart(2, '0')}-${width}.png`);
  await page.screenshot({ path });
  console.log(path, frag, sel ?? '');
  await page.close();
}
await browser.close();
await site.close();
