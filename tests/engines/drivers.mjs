// Three small drivers behind one page interface, so the reader journeys (journeys.mjs) are written once:
//   chromium — Debian's Chromium through playwright-core;
//   firefox  — Debian's firefox-esr over WebDriver BiDi through puppeteer-core;
//   webkit   — Debian's WebKitGTK MiniBrowser through WebKitWebDriver (classic WebDriver) and webdriverio,
//              under Xvfb (scripts/test starts it with xvfb-run).
// No driver downloads a browser: each is given the Debian binary.
//
// A page: goto(url), eval(fn, arg), waitFor(fn, arg, ms), click(selector), focus(selector), key(name),
// errors() (console errors, uncaught errors and CSP violations since the last goto), close().
import { spawn, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', '--disable-quic', '--disable-default-apps', '--disable-extensions',
];

/** Polls `fn(arg)` in the page until it returns something truthy; fails with `what` after `ms`. */
async function poll(page, fn, arg, ms = 20000, what = fn.toString()) {
  const end = Date.now() + ms;
  let last;
  for (;;) {
    last = await page.eval(fn, arg).catch((e) => { last = e; return undefined; });
    if (last) return last;
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * A page over playwright's or puppeteer's page object, which share evaluate/focus/keyboard and the console and
 * pageerror events; `how` gives the two calls that differ (navigation and clicking).
 */
function cdpLikePage(p, context, how) {
  let errors = [];
  p.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  p.on('pageerror', (e) => errors.push(String(e)));
  const page = {
    async goto(url) { errors = []; await how.goto(p, url); },
    eval: (fn, arg) => p.evaluate(fn, arg),
    waitFor: (fn, arg, ms) => poll(page, fn, arg, ms),
    click: (sel) => how.click(p, sel),
    focus: (sel) => p.focus(sel),
    key: (k) => p.keyboard.press(k),
    errors: () => errors,
    close: () => context.close(),
  };
  return page;
}

// ---------------------------------------------------------------------------------------------- Chromium

export async function chromiumDriver() {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  return {
    name: 'chromium',
    version: browser.version(),
    async open({ viewport = { width: 1280, height: 900 }, locale = 'en-US' } = {}) {
      const context = await browser.newContext({ viewport, locale, deviceScaleFactor: 1 });
      return cdpLikePage(await context.newPage(), context, { goto: (p, url) => p.goto(url), click: (p, sel) => p.click(sel) });
    },
    close: () => browser.close(),
  };
}

// ----------------------------------------------------------------------------------------------- Firefox

export async function firefoxDriver() {
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: process.env.FIREFOX ?? '/usr/bin/firefox-esr',
    headless: true,
    extraPrefsFirefox: {
      // Keep a test run off the network: no updates, telemetry, safe-browsing lists or captive-portal checks.
      'app.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'intl.accept_languages': 'en-US',
    },
  });
  return {
    name: 'firefox',
    version: await browser.version(),
    async open({ viewport = { width: 1280, height: 900 } } = {}) {
      const context = await browser.createBrowserContext();
      const p = await context.newPage();
      await p.setViewport(viewport);
      return cdpLikePage(p, context, {
        goto: (q, url) => q.goto(url, { waitUntil: 'load' }),
        async click(q, sel) {
          await q.evaluate((x) => document.querySelector(x).scrollIntoView({ block: 'center' }), sel);
          await q.click(sel);
        },
      });
    },
    close: () => browser.close(),
  };
}

// ------------------------------------------------------------------------------------------------ WebKit

/** Debian's MiniBrowser, the WebKitGTK browser that WebKitWebDriver automates. */
export function miniBrowser() {
  if (process.env.MINIBROWSER) return process.env.MINIBROWSER;
  const known = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
  if (existsSync(known)) return known;
  const listed = execFileSync('dpkg', ['-L', 'libwebkit2gtk-4.1-0'], { encoding: 'utf8' }).split('\n').find((l) => l.endsWith('/MiniBrowser'));
  if (!listed) throw new Error('MiniBrowser not found: install webkit2gtk-driver (scripts/setup)');
  return listed;
}

function freePort() {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.on('error', fail);
    srv.listen(0, '127.0.0.1', () => { const { port } = srv.address(); srv.close(() => ok(port)); });
  });
}

// Classic WebDriver (all WebKitWebDriver speaks; it refuses `webSocketUrl`) cannot read the console, so the
// WebKit journeys load pages with this probe as their first script: it records console errors, uncaught errors,
// rejected promises and CSP violations in `window.__journeyErrors`. See journeys.mjs `probed`.
export const PROBE = `(() => {
  const errs = (window.__journeyErrors = []);
  const orig = console.error;
  console.error = function (...a) { errs.push(a.map(String).join(' ')); return orig.apply(this, a); };
  addEventListener('error', (e) => errs.push('error: ' + (e.message || (e.target && (e.target.src || e.target.href)) || e.type)), true);
  addEventListener('unhandledrejection', (e) => errs.push('unhandled rejection: ' + e.reason));
  document.addEventListener('securitypolicyviolation', (e) => errs.push('CSP: ' + e.violatedDirective + ' ' + e.blockedURI));
})();`;

export async function webkitDriver() {
  const { remote, Key } = await import('webdriverio');
  if (!process.env.DISPLAY) throw new Error('WebKit needs a display: run under xvfb-run -a (scripts/test does)');
  const port = await freePort();
  const driver = spawn(process.env.WEBKIT_WEBDRIVER ?? 'WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore' });
  const stopDriver = () => { try { driver.kill(); } catch { /* gone */ } };
  process.once('exit', stopDriver);
  const keys = { Enter: Key.Enter, Escape: Key.Escape, Tab: Key.Tab, ArrowDown: Key.ArrowDown, ArrowUp: Key.ArrowUp };
  let browser;
  for (let i = 0; ; i++) {
    try {
      browser = await remote({
        hostname: '127.0.0.1', port, logLevel: 'error', connectionRetryCount: 0,
        capabilities: {
          browserName: 'MiniBrowser',
          'webkitgtk:browserOptions': { binary: miniBrowser(), args: ['--automation'] },
        },
      });
      break;
    } catch (e) {
      if (i > 40) { stopDriver(); throw e; }
      await new Promise((r) => setTimeout(r, 250)); // the driver is still starting
    }
  }
  // One window for the whole run: WebKitWebDriver drives one MiniBrowser per session.
  return {
    name: 'webkit',
    version: `WebKitGTK ${browser.capabilities.browserVersion}`,
    probed: true,
    async open({ viewport = { width: 1280, height: 900 } } = {}) {
      await browser.setWindowSize(viewport.width, viewport.height).catch(() => {});
      const page = {
        async goto(url) {
          await browser.url('about:blank');
          await browser.url(url);
        },
        eval: (fn, arg) => browser.execute(fn, arg),
        waitFor: (fn, arg, ms) => poll(page, fn, arg, ms),
        async click(sel) {
          const el = await browser.$(sel);
          await el.scrollIntoView({ block: 'center' });
          await el.click();
        },
        focus: (sel) => browser.execute((s) => document.querySelector(s).focus(), sel),
        key: (k) => browser.keys(keys[k] ?? k),
        errors: () => browser.execute(() => window.__journeyErrors ?? ['the error probe did not run']),
        close: async () => {},
      };
      return page;
    },
    async close() {
      await browser.deleteSession().catch(() => {});
      stopDriver();
    },
  };
}

export const DRIVERS = { chromium: chromiumDriver, firefox: firefoxDriver, webkit: webkitDriver };
