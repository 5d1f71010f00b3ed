// Debian's Chromium driven by playwright-core. These measurements (long tasks,
// layout shift, CDP heap and network figures) exist only in Chromium, which is
// why the benchmark and the request/CLS budget tests use it alone.
import {existsSync} from 'node:fs';
import {chromium} from 'playwright-core';
import {browserPaths} from '../../scripts/browsers.mjs';

// CHROMIUM_PATH is this file's own setting; without it, the Chromium the web-test-runner suites use.
export const CHROMIUM = process.env.CHROMIUM_PATH || browserPaths.chromium;
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--enable-precise-memory-info',
];

/** Chromium with the arguments above, for the benchmark, the Node tests and the screenshot scripts. */
export async function launch() {
  // Playwright's own error names the path only; this one also says how to get the browser.
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's chromium package or set CHROMIUM_PATH`);
  return chromium.launch({executablePath: CHROMIUM, args: ARGS});
}

/**
 * The "Slow 4G" network of issue 24 by its nominal figures: 150 ms added to every request, 1.6 Mbit/s
 * down, 750 kbit/s up (CDP throughputs are in bytes per second). DevTools' own preset of that name
 * applies 3.75 times the latency and 0.9 times the throughputs (BENCHMARKS.md, Slow 4G).
 */
export const SLOW_4G = {offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8};

/**
 * Loads `url` in a fresh context (empty cache and storage, like a first visit)
 * and resolves once the probe saw every expected widget render (when `rendered`)
 * and `settle` ms more passed, so late shifts and long tasks are counted.
 * `network`: record each response's transferred bytes (`transfers`).
 * `conditions`: a CDP `Network.emulateNetworkConditions` profile (such as
 * SLOW_4G), applied with the cache disabled before the navigation.
 * `javaScript: false` loads the page with scripts off (then `probe` is null).
 * Returns {context, page, cdp, probe, transfers}; the caller closes `context`.
 */
export async function loadPage(browser, url, {rendered = true, settle = 300, network = false, conditions, javaScript = true} = {}) {
  const context = await browser.newContext({viewport: {width: 1280, height: 800}, javaScriptEnabled: javaScript});
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const transfers = [];
  if (network || conditions) await cdp.send('Network.enable');
  if (network) {
    const urls = new Map();
    cdp.on('Network.responseReceived', (e) => urls.set(e.requestId, e.response.url));
    cdp.on('Network.loadingFinished', (e) => transfers.push({url: urls.get(e.requestId), bytes: e.encodedDataLength}));
  }
  if (conditions) {
    await cdp.send('Network.emulateNetworkConditions', conditions);
    await cdp.send('Network.setCacheDisabled', {cacheDisabled: true});
  }
  await page.goto(url, {waitUntil: 'load'});
  if (rendered) await page.waitForFunction(() => window.__bench.rendered !== null, null, {timeout: 30_000, polling: 50});
  await page.waitForTimeout(settle);
  const probe = javaScript ? await page.evaluate(() => window.__bench) : null;
  return {context, page, cdp, probe, transfers};
}

/** Elements matching `selector` anywhere, shadow roots included (a variant's `card` selector counts its cards). */
export function deepCount(page, selector) {
  return page.evaluate((sel) => {
    let n = 0;
    const walk = (root) => {
      n += root.querySelectorAll(sel).length;
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
    };
    walk(document);
    return n;
  }, selector);
}

/** JS heap in use after a full GC, and DOM nodes, from CDP. */
export async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const {metrics} = await cdp.send('Performance.getMetrics');
  const m = Object.fromEntries(metrics.map(({name, value}) => [name, value]));
  return {heap: m.JSHeapUsedSize, nodes: m.Nodes};
}

/** Long tasks (> 50 ms) up to `until` ms after navigation, and their total blocking time. */
export function mainThread(probe, until = Infinity) {
  const tasks = probe.longtasks.filter(([start]) => start <= until);
  return {longTasks: tasks.length, tbt: tasks.reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0)};
}

/**
 * Render cost measured inside the page, away from page-load noise: mount
 * `count` elements on one feed URL, wait for every card, force style and
 * layout, and take the time. `warm`: the URL the page's first widget already
 * fetched (no request, no loading state). Cold (`feed` given): a URL no one
 * asked for yet, so each element shows its loading state, one request is
 * made, and the cards replace the placeholders — what a real page does.
 * The minimum of `rounds` is the figure least disturbed by other processes.
 */
export function renderWork(page, {count, limit = 3, rounds = 5, feed}) {
  return page.evaluate(
    async ({count, limit, rounds, feed}) => {
      const pageData = document.documentElement.dataset;
      const first = document.querySelector(pageData.tag);
      const times = [];
      for (let round = 0; round < rounds; round++) {
        const src = feed ? `${feed}${feed.includes('?') ? '&' : '?'}round=${round}-${Math.random()}` : first.getAttribute('src');
        const box = document.createElement('div');
        const roundStarted = performance.now();
        const done = new Promise((resolve) => {
          let loaded = 0;
          box.addEventListener(pageData.event, () => {
            loaded += 1;
            if (loaded === count) resolve();
          });
        });
        for (let i = 0; i < count; i++) {
          const el = document.createElement(pageData.tag);
          el.setAttribute('src', src);
          el.setAttribute('limit', String(limit));
          box.append(el);
        }
        document.body.append(box);
        await done;
        await window.__benchSettled(box.children);
        void document.body.offsetHeight;
        times.push(performance.now() - roundStarted);
        box.remove();
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return Math.min(...times);
    },
    {count, limit, rounds, feed},
  );
}

/** The first widget's rendered section (its shadow root's markup), to compare ours with the same-markup baseline. */
export function listMarkup(page) {
  return page.evaluate(() => document.querySelector('related-articles, baseline-articles')?.shadowRoot?.querySelector('section')?.outerHTML ?? '');
}
