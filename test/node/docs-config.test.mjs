// newsroom.config.json is the one place for the publisher's own URLs: the README's partner
// snippet, the docs and the builder's default snippet must all say what it says, and none of
// them may hand a partner a dev-server URL.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {test} from 'node:test';
import {partnerIframe, partnerSnippet, render, siteConfig} from '../../docs/site-plugin.mjs';

const root = new URL('../../', import.meta.url).pathname;
const config = siteConfig(root);
const readme = readFileSync(join(root, 'README.md'), 'utf8');

test('the config names the CDN script of this version and the publisher URLs, none on localhost', () => {
  const {version} = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  assert.equal(config.script, `https://cdn.jsdelivr.net/npm/newsroom-widgets@${version}/dist/newsroom-widgets.js`);
  for (const key of ['script', 'articles', 'banner', 'articlesPage', 'docs']) {
    assert.match(config[key], /^https:\/\//, key);
    assert.doesNotMatch(config[key], /127\.0\.0\.1|localhost/, key);
  }
});

test("the README's partner snippet is the config's", () => {
  const [, snippet] = readme.match(/## For partners: one script tag\s+```html\n([\s\S]*?)\n```/) ?? [];
  assert.equal(snippet, partnerSnippet(config));
});

test("the README's docs links go to the config's docs URL", () => {
  assert.ok(readme.includes(config.docs), `README names ${config.docs}`);
});

test("the builder gets the config from the page, and its default is the config's script and feeds", () => {
  const html = render(readFileSync(join(root, 'docs/builder.html'), 'utf8'), 'builder.html', root, {feeds: './feeds'});
  const [, json] = html.match(/<script type="application\/json" id="site-data">([\s\S]*?)<\/script>/) ?? [];
  const data = JSON.parse(json);
  assert.deepEqual(data.config, config);
  // The builder's default choice is the publisher's URLs; localhost only as the "try it locally" option.
  assert.match(html, /<select name="urls">\s*<option value="publisher" selected>/);
  assert.match(html, /<option value="local">Try it locally/);
});

test("the iframe snippet's embed.html is the publisher's copy, not a public npm CDN's, which serve HTML as text/plain", () => {
  // jsDelivr (its README, "Restrictions") and unpkg (unpkg/unpkg#94) serve every .html file as
  // text/plain: a frame of theirs shows embed.html's source, not the widget.
  assert.match(config.embed, /^https:\/\/[^/]+\/.*\/embed\.html$/);
  assert.doesNotMatch(config.embed, /127\.0\.0\.1|localhost|jsdelivr\.net|unpkg\.com/);
  const [, src] = partnerIframe(config).match(/<iframe src="([^"?]+)\?/) ?? [];
  assert.equal(src, config.embed);
  assert.ok(readme.includes(partnerIframe(config)), "the README's iframe snippet is the config's");
});
