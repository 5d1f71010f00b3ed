// The published docs site (`npm run docs`): built as a publisher would build it, every
// link and #anchor on every page leads somewhere inside the site, every API row says what
// it is, and the snippets a partner copies use the publisher's URLs, not the dev server's.
import assert from 'node:assert/strict';
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join, relative} from 'node:path';
import {after, before, test} from 'node:test';
import {buildSite} from '../../scripts/docs-build.mjs';
import {PAGES, siteConfig} from '../../docs/site-plugin.mjs';

const root = new URL('../../', import.meta.url).pathname;
const out = mkdtempSync(join(tmpdir(), 'newsroom-docs-site-'));
const pages = () => readdirSync(out).filter((f) => f.endsWith('.html'));
const read = (file) => readFileSync(join(out, file), 'utf8');
const config = siteConfig(root);

before(async () => {
  await buildSite({outDir: out});
});
after(() => rmSync(out, {recursive: true, force: true}));

/** Every URL the markup refers to (escaped code in code blocks is text, so it never matches). */
function references(html) {
  return [...html.matchAll(/<([a-z][a-z0-9-]*)\b[^>]*?\s(href|src)="([^"]*)"/g)].map(([, tag, attr, url]) => ({tag, attr, url: url.replace(/&amp;/g, '&')}));
}
const ids = (html) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));

test('every page of the navigation is in the site, the reference among them', () => {
  for (const [file] of PAGES) assert.ok(existsSync(join(out, file)), file);
  assert.ok(pages().includes('reference.html'));
  assert.match(read('reference.html'), /<h2 id="related-articles"><code>&lt;related-articles&gt;<\/code><\/h2>/);
});

test('every internal link, script, stylesheet, feed and #anchor on every page resolves', () => {
  const dead = [];
  for (const file of pages()) {
    const html = read(file);
    for (const {tag, url} of references(html)) {
      if (/^(https?:|mailto:|data:)/.test(url)) continue;
      const [path, anchor] = url.split('#');
      const target = path ? join(dirname(join(out, file)), path.split('?')[0]) : join(out, file);
      if (!target.startsWith(out) || !existsSync(target)) {
        dead.push(`${file}: <${tag}> ${url} (no such file)`);
        continue;
      }
      if (anchor && !ids(readFileSync(target, 'utf8')).has(decodeURIComponent(anchor))) dead.push(`${file}: <${tag}> ${url} (no id "${anchor}" in ${relative(out, target)})`);
    }
  }
  assert.deepEqual(dead, []);
});

test('the link check catches a dead link and a dead anchor', () => {
  // The check above is only as good as its parsing: it must see both kinds in ordinary markup.
  const html = '<p><a href="./nowhere.html">x</a> <a class="y" href="./index.html#no-such-id">y</a></p>';
  const refs = references(html);
  assert.deepEqual(refs.map((r) => r.url), ['./nowhere.html', './index.html#no-such-id']);
  assert.ok(!existsSync(join(out, 'nowhere.html')));
  assert.ok(!ids(read('index.html')).has('no-such-id'));
});

test('no API table row without a description', () => {
  const blank = [];
  let checked = 0;
  for (const file of pages()) {
    // API tables (generated from custom-elements.json) are the ones whose last column is the description.
    for (const [, table] of read(file).matchAll(/<table>([\s\S]*?)<\/table>/g)) {
      const head = [...(table.match(/<thead>([\s\S]*?)<\/thead>/)?.[1] ?? '').matchAll(/<th[^>]*>([\s\S]*?)<\/th>/g)].map((m) => m[1]);
      if (head.at(-1) !== 'description') continue;
      for (const [row] of table.matchAll(/<tr>\s*(?:<td[^>]*>[\s\S]*?<\/td>\s*)+<\/tr>/g)) {
        const cells = [...row.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((m) => m[1].replace(/<[^>]*>/g, '').trim());
        checked++;
        if (!cells.at(-1) || cells.at(-1) === '—') blank.push(`${file}: ${cells[0]}`);
      }
    }
  }
  assert.ok(checked > 100, `${checked} API rows checked`);
  assert.deepEqual(blank, []);
});

test('on a phone every table value keeps its column label (the rows stack there)', () => {
  assert.match(read('article-card.html'), /<td><code>excerpt<\/code><\/td><td data-label="property">/);
  assert.match(read('reference.html'), /<td data-label="meaning">/);
});

test("the partner snippets use the publisher's URLs from newsroom.config.json, never the dev server's", () => {
  for (const file of ['index.html', 'guides.html', 'publishing.html']) {
    const html = read(file);
    assert.ok(html.includes(config.script), `${file} names ${config.script}`);
    for (const [, code] of html.matchAll(/<div class="code">[\s\S]*?<code[^>]*>([\s\S]*?)<\/code>/g)) {
      if (/&lt;script src=/.test(code)) assert.doesNotMatch(code, /127\.0\.0\.1|localhost/, `${file}: a snippet with a dev-server URL`);
    }
  }
  assert.ok(read('index.html').includes(`src="${config.articles}"`.replace(/"/g, '&quot;')) || read('index.html').includes(config.articles));
});

test('the live examples run on the sample feeds inside the site, which the states examples fake on a static host', () => {
  const html = read('related-articles.html');
  assert.match(html, /<related-articles lang="uk" src="\.\/feeds\/articles\.json"/);
  assert.ok(existsSync(join(out, 'feeds/articles.json')) && existsSync(join(out, 'feeds/banner.json')));
  assert.ok(existsSync(join(out, 'dist/newsroom-widgets.js')) && existsSync(join(out, 'dist/sri.json')));
  assert.doesNotMatch(html, /\{\{[A-Z_]+\}\}/);
});
