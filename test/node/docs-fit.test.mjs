// Every docs page fits the window at 1280 and 390 px: nothing on it (a screenshot taken at
// 1280 px, a long line of code, a wide table, a live example) makes the page scroll sideways.
// The site as `npm run docs` writes it, live examples and their sample feeds included, in
// Debian's Chromium.
import assert from 'node:assert/strict';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, test} from 'node:test';
import {launch} from '../../bench/lib/browser.mjs';
import {PAGES} from '../../docs/site-plugin.mjs';
import {buildSite} from '../../scripts/docs-build.mjs';
import {createFeedServer} from '../../scripts/feed-server.mjs';

const site = mkdtempSync(join(tmpdir(), 'newsroom-docs-fit-'));
let server;
let origin;
let browser;

before(async () => {
  browser = await launch();
  await buildSite({outDir: site});
  server = createFeedServer({root: site});
  origin = await server.listen();
});

after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(site, {recursive: true, force: true});
});

/**
 * Run in the page: true once everything that can widen it after the load event is there. Its
 * fonts are in (a late font changes the width of text), every custom element is defined, and
 * every live example shows what its feed gives (cards, a banner, an error or nothing), but for
 * the examples of the loading state, whose feed never answers (`stall=1`, see docs/site.ts).
 * On the builder, the snippet has its measured height CSS, which comes later and holds its
 * longest lines.
 */
function settled() {
  if (document.fonts.status !== 'loaded' || document.querySelector(':not(:defined)')) return false;
  for (const widget of document.querySelectorAll('related-articles, support-banner')) {
    const stalled = new URL(widget.src, location.href).searchParams.get('stall') === '1';
    if (widget.state === 'loading' && !stalled) return false;
  }
  const snippet = document.getElementById('snippet');
  return !snippet || snippet.parentElement.dataset.state === 'ready';
}

for (const width of [1280, 390]) {
  test(`every page fits a ${width} px window`, async () => {
    const page = await browser.newPage({viewport: {width, height: 900}});
    const wider = [];
    for (const [file] of PAGES) {
      await page.goto(`${origin}/${file}`, {waitUntil: 'load'});
      await page.waitForFunction(settled).catch((error) => assert.fail(`${file} never settled: ${error.message}`));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (overflow > 0) wider.push(`${file} is ${overflow} px wider than the window`);
    }
    await page.close();
    assert.deepEqual(wider, []);
  });
}
