// The server-rendering guides of the docs (docs/server.html), run as a partner would run
// them: the code is the files in docs/guides/, which the page includes as they are, and
// each imports 'newsroom-widgets/server' (the built package, dist/, through its own name).
// Feeds come from the feed server on 127.0.0.1. Astro's guide is not run here: Astro
// needs Node ≥ 22 and a project of its own (see docs/server.html).
import assert from 'node:assert/strict';
import {spawn} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {after, before, test} from 'node:test';
import {transform} from 'esbuild';
import {createElement} from 'react';
import {renderToReadableStream} from 'react-dom/server';
import {prerender} from 'react-dom/static';
import {partnerIframe, render, siteConfig} from '../../docs/site-plugin.mjs';
import {createFeedServer} from '../../scripts/feed-server.mjs';
import {renderFallback, renderRelatedArticles} from 'newsroom-widgets/server';

const root = new URL('../../', import.meta.url).pathname;
const guide = (file) => new URL(`../../docs/guides/${file}`, import.meta.url);
const FALLBACK = '<a href="https://ostrov.example/articles/">Статті ОстроВ</a>';
/** What every guide passes besides the attributes. */
const OPTIONS = {site: 'partner.example', fallback: FALLBACK};
const attrsFor = (src, limit) => ({src, limit, lang: 'uk', 'time-zone': 'Europe/Kyiv'});
const cards = (html) => (html.match(/<li part="item">/g) ?? []).length;

let feeds;
let FEED;
let MISSING;
before(async () => {
  feeds = createFeedServer({root: '.'});
  const origin = await feeds.listen();
  FEED = `${origin}/test/fixtures/ostrov/feed.json`;
  MISSING = `${origin}/test/fixtures/ostrov/no-such-feed.json`;
});
after(() => feeds.close());

test('the page shows each guide exactly as the files this test runs', () => {
  const page = render(readFileSync(`${root}docs/server.html`, 'utf8'), 'server.html', root, {feeds: './feeds'});
  const escaped = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  for (const file of ['node-server.mjs', 'eleventy.config.mjs', 'related-articles.jsx', 'RelatedArticles.astro']) {
    assert.ok(page.includes(escaped(readFileSync(guide(file), 'utf8').trimEnd())), `docs/server.html includes docs/guides/${file}`);
  }
  // The strict-CSP hashes are this build's, written in when the page is built.
  const hashes = JSON.parse(readFileSync(`${root}dist/styles/hashes.json`, 'utf8'))['style-src'];
  for (const hash of Object.values(hashes)) assert.ok(page.includes(escaped(hash)), `the page lists ${hash}`);
  assert.ok(page.includes(escaped(siteConfig(root).articles)));
});

test("the README's iframe embed is the one the docs page and the builder write (docs/snippets.mjs)", () => {
  const readme = readFileSync(`${root}README.md`, 'utf8');
  const iframe = partnerIframe(siteConfig(root));
  assert.match(iframe, /embed\.html\?element=related-articles&src=https%3A%2F%2F/);
  assert.ok(readme.includes(`\n${iframe}\n`), iframe);
});

/** Starts the plain Node server guide on 127.0.0.1, on a free port, with `feed` as its FEED_URL. */
async function startNodeGuide(feed) {
  const child = spawn(process.execPath, [guide('node-server.mjs').pathname], {
    env: {...process.env, FEED_URL: feed, PORT: '0', HOST: '127.0.0.1'},
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  const url = await new Promise((resolve, reject) => {
    let stdout = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      const found = /listening on (http:\S+)/.exec(stdout);
      if (found) resolve(found[1]);
    });
    child.on('exit', (code) => reject(new Error(`the guide's server exited (${code}): ${stderr}`)));
  });
  return {url, stderr: () => stderr, stop: () => child.kill()};
}

test('plain Node server: the page it serves has the cards in its HTML, and the fallback link when the feed fails', async () => {
  const server = await startNodeGuide(FEED);
  try {
    // Readers arriving together (a server just started, or the five minutes just over) share one render and one request.
    const together = await Promise.all(Array.from({length: 5}, () => fetch(server.url).then((r) => r.text())));
    assert.equal(new Set(together).size, 1);
    const response = await fetch(server.url);
    assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8');
    const page = await response.text();
    // A second reader within five minutes gets the same page without a second request for the feed.
    assert.equal(await (await fetch(server.url)).text(), page);
    assert.equal((await (await fetch(`${new URL(FEED).origin}/__count?url=${encodeURIComponent(new URL(FEED).pathname)}`)).json()).count, 1);
    assert.equal(cards(page), 3);
    assert.ok(page.includes(await renderRelatedArticles(attrsFor(FEED, 3), OPTIONS)), 'the renderer’s HTML, as it is, in the page');
    assert.match(page, /<related-articles src="[^"]+" limit="3" lang="uk" time-zone="Europe\/Kyiv"><template shadowrootmode="open"><style>/);
    assert.match(page, /utm_source=partner\.example&amp;/);
  } finally {
    server.stop();
  }

  const failing = await startNodeGuide(MISSING);
  try {
    const page = await (await fetch(failing.url)).text();
    assert.equal(cards(page), 0);
    assert.ok(page.includes(`<related-articles src="${MISSING}" limit="3" lang="uk" time-zone="Europe/Kyiv">${FALLBACK}</related-articles>`));
    assert.match(failing.stderr(), /related articles: .*404.* \(http\)/);
  } finally {
    failing.stop();
  }
});

test('Eleventy: the shortcode the config registers returns the cards, and the fallback when the feed fails', async () => {
  // The config's contract with Eleventy is one call, addShortcode(name, async function):
  // this stands in for Eleventy (not installed here; the guide was run once on Eleventy 3.1.8).
  const shortcodes = new Map();
  const listeners = new Map();
  const {default: configure} = await import(guide('eleventy.config.mjs'));
  configure({addShortcode: (name, shortcode) => shortcodes.set(name, shortcode), on: (event, listener) => listeners.set(event, listener)});
  assert.deepEqual([...shortcodes.keys()], ['relatedArticles']);
  const relatedArticles = shortcodes.get('relatedArticles');

  // A layout's shortcode runs once per page: fifty pages of a build ask for the feed once.
  const feed = `${FEED}?build=1`;
  const count = async () => (await (await fetch(`${new URL(FEED).origin}/__count?url=${encodeURIComponent('/test/fixtures/ostrov/feed.json?build=1')}`)).json()).count;
  listeners.get('eleventy.before')?.();
  const pages = await Promise.all(Array.from({length: 50}, () => relatedArticles(feed, 2)));
  assert.equal(await relatedArticles(feed, 2), pages[0]);
  assert.equal(await count(), 1);
  // The next build (or a rebuild while watching) asks again.
  listeners.get('eleventy.before')?.();
  await relatedArticles(feed, 2);
  assert.equal(await count(), 2);

  const html = await relatedArticles(FEED, 2);
  assert.equal(cards(html), 2);
  assert.equal(html, await renderRelatedArticles(attrsFor(FEED, 2), OPTIONS));
  // A feed that cannot be had does not fail the build.
  assert.equal(await relatedArticles(MISSING), renderFallback(attrsFor(MISSING, 3), OPTIONS));
});

/** The React guide's JSX as a module Node can import: its imports resolved from here, since a data: URL has no package of its own. */
async function importJsx(url) {
  const {code} = await transform(readFileSync(url, 'utf8'), {loader: 'jsx', jsx: 'automatic', format: 'esm'});
  const resolved = code.replace(/from\s+"([^"]+)"/g, (_, specifier) => `from ${JSON.stringify(import.meta.resolve(specifier))}`);
  return import(`data:text/javascript,${encodeURIComponent(resolved)}`);
}

test('React server component: an async component that react-dom/server streams, and react-dom/static prerenders, with the HTML as it is', async () => {
  const {default: RelatedArticles} = await importJsx(guide('related-articles.jsx'));
  const expected = await renderRelatedArticles(attrsFor(FEED, 2), OPTIONS);
  const page = () => createElement('main', null, createElement('h1', null, 'A story'), createElement(RelatedArticles, {src: FEED, limit: 2}));

  const stream = await renderToReadableStream(page());
  await stream.allReady;
  const streamed = await new Response(stream).text();
  assert.ok(streamed.includes(`<main><h1>A story</h1><div>${expected}</div></main>`), streamed.slice(0, 300));
  assert.equal(cards(streamed), 2);

  const {prelude} = await prerender(page());
  assert.ok((await new Response(prelude).text()).includes(`<div>${expected}</div>`));

  const failed = await renderToReadableStream(createElement(RelatedArticles, {src: MISSING}));
  await failed.allReady;
  assert.ok((await new Response(failed).text()).includes(renderFallback(attrsFor(MISSING, 3), OPTIONS)));
});
