import {expect} from '@open-wc/testing';
import sinon from 'sinon';
import {feedLoader, FeedError, type Feed, type FeedItem} from '../../src/feed/index.js';
import {parseFeed} from '../../src/feed/parse.js';
import {resetLoaders, serveDoc} from './helpers.js';

/**
 * Issue 14's and issue 27's rules (and issue 12's "no lost articles"), one table per rule:
 * a document snippet, the model field read from it, the value expected.
 */
const BASE = 'https://publisher.example/feeds/main.xml';
const NS =
  'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:media="http://search.yahoo.com/mrss/"';
const rss = (item: string, channel = '<title>Pub</title>', attrs = '') =>
  `<?xml version="1.0"?><rss version="2.0" ${NS}${attrs}><channel>${channel}<item>${item}</item></channel></rss>`;
const rdf = (item: string, channel = '<title>Pub</title>') =>
  `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" ${NS}><channel rdf:about="https://publisher.example/">${channel}</channel><item rdf:about="https://publisher.example/1">${item}</item></rdf:RDF>`;
const atom = (entry: string, head = '<title>A</title>', attrs = '') =>
  `<feed xmlns="http://www.w3.org/2005/Atom" ${NS}${attrs}>${head}<entry><id>e1</id>${entry}</entry></feed>`;
const atom03 = (entry: string, head = '<title>A</title>', attrs = '') =>
  `<feed version="0.3" xmlns="http://purl.org/atom/ns#" ${NS}${attrs}>${head}<entry><id>e1</id>${entry}</entry></feed>`;
const XHTML = 'xmlns="http://www.w3.org/1999/xhtml"';

const feed = (doc: string): Feed => parseFeed(doc, BASE).feed;
const item = (doc: string): Partial<FeedItem> => feed(doc).items[0] ?? {};
const iso = (d?: Date) => d?.toISOString();
const failure = (doc: string) => {
  try {
    parseFeed(doc, BASE);
  } catch (error) {
    return error;
  }
  return undefined;
};

type Row = [name: string, doc: string, read: (f: Feed) => unknown, expected: unknown];
const title = (f: Feed) => f.items[0]?.title;
const summary = (f: Feed) => f.items[0]?.summary;
const date = (f: Feed) => iso(f.items[0]?.date);
const url = (f: Feed) => f.items[0]?.url;
const authors = (f: Feed) => f.items[0]?.authors;
const tags = (f: Feed) => f.items[0]?.tags;

function table(rule: string, rows: Row[]) {
  describe(rule, () => {
    for (const [name, doc, read, expected] of rows) {
      it(name, () => expect(read(feed(doc))).to.deep.equal(expected));
    }
  });
}

table('Dublin Core and dcterms, on channel and item', [
  ['an RSS 2.0 item with only dc:title is listed under it', rss('<dc:title>Only DC</dc:title>'), title, 'Only DC'],
  ['an RSS 1.0 item with only dc:title too', rdf('<dc:title>Nur DC</dc:title>'), title, 'Nur DC'],
  ['title wins over dc:title', rss('<dc:title>dc</dc:title><title>own</title>'), title, 'own'],
  ['dc:description is the excerpt', rss('<title>t</title><dc:description>&lt;p&gt;DC text&lt;/p&gt;</dc:description>'), summary, 'DC text'],
  ['dc:date in RSS 2.0', rss('<title>t</title><dc:date>2024-05-01T10:00:00+02:00</dc:date>'), date, '2024-05-01T08:00:00.000Z'],
  ['pubDate wins over dc:date', rss('<title>t</title><dc:date>2020-01-01</dc:date><pubDate>Wed, 01 May 2024 08:00:00 GMT</pubDate>'), date, '2024-05-01T08:00:00.000Z'],
  ['dcterms:issued', rdf('<title>t</title><dcterms:issued>2024-05-02</dcterms:issued>'), date, '2024-05-02T00:00:00.000Z'],
  ['dcterms:created', rdf('<title>t</title><dcterms:created>2024-05-03</dcterms:created>'), date, '2024-05-03T00:00:00.000Z'],
  ['dcterms:modified, when nothing says when it was published', rdf('<title>t</title><dcterms:modified>2024-05-04</dcterms:modified>'), date, '2024-05-04T00:00:00.000Z'],
  ['dcterms:issued wins over dcterms:modified', rdf('<title>t</title><dcterms:modified>2024-05-04</dcterms:modified><dcterms:issued>2024-05-02</dcterms:issued>'), date, '2024-05-02T00:00:00.000Z'],
  ['dc:subject adds tags after the categories', rss('<title>t</title><dc:subject>Політика</dc:subject><category>Новини</category>'), tags, ['Новини', 'Політика']],
  ['dc:creator is the byline', rdf('<title>t</title><dc:creator>Olena Koval</dc:creator>'), authors, ['Olena Koval']],
  ['dc:author, a common misspelling of dc:creator', rss('<title>t</title><dc:author>Example editor</dc:author>'), authors, ['Example editor']],
  ['dc:subject and dc:creator in Atom too', atom('<title>t</title><dc:subject>x</dc:subject><dc:creator>Ann</dc:creator>'), (f) => [tags(f), authors(f)], [['x'], ['Ann']]],
  ['channel dc:title', rss('<title>t</title>', '<dc:title>DC channel</dc:title>'), (f) => f.title, 'DC channel'],
  ['channel dc:language', rdf('<title>t</title>', '<title>R</title><dc:language>uk</dc:language>'), (f) => f.language, 'uk'],
]);

table('Atom 0.3', [
  ['issued is the date', atom03('<title>t</title><issued>2006-03-14T12:22:00+02:00</issued><modified>2006-03-15T00:00:00Z</modified>'), date, '2006-03-14T10:22:00.000Z'],
  ['created before modified', atom03('<title>t</title><modified>2006-03-15T00:00:00Z</modified><created>2006-03-13T00:00:00Z</created>'), date, '2006-03-13T00:00:00.000Z'],
  ['modified when it is all there is', atom03('<title>t</title><modified>2006-03-15T00:00:00Z</modified>'), date, '2006-03-15T00:00:00.000Z'],
  ['content mode="escaped" type="text/html" is HTML', atom03('<title>t</title><content type="text/html" mode="escaped">&lt;p&gt;Hi &amp;amp; &lt;b&gt;bye&lt;/b&gt;&lt;/p&gt;</content>'), summary, 'Hi & bye'],
  ['summary mode="escaped" type="text/plain" stays text', atom03('<title>t</title><summary type="text/plain" mode="escaped">I &lt;3 &lt;b&gt;tags&lt;/b&gt;</summary>'), summary, 'I <3 <b>tags</b>'],
  [
    'mode="xml" is read from the tree: tags dropped, escaped text kept',
    atom03(`<title>t</title><content type="application/xhtml+xml" mode="xml"><div ${XHTML}><p>a &lt;blink&gt;</p><p><b>b</b></p></div></content>`),
    summary,
    'a <blink> b',
  ],
  ['mode="xml" is the default', atom03(`<title>t</title><content type="application/xhtml+xml"><div ${XHTML}>x<br/>y</div></content>`), summary, 'x y'],
  ['mode="base64" HTML is decoded, then made text', atom03(`<title>t</title><content type="text/html" mode="base64">${btoa('<p>Base &amp; 64</p>')}</content>`), summary, 'Base & 64'],
  [
    'mode="base64" text is UTF-8',
    atom03(`<title>t</title><content type="text/plain" mode="base64">${btoa(String.fromCharCode(...new TextEncoder().encode('Київ <3')))}</content>`),
    summary,
    'Київ <3',
  ],
  ['broken base64 gives no excerpt; the item stays', atom03('<title>t</title><content type="text/plain" mode="base64">***</content>'), (f) => [title(f), summary(f)], ['t', '']],
  ['an escaped HTML title', atom03('<title mode="escaped" type="text/html">A &amp;#8212; &lt;i&gt;B&lt;/i&gt;</title>'), title, 'A — B'],
  ['the feed title by the same rule', atom03('<title>t</title>', '<title mode="escaped" type="text/html">&lt;b&gt;Field&lt;/b&gt; notes</title>'), (f) => f.title, 'Field notes'],
  ['the alternate link and the format', atom03('<title>t</title><link rel="alternate" type="text/html" href="/p/1"/>'), (f) => [url(f), f.format], ['https://publisher.example/p/1', 'atom']],
]);

table('Atom 1.0 text constructs', [
  ['type="html" is decoded, then made text', atom('<title type="html">&lt;em&gt;Big&lt;/em&gt; &amp;amp; news</title>'), title, 'Big & news'],
  ['type="xhtml" is read from the tree: a literal <blink> stays', atom(`<title type="xhtml"><div ${XHTML}>A &lt;blink&gt; <b>bold</b></div></title>`), title, 'A <blink> bold'],
  ['type="xhtml" drops what a script holds', atom(`<title>t</title><summary type="xhtml"><div ${XHTML}>x<script>alert(1)</script>y</div></summary>`), summary, 'x y'],
  ['type="text" is exactly the text', atom('<title type="text">a &lt;b&gt; &amp;amp; c</title>'), title, 'a <b> &amp; c'],
  ['no type is text', atom('<title>x &lt;i&gt; y</title>'), title, 'x <i> y'],
  ['a MIME type that is not text is base64, then made text', atom(`<title type="application/octet-stream">\n${btoa('<p>History of the &lt;blink&gt; tag</p>')}\n</title>`), title, 'History of the <blink> tag'],
  ['type="text/plain" is text', atom('<title type="text/plain">a &lt;b&gt;</title>'), title, 'a <b>'],
  [
    'a prefixed Atom document reads as Atom',
    '<a:feed xmlns:a="http://www.w3.org/2005/Atom"><a:title type="html">&lt;b&gt;P&lt;/b&gt;</a:title><a:entry><a:id>1</a:id><a:title>Prefixed</a:title><a:link rel="alternate" href="/p/1"/>' +
      '<a:updated>2026-01-02T00:00:00Z</a:updated><a:author><a:name>Ann</a:name></a:author><a:summary type="html">&lt;p&gt;s&lt;/p&gt;</a:summary></a:entry></a:feed>',
    (f) => [f.format, f.title, title(f), url(f), date(f), authors(f), summary(f)],
    ['atom', 'P', 'Prefixed', 'https://publisher.example/p/1', '2026-01-02T00:00:00.000Z', ['Ann'], 's'],
  ],
  ['summary before content', atom('<title>t</title><content>body</content><summary type="html">&lt;p&gt;short&lt;/p&gt;</summary>'), summary, 'short'],
]);

table('every string, feed-level too, is plain text', [
  ['an Atom feed title of type="html"', atom('<title>t</title>', '<title type="html">Example &lt;b&gt;Atom&lt;/b&gt;</title>'), (f) => f.title, 'Example Atom'],
  ['an Atom feed title of type="xhtml"', atom('<title>t</title>', `<title type="xhtml"><div ${XHTML}>Example <b>Atom</b></div></title>`), (f) => f.title, 'Example Atom'],
  ['an RSS channel title with a raw <img>', rss('<title>t</title>', '<title>Example &lt;img src="x" onerror="alert(1)"&gt;</title>'), (f) => f.title, 'Example'],
  ['an RSS channel title with a link in a div', rss('<title>t</title>', '<title><![CDATA[<div><a href="https://x.example/">click here</a></div>]]></title>'), (f) => f.title, 'click here'],
  ['an attribute holding ">" does not end the tag', rss('<title>t</title><description>&lt;img alt="a &gt; b"&gt;after</description>'), summary, 'after'],
  ['a pasted document: doctype, head and processing instructions go', rss('<title>t</title><description><![CDATA[<?php x ?><!DOCTYPE html><html><head><title>h</title></head><body>body</body></html>]]></description>'), summary, 'body'],
]);

table('a CDATA section holding <!DOCTYPE', [
  // The old pattern ran from this `<!DOCTYPE` to the `]]>`, and the document no longer parsed.
  ['in a description, the feed still parses', rss('<title>t</title><description><![CDATA[<p>Tip: <!DOCTYPE goes first]]></description>'), summary, 'Tip:'],
  [
    'a `]` inside an entity value does not end the removed DTD early',
    // Kept, its default attribute would mark the guid as no permalink.
    `<!DOCTYPE rss [<!ENTITY x "]"><!ATTLIST guid isPermaLink CDATA "false">]>${rss('<title>t</title><guid>https://p.example/1</guid>').replace(/^<\?xml[^>]*>/, '')}`,
    url,
    'https://p.example/1',
  ],
  ['with a bracket after it, too', rss('<title>t</title><description><![CDATA[<!DOCTYPE html [x]<p>y</p>]]></description><guid>g</guid>'), (f) => f.items[0]?.id, 'g'],
  [
    'the prolog’s own DOCTYPE still goes (its entity stays literal)',
    `<?xml version="1.0"?><!-- c --><!DOCTYPE rss [<!ENTITY e "expanded">]>${rss('<title>a&e;</title><description><![CDATA[<!DOCTYPE x>y]]></description>').replace(/^<\?xml[^>]*>/, '')}`,
    (f) => [title(f), summary(f)],
    ['a&e;', 'y'],
  ],
]);

table('links: alternate wins, xml:base everywhere', [
  ['an enclosure before the alternate', atom('<title>t</title><link rel="enclosure" href="/a.mp3"/><link rel="alternate" href="/a"/>'), url, 'https://publisher.example/a'],
  ['a related link before one without rel', atom('<title>t</title><link rel="related" href="/r"/><link href="/a"/>'), url, 'https://publisher.example/a'],
  ['rel spelled in capitals, or as the IANA IRI', atom('<title>t</title><link rel="self" href="/s"/><link rel=" http://www.iana.org/assignments/relation/ALTERNATE " href="/a"/>'), url, 'https://publisher.example/a'],
  [
    'links written as text, not href: the alternate still wins',
    atom('<title>t</title><link rel="enclosure" type="text/html">https://p.example/enclosure</link><link rel="alternate" type="text/html">https://p.example/alternate</link>'),
    url,
    'https://p.example/alternate',
  ],
  ['only an enclosure: no article link', atom('<title>t</title><link rel="enclosure" href="/a.mp3"/>'), url, undefined],
  ['xml:base on feed and entry', atom('<title>t</title><link href="p.html"/>', '<title>A</title>', ' xml:base="https://cdn.example/blog/"').replace('<entry>', '<entry xml:base="2024/">'), url, 'https://cdn.example/blog/2024/p.html'],
  ['xml:base for the feed’s own link', atom('<title>t</title>', '<title>A</title><link href="home/"/>', ' xml:base="https://cdn.example/"'), (f) => f.homePageUrl, 'https://cdn.example/home/'],
  ['xml:base for an image', atom('<title>t</title><media:thumbnail url="i/1.jpg"/>', '<title>A</title>', ' xml:base="https://cdn.example/x/"'), (f) => f.items[0]?.image?.url, 'https://cdn.example/x/i/1.jpg'],
  ['xml:base for an RSS link', rss('<title>t</title><link>p/1</link>', '<title>P</title>', ' xml:base="https://cdn.example/r/"'), url, 'https://cdn.example/r/p/1'],
  ['a broken xml:base leaves the link to the feed URL', atom('<title>t</title><link href="/a"/>', '<title>A</title>', ' xml:base="http://[bad"'), url, 'https://publisher.example/a'],
]);

table('authors: a name, never a bare e-mail address', [
  ['RSS `e-mail (Name)`', rss('<title>t</title><author>me@example.com (Example editor)</author>'), authors, ['Example editor']],
  ['RSS `Name <e-mail>`', rss('<title>t</title><author>Example editor &lt;me@example.com&gt;</author>'), authors, ['Example editor']],
  ['a bare e-mail address', rss('<title>t</title><author>me@example.com</author>'), authors, []],
  ['a mailto: address', rdf('<title>t</title><dc:creator>mailto:me@example.com</dc:creator>'), authors, []],
  ['Atom name, not its e-mail', atom('<title>t</title><author><name>Olena</name><email>o@example.com</email></author>'), authors, ['Olena']],
  ['an Atom author with only an e-mail', atom('<title>t</title><author><email>o@example.com</email></author>'), authors, []],
  ['a JSON Feed author named by e-mail', JSON.stringify({version: 'https://jsonfeed.org/version/1.1', items: [{id: '1', title: 't', authors: [{name: 'a@b.example'}, {name: 'Ann'}]}]}), authors, ['Ann']],
]);

table('languages are BCP 47', [
  ['en_US becomes en-US', rss('<title>t</title>', '<title>P</title><language>en_US</language>'), (f) => f.language, 'en-US'],
  ['case is canonical', rss('<title>t</title>', '<title>P</title><language>EN-us</language>'), (f) => f.language, 'en-US'],
  ['xml:lang on the RSS root when there is no language element', rss('<title>t</title>', '<title>P</title>', ' xml:lang="de_AT"'), (f) => f.language, 'de-AT'],
  ['xml:lang on the channel', rss('<title>t</title>', '<title>P</title>').replace('<channel>', '<channel xml:lang="fr">'), (f) => f.language, 'fr'],
  ['xml:lang on the Atom feed', atom('<title>t</title>', '<title>A</title>', ' xml:lang="pt_BR"'), (f) => f.language, 'pt-BR'],
  ['the language element wins over xml:lang', rss('<title>t</title>', '<title>P</title><language>uk</language>', ' xml:lang="en"'), (f) => f.language, 'uk'],
  ['what is no language tag is dropped', rss('<title>t</title>', '<title>P</title><language>English, mostly!</language>'), (f) => f.language, undefined],
  ['JSON Feed too', JSON.stringify({version: 'https://jsonfeed.org/version/1.1', language: 'uk_UA', items: []}), (f) => f.language, 'uk-UA'],
]);

table('common non-standard spellings', [
  ['pubdate in lower case', rss('<title>t</title><pubdate>Wed, 01 May 2024 08:00:00 GMT</pubdate>'), date, '2024-05-01T08:00:00.000Z'],
  ['pubDate wins over pubdate', rss('<title>t</title><pubdate>Tue, 30 Apr 2024 08:00:00 GMT</pubdate><pubDate>Wed, 01 May 2024 08:00:00 GMT</pubDate>'), date, '2024-05-01T08:00:00.000Z'],
  ['content:encoded is the excerpt when there is no description', rss('<title>t</title><content:encoded><![CDATA[<p>body</p>]]></content:encoded>'), summary, 'body'],
  ['…or when the description is empty', rss('<title>t</title><description><![CDATA[ ]]></description><content:encoded>&lt;p&gt;body&lt;/p&gt;</content:encoded>'), summary, 'body'],
  ['the description wins when there is one', rss('<title>t</title><content:encoded>long</content:encoded><description>short</description>'), summary, 'short'],
  ['Atom’s published and updated in RSS', rss('<title>t</title><updated>2024-05-02T00:00:00Z</updated>'), date, '2024-05-02T00:00:00.000Z'],
]);

const jsonFeed = (item: Record<string, unknown>) => JSON.stringify({version: 'https://jsonfeed.org/version/1.1', items: [{id: '1', title: 't', ...item}]});
const ITUNES = ' xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"';

// Issue 27: the feed's tags and text, read right.
table('every category of an item is a tag, once, in order', [
  ['several RSS categories', rss('<title>t</title><category>Фронт</category><category>Покровськ</category>'), tags, ['Фронт', 'Покровськ']],
  ['dc:subject after them, repeats dropped', rss('<title>t</title><category>Фронт</category><dc:subject>Фронт</dc:subject><dc:subject>Енергетика</dc:subject>'), tags, ['Фронт', 'Енергетика']],
  ['an Atom term', atom('<title>t</title><category term="energy"/>'), tags, ['energy']],
  ['an Atom label, the words a reader sees, over its term', atom('<title>t</title><category term="world" label="Світ"/><category term="war"/>'), tags, ['Світ', 'war']],
  ['Media RSS and iTunes categories, a nested one after its parent', rss('<title>t</title><media:category>Фото</media:category><itunes:category text="News"><itunes:category text="Politics"/></itunes:category>', undefined, ITUNES), tags, ['Фото', 'News', 'Politics']],
  ['JSON Feed tags, repeats dropped', jsonFeed({tags: ['a', 'b', 'a']}), tags, ['a', 'b']],
  ['category is _newsroom.category', jsonFeed({tags: ['a'], _newsroom: {category: 'Війна'}}), (f) => f.items[0]?.category, 'Війна'],
  ['…else the first tag', rss('<title>t</title><category>Перша</category><category>Друга</category>'), (f) => f.items[0]?.category, 'Перша'],
]);

table('an RSS author is a name', [
  ['`Name (e-mail)`', rss('<title>t</title><author>Example editor (me@example.com)</author>'), authors, ['Example editor']],
  ['`e-mail (Name)`', rss('<title>t</title><author>me@example.com (Example editor)</author>'), authors, ['Example editor']],
  ['in dc:creator too', rss('<title>t</title><dc:creator>Example editor (me@example.com)</dc:creator>'), authors, ['Example editor']],
  ['a bare e-mail address is no byline: it names nobody and would publish an address', rss('<title>t</title><author>me@example.com</author>'), authors, []],
  ['a name with a remark in brackets stays whole', rss('<title>t</title><author>Ann (Kyiv)</author>'), authors, ['Ann (Kyiv)']],
  ['itunes:author', rss('<title>t</title><itunes:author>Mark</itunes:author>', undefined, ITUNES), authors, ['Mark']],
]);

table('the summary: the excerpt, else the full content, as text', [
  ['description before content:encoded', rss('<title>t</title><content:encoded>&lt;p&gt;body&lt;/p&gt;</content:encoded><description>short</description>'), summary, 'short'],
  ['xhtml:body when there is no description', rss(`<title>t</title><body ${XHTML}><p>Example <b>content</b></p></body>`), summary, 'Example content'],
  ['fullitem when there is no description', rss('<title>t</title><fullitem>&lt;p&gt;Example content&lt;/p&gt;</fullitem>'), summary, 'Example content'],
  ['itunes:summary is an excerpt', rss('<title>t</title><itunes:summary>Podcast notes</itunes:summary><content:encoded>body</content:encoded>', undefined, ITUNES), summary, 'Podcast notes'],
  ['an Atom summary before content', atom('<title>t</title><content type="html">&lt;p&gt;body&lt;/p&gt;</content><summary>short</summary>'), summary, 'short'],
  ['Atom content of type html', atom('<title>t</title><content type="html">&lt;p&gt;body &amp;amp; more&lt;/p&gt;</content>'), summary, 'body & more'],
  ['Atom content of type xhtml', atom(`<title>t</title><content type="xhtml"><div ${XHTML}><p>x</p><p>y</p></div></content>`), summary, 'x y'],
  ['Atom content of a MIME type (base64)', atom(`<title>t</title><content type="application/octet-stream">${btoa('<p>b64</p>')}</content>`), summary, 'b64'],
  ['a summary whose markup leaves no text gives way to the content', atom(`<title>t</title><summary type="xhtml"><div ${XHTML}><img src="x.png"/></div></summary><content>body</content>`), summary, 'body'],
  ['JSON Feed: summary, then content_html as text', jsonFeed({content_html: '<p>Hello, <b>world</b></p>'}), summary, 'Hello, world'],
  ['MathML is text a reader sees', rss('<title>t</title><description>&lt;math&gt;&lt;mi&gt;a&lt;/mi&gt;&lt;mo&gt;+&lt;/mo&gt;&lt;mi&gt;b&lt;/mi&gt;&lt;/math&gt;</description>'), summary, 'a+b'],
]);

// JSON Feed text is plain, but WordPress (pxlnv's feed in peer-feeds) and other CMSs write it HTML-escaped.
const image = (f: Feed) => f.items[0]?.image?.alt;
table('JSON Feed text written with character references reads as its characters, once, and stays text', [
  ['a WordPress title', jsonFeed({title: 'FCC Says Releasing &#8216;Jokes&#8217; It Wrote'}), title, 'FCC Says Releasing ‘Jokes’ It Wrote'],
  ['named references', jsonFeed({title: 'Tom &amp; Jerry &laquo;ОстроВ&raquo;&nbsp;&hellip;'}), title, 'Tom & Jerry «ОстроВ» …'],
  ['the summary', jsonFeed({summary: 'Blackletter &amp; thick Tschichold beauty'}), summary, 'Blackletter & thick Tschichold beauty'],
  ['_newsroom.category', jsonFeed({_newsroom: {category: 'Війна &amp; мир'}}), (f) => f.items[0]?.category, 'Війна & мир'],
  ['_newsroom.image_alt', jsonFeed({image: 'https://p.example/i.jpg', _newsroom: {image_alt: 'A &#8220;quoted&#8221; sign'}}), image, 'A “quoted” sign'],
  // jsonfeed-wp writes content_text as WordPress's text with its tags stripped, references and all.
  ['content_text, a title-less post’s title', jsonFeed({title: undefined, content_text: 'It&#8217;s a micro post &amp; more'}), title, 'It’s a micro post & more'],
  ['the feed’s title', JSON.stringify({version: 'https://jsonfeed.org/version/1.1', title: 'Blog &#8211; InfluxData', items: []}), (f) => f.title, 'Blog – InfluxData'],
  // A bare ampersand is no reference: written as plain text, it stays.
  ['«AT&T», «Q&A», «Data & Metrics» as written', jsonFeed({title: 'AT&T, Q&A, Data & Metrics', summary: 'R&D &c. & more'}), (f) => [title(f), summary(f)], ['AT&T, Q&A, Data & Metrics', 'R&D &c. & more']],
  // The spec's plain text: a tag-like run is characters, not markup to strip.
  ['a plain «<div> tags» title as written', jsonFeed({title: 'Why <div> tags nest'}), title, 'Why <div> tags nest'],
  // Decoded once: what the CMS's own page shows, `&amp;lt;` being how it writes the characters «&lt;».
  ['an escaped «<script>» is those characters', jsonFeed({title: '&lt;script&gt;alert(1)&lt;/script&gt;'}), title, '<script>alert(1)</script>'],
  ['once, not twice', jsonFeed({title: 'Write &amp;lt;div&amp;gt; as &amp;amp;lt;'}), title, 'Write &lt;div&gt; as &amp;lt;'],
  ['content_html is still read as HTML, once', jsonFeed({content_html: '<p>&amp;lt;b&amp;gt; &lt;b&gt;x&lt;/b&gt;</p>'}), summary, '&lt;b&gt; <b>x</b>'],
  ['any other JSON value is no text', jsonFeed({title: ['&amp;'], summary: {'&amp;': 1}, content_text: 'Text'}), (f) => [title(f), summary(f)], ['Text', '']],
]);

table('Atom content as the reader sees it; a repeated element read once', [
  ['type="html" wrapped in a div holding escaped markup', atom(`<title>t</title><content type="html"><div ${XHTML}>Example &lt;b&gt;Atom&lt;/b&gt;</div></content>`), summary, 'Example Atom'],
  ['type="xhtml": escaped markup in the div is literal text', atom(`<title>t</title><content type="xhtml"><div ${XHTML}>Example &lt;b&gt;Atom&lt;/b&gt;</div></content>`), summary, 'Example <b>Atom</b>'],
  ['two updated: the first', atom('<title>t</title><updated>2010-12-01T10:14:55Z</updated><updated>2003-12-31T10:14:55Z</updated>'), date, '2010-12-01T10:14:55.000Z'],
  ['two titles: the first', rss('<title>first</title><title>second</title>'), title, 'first'],
  ['RSS 1.0 written with a prefix, no default namespace', '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:rss="http://purl.org/rss/1.0/"><rss:channel><rss:title>C</rss:title></rss:channel><rss:item><rss:title>Prefixed</rss:title><rss:description>d</rss:description></rss:item></rdf:RDF>', (f) => [f.title, title(f), summary(f)], ['C', 'Prefixed', 'd']],
  ['media:title when there is no title', rss('<media:title>Media</media:title>'), title, 'Media'],
]);

describe('broken input', () => {
  it('that WebKit parses to a document without any element is a parse error, not a TypeError', () => {
    // Found by the fast-check property (feed-properties.test.ts): WebKit returns no root and no parsererror.
    const error = failure(`<\ud800${rss('<title>t</title>')}`);
    expect(error).to.be.instanceOf(FeedError);
    expect((error as FeedError).kind).to.equal('parse');
  });
});

describe('no lost articles (issue 12): one guid, different articles', () => {
  const two = (a: string, b: string) => `<rss><channel><title>P</title><item>${a}</item><item>${b}</item></channel></rss>`;

  it('lists both when the URL differs, the second under a distinct, stable id', () => {
    const doc = two('<guid>g</guid><title>Same</title><link>https://p.example/1</link>', '<guid>g</guid><title>Same</title><link>https://p.example/2</link>');
    const first = parseFeed(doc, BASE);
    expect(first.feed.items.map((i) => [i.id, i.url])).to.deep.equal([['g', 'https://p.example/1'], ['g~2', 'https://p.example/2']]);
    expect(first.warnings).to.deep.equal([]);
    // The same document read again gives the same ids: elements key their cards by them.
    expect(parseFeed(doc, BASE).feed.items.map((i) => i.id)).to.deep.equal(['g', 'g~2']);
  });

  it('lists both when only the title differs', () => {
    const {items} = feed(two('<guid>g</guid><title>One</title><link>https://p.example/1</link>', '<guid>g</guid><title>Two</title><link>https://p.example/1</link>'));
    expect(items.map((i) => [i.id, i.title])).to.deep.equal([['g', 'One'], ['g~2', 'Two']]);
  });

  it('drops only a true repeat, with one warning for all of them', () => {
    const a = '<guid>g</guid><title>One</title><link>https://p.example/1</link>';
    const b = '<guid>h</guid><title>Two</title><link>https://p.example/2</link>';
    const c = '<guid>g</guid><title>Other</title><link>https://p.example/3</link>';
    const {feed: f, warnings} = parseFeed(`<rss><channel><item>${a}</item><item>${c}</item><item>${b}</item><item>${a}</item><item>${c}</item><item>${b}</item></channel></rss>`, BASE);
    expect(f.items.map((i) => i.id)).to.deep.equal(['g', 'g~2', 'h']);
    expect(warnings).to.deep.equal(['3 exact repeat(s) of earlier items skipped: g, g, h']);
  });

  it('never gives a suffixed id that another item already has', () => {
    const {items} = feed(`<rss><channel><item><guid>g~2</guid><title>A</title></item><item><guid>g</guid><title>B</title></item><item><guid>g</guid><title>C</title></item></channel></rss>`);
    expect(items.map((i) => i.id)).to.deep.equal(['g~2', 'g', 'g~3']);
  });

  it('holds for JSON Feed ids as well', () => {
    const items = [
      {id: '7', url: 'https://p.example/a', title: 'A'},
      {id: '7', url: 'https://p.example/b', title: 'B'},
      {id: '7', url: 'https://p.example/a', title: 'A'},
    ];
    const {feed: f, warnings} = parseFeed(JSON.stringify({version: 'https://jsonfeed.org/version/1.1', items}), BASE);
    expect(f.items.map((i) => [i.id, i.title])).to.deep.equal([['7', 'A'], ['7~2', 'B']]);
    expect(warnings).to.have.length(1);
  });

  it('prints one console warning per feed, through the loader', async () => {
    resetLoaders();
    const repeat = '<item><guid>g</guid><title>One</title><link>https://p.example/1</link></item>';
    const src = await serveDoc(`<rss><channel>${repeat.repeat(4)}<item><guid>z</guid><title>x</title></item><item/></channel></rss>`, 'application/rss+xml');
    const warn = sinon.stub(console, 'warn');
    try {
      const {value} = await feedLoader.load(src);
      expect(value.items.map((i) => i.id)).to.deep.equal(['g', 'z']);
      expect(warn.callCount).to.equal(1);
      expect(String(warn.firstCall.args[0])).to.contain('3 exact repeat(s) of earlier items skipped: g, g, g').and.contain('item 6 skipped: no title and no text');
    } finally {
      warn.restore();
    }
  });
});

describe('lookups keyed by feed input reach no Object.prototype member', () => {
  it('a root element named after one is no feed format', () => {
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf']) {
      const error = failure(`<${name}><channel><item><title>x</title></item></channel></${name}>`);
      expect(error, name).to.be.instanceOf(FeedError);
      expect((error as FeedError).kind, name).to.equal('not-a-feed');
    }
  });

  it('elements and namespace prefixes named after one are just names', () => {
    const f = item(
      rss(
        '<__proto__>p</__proto__><constructor>c</constructor><toString:title xmlns:toString="urn:x">wrong</toString:title><hasOwnProperty>h</hasOwnProperty>' +
          '<title>right</title><valueOf:pubDate xmlns:valueOf="urn:y">Wed, 01 May 2024 08:00:00 GMT</valueOf:pubDate><guid>g</guid>',
      ),
    );
    expect([f.title, f.id, f.date, f.summary]).to.deep.equal(['right', 'g', undefined, '']);
    const only = parseFeed(rss('<constructor>c</constructor><__proto__>p</__proto__>'), BASE);
    expect(only.feed.items).to.deep.equal([]);
    expect(only.warnings).to.deep.equal(['item 1 skipped: no title and no text']);
  });

  it('entities named after one stay as written', () => {
    expect(item(rss('<title>a &constructor; b &__proto__; c &toString; &hasOwnProperty;</title>')).title).to.equal('a &constructor; b &__proto__; c &toString; &hasOwnProperty;');
  });

  it('language tags named after one are no language', () => {
    for (const tag of ['__proto__', 'constructor', 'hasOwnProperty']) {
      expect(feed(rss('<title>t</title>', `<title>P</title><language>${tag}</language>`)).language, tag).to.equal(undefined);
    }
  });

  it('JSON Feed fields named after one are ignored, and nothing is polluted', () => {
    const json =
      '{"version":"https://jsonfeed.org/version/1.1","__proto__":{"title":"polluted"},"items":[{"id":"1","title":"t","__proto__":{"url":"https://evil.example/","sponsored":true},' +
      '"constructor":"c","toString":"s","_newsroom":{"__proto__":{"sponsored":true,"category":"x"}},"authors":[{"__proto__":{"name":"Ghost"}},{"name":"Ann"}]}]}';
    const f = feed(json);
    expect(f.title).to.equal('');
    expect(f.items[0]).to.deep.include({id: '1', title: 't', url: undefined, sponsored: false, category: undefined, authors: ['Ann']});
    expect(({} as Record<string, unknown>).title).to.equal(undefined);
    expect(({} as Record<string, unknown>).sponsored).to.equal(undefined);
  });
});
