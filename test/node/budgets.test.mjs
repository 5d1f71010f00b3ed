// Page-impact budgets as tests: request counts and layout shift, never
// wall-clock time (a shared 2-core machine makes any timing assertion flaky).
// The gzip budget lives in package.test.mjs.
//
// These drive Debian's Chromium with playwright-core from node:test, on the
// benchmark's pages and servers (bench/lib/): layout-shift entries and
// per-origin request counting are Chromium measurements here, so this file
// checks Chromium only; the web-test-runner suites cover the other engines.
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {deepCount, launch, loadPage} from '../../bench/lib/browser.mjs';
import {prepareWorkdir, removeWorkdir} from '../../bench/lib/build.mjs';
import {writeFeeds} from '../../bench/lib/feeds.mjs';
import {writePages} from '../../bench/lib/pages.mjs';
import {startServers} from '../../bench/lib/servers.mjs';

let work;
let servers;
let browser;
let run = 0;

before(async () => {
  // `npm test` has just built dist/; a private copy keeps a concurrent rebuild out of the way.
  work = prepareWorkdir({rebuild: 'never'});
  servers = await startServers(work, writeFeeds(work));
  writePages(work, servers.feedOrigin);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await servers?.close();
  if (work) removeWorkdir(work);
});

/** Opens bench/lib/pages.mjs's `name` page with our bundle; every load asks for feed URLs of its own. */
async function open(name, options) {
  const id = ++run;
  const loaded = await loadPage(browser, `${servers.pageOrigin}/${name}.ours.html?run=${id}`, options);
  return {...loaded, requests: (path) => servers.count(`${path}?run=${id}`)};
}

test('100 <related-articles> on one feed make one request and render all 300 cards', async () => {
  const {context, page, requests} = await open('hundred');
  try {
    assert.equal(await deepCount(page, 'article[part~="card"]'), 300);
    assert.equal(requests('/feed.json'), 1);
  } finally {
    await context.close();
  }
});

test('100 lazy <related-articles> below the fold make no request until scrolled near, then one', async () => {
  const {context, page, requests} = await open('lazy', {rendered: false, settle: 1000});
  try {
    assert.equal(requests('/feed.json'), 0, 'no request before scrolling');
    // The loading state is already in place: a reserved, busy section.
    assert.equal(await deepCount(page, 'section[aria-busy="true"]'), 100);
    // Near, not in view: the first element's top 200 px below the viewport (the margin is 400 px).
    await page.evaluate(() => {
      const top = document.querySelector('related-articles').getBoundingClientRect().top + scrollY;
      scrollTo(0, top - innerHeight - 200);
    });
    await page.waitForFunction(() => window.__bench.rendered !== null, null, {timeout: 20_000});
    assert.equal(requests('/feed.json'), 1, 'one request for every element that came near');
    const done = await deepCount(page, 'section[aria-busy="false"]');
    assert.ok(done >= 1 && done < 100, `only the elements near the viewport left their loading state (${done})`);
  } finally {
    await context.close();
  }
});

test('a lazy <support-banner> below the fold makes no request until scrolled near, then one', async () => {
  const {context, page, requests} = await open('lazy-banner', {rendered: false, settle: 1000});
  try {
    assert.ok(await page.evaluate(() => !!customElements.get('support-banner')), 'the bundle defines <support-banner>');
    assert.equal(requests('/banner.json'), 0, 'no request before scrolling');
    await page.evaluate(() => document.querySelector('support-banner').scrollIntoView());
    await page.waitForFunction(() => !document.querySelector('support-banner').shadowRoot.querySelector('[part="placeholder"]'), null, {
      timeout: 20_000,
    });
    assert.equal(requests('/banner.json'), 1);
  } finally {
    await context.close();
  }
});

test('a partner article page shifts nothing while <related-articles> loads (CLS 0)', async () => {
  // The widget sits mid-article in the first viewport and the feed answers after 300 ms, so the
  // reserved loading box is painted before the cards replace it. The script tag is in <head>
  // without `async`, so the element exists before the first paint: what is measured is the
  // loading state → cards. (With `async`, the light-DOM fallback shown before the script runs
  // is a different height from the reserved box; the benchmark reports that shift separately.)
  const {context, probe} = await open('partner-blocking', {settle: 500});
  try {
    assert.equal(probe.loads, 1, 'the widget rendered');
    assert.deepEqual(probe.shifts, [], `layout shifts: ${JSON.stringify(probe.shifts)}`);
    assert.equal(probe.cls, 0);
  } finally {
    await context.close();
  }
});
