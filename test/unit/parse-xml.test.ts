import {expect} from '@open-wc/testing';
import {FeedError, type Feed} from '../../src/feed/index.js';
import {parseFeed} from '../../src/feed/parse.js';
import {feedUrl, ORIGIN, requestCount} from './helpers.js';

const BASE = 'https://publisher.example/feeds/main.xml';
const feed = (xml: string, url = BASE): Feed => parseFeed(xml, url).feed;

function failure(text: string, url = BASE): FeedError {
  try {
    parseFeed(text, url);
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    return error as FeedError;
  }
  throw new Error('expected a FeedError');
}

const rss = (items: string, channel = '') =>
  `<?xml version="1.0"?><rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Pub</title><link>https://publisher.example/</link>${channel}${items}</channel></rss>`;

describe('RSS 2.0', () => {
  it('maps guid→id, link→url, description→summary, pubDate→date, category→tags, media:content→image', () => {
    const {items, title, homePageUrl, format} = feed(
      rss(`<item><guid isPermaLink="false">a-1</guid><title>One &amp;amp; two</title><link>/articles/1</link>
        <description><![CDATA[<p>Hello <b>world</b> &amp; <script>alert(1)</script>all</p>]]></description>
        <pubDate>Thu, 29 Jan 2026 14:00:00 +0200</pubDate><category>Країна</category><category>Світ</category>
        <dc:creator>Іван</dc:creator><media:content url="https://cdn.example/a.jpg" medium="image" width="640" height="360"/></item>`),
    );
    expect([title, homePageUrl, format]).to.deep.equal(['Pub', 'https://publisher.example/', 'rss']);
    const [item] = items;
    expect(item!.id).to.equal('a-1');
    // Double-escaped titles are common; the reader sees the character, not the entity.
    expect(item!.title).to.equal('One & two');
    expect(item!.url).to.equal('https://publisher.example/articles/1');
    expect(item!.summary).to.equal('Hello world & all');
    expect(item!.date!.toISOString()).to.equal('2026-01-29T12:00:00.000Z');
    expect(item!.tags).to.deep.equal(['Країна', 'Світ']);
    expect(item!.category).to.equal('Країна');
    expect(item!.authors).to.deep.equal(['Іван']);
    expect(item!.image).to.deep.equal({url: 'https://cdn.example/a.jpg', alt: '', width: 640, height: 360});
  });

  it('uses a permalink guid as the URL when there is no link, but not one marked isPermaLink="false"', () => {
    const {items} = feed(
      rss(`<item><guid>https://publisher.example/p/1</guid><title>A</title></item><item><guid isPermaLink="false">https://publisher.example/p/2</guid><title>B</title></item>`),
    );
    expect(items.map((i) => i.url)).to.deep.equal(['https://publisher.example/p/1', undefined]);
  });

  it('prefers the description to content:encoded for the excerpt, and falls back to it', () => {
    const {items} = feed(
      rss(`<item><title>A</title><description>short</description><content:encoded>long body</content:encoded></item>
        <item><title>B</title><content:encoded>&lt;p&gt;only body&lt;/p&gt;</content:encoded></item>`),
    );
    expect(items.map((i) => i.summary)).to.deep.equal(['short', 'only body']);
  });

  it('does not mistake media:title or an image enclosure of another type for the item’s own', () => {
    const {items} = feed(
      rss(`<item><media:title>wrong</media:title><title>right</title><enclosure url="https://cdn.example/a.mp3" type="audio/mpeg"/>
        <media:thumbnail url="https://cdn.example/t.jpg"/></item>`),
    );
    expect(items[0]!.title).to.equal('right');
    expect(items[0]!.image!.url).to.equal('https://cdn.example/t.jpg');
  });

  it('drops javascript: links and images; keeps the item', () => {
    const {items} = feed(rss(`<item><title>x</title><link>javascript:alert(1)</link><enclosure url="data:image/png;base64,AA" type="image/png"/></item>`));
    expect(items[0]!.url).to.equal(undefined);
    expect(items[0]!.image).to.equal(undefined);
  });

  it('reads RSS under a stray default namespace (userland rss2) and without a version', () => {
    const {items} = feed(`<rss xmlns="http://backend.userland.com/rss2"><channel><item><title>ns</title></item></channel></rss>`);
    expect(items.map((i) => i.title)).to.deep.equal(['ns']);
  });
});

describe('RSS 1.0 (RDF)', () => {
  it('reads items that are siblings of the channel, with dc:date and rdf:about', () => {
    const f = feed(`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel rdf:about="https://publisher.example/"><title>R</title><link>https://publisher.example/</link><dc:language>de</dc:language></channel>
      <item rdf:about="https://publisher.example/1"><title>Eins</title><link>https://publisher.example/1</link><dc:date>2019-08-27</dc:date></item></rdf:RDF>`);
    expect(f.format).to.equal('rdf');
    expect(f.language).to.equal('de');
    expect(f.items[0]).to.include({id: 'https://publisher.example/1', title: 'Eins'});
    expect(f.items[0]!.date!.toISOString()).to.equal('2019-08-27T00:00:00.000Z');
  });
});

describe('Atom 1.0', () => {
  const atom = (entries: string, attrs = '') =>
    `<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/" xml:lang="en"${attrs}><title>A</title><link rel="self" href="/feed.atom"/><link href="/"/>${entries}</feed>`;

  it('maps id, the alternate link, published before updated, category labels and author names', () => {
    const f = feed(
      atom(`<entry><id>tag:x,2026:1</id><title type="html">&lt;em&gt;Big&lt;/em&gt; news</title>
        <link rel="edit" href="/edit/1"/><link rel="alternate" href="/a/1"/>
        <published>2026-01-29T14:00:00+02:00</published><updated>2026-02-01T00:00:00Z</updated>
        <category term="world" label="Світ"/><category term="news"/><author><name>Olena</name></author>
        <summary type="html">&lt;p&gt;Hi &amp;amp; bye&lt;/p&gt;</summary></entry>`),
    );
    expect([f.format, f.language, f.homePageUrl]).to.deep.equal(['atom', 'en', 'https://publisher.example/']);
    expect(f.items[0]).to.deep.include({id: 'tag:x,2026:1', title: 'Big news', url: 'https://publisher.example/a/1', summary: 'Hi & bye'});
    expect(f.items[0]!.date!.toISOString()).to.equal('2026-01-29T12:00:00.000Z');
    expect(f.items[0]!.tags).to.deep.equal(['Світ', 'news']);
    expect(f.items[0]!.authors).to.deep.equal(['Olena']);
  });

  it('keeps type="text" as text: angle brackets there are characters, not tags', () => {
    const f = feed(atom(`<entry><id>1</id><title>a &lt;b&gt; c</title><summary>x &lt;i&gt; y</summary></entry>`));
    expect(f.items[0]).to.deep.include({title: 'a <b> c', summary: 'x <i> y'});
  });

  it('resolves hrefs through nested xml:base, relative bases included', () => {
    const f = feed(
      atom(
        `<entry xml:base="posts/"><id>1</id><title>t</title><link href="one.html"/></entry>
         <entry xml:base="https://elsewhere.example/x/"><id>2</id><title>u</title><link href="../two"/></entry>`,
        ' xml:base="https://publisher.example/blog/"',
      ),
    );
    expect(f.homePageUrl).to.equal('https://publisher.example/');
    expect(f.items.map((i) => i.url)).to.deep.equal(['https://publisher.example/blog/posts/one.html', 'https://elsewhere.example/two']);
  });

  it('takes the text of type="xhtml" content and media:thumbnail as the image', () => {
    const f = feed(
      atom(`<entry><id>1</id><title>t</title><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Para <b>bold</b></p></div></content>
        <media:thumbnail url="//cdn.example/t.jpg"/></entry>`),
    );
    expect(f.items[0]!.summary).to.equal('Para bold');
    expect(f.items[0]!.image!.url).to.equal('https://cdn.example/t.jpg');
  });
});

describe('XML that real feeds get wrong', () => {
  it('reads undeclared HTML entities and bare ampersands', () => {
    const f = feed(rss(`<item><title>Tom &amp; Jerry&nbsp;&mdash; R&D &bogus; &#8211; ok</title></item>`));
    expect(f.items[0]!.title).to.equal('Tom & Jerry — R&D &bogus; – ok');
  });

  it('keeps the XML well-formed when an HTML entity decodes to markup characters', () => {
    // &LT; is HTML's legacy uppercase spelling of <; spliced in raw it would break the document.
    expect(feed(rss(`<item><title>x &LT; y &hearts;</title></item>`)).items[0]!.title).to.equal('x < y ♥');
  });

  it('reads a feed whose text holds control characters, which XML forbids: the rest of the feed is not lost to them', () => {
    // A control character pasted into one post (a vertical tab from a word processor, a backspace) is
    // fatal to an XML parser, and feeds carry them: the reader sees the text without them.
    const f = feed(rss(`<item><title>Vertical\u000btab</title></item><item><title>Back\u0008space and\u001f more</title></item><item><title>Fine</title><description><![CDATA[<p>In\u0001 CDATA</p>]]></description></item>`));
    expect(f.items.map((item) => item.title)).to.deep.equal(['Verticaltab', 'Backspace and more', 'Fine']);
    expect(f.items[2]!.summary).to.equal('In CDATA');
    // Tab and line breaks are XML's own white space: they still part words.
    expect(feed(rss('<item><title>a\tb\nc\r\nd&nbsp;e</title></item>')).items[0]!.title).to.equal('a b c d e');
  });

  it('reads a feed with whitespace and a BOM before the declaration', () => {
    expect(feed(`\uFEFF\n\n  ${rss('<item><title>x</title></item>')}`).items).to.have.length(1);
  });

  it('gives a parse error for broken XML, naming the URL', () => {
    const e = failure(rss('<item><title>x</title>'));
    expect(e.kind).to.equal('parse');
    expect(e.message).to.equal(`${BASE} is not well-formed XML`);
  });

  it('gives not-a-feed for XML that is no feed and for an XHTML page', () => {
    expect(failure('<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>').kind).to.equal('not-a-feed');
    const xhtml = failure('<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body><p>x</p></body></html>');
    expect([xhtml.kind, xhtml.message]).to.deep.equal(['not-a-feed', `${BASE} is XML but not RSS or Atom`]);
  });

  it('expands no external entity: nothing is fetched, nothing is read from disk', async () => {
    const secret = feedUrl('/test/fixtures/ostrov/feed.json');
    const doc = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY ext SYSTEM "${secret}"><!ENTITY file SYSTEM "file:///etc/passwd">]>
      ${rss('<item><title>a&ext;b&file;c</title></item>').replace(/^<\?xml[^>]*>/, '')}`;
    let titles: string[] = [];
    try {
      titles = feed(doc, ORIGIN + '/x.xml').items.map((i) => i.title);
    } catch (error) {
      expect(error).to.be.instanceOf(FeedError);
    }
    for (const t of titles) expect(t).to.not.match(/root:|jsonfeed/);
    expect(await requestCount(secret)).to.equal(0);
  });

  it('survives an entity-expansion bomb with a FeedError or a bounded result', () => {
    const lol = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa">${Array.from({length: 9}, (_, i) => `<!ENTITY ${'b'.repeat(i + 1)} "${`&${i ? 'b'.repeat(i) : 'a'};`.repeat(10)}">`).join('')}]>`;
    let titles: string[] = [];
    try {
      titles = feed(lol + rss('<item><title>&bbbbbbbbb;</title></item>').replace(/^<\?xml[^>]*>/, '')).items.map((i) => i.title);
    } catch (error) {
      expect(error).to.be.instanceOf(FeedError);
    }
    for (const t of titles) expect(t.length).to.be.at.most(300);
  });
});

describe('JSON documents', () => {
  it('reads JSON Feed 1.0 and 1.1 (http and https version URLs)', () => {
    for (const version of ['https://jsonfeed.org/version/1', 'http://jsonfeed.org/version/1', 'https://jsonfeed.org/version/1.1']) {
      const doc = {version, title: 'J', items: [{id: '1', title: 'T', author: {name: 'A'}}]};
      expect(feed(JSON.stringify(doc)).items[0]).to.deep.include({title: 'T', authors: ['A']});
    }
  });

  it('calls RSS-in-JSON and other JSON not-a-feed, truncated JSON a parse error', () => {
    expect(failure(JSON.stringify({rss: {channel: {item: [{title: 'x'}]}}})).kind).to.equal('not-a-feed');
    expect(failure('[1,2]').kind).to.equal('not-a-feed');
    expect(failure('{"version":"https://jsonfeed.org/version/1.1","items":[{"title":"x').kind).to.equal('parse');
  });

  it('calls an HTML page and plain text not-a-feed, naming the URL', () => {
    const page = failure('<!-- cdn --><!DOCTYPE html><html><body>Sign in</body></html>');
    expect([page.kind, page.message]).to.deep.equal(['not-a-feed', `${BASE} returned an HTML page, not a feed`]);
    expect(failure('Service unavailable').kind).to.equal('not-a-feed');
  });
});

describe('XML parsing under an enforced Trusted Types CSP', () => {
  /** Runs the parser in a frame whose CSP is `csp`, so the policy really is enforced. */
  function inFrame(csp: string, body: string): Promise<Record<string, unknown>> {
    const parse = new URL('/src/feed/parse.ts', location.href).href;
    const frame = document.createElement('iframe');
    frame.srcdoc = `<meta http-equiv="Content-Security-Policy" content="${csp}"><script type="module">
      import {parseFeed} from '${parse}';
      const xml = '<rss><channel><item><title>x</title></item></channel></rss>';
      let result;
      try { ${body} } catch (e) { result = {name: e.name, kind: e.kind, message: e.message}; }
      parent.postMessage(result, '*');
    </script>`;
    return new Promise((resolve) => {
      const onMessage = (event: MessageEvent) => {
        if (event.source !== frame.contentWindow) return;
        window.removeEventListener('message', onMessage);
        frame.remove();
        resolve(event.data as Record<string, unknown>);
      };
      window.addEventListener('message', onMessage);
      document.body.append(frame);
    });
  }

  const ENFORCE = "require-trusted-types-for 'script'";

  it('is really enforced in the frame: a bare DOMParser call is refused', async () => {
    const result = await inFrame(ENFORCE, `new DOMParser().parseFromString(xml, 'application/xml'); result = {ok: true};`);
    expect(result.name).to.equal('TypeError');
  });

  it('parses through the `newsroom-widgets` policy when the CSP allows it', async () => {
    const result = await inFrame(`${ENFORCE}; trusted-types newsroom-widgets`, `result = {items: parseFeed(xml, 'https://p.example/f.xml').feed.items.length};`);
    expect(result).to.deep.equal({items: 1});
  });

  it('gives a parse error naming the CSP directive when the policy is not allowed', async () => {
    const result = await inFrame(`${ENFORCE}; trusted-types other`, `parseFeed(xml, 'https://p.example/f.xml'); result = {ok: true};`);
    expect(result.name).to.equal('FeedError');
    expect(result.kind).to.equal('parse');
    expect(result.message).to.contain('trusted-types newsroom-widgets');
  });

  it('without the policy, a JSON Feed still reads, its references stay as written, and the page is asked only once', async () => {
    const result = await inFrame(
      `${ENFORCE}; trusted-types other`,
      `const violations = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
      const items = [{id: '1', title: 't', content_html: '<p>&hearts; &#8211; &amp; one</p>'}, {id: '2', title: 't', content_html: '<p>&spades;&#x41; two</p>'}];
      const feed = parseFeed(JSON.stringify({version: 'https://jsonfeed.org/version/1.1', items}), 'https://p.example/f.json').feed;
      await new Promise((r) => setTimeout(r, 100));
      result = {summaries: feed.items.map((i) => i.summary), violations};`,
    );
    // No HTML parser may run without the policy: every reference stays as written, and nothing throws.
    expect(result.summaries).to.deep.equal(['&hearts; &#8211; &amp; one', '&spades;&#x41; two']);
    // One refusal reported, not one per reference decoded.
    expect(result.violations).to.deep.equal(['trusted-types']);
  });
});
