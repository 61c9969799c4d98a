// Runs the shared journeys (journeys.mjs) in one engine against the release site and the offline file.
// Each engine's test file is one line: `runJourneys('firefox')`.
import { test, before, after } from 'node:test';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { serve } from '../server.mjs';
import { DRIVERS, PROBE } from './drivers.mjs';
import { JOURNEYS } from './journeys.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DIST = join(ROOT, 'dist');

/**
 * For an engine whose driver cannot read the console: a copy of dist/ whose pages load the error probe first.
 * The site gets it as a same-origin script (allowed by the CSP's 'self'); the offline file inline before its CSP
 * meta, which governs only what follows it. Nothing else in the copy changes.
 */
function probedCopy() {
  const dir = mkdtempSync(join(tmpdir(), 'journeys-'));
  cpSync(DIST, dir, { recursive: true });
  writeFileSync(join(dir, 'journey-probe.js'), PROBE);
  // Both pages: the root and the English page (en/), which a link made in English opens.
  for (const [page, src] of [['index.html', 'journey-probe.js'], [join('en', 'index.html'), '../journey-probe.js']]) {
    const index = join(dir, page);
    writeFileSync(index, readFileSync(index, 'utf8').replace('<head>', `<head><script src="${src}"></script>`));
  }
  const offline = readdirSync(dir).find((n) => n.endsWith('-offline.html'));
  const file = join(dir, offline);
  writeFileSync(file, readFileSync(file, 'utf8').replace('<head>', `<head><script>${PROBE}</script>`));
  return dir;
}

export function runJourneys(engine) {
  let driver;
  let site;
  let dir = DIST;
  const targets = {};
  before(async () => {
    driver = await DRIVERS[engine]();
    if (driver.probed) {
      dir = probedCopy();
      console.log(`# ${engine}: the driver cannot read the console, so pages load an error probe first (tests/engines/drivers.mjs PROBE)`);
    }
    site = await serve(dir);
    const offline = readdirSync(dir).find((n) => n.endsWith('-offline.html'));
    targets.site = { kind: 'site', base: site.url };
    targets.file = { kind: 'file', base: pathToFileURL(join(dir, offline)).href };
    console.log(`# ${engine}: ${driver.version}`);
  });
  after(async () => {
    await driver?.close();
    await site?.close();
    if (dir !== DIST) rmSync(dir, { recursive: true, force: true });
  });

  for (const kind of ['site', 'file']) {
    for (const j of JOURNEYS) {
      const reason = j.skip?.(engine, { kind });
      const name = `${engine}, ${kind === 'site' ? 'served site' : 'offline file'}: ${j.name}`;
      if (reason) {
        console.log(`# skipped in ${engine} (${kind}): ${j.name} — ${reason}`);
        test(name, { skip: reason }, () => {});
        continue;
      }
      test(name, async () => {
        const page = await driver.open();
        try {
          await j.run(page, targets[kind]);
        } finally {
          await page.close();
        }
      });
    }
  }
}
