// The CLI (bin/newsroom-widgets.mjs) as a partner types it in a shell or a crontab: its argument
// forms, its messages and exit codes. Feeds from the repo's fixtures, by file and over HTTP from
// the feed server on 127.0.0.1.
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {promisify} from 'node:util';
import {createFeedServer} from '../../scripts/feed-server.mjs';

const run = promisify(execFile);
let feeds;
let FEED;

before(async () => {
  feeds = createFeedServer({root: '.'});
  FEED = `${await feeds.listen()}/test/fixtures/ostrov/feed.json`;
});
after(() => feeds.close());

/** The CLI's stdout, stderr and exit code, whatever the code. */
const cli = (...args) =>
  run(process.execPath, ['bin/newsroom-widgets.mjs', ...args]).then(
    ({stdout, stderr}) => ({stdout, stderr, code: 0}),
    ({stdout, stderr, code}) => ({stdout, stderr, code}),
  );
const cards = (html) => (html.match(/<li part="item">/g) ?? []).length;
const startTag = (html) => /^<related-articles[^>]*>/.exec(html)?.[0];

test('`--name value` is `--name=value`: the attribute gets the value, not an empty attribute', async () => {
  const spaced = await cli('render', 'related-articles', '--src', FEED, '--limit', '1', '--lang', 'en');
  assert.equal(spaced.code, 0, spaced.stderr);
  assert.equal(startTag(spaced.stdout), `<related-articles src="${FEED}" limit="1" lang="en">`);
  assert.equal(cards(spaced.stdout), 1);
  const joined = await cli('render', 'related-articles', `--src=${FEED}`, '--limit=1', '--lang=en');
  assert.equal(spaced.stdout, joined.stdout);
  // A boolean attribute takes no value: the next option stays an option.
  const flags = await cli('render', 'related-articles', '--images', '--src', FEED, '--no-utm', '--limit', '2');
  assert.equal(startTag(flags.stdout), `<related-articles images="" src="${FEED}" no-utm="" limit="2">`);
  assert.equal(cards(flags.stdout), 2);
});

test('an argument that is neither the command, the element nor an option is an error, not ignored', async () => {
  const stray = await cli('render', 'related-articles', `--src=${FEED}`, '--images', 'true');
  assert.equal(stray.code, 2);
  assert.match(stray.stderr, /unexpected argument "true"/);
  assert.equal(stray.stdout, '');
});

test('--fallback=hide and --fallback=latest are the element attribute; any other --fallback is the fallback HTML', async () => {
  const hide = await cli('render', 'related-articles', `--src=${FEED}`, '--topics=жодного-збігу', '--fallback=hide');
  assert.equal(hide.code, 0, hide.stderr);
  assert.equal(startTag(hide.stdout), `<related-articles src="${FEED}" topics="жодного-збігу" fallback="hide">`);
  // Nothing matched and the attribute says hide: the empty state, and no «hide» written as the fallback.
  assert.equal(cards(hide.stdout), 0);
  assert.match(hide.stdout, /<\/template><a href="https:\/\/ostrov\.example\/articles\/">Статті<\/a><\/related-articles>\n$/);
  const html = await cli('render', 'related-articles', `--src=${FEED}`, '--limit=1', '--fallback=<a href="/news/">Новини</a>');
  assert.match(html.stdout, /<\/template><a href="\/news\/">Новини<\/a><\/related-articles>\n$/);
  assert.doesNotMatch(startTag(html.stdout), /fallback=/);
});

test('no --src, or a --src that is no http(s) URL: a usage error that names the options, exit 2', async () => {
  const missing = await cli('render', 'related-articles', '--limit=3');
  assert.equal(missing.code, 2);
  assert.equal(missing.stderr, "newsroom-widgets: give the feed's URL as --src=URL (http or https), and --feed-file=PATH to read it from a file\n");
  assert.equal(missing.stdout, '');
  // A file path where a URL belongs: the option that reads a file is named.
  const path = await cli('render', 'related-articles', '--src=test/fixtures/ostrov/feed.json');
  assert.equal(path.code, 2);
  assert.equal(path.stderr, 'newsroom-widgets: --src must be an http(s) URL, not "test/fixtures/ostrov/feed.json" (for a file, --feed-file=PATH beside --src=URL)\n');
  const fileUrl = await cli('render', 'related-articles', '--src', 'file:///srv/feed.json');
  assert.equal(fileUrl.code, 2);
  assert.match(fileUrl.stderr, /not "file:\/\/\/srv\/feed\.json" \(for a file, --feed-file=PATH beside --src=URL\)/);
  // --feed-file alone: the element would have no src to load in the browser.
  const unnamed = await cli('render', 'related-articles', '--feed-file=test/fixtures/ostrov/feed.json', '--limit=1');
  assert.equal(unnamed.code, 2);
  assert.match(unnamed.stderr, /give the feed's URL as --src=URL/);
  const named = await cli('render', 'related-articles', '--src=https://ostrov.example/feeds/articles.json', '--feed-file=test/fixtures/ostrov/feed.json', '--limit=1');
  assert.equal(named.code, 0, named.stderr);
  assert.equal(cards(named.stdout), 1);
});

test('--fallback-html=HTML is the fallback HTML, beside the --fallback attribute', async () => {
  const both = await cli('render', 'related-articles', `--src=${FEED}`, '--related-to=https://ostrov.example/nothing-like-it', '--fallback=hide', '--fallback-html=<a href="/news/">Новини</a>');
  assert.equal(both.code, 0, both.stderr);
  assert.equal(startTag(both.stdout), `<related-articles src="${FEED}" related-to="https://ostrov.example/nothing-like-it" fallback="hide">`);
  assert.match(both.stdout, /<\/template><a href="\/news\/">Новини<\/a><\/related-articles>\n$/);
});

test('--feed-file reads a feed in the charset it declares, as a fetched feed is read (windows-1251, ISO-8859-1)', async () => {
  const cyrillic = await cli('render', 'related-articles', '--src=https://www.oren.ru/rss', '--feed-file=test/fixtures/peer-feeds/node-feedparser-iconv.xml', '--limit=1');
  assert.equal(cyrillic.code, 0, cyrillic.stderr);
  assert.match(cyrillic.stdout, />В Бузулуке главные стройплощадки – детсад и Ледовый дворец<\/a>/);
  const latin = await cli('render', 'related-articles', '--src=https://www.golem.de/rss', '--feed-file=test/fixtures/peer-feeds/feed-rs-rss_1.0_iso8859.xml', '--limit=1');
  assert.match(latin.stdout, />Digitalministerium: Neue Glasfaserförderung mit Schnellkasse<\/a>/);
  assert.doesNotMatch(cyrillic.stdout + latin.stdout, /\uFFFD/);
});

test('article-card: options that describe no article (--title, --url for --heading, --href) are an error, not an empty element and exit 0', async () => {
  const wrong = await cli('render', 'article-card', '--title=Заголовок', '--url=https://ostrov.example/a/1');
  assert.equal(wrong.code, 2);
  assert.equal(wrong.stdout, '');
  assert.match(wrong.stderr, /^newsroom-widgets: no article to show: give --href=URL and --heading=TEXT/);
  const right = await cli('render', 'article-card', '--heading=Заголовок', '--href=https://ostrov.example/a/1');
  assert.equal(right.code, 0, right.stderr);
  assert.match(right.stdout, /^<article-card heading="Заголовок" href="https:\/\/ostrov\.example\/a\/1"><template shadowrootmode="open">/);
});

test('an option of the CLI itself with no value is an error, not an attribute or silently nothing', async () => {
  for (const option of ['--feed-file', '--styles', '--site', '--base-url', '--fallback-html']) {
    const bare = await cli('render', 'related-articles', `--src=${FEED}`, option);
    assert.equal(bare.code, 2, option);
    assert.equal(bare.stderr, `newsroom-widgets: ${option} needs a value (${option}=…)\n`);
    assert.equal(bare.stdout, '');
  }
});
