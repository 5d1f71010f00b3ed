// What `npm run build` ships, checked in Node against the real files in dist/.
import {spawnSync} from 'node:child_process';
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

/**
 * Bytes, gzip level 9 (zlib), of the script-tag bundle with all three elements and Lit.
 * Decided (issue 11): 20,000 B after the render-floor change, with up to 2,000 B for the
 * features after it. The features since (relevance, server adoption, the banner's state and
 * diagnostics) went past that, and the budget for this turn is 24,000 B, with the banner's
 * coming features (choice cards, element state, diagnostics) to fit under it after the
 * build and refactor savings (BENCHMARKS.md, "Bytes"). Say why whenever it moves.
 */
export const BUNDLE_BUDGET_GZIP = 24_000;
/**
 * Bytes, gzip level 9, of the articles-only script-tag file (`<related-articles>` and
 * `<article-card>`, no banner). Issue 24's target is 16,000 B and it is NOT met: the file is
 * about 17,800 B with this turn's features (relevance, server adoption, state), and nine rounds
 * of build and refactor savings are far from the difference (BENCHMARKS.md, "Bytes"). Until it
 * is, this ceiling, a little above the size measured at the last stop, keeps it from growing
 * unnoticed; lower it with every saving, never raise it without saying why. Raised once, from 17,900
 * to 17,950 B (2026-12-08), for two fixes readers saw: dates written without a time of day showed an
 * invented time and, west of UTC, the day before (+57 B), and JSON Feed titles kept WordPress's
 * character references («&#8216;Jokes&#8217;», +11 B); BENCHMARKS.md has the session's figures.
 */
export const ARTICLES_BUNDLE_TARGET_GZIP = 16_000;
export const ARTICLES_BUNDLE_CEILING_GZIP = 17_950;

test('the script-tag file newsroom-widgets.js stays within its gzip budget', () => {
  const bundle = readFileSync('dist/newsroom-widgets.js');
  const gz = gzipSync(bundle, {level: 9}).length;
  console.log(`# dist/newsroom-widgets.js: ${bundle.length} B minified, ${gz} B gzip (budget ${BUNDLE_BUDGET_GZIP})`);
  assert.ok(gz <= BUNDLE_BUDGET_GZIP, `dist/newsroom-widgets.js is ${gz} B gzip, over the ${BUNDLE_BUDGET_GZIP} B budget`);
});

test('both script-tag files are pure ASCII (terser ascii_only and the css`` minifier escape the rest), so any charset reads them alike', () => {
  for (const file of ['newsroom-widgets.js', 'related-articles.js']) {
    const text = readFileSync(`dist/${file}`, 'latin1');
    assert.doesNotMatch(text, /[\u0080-\u00ff]/, `${file} has a byte past ASCII`);
    // Escaped, the Ukrainian strings are still in it.
    assert.match(text, /\\u0421\\u0442\\u0430\\u0442\\u0442\\u0456/i, `${file} lacks «Статті» as escapes`);
  }
});

test('the articles-only file related-articles.js does not grow past its ceiling (its 16,000 B target is open)', () => {
  const bundle = readFileSync('dist/related-articles.js');
  const gz = gzipSync(bundle, {level: 9}).length;
  console.log(`# dist/related-articles.js: ${bundle.length} B minified, ${gz} B gzip (ceiling ${ARTICLES_BUNDLE_CEILING_GZIP}, target ${ARTICLES_BUNDLE_TARGET_GZIP})`);
  assert.ok(gz <= ARTICLES_BUNDLE_CEILING_GZIP, `dist/related-articles.js is ${gz} B gzip, over its ${ARTICLES_BUNDLE_CEILING_GZIP} B ceiling`);
  // The articles file leaves the banner out: it must stay well under the all-in-one file.
  assert.ok(gz < gzipSync(readFileSync('dist/newsroom-widgets.js'), {level: 9}).length - 3000, 'related-articles.js carries the banner');
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
  for (const [key, file] of targets) {
    // A subpath pattern (`./dist/styles/*`) points at a folder of built files.
    const path = file.includes('*') ? file.slice(0, file.indexOf('*')) : file;
    assert.ok(existsSync(path), `exports["${key}"] → ${file} is missing`);
  }
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
