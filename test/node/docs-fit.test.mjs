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
import {docsPageSettled} from '../../scripts/docs-settled.mjs';
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

for (const width of [1280, 390]) {
  test(`every page fits a ${width} px window`, async () => {
    const page = await browser.newPage({viewport: {width, height: 900}});
    const wider = [];
    for (const [file] of PAGES) {
      await page.goto(`${origin}/${file}`, {waitUntil: 'load'});
      await page.waitForFunction(docsPageSettled).catch((error) => assert.fail(`${file} never settled: ${error.message}`));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (overflow > 0) wider.push(`${file} is ${overflow} px wider than the window`);
    }
    await page.close();
    assert.deepEqual(wider, []);
  });
}
