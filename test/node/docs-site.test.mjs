// The docs site (docs/), built as `npm start` builds it: every element page lists
// everything custom-elements.json says the element has, the framework guides show
// the very files the type tests compile, and every page the navigation names exists.
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, test} from 'node:test';
import {build} from 'vite';
import {escape, PAGES, render} from '../../docs/site-plugin.mjs';

const root = new URL('../../', import.meta.url).pathname;
const out = mkdtempSync(join(tmpdir(), 'newsroom-docs-'));
const page = (file) => readFileSync(join(out, file), 'utf8');
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);

before(async () => {
  await build({configFile: join(root, 'docs/vite.config.ts'), logLevel: 'error', build: {outDir: out, emptyOutDir: true}});
});
after(() => rmSync(out, {recursive: true, force: true}));

test('every page in the navigation is built, and links to all the others', () => {
  for (const [file] of PAGES) {
    const html = page(file);
    for (const [other] of PAGES) assert.ok(html.includes(`href="./${other}"`), `${file} links to ${other}`);
    // A title is plain text ending in the package name (a bad substitution once left "TITLElt;…TITLEgt;").
    assert.match(html, /<title>[^<>]*? — newsroom-widgets<\/title>|<title>newsroom-widgets — docs<\/title>/, `${file} title`);
    assert.doesNotMatch(html.match(/<title>.*<\/title>/)?.[0] ?? '', /TITLE|[^&]lt;/, `${file} title`);
  }
});

test('each element page lists every attribute, event, part, slot and custom property of the manifest', () => {
  assert.equal(elements.length, 3);
  for (const d of elements) {
    const html = page(`${d.tagName}.html`);
    const names = [
      ...(d.attributes ?? []).map((a) => a.name),
      ...(d.events ?? []).map((e) => e.name),
      ...(d.cssParts ?? []).map((p) => p.name),
      ...(d.slots ?? []).map((s) => s.name).filter(Boolean),
      ...(d.cssProperties ?? []).map((p) => p.name),
      ...(d.members ?? []).filter((m) => m.kind === 'field' && !m.static && !['private', 'protected'].includes(m.privacy) && !m.attribute).map((m) => m.name),
    ];
    assert.ok(names.length > 10, `${d.tagName} has an API`);
    for (const name of names) assert.ok(html.includes(`<td><code>${escape(name)}</code>`), `<${d.tagName}> page lists ${name}`);
  }
});

test('the tables follow the manifest: an attribute added there appears on the page, with its description', () => {
  // A copy of the repository's manifest with one attribute more, rendered the way the build does.
  const fake = mkdtempSync(join(tmpdir(), 'newsroom-docs-manifest-'));
  try {
    const copy = structuredClone(manifest);
    const card = copy.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'article-card');
    card.attributes.push({name: 'brand-new', fieldName: 'brandNew', type: {text: 'boolean'}, description: 'Added `today`.'});
    writeFileSync(join(fake, 'custom-elements.json'), JSON.stringify(copy));
    writeFileSync(join(fake, 'package.json'), JSON.stringify({version: '1.2.3'}));
    writeFileSync(join(fake, 'newsroom.config.json'), readFileSync(join(root, 'newsroom.config.json')));
    const html = render('<!--api:article-card-->', 'article-card.html', fake);
    assert.match(html, /<td><code>brand-new<\/code><\/td><td data-label="property"><code>brandNew<\/code><\/td><td data-label="type"><code>boolean<\/code><\/td><td data-label="default">—<\/td><td data-label="description">Added <code>today<\/code>\.<\/td>/);
  } finally {
    rmSync(fake, {recursive: true, force: true});
  }
});

test('the framework guides show the usage files the type tests compile, as they are', () => {
  const html = page('guides.html');
  for (const file of ['test/types/plain.ts', 'test/types/script-tag.ts', 'test/types/react.tsx', 'test/types/vue/env.ts', 'test/types/vue/App.vue']) {
    assert.ok(html.includes(escape(readFileSync(join(root, file), 'utf8').trimEnd())), `guides.html includes ${file}`);
  }
});

test('pinned script tags name the version being built', () => {
  const {version} = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  for (const file of ['guides.html', 'publishing.html']) {
    assert.ok(page(file).includes(`newsroom-widgets@${version}/dist/newsroom-widgets.js`), `${file} pins ${version}`);
    assert.ok(!page(file).includes('{{VERSION}}'), `${file} has no placeholder left`);
  }
});

test("the docs' own scripts type-check (strict)", () => {
  execFileSync(join(root, 'node_modules/.bin/tsc'), ['-p', join(root, 'docs/tsconfig.json')], {stdio: 'pipe'});
});

test('live examples use the demo feed origin, filled in by the server, and show their own source', () => {
  const html = page('related-articles.html');
  assert.match(html, /<related-articles lang="uk" src="\{\{FEED_ORIGIN\}\}\/articles\.json"/);
  assert.ok(html.includes(escape('<related-articles lang="uk" src="{{FEED_ORIGIN}}/articles.json" limit="3" time-zone="Europe/Kyiv">')));
  for (const state of ['stall=1', 'no-such-category', 'html=1', 'lang="en"']) assert.ok(html.includes(state), `a ${state} example`);
});

test("the Publishing page's versioned files are every file a copied snippet loads beside the script, with their hashes", () => {
  const html = page('publishing.html');
  const listed = html.match(/<h2 id="files">[\s\S]*?<pre><code>([\s\S]*?)<\/code><\/pre>/)[1];
  // The builder's script snippet for articles loads related-articles.js, its iframe snippet embed.html, from the script's folder.
  for (const file of ['newsroom-widgets.js', 'newsroom-widgets.js.sri', 'related-articles.js', 'related-articles.js.sri', 'embed.html', 'sri.json']) {
    assert.match(listed, new RegExp(`/${file.replace(/\./g, '\\.')}$`, 'm'), `Publishing lists ${file}`);
  }
});
