// The framework entries in Node, as a partner's server and build config load them: no DOM.
// `newsroom-widgets/react` server-renders with react-dom/server (the browser side, hydration,
// is test/react/hydrate.test.ts); `newsroom-widgets/vue`'s isCustomElement is what Vue's
// compiler is given. Both read dist/, through the package's own name (its exports).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {compile} from '@vue/compiler-dom';
import {renderPage} from '../react/render.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const manifest = JSON.parse(readFileSync(pkg.customElements, 'utf8'));
const elements = manifest.modules.flatMap((m) => m.declarations.filter((d) => d.customElement && d.tagName));
const pascal = (name) => name.replace(/(^|-)(\w)/g, (_, dash, letter) => letter.toUpperCase());

test('there is no DOM here', () => {
  assert.equal(typeof document, 'undefined');
  assert.equal(typeof window, 'undefined');
});

test('react-dom/server renders the three components: tags, children, no props turned into attributes', () => {
  const messages = [];
  const {error, warn} = console;
  console.error = (...args) => messages.push(args.join(' '));
  console.warn = console.error;
  let html;
  try {
    html = renderPage({src: 'https://ostrov.example/feeds/articles.json', bannerSrc: 'https://ostrov.example/feeds/banner.json', item: {id: 'a', title: 'T'}, strict: true});
  } finally {
    Object.assign(console, {error, warn});
  }
  assert.equal(
    html,
    '<main><related-articles class="related"><a href="https://ostrov.example/articles/">Статті ОстроВ</a></related-articles>' +
      '<article-card></article-card><support-banner></support-banner></main>',
  );
  assert.deepEqual(messages, [], 'React warned while rendering');
});

test('newsroom-widgets/react: the components, the JSX typings, a client boundary, one handler per manifest event', async () => {
  const react = await import('newsroom-widgets/react');
  assert.deepEqual(Object.keys(react).sort(), ['ArticleCard', 'RelatedArticles', 'SupportBanner']);
  const code = readFileSync(pkg.exports['./react'].default, 'utf8');
  assert.match(code, /^"use client";/, 'the React Server Components boundary');
  for (const el of elements) {
    for (const e of el.events ?? []) assert.ok(code.includes(`on${pascal(e.name)}: "${e.name}"`), `on${pascal(e.name)} → ${e.name}`);
  }
  assert.match(readFileSync(pkg.exports['./react'].types, 'utf8'), /^export \* from '\.\/react-jsx\.js';$/m);
});

test('the script-tag bundle has no React code in it', () => {
  const bundle = readFileSync('dist/newsroom-widgets.js', 'utf8');
  for (const marker of ['suppressHydrationWarning', 'defer-hydration', 'forwardRef']) assert.ok(!bundle.includes(marker), marker);
});

test('newsroom-widgets/vue: isCustomElement is true for exactly the package tags, and imports nothing', async () => {
  const {isCustomElement} = await import('newsroom-widgets/vue');
  for (const el of elements) assert.equal(isCustomElement(el.tagName), true, el.tagName);
  for (const tag of ['div', 'RelatedArticles', 'related-article', 'my-widget', 'router-view']) assert.equal(isCustomElement(tag), false, tag);
  assert.doesNotMatch(readFileSync(pkg.exports['./vue'].default, 'utf8'), /^\s*import\b/m);
});

test("Vue's compiler leaves the tags to the browser with isCustomElement, and resolves them as components without", async () => {
  const {isCustomElement} = await import('newsroom-widgets/vue');
  const template = '<related-articles :limit="3" @related-articles-load="onLoad" /><support-banner src="b.json" /><my-widget />';
  const withIt = compile(template, {isCustomElement}).code;
  assert.doesNotMatch(withIt, /resolveComponent\("(related-articles|support-banner)"\)/);
  assert.match(withIt, /resolveComponent\("my-widget"\)/);
  assert.match(compile(template).code, /resolveComponent\("related-articles"\)/);
});
