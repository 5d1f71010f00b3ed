// Lifecycle and memory of <related-articles> in the built script-tag bundle
// (issue 11): counts, never times. Debian's Chromium through playwright-core,
// because the counters come from CDP (forced GC, DOM nodes, event listeners);
// the pages come from scripts/page-server.mjs and the feeds from
// scripts/feed-server.mjs, on two 127.0.0.1 origins, as on a partner's page.
//
// - 200 lists mounted and removed one after another, each waiting for its load
//   event: after a forced GC, DOM nodes, live event listeners (window, document
//   and the page's total) and IntersectionObserver/ResizeObserver instances and
//   observed targets are back within a small bound of their level after 20.
// - A list removed while its feed is in flight aborts the request (the feed
//   server sees the connection close before it answered; CDP sees the request
//   cancelled) and prints nothing, fires nothing, once the answer would have come.
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {launch} from '../../bench/lib/browser.mjs';
import {prepareWorkdir, removeWorkdir, ROOT} from '../../bench/lib/build.mjs';
import {createFeedServer} from '../../scripts/feed-server.mjs';
import {createPageServer} from '../../scripts/page-server.mjs';

const CYCLES = 200;
const WARM = 20;
/**
 * The delayed feed's answer time (under the elements' 8 s timeout, and long
 * enough for a busy machine to remove them first); the page waits past it
 * before looking for late output.
 */
const DELAY = 4000;

/**
 * Installed before any page script: counts every IntersectionObserver and
 * ResizeObserver made, those collected (FinalizationRegistry, after a forced
 * GC), and the targets they observe right now (observe − unobserve −
 * disconnect, and what a collected observer still held). Weak references
 * only, so the wrapper itself keeps nothing alive.
 */
function countObservers() {
  const stats = (window.__observers = {created: 0, collected: 0, observing: 0});
  const gone = new FinalizationRegistry((rec) => {
    stats.collected++;
    stats.observing -= rec.n;
  });
  for (const name of ['IntersectionObserver', 'ResizeObserver']) {
    const Native = window[name];
    if (!Native) continue;
    window[name] = class extends Native {
      #targets = new WeakSet();
      #rec = {n: 0};
      constructor(...args) {
        super(...args);
        stats.created++;
        gone.register(this, this.#rec);
      }
      observe(target, ...rest) {
        if (!this.#targets.has(target)) {
          this.#targets.add(target);
          this.#rec.n++;
          stats.observing++;
        }
        return super.observe(target, ...rest);
      }
      unobserve(target) {
        if (this.#targets.delete(target)) {
          this.#rec.n--;
          stats.observing--;
        }
        return super.unobserve(target);
      }
      disconnect() {
        stats.observing -= this.#rec.n;
        this.#rec.n = 0;
        this.#targets = new WeakSet();
        return super.disconnect();
      }
    };
  }
}

const PAGE = `<!doctype html>
<html lang="uk">
<head><meta charset="utf-8"><title>lifecycle</title><link rel="icon" href="data:,"><script src="/dist/newsroom-widgets.js"></script></head>
<body><h1>Lifecycle</h1></body>
</html>`;

let work;
let feeds;
let pages;
let browser;
let pageUrl;
let feedOrigin;
/** path?query of every feed request whose connection closed before the server answered it. */
const closedEarly = new Set();

before(async () => {
  browser = await launch();
  // `npm test` has just built dist/; a verified private copy keeps a concurrent rebuild out of the way.
  work = prepareWorkdir({rebuild: 'never'});
  feeds = createFeedServer({root: join(ROOT, 'test/fixtures/ostrov')});
  feeds.server.on('request', (req, res) => {
    res.on('close', () => {
      if (!res.writableFinished) closedEarly.add(req.url);
    });
  });
  pages = createPageServer({root: work});
  [feedOrigin] = await Promise.all([feeds.listen(), pages.listen().then((o) => (pageUrl = o))]);
  const posted = await fetch(`${pageUrl}/__page`, {method: 'POST', body: JSON.stringify({html: PAGE})}).then((r) => r.json());
  pageUrl += posted.url;
});

after(async () => {
  await browser?.close();
  await feeds?.close();
  await pages?.close();
  if (work) removeWorkdir(work);
});

test(`${CYCLES} lists mounted and removed leave no DOM nodes, listeners or observers behind`, async (t) => {
  const {context, page, cdp, output} = await open();
  try {
    await cdp.send('Performance.enable');
    const run = (from, to) => page.evaluate(mountAndRemove, {from, to, feeds: feedOrigin});
    assert.equal(await run(0, WARM), WARM, 'every list loaded');
    const warm = await counts(page, cdp);
    assert.equal(await run(WARM, CYCLES), CYCLES - WARM, 'every list loaded');
    const end = await counts(page, cdp);
    const report = `after ${WARM} cycles ${JSON.stringify(warm)}, after ${CYCLES} ${JSON.stringify(end)}`;
    t.diagnostic(report);

    // A list that stayed alive would keep its shadow tree: over 60 nodes each, more than 10,000 for 180 cycles.
    assert.ok(end.nodes - warm.nodes <= 60, `DOM nodes grew by ${end.nodes - warm.nodes}: ${report}`);
    // Each list adds a window 'online' listener while connected; forgetting to remove it leaves 180.
    assert.ok(end.window - warm.window <= 1, `window listeners grew by ${end.window - warm.window}: ${report}`);
    assert.ok(end.document - warm.document <= 1, `document listeners grew by ${end.document - warm.document}: ${report}`);
    // Every listener on any target alive in the page (AbortSignals, elements, observers' callbacks…).
    assert.ok(end.listeners - warm.listeners <= 10, `live JS event listeners grew by ${end.listeners - warm.listeners}: ${report}`);
    // One shared observer per rule is fine; one per element, or a target never unobserved, is not.
    assert.ok(end.observers - warm.observers <= 1, `live observers grew by ${end.observers - warm.observers}: ${report}`);
    assert.ok(end.observing - warm.observing <= 1, `observed targets grew by ${end.observing - warm.observing}: ${report}`);
    // The count in the page is not vacuous: the lazy lists were observed, and the counts went back down.
    assert.ok(end.created >= 1, `the lists observed something (${report})`);
    assert.deepEqual(output, [], 'nothing printed to the console');
  } finally {
    await context.close();
  }
});

test('a list removed while its feed is in flight aborts the request and prints nothing later', async () => {
  const {context, page, cdp, output} = await open();
  try {
    await cdp.send('Network.enable');
    const cancelled = new Set();
    const urls = new Map();
    cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url));
    cdp.on('Network.loadingFailed', (e) => e.canceled && cancelled.add(urls.get(e.requestId)));
    // A good feed, and one that would answer 404 (an error event, a console message) if anyone were still listening.
    const paths = [`/feed.json?inflight=ok&delay=${DELAY}`, `/feed.json?inflight=404&delay=${DELAY}&status=404`];
    const seen = await page.evaluate(
      async ({urls, wait, feeds}) => {
        const events = [];
        const els = urls.map((path) => {
          const el = document.createElement('related-articles');
          el.setAttribute('src', feeds + path);
          // On the element itself: once it is out of the document, its events no longer reach it.
          for (const type of ['related-articles-load', 'related-articles-error']) el.addEventListener(type, () => events.push(`${type} ${path}`));
          document.body.append(el);
          return el;
        });
        // Removed once the server has every request (polled on its count endpoint), long before it answers.
        for (const path of urls) {
          for (let n = 0; n < 250; n++) {
            const {count} = await fetch(`${feeds}/__count?url=${encodeURIComponent(path)}`).then((r) => r.json());
            if (count) break;
            await new Promise((r) => setTimeout(r, 20));
          }
        }
        for (const el of els) el.remove();
        await new Promise((r) => setTimeout(r, wait));
        return events;
      },
      {urls: paths, wait: DELAY + 1500, feeds: feedOrigin},
    );
    for (const path of paths) {
      assert.equal(feeds.counts.get(path), 1, `${path} was requested once`);
      assert.ok(closedEarly.has(path), `the feed server saw ${path} closed before it answered`);
      assert.ok(cancelled.has(feedOrigin + path), `Chromium cancelled ${path}`);
    }
    assert.deepEqual(seen, [], 'no load or error event after removal');
    assert.deepEqual(output, [], 'nothing printed to the console');
  } finally {
    await context.close();
  }
});

/** A fresh context on the test page; `output` collects console messages and uncaught errors. */
async function open() {
  const context = await browser.newContext();
  await context.addInitScript(countObservers);
  const page = await context.newPage();
  const output = [];
  page.on('console', (m) => output.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => output.push(`uncaught: ${e.message}`));
  const cdp = await context.newCDPSession(page);
  await page.goto(pageUrl);
  await page.waitForFunction(() => customElements.get('related-articles'));
  return {context, page, cdp, output};
}

/**
 * In the page: cycles `from`..`to`, one at a time. Each mounts a list and, in
 * the same box, a lazy list 20,000 px below the fold (never near, so it is
 * still waiting on the shared IntersectionObserver), waits for the first
 * list's load event, and removes the box. Odd cycles fetch a feed URL of
 * their own; even ones reuse the first cycle's (the kept copy, no request);
 * every fourth is lazy itself (in view, so it loads at once). Resolves to the
 * number of lists that loaded.
 */
async function mountAndRemove({from, to, feeds}) {
  let loaded = 0;
  for (let i = from; i < to; i++) {
    const box = document.createElement('div');
    const el = document.createElement('related-articles');
    el.setAttribute('src', i % 2 ? `${feeds}/feed.json?cycle=${i}` : `${feeds}/feed.json?shared`);
    if (i % 4 === 1) el.setAttribute('loading', 'lazy');
    const far = document.createElement('related-articles');
    far.setAttribute('src', `${feeds}/feed.json?far=${i}`);
    far.setAttribute('loading', 'lazy');
    far.style.marginTop = '20000px';
    box.append(el, far);
    let timer;
    const done = new Promise((resolve, reject) => {
      el.addEventListener('related-articles-load', () => resolve(), {once: true});
      el.addEventListener('related-articles-error', (e) => reject(new Error(`cycle ${i}: ${e.detail.error}`)), {once: true});
      timer = setTimeout(() => reject(new Error(`cycle ${i}: no load event within 10 s`)), 10_000);
    });
    document.body.append(box);
    await done.finally(() => clearTimeout(timer));
    loaded++;
    box.remove();
  }
  return loaded;
}

/** After a forced GC (twice, with finalizers run between): what is still alive in the page. */
async function counts(page, cdp) {
  for (let i = 0; i < 3; i++) {
    await cdp.send('HeapProfiler.collectGarbage');
    await page.evaluate(() => new Promise((r) => setTimeout(r, 50)));
  }
  const {metrics} = await cdp.send('Performance.getMetrics');
  const m = Object.fromEntries(metrics.map(({name, value}) => [name, value]));
  const listenersOn = async (expression) => {
    const {result} = await cdp.send('Runtime.evaluate', {expression, objectGroup: 'lifecycle'});
    const {listeners} = await cdp.send('DOMDebugger.getEventListeners', {objectId: result.objectId});
    await cdp.send('Runtime.releaseObjectGroup', {objectGroup: 'lifecycle'});
    return listeners.length;
  };
  const o = await page.evaluate(() => ({...window.__observers}));
  return {
    nodes: m.Nodes,
    listeners: m.JSEventListeners,
    window: await listenersOn('window'),
    document: await listenersOn('document'),
    observers: o.created - o.collected,
    observing: o.observing,
    created: o.created,
  };
}
