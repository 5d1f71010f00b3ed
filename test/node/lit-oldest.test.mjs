// package.json declares `@lit/reactive-element: ^2.0.0` (the elements build
// on Lit's ReactiveElement, not on lit-html); this proves the oldest release
// that range allows, the one Lit 3.0.0 shipped. It is a devDependency under
// the `reactive-element-oldest` alias, so this runs offline after `npm ci`. The sources are
// type-checked against it, then bundled with it (esbuild aliases) and
// rendered in Chromium: cards from a feed, and a standalone card.
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {promisify} from 'node:util';
import {build} from 'esbuild';
import {launch} from '../../bench/lib/browser.mjs';

const run = promisify(execFile);
const OLDEST = {'@lit/reactive-element': 'reactive-element-oldest'};
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
let browser;

before(async () => {
  browser = await launch();
});
after(() => browser?.close());

test('package.json declares the Lit range this file proves', () => {
  // The Lit range this file proves; the other dependencies are the React entry's (@lit/react) and
  // the server renderer's (@xmldom/xmldom, entities), none of which is in the script-tag files.
  assert.equal(pkg.dependencies['@lit/reactive-element'], '^2.0.0');
  assert.deepEqual(Object.keys(pkg.dependencies).sort(), ['@lit/react', '@lit/reactive-element', '@xmldom/xmldom', 'entities']);
  assert.equal(pkg.devDependencies['reactive-element-oldest'], 'npm:@lit/reactive-element@2.0.0');
  const {version} = JSON.parse(readFileSync('node_modules/reactive-element-oldest/package.json', 'utf8'));
  assert.equal(version, '2.0.0');
});

test('the sources type-check against @lit/reactive-element 2.0.0', async () => {
  const {stdout} = await run('node_modules/.bin/tsc', ['-p', 'test/types/lit-oldest/tsconfig.json', '--listFiles'], {encoding: 'utf8'}).catch(
    (e) => assert.fail(`tsc:\n${e.stdout}${e.stderr}`),
  );
  const lit = stdout.split('\n').filter((f) => /\/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(f));
  assert.deepEqual(lit, [], 'no file of the current Lit is in the program');
  assert.ok(stdout.includes('/node_modules/reactive-element-oldest/'), '@lit/reactive-element 2.0.0 is');
});

test('the elements render with @lit/reactive-element 2.0.0 bundled in', async () => {
  const {outputFiles} = await build({
    entryPoints: ['src/embed.ts'],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2021',
    alias: OLDEST,
    define: {__NEWSROOM_VERSION__: JSON.stringify(pkg.version)},
    logLevel: 'silent',
  });
  const bundle = outputFiles[0].text;
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'ОстроВ',
    home_page_url: 'https://feeds.test/',
    items: [1, 2, 3, 4].map((n) => ({id: `a${n}`, url: `https://feeds.test/a${n}`, title: `Стаття ${n}`, summary: `Текст ${n}`})),
  };
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.route('https://page.test/', (r) =>
      r.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html lang="uk"><body>
          <related-articles src="https://feeds.test/feed.json" limit="3"></related-articles>
          <article-card heading="Окрема картка" href="https://feeds.test/x"></article-card>
          <script src="/bundle.js"></script></body></html>`,
      }),
    );
    await page.route('https://page.test/bundle.js', (r) => r.fulfill({contentType: 'text/javascript', body: bundle}));
    await page.route('https://feeds.test/feed.json', (r) =>
      r.fulfill({contentType: 'application/feed+json', headers: {'access-control-allow-origin': '*'}, body: JSON.stringify(feed)}),
    );
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('https://page.test/');
    await page.waitForFunction(() => document.querySelector('related-articles').shadowRoot?.querySelectorAll('[part~="title"]').length === 3, null, {
      timeout: 20_000,
    });
    const seen = await page.evaluate(() => ({
      versions: window.reactiveElementVersions,
      litHtml: window.litHtmlVersions,
      titles: [...document.querySelector('related-articles').shadowRoot.querySelectorAll('[part~="title"]')].map((t) => t.textContent.trim()),
      card: document.querySelector('article-card').shadowRoot.querySelector('[part~="link"]')?.textContent.trim(),
      global: window.NewsroomWidgets?.version,
    }));
    assert.deepEqual(seen, {versions: ['2.0.0'], litHtml: undefined, titles: ['Стаття 1', 'Стаття 2', 'Стаття 3'], card: 'Окрема картка', global: pkg.version});
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
