// The server renderer (newsroom-widgets/server) and its CLI in Node, without a DOM:
// the built module from dist/, feeds from the repo's fixtures and from the feed
// server on 127.0.0.1 (real HTTP: status codes, a page that is no feed).
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';
import {promisify} from 'node:util';
import {createFeedServer} from '../../scripts/feed-server.mjs';
import {ELEMENT_CSS, FeedError, LoadError, renderArticleCard, renderFallback, renderRelatedArticles} from '../../dist/server/index.js';

const run = promisify(execFile);
const OSTROV = readFileSync('test/fixtures/ostrov/feed.json', 'utf8');
const SRC = 'https://ostrov.example/feeds/articles.json';
let feeds;
let origin;

before(async () => {
  feeds = createFeedServer({root: '.'});
  origin = await feeds.listen();
});
after(() => feeds.close());

const count = (html, pattern) => (html.match(pattern) ?? []).length;

test('related-articles: the element, its attributes, a declarative shadow root with the cards, and the fallback', async () => {
  const html = await renderRelatedArticles({src: SRC, feed: OSTROV, limit: 2, 'heading-level': 3, 'time-zone': 'Europe/Kyiv', images: true}, {site: 'partner.example'});
  assert.match(html, /^<related-articles src="https:\/\/ostrov\.example\/feeds\/articles\.json" limit="2" heading-level="3" time-zone="Europe\/Kyiv" images=""><template shadowrootmode="open"><style>/);
  assert.equal(count(html, /<li part="item">/g), 2);
  assert.match(html, /<h3 part="heading" id="heading">Статті<\/h3>/);
  // Cards one level below the heading; spoken dates in the element's time zone; UTM tags as the browser writes them.
  assert.equal(count(html, /<h4 part="title">/g), 2);
  assert.match(html, /<span class="sr">29 січня 2026, 14:00<\/span>/);
  assert.match(html, /\?utm_source=partner\.example&amp;utm_medium=related-articles&amp;utm_campaign=newsroom-widgets&amp;utm_content=1"/);
  assert.match(html, /<footer part="footer"><a part="all-link" href="https:\/\/ostrov\.example\/articles\/" rel="noopener">Всі статті<\/a><\/footer>/);
  assert.match(html, /<\/template><a href="https:\/\/ostrov\.example\/articles\/">Статті<\/a><\/related-articles>$/);
  // The feed's `feed` text is no attribute.
  assert.doesNotMatch(html, / feed=/);
});

test('styles: inline by default, its sha256 the one published in dist/styles/hashes.json; {href} links the shipped file', async () => {
  const hashes = JSON.parse(readFileSync('dist/styles/hashes.json', 'utf8'))['style-src'];
  const inline = await renderRelatedArticles({src: SRC, feed: OSTROV});
  const css = /<style>([\s\S]*?)<\/style>/.exec(inline)[1];
  assert.equal(css, ELEMENT_CSS['related-articles']);
  assert.equal(`'sha256-${createHash('sha256').update(css).digest('base64')}'`, hashes['related-articles']);
  assert.equal(readFileSync('dist/styles/related-articles.css', 'utf8'), css);
  const linked = await renderRelatedArticles({src: SRC, feed: OSTROV}, {styles: {href: '/assets/related-articles.css'}});
  assert.match(linked, /<template shadowrootmode="open"><link rel="stylesheet" href="\/assets\/related-articles\.css"><section/);
  assert.doesNotMatch(linked, /<style>/);
});

test('everything from a feed is escaped; unsafe links are dropped', async () => {
  const hostile = JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: '<script>alert(1)</script>',
    home_page_url: 'javascript:alert(1)',
    items: [
      {id: '1', url: 'https://ostrov.example/a"onmouseover="alert(1)', title: '<img src=x onerror=alert(1)> & </template></related-articles><script>', summary: '"><svg onload=alert(1)>', tags: ['<b>x</b>']},
      {id: '2', url: 'javascript:alert(2)', title: 'no link'},
    ],
  });
  const html = await renderRelatedArticles({src: SRC, feed: hostile, heading: '"><script>h</script>'});
  // No element or attribute from the feed: only our own tags, and feed text as escaped text.
  assert.doesNotMatch(html, /<(script|img|svg|b)[\s>]|\son\w+="|href="javascript:/i);
  assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt; &amp; &lt;\/template&gt;&lt;\/related-articles&gt;&lt;script&gt;/);
  assert.match(html, /heading="&quot;&gt;&lt;script&gt;h&lt;\/script&gt;"/);
  // The quote in the URL is percent-encoded by the URL rule, so it cannot end the attribute.
  assert.match(html, /href="https:\/\/ostrov\.example\/a%22onmouseover=%22alert\(1\)\?/);
  assert.match(html, /<h3 part="title">no link<\/h3>/);
});

test('a JSON Feed title written HTML-escaped (WordPress) reads as its characters, as in the browser, and is escaped once', async () => {
  // The file related-articles.test.ts shows in the browser: the same text, decoded here by `entities`.
  const feed = readFileSync('test/fixtures/wordpress-escaped.json', 'utf8');
  const html = await renderRelatedArticles({src: SRC, feed});
  assert.match(html, /rel="noopener">FCC Says Releasing ‘Jokes’ &amp; &lt;img src=x onerror=alert\(1\)&gt;<\/a>/);
  assert.match(html, />AT&amp;T «ОстроВ» &lt;script&gt;alert\(2\)&lt;\/script&gt;</);
  assert.match(html, />Tom &amp; Jerry</);
  assert.doesNotMatch(html, /&#8216;|&amp;(amp|lt|laquo);|<(img|script)[\s>]/);
});

test('RSS and Atom are read without a DOM, as in the browser', async () => {
  const rss = readFileSync('test/fixtures/peer-feeds/rss-parser-guardian.rss', 'utf8');
  const html = await renderRelatedArticles({src: 'https://www.theguardian.com/uk/rss', feed: rss, lang: 'en', limit: 5});
  assert.equal(count(html, /<li part="item">/g), 5);
  assert.match(html, /<h2 part="heading" id="heading">Articles<\/h2>/);
  const atom = readFileSync('test/fixtures/peer-feeds/rss-parser-heise.atom', 'utf8');
  const fromAtom = await renderRelatedArticles({src: 'https://www.heise.de/newsticker/heise-atom.xml', feed: atom, limit: 3});
  assert.equal(count(fromAtom, /<li part="item">/g), 3);
  await assert.rejects(renderRelatedArticles({src: SRC, feed: '<rss><channel><item></rss'}), (error) => error instanceof FeedError && error.kind === 'parse');
});

test('a feed that fails rejects with the data layer kinds; renderFallback gives the element with its fallback alone', async () => {
  await assert.rejects(renderRelatedArticles({src: `${origin}/test/fixtures/ostrov/feed.json?status=404`}), (error) => error instanceof LoadError && error.kind === 'http' && error.status === 404);
  await assert.rejects(renderRelatedArticles({src: `${origin}/test/fixtures/ostrov/feed.json?html=1`}), (error) => error instanceof FeedError && error.kind === 'not-a-feed');
  await assert.rejects(renderRelatedArticles({src: 'javascript:alert(1)'}), TypeError);
  const fallback = renderFallback({src: SRC, 'all-href': 'https://ostrov.example/articles/', limit: 3});
  assert.equal(fallback, '<related-articles src="https://ostrov.example/feeds/articles.json" all-href="https://ostrov.example/articles/" limit="3"><a href="https://ostrov.example/articles/">Статті</a></related-articles>');
});

test('src is fetched over HTTP with the feed layer; nothing matching gives the empty state', async () => {
  const html = await renderRelatedArticles({src: `${origin}/test/fixtures/ostrov/feed.json`, category: 'Спорт'});
  assert.match(html, /<slot><p part="message" class="message">У категорії «Спорт» статей немає\.<\/p><\/slot>/);
  assert.doesNotMatch(html, /<ul/);
  // The category is text: `$&` in it is not a replacement pattern.
  const odd = await renderRelatedArticles({src: `${origin}/test/fixtures/ostrov/feed.json`, category: 'R$&D'});
  assert.match(odd, /У категорії «R\$&amp;D» статей немає\./);
});

test('article-card: from an item (written out as attributes) or from attributes, the same card', () => {
  const item = {id: 'x', url: 'https://ostrov.example/a/1', title: 'Заголовок & <b>', summary: 'Текст', date: new Date('2026-01-29T12:00:00Z'), category: 'Країна', tags: [], authors: [], sponsored: true};
  const fromItem = renderArticleCard({item, 'time-zone': 'Europe/Kyiv'}, {site: 'partner.example'});
  assert.match(fromItem, /^<article-card href="https:\/\/ostrov\.example\/a\/1" heading="Заголовок &amp; &lt;b&gt;" excerpt="Текст" category="Країна" datetime="2026-01-29T12:00:00\.000Z" sponsored="" time-zone="Europe\/Kyiv"><template shadowrootmode="open">/);
  assert.match(fromItem, /rel="sponsored noopener">Заголовок &amp; &lt;b&gt;<\/a>/);
  const fromAttributes = renderArticleCard({href: 'https://ostrov.example/a/1', heading: 'Заголовок & <b>', excerpt: 'Текст', category: 'Країна', datetime: '2026-01-29T12:00:00.000Z', sponsored: true, 'time-zone': 'Europe/Kyiv'}, {site: 'partner.example'});
  assert.equal(fromAttributes, fromItem);
  // Nothing that describes an article: the element alone.
  assert.equal(renderArticleCard({heading: ''}), '<article-card heading=""></article-card>');
});

test('CLI: prints the element on a good feed; on a bad one the fallback, a message on stderr and exit 1', async () => {
  const good = await run('node', ['bin/newsroom-widgets.mjs', 'render', 'related-articles', `--src=${origin}/test/fixtures/ostrov/feed.json`, '--limit=1', '--lang=uk', '--styles=/s.css']);
  assert.match(good.stdout, /^<related-articles src="[^"]+" limit="1" lang="uk"><template shadowrootmode="open"><link rel="stylesheet" href="\/s\.css">/);
  assert.equal(count(good.stdout, /<li part="item">/g), 1);
  const bad = await run('node', ['bin/newsroom-widgets.mjs', 'render', 'related-articles', `--src=${origin}/test/fixtures/ostrov/feed.json?status=404`]).then(
    () => assert.fail('exit 0 on a bad feed'),
    (error) => error,
  );
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /answered HTTP 404 \(http\)/);
  assert.match(bad.stdout, /^<related-articles src="[^"]+"><\/related-articles>\n$/);
  const usage = await run('node', ['bin/newsroom-widgets.mjs', '--help']);
  assert.match(usage.stdout, /newsroom-widgets render related-articles --src=URL/);
});

test('an attribute given as true is read as the empty attribute it is written as, as the element in the browser reads it', async () => {
  const html = await renderRelatedArticles({src: SRC, feed: OSTROV, heading: true, 'all-label': true, limit: 1});
  assert.match(html, /^<related-articles src="[^"]+" heading="" all-label="" limit="1">/);
  // heading="": no heading, the section named by its label; all-label="": the default label.
  assert.doesNotMatch(html, /part="heading"/);
  assert.match(html, /<section part="section" aria-label="Статті" aria-busy="false">/);
  assert.match(html, /<a part="all-link" href="https:\/\/ostrov\.example\/articles\/" rel="noopener">Всі статті<\/a>/);
  assert.doesNotMatch(html, />true</);
});

test('article-card: a relative URL needs baseUrl (the page the browser resolves it against), rather than a card that silently lost its link', () => {
  assert.throws(() => renderArticleCard({href: '/articles/2291', heading: 'Заголовок'}), (error) => error instanceof TypeError && /"href" \("\/articles\/2291"\) is relative: give the baseUrl option/.test(error.message));
  assert.throws(() => renderArticleCard({href: 'https://ostrov.example/a/1', heading: 'Заголовок', 'image-src': 'i.jpg'}), /"image-src" \("i\.jpg"\) is relative/);
  const html = renderArticleCard({href: '/articles/2291', heading: 'Заголовок', 'image-src': '/i.jpg'}, {baseUrl: 'https://ostrov.example/news/'});
  assert.match(html, /<a part="link" href="https:\/\/ostrov\.example\/articles\/2291\?utm_medium=article-card&amp;utm_campaign=newsroom-widgets" rel="noopener">Заголовок<\/a>/);
  assert.match(html, /src="https:\/\/ostrov\.example\/i\.jpg"/);
  // A URL that is no http(s) one is dropped, as the browser drops it, relative or not.
  assert.doesNotMatch(renderArticleCard({href: 'javascript:alert(1)', heading: 'Заголовок'}), /<a [^>]*href="javascript/);
});

test('CLI: --base-url is the baseUrl option; a relative --href without it is a usage error', async () => {
  const relative = await run('node', ['bin/newsroom-widgets.mjs', 'render', 'article-card', '--href=/articles/2291', '--heading=Заголовок']).then(
    () => assert.fail('exit 0 with a card that lost its link'),
    (error) => error,
  );
  assert.equal(relative.code, 2);
  assert.equal(relative.stderr, 'newsroom-widgets: renderArticleCard: "href" ("/articles/2291") is relative: give the baseUrl option (--base-url), the URL of the page it goes in\n');
  const based = await run('node', ['bin/newsroom-widgets.mjs', 'render', 'article-card', '--href=/articles/2291', '--heading=Заголовок', '--base-url=https://ostrov.example/']);
  assert.match(based.stdout, /^<article-card href="\/articles\/2291" heading="Заголовок"><template/);
  assert.match(based.stdout, /href="https:\/\/ostrov\.example\/articles\/2291\?utm_medium=article-card/);
});

test('timeout: a value the element ignores (0, negative, not a number, empty) is the default here too, not a timeout at once', async () => {
  for (const timeout of [0, -1, 'abc', '', true]) {
    const html = await renderRelatedArticles({src: `${origin}/test/fixtures/ostrov/feed.json`, timeout, limit: 1});
    assert.equal(count(html, /<li part="item">/g), 1, `timeout=${JSON.stringify(timeout)}`);
  }
  // A timeout the element takes still applies.
  await assert.rejects(renderRelatedArticles({src: `${origin}/test/fixtures/ostrov/feed.json?delay=2000`, timeout: 100}), (error) => error instanceof LoadError && error.kind === 'timeout');
});

test('a date without a time of day: the day as written, no clock, no time said, in a time-zone and in the server\'s own zone', async () => {
  const feed = JSON.stringify({version: 'https://jsonfeed.org/version/1.1', title: 'T', items: [{id: 'd', url: 'https://ostrov.example/a/d', title: 'Day', date_published: '2025-10-02'}]});
  const item = {id: 'd', url: 'https://ostrov.example/a/d', title: 'Day', summary: '', date: new Date('2025-10-02T00:00:00Z'), dateOnly: true, tags: [], authors: [], sponsored: false};
  // A server west of UTC, where midnight UTC is the day before.
  const serverZone = process.env.TZ;
  process.env.TZ = 'America/Los_Angeles';
  try {
    for (const zone of [{'time-zone': 'America/New_York'}, {}]) {
      for (const html of [await renderRelatedArticles({src: SRC, feed, ...zone}), renderArticleCard({item, ...zone})]) {
        assert.match(html, /<span class="sr">2 жовтня 2025<\/span>/);
        assert.match(html, /<time part="time" datetime="2025-10-02" aria-hidden="true"><span part="date">02\.10\.2025<\/span><\/time>/);
        assert.doesNotMatch(html, /part="clock"/);
      }
    }
    // The card's own attribute holds the day alone, so the element in the browser reads the same day back.
    assert.match(renderArticleCard({item}), /^<article-card href="https:\/\/ostrov\.example\/a\/d" heading="Day" datetime="2025-10-02">/);
  } finally {
    if (serverZone === undefined) delete process.env.TZ;
    else process.env.TZ = serverZone;
  }
});

test('a network failure on the server does not blame CORS, which a request from a server never meets', async () => {
  // A port nothing listens on: the connection is refused.
  const src = 'http://127.0.0.1:9/feed.json';
  await assert.rejects(renderRelatedArticles({src}), (error) => {
    assert.ok(error instanceof LoadError);
    assert.equal(error.kind, 'network');
    assert.doesNotMatch(error.message, /Access-Control-Allow-Origin/);
    assert.match(error.message, /^http:\/\/127\.0\.0\.1:9\/feed\.json could not be fetched: /);
    return true;
  });
});

test('edge runtimes: the module loads and renders where imports resolve to their browser builds (workerd, Vercel Edge), with no HTMLElement', async () => {
  // Node always has its own "node" condition; "browser" listed before it in a package's exports picks the
  // file an edge runtime gets (its "worker"/"browser" conditions, no "node"), as @lit/reactive-element's does.
  const script = `
    const {renderRelatedArticles} = await import('./dist/server/index.js');
    const feed = ${JSON.stringify(OSTROV)};
    const html = await renderRelatedArticles({src: '${SRC}', feed, limit: 2});
    console.log(typeof HTMLElement, (html.match(/<li part="item">/g) ?? []).length);
  `;
  const {stdout} = await run(process.execPath, ['--conditions=browser', '--input-type=module', '-e', script]);
  assert.equal(stdout, 'undefined 2\n');
});

test('feed without src: a TypeError, not cards that the script empties (the element loads its cards from src, and has none without it)', async () => {
  await assert.rejects(renderRelatedArticles({feed: OSTROV}), (error) => error instanceof TypeError && /give "src" with "feed"/.test(error.message));
  // With src, the feed's text is used and nothing is fetched.
  const html = await renderRelatedArticles({src: 'https://ostrov.example/no-such-feed.json', feed: OSTROV, limit: 1});
  assert.equal(count(html, /<li part="item">/g), 1);
});
