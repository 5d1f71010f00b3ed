// What `npm run build` ships, checked in Node against the real files in dist/.
import {spawnSync} from 'node:child_process';
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

/**
 * Bytes, gzip level 9 (zlib), of the script-tag bundle with all three elements and Lit.
 * Decided (issue 11): 20,000 B after the render-floor change, and the features of the
 * issues after it may add up to 2,000 B in all, so 22,000 B is the ceiling. Since the
 * elements build on Lit's ReactiveElement without lit-html (Lit's share about 3,080 B,
 * was 6,110), everything fits the 20,000 B figure: measured 19,993 B (2026-12-03), so the test
 * holds 20,000 (a small margin, growth stays visible). Say why whenever it moves.
 */
export const BUNDLE_BUDGET_GZIP = 20_000;

test('the script-tag bundle stays within its gzip budget', () => {
  const bundle = readFileSync('dist/newsroom-widgets.js');
  const gz = gzipSync(bundle, {level: 9}).length;
  console.log(`# dist/newsroom-widgets.js: ${bundle.length} B minified, ${gz} B gzip (budget ${BUNDLE_BUDGET_GZIP})`);
  assert.ok(gz <= BUNDLE_BUDGET_GZIP, `bundle is ${gz} B gzip, over the ${BUNDLE_BUDGET_GZIP} B budget`);
});

test('the script-tag bundle is self-contained: no import/export, Lit inside', () => {
  const code = readFileSync('dist/newsroom-widgets.js', 'utf8');
  assert.doesNotMatch(code, /^\s*import[\s{]|\bexport\s*\{/m);
  assert.match(code, /adoptedStyleSheets/); // Lit's CSS support is bundled in
});

test('every exports entry points at a built file', () => {
  const targets = [];
  for (const [key, value] of Object.entries(pkg.exports)) {
    if (typeof value === 'string') targets.push([key, value]);
    else for (const v of Object.values(value)) targets.push([key, v]);
  }
  for (const [key, file] of targets) assert.ok(existsSync(file), `exports["${key}"] → ${file} is missing`);
});

test('the ES build leaves Lit as an import (a dependency, not bundled)', () => {
  // Every element's base class: Lit's ReactiveElement, imported, not copied in.
  const code = readFileSync('dist/components/widget-element.js', 'utf8');
  assert.match(code, /from\s*["']@lit\/reactive-element["']/);
  assert.ok(pkg.dependencies['@lit/reactive-element'], '@lit/reactive-element is a dependency');
  for (const file of ['dist/index.js', 'dist/components/related-articles/related-articles.js', 'dist/components/support-banner/support-banner.js']) {
    assert.doesNotMatch(readFileSync(file, 'utf8'), /class ReactiveElement|from\s*["']lit(-html)?["']/, file);
  }
});

test('the manifest lists every element with its attributes and events', () => {
  const manifest = JSON.parse(readFileSync(pkg.customElements, 'utf8'));
  const decls = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement);
  const names = decls.map((d) => d.name).sort();
  for (const n of ['ArticleCard', 'RelatedArticles']) assert.ok(names.includes(n), `${n} in manifest`);
  const related = decls.find((d) => d.name === 'RelatedArticles');
  const attrs = related.attributes.map((a) => a.name);
  for (const a of ['src', 'limit', 'heading', 'heading-level', 'category', 'exclude', 'all-href', 'all-label', 'time-zone']) {
    assert.ok(attrs.includes(a), `attribute ${a}`);
  }
  const events = related.events.map((e) => e.name);
  for (const e of ['related-articles-load', 'related-articles-error']) assert.ok(events.includes(e), `event ${e}`);
});

test('importing the package entry in Node (no DOM) does not throw', async () => {
  const mod = await import('../../dist/index.js');
  assert.equal(typeof mod.RelatedArticles, 'function');
  assert.equal(typeof mod.ArticleCard.define, 'function');
  // define() without a registry is a no-op, not a crash.
  mod.RelatedArticles.define();
});

test('importing the package leaves nothing running: a server render exits on its own', () => {
  // A handle left open at import (a timer, a MessageChannel port) would keep a server's process alive.
  const entry = new URL('../../dist/index.js', import.meta.url).href;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', `await import(${JSON.stringify(entry)});`], {timeout: 10_000});
  assert.equal(run.error, undefined, 'the process did not exit within 10 s');
  assert.equal(run.status, 0, String(run.stderr));
});

test('every module entry imports in Node (no DOM), the define entries included', async () => {
  // Frameworks that render on the server import whichever entry the page uses.
  const entries = Object.entries(pkg.exports)
    .map(([key, value]) => [key, typeof value === 'string' ? value : value.default])
    .filter(([key, file]) => file.endsWith('.js') && file.startsWith('./dist/') && !key.endsWith('newsroom-widgets.js'));
  assert.ok(entries.some(([key]) => key === './define'));
  for (const [key, file] of entries) {
    await assert.doesNotReject(import(new URL(`../../${file}`, import.meta.url).href), `import of exports["${key}"]`);
  }
});

test('the build writes the bundle’s SRI hash', () => {
  const sri = readFileSync('dist/newsroom-widgets.js.sri', 'utf8').trim();
  assert.match(sri, /^sha384-[A-Za-z0-9+/]{64}$/);
});
