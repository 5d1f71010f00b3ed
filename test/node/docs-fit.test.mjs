// Every docs page fits the window at 1280 and 390 px: nothing on it (a screenshot taken at
// 1280 px, a long line of code, a wide table, a live example) makes the page scroll sideways.
// The site as `npm run docs` writes it, live examples and their sample feeds included, in
// Debian's Chromium. And the examples of the loading and error states show those states on that
// site as a publisher hosts it: plain files on a static server, which answers every URL with its
// file whatever the query says (no `stall=1`, no `html=1` as the demo's feed server has).
import assert from 'node:assert/strict';
import {copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {createServer} from 'node:http';
import {tmpdir} from 'node:os';
import {extname, join, normalize} from 'node:path';
import {after, before, test} from 'node:test';
import {launch} from '../../bench/lib/browser.mjs';
import {PAGES} from '../../docs/site-plugin.mjs';
import {buildSite} from '../../scripts/docs-build.mjs';
import {docsPageSettled} from '../../scripts/docs-settled.mjs';
import {createFeedServer} from '../../scripts/feed-server.mjs';

const site = mkdtempSync(join(tmpdir(), 'newsroom-docs-fit-'));
const TYPES = {'.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml'};
let server;
let origin;
let staticHost;
let staticOrigin;
let browser;

before(async () => {
  browser = await launch();
  await buildSite({outDir: site});
  server = createFeedServer({root: site});
  origin = await server.listen();
  // A static host: the path's file, the query ignored.
  staticHost = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://host').pathname)).replace(/^(\.\.[/\\])+/, '');
    try {
      const body = readFileSync(join(site, path.endsWith('/') ? `${path}index.html` : path));
      res.writeHead(200, {'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream'}).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => staticHost.listen(0, '127.0.0.1', resolve));
  staticOrigin = `http://127.0.0.1:${staticHost.address().port}`;
});

after(async () => {
  await browser?.close();
  await server?.close();
  staticHost?.close();
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

/** Run in the page: each example of the States section, as its caption's first words and its element's state. */
function statesShown() {
  const figures = document.querySelector('#states ~ .side-by-side').querySelectorAll('figure');
  return Array.from(figures, (figure) => [
    figure.querySelector('figcaption').textContent.split(/[(,]/)[0].trim(),
    figure.querySelector('related-articles, support-banner').state,
  ]);
}

/** Run in the page: every example but one (the loading one) has settled. */
function othersSettled() {
  const figures = document.querySelector('#states ~ .side-by-side').querySelectorAll('figure');
  return Array.from(figures).filter((figure) => figure.querySelector('related-articles, support-banner').state === 'loading').length <= 1;
}

async function states(file) {
  const page = await browser.newPage();
  await page.goto(`${staticOrigin}/${file}`, {waitUntil: 'load'});
  await page.waitForFunction(othersSettled);
  const result = await page.evaluate(statesShown);
  await page.close();
  return result;
}

test('the States examples of <related-articles> show loading, empty and error on a static host', async () => {
  assert.deepEqual(await states('related-articles.html'), [
    ['Loading', 'loading'],
    ['Empty', 'empty'],
    ['Error', 'error'],
  ]);
});

test('the States examples of <support-banner> show loading, shown and nothing on a static host', async () => {
  assert.deepEqual(await states('support-banner.html'), [
    ['Loading', 'loading'],
    ['Shown', 'shown'],
    ['Nothing to show', 'hidden'],
  ]);
});

test("the site's iframe page names the script when it could not load it, not the element", async () => {
  // The page partners frame (newsroom.config.json's `embed`), copied to a folder without the script beside it.
  mkdirSync(join(site, 'lonely'));
  copyFileSync(join(site, 'dist/embed.html'), join(site, 'lonely/embed.html'));
  const page = await browser.newPage();
  const errors = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(`${staticOrigin}/lonely/embed.html?element=related-articles&src=./feeds/articles.json`, {waitUntil: 'load'});
  await page.close();
  const ours = errors.filter((text) => text.startsWith('[newsroom-widgets]'));
  assert.equal(ours.length, 1, errors.join('\n'));
  assert.match(ours[0], /newsroom-widgets\.js/);
  assert.doesNotMatch(ours[0], /"element" must be/);
});

test("the site's iframe page passes the page switches (newsroom-debug, -preview, -reset) to the element without calling them unknown attributes", async () => {
  const page = await browser.newPage();
  const messages = [];
  page.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));
  await page.goto(`${staticOrigin}/dist/embed.html?element=related-articles&src=../feeds/articles.json&newsroom-debug=1`, {waitUntil: 'load'});
  await page.waitForFunction(() => document.querySelector('related-articles').state === 'complete');
  await page.close();
  assert.deepEqual(messages.filter((text) => text.includes('has no attribute')), []);
  // The switch reached the element, which reads it from the frame's own URL.
  assert.ok(messages.some((text) => text.startsWith('info: [newsroom-widgets]')), messages.join('\n'));
});
