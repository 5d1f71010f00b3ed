import {expect} from '@open-wc/testing';
import {fetchText} from '../../src/data/fetch.js';
import {FeedError, type FeedErrorKind} from '../../src/feed/index.js';
import type {ParseResult} from '../../src/feed/normalize.js';
import {parseFeed} from '../../src/feed/parse.js';
import {htmlToText} from '../../src/feed/html-text.js';
import {safeUrl} from '../../src/internal/safe-url.js';
import {plain} from '../../src/internal/text.js';
import {feedUrl, ORIGIN} from './helpers.js';

const DIR = '/test/fixtures/peer-feeds/';

/**
 * Every peer feed and what we must make of it. `items` is SOURCES.md's count
 * unless a note says why ours differs; `error` is the documented FeedError kind
 * for the ones no reader can use; `charset` is sent in the Content-Type when
 * the file itself names none.
 */
const CORPUS: Record<string, {items?: number; error?: FeedErrorKind; charset?: string; note?: string}> = {
  'rss-parser-guardian.rss': {items: 55},
  'rss-parser-encoding.rss': {items: 40},
  'rss-parser-uolNoticias.rss': {items: 15},
  'rss-parser-heise.atom': {items: 15},
  'rss-parser-reddit-home.rss': {items: 24},
  'rss-parser-rss-1.rss': {items: 69},
  'rss-parser-itunes-href.rss': {items: 10},
  'rss-parser-feedburner.atom': {items: 25},
  'feed-rs-jsonfeed_example_1.json': {items: 2},
  'feed-rs-jsonfeed_elastic_1.1.json': {items: 3},
  'feed-rs-rss_2.0_dbengines.xml': {items: 1},
  'feed-rs-rss_2.0_invalid_1.xml': {error: 'parse'},
  'feed-rs-rss_2.0_spiegel.xml': {items: 1},
  'feed-rs-rss_1.0_iso8859.xml': {items: 1},
  'feed-rs-rss_2.0_nightvale.xml': {items: 1},
  'rsparser-kc0011.rss': {items: 20},
  'rsparser-aktuality.rss': {items: 30},
  // Two guids occur twice, each time on posts with different text: different articles, all 50 listed.
  'rsparser-scriptingNews.rss': {items: 50},
  'rsparser-theomnishow.rss': {items: 4},
  'rsparser-bio.rdf': {items: 30},
  'rsparser-DaringFireball.atom': {items: 48},
  'rsparser-inessential.json': {items: 20},
  'rsparser-3960.json': {items: 20},
  'rsparser-pxlnv.json': {items: 20},
  'rsparser-allthis-partial.json': {error: 'parse'},
  'rsparser-ScriptingNews.json': {error: 'not-a-feed'},
  'node-feedparser-iconv.xml': {items: 10},
  'node-feedparser-illegally-nested.xml': {items: 10},
  'node-feedparser-intertwingly.atom': {items: 20},
  'node-feedparser-wapowellness.xml': {items: 29},
  'feedparser-large_atom_feed_that_needs_css_sanitisation.xml': {items: 15},
  'feedparser-koi8r.xml': {items: 1, charset: 'koi8-r'},
  'feedjira-TechCrunch.xml': {items: 20},
  'feedjira-json_feed_with_escaped_uris.json': {items: 30},
  'feedjira-HuffPostCanada.xml': {items: 2},
  'jsonfeed-spec-1.1-simple.json': {items: 2},
  'jsonfeed-spec-1.1-podcast.json': {items: 1},
  'jsonfeed-spec-1.1-microblog.json': {items: 1},
  'jsonfeed-spec-1.0-microblog.json': {items: 1},
  // Written for issue 14 (SOURCES.md); their expected files hold our whole model.
  'newsroom-wordpress.rss': {items: 3},
  'newsroom-rss1-dc.rdf': {items: 3},
  'newsroom-atom03.atom': {items: 3},
};

async function load(name: string, params: Record<string, string> = {}): Promise<{result: ParseResult; url: string}> {
  // Through the real fetch path, so the bytes are decoded by the charset logic.
  const {text, url} = await fetchText(feedUrl(DIR + name, params));
  return {result: parseFeed(text, url), url};
}

async function failure(name: string): Promise<unknown> {
  try {
    await load(name);
  } catch (error) {
    return error;
  }
  return undefined;
}

interface Expected {
  title: string;
  link?: string;
}

/** The origin project's expected parse, in either of the two shapes the corpus has. */
async function expectedItems(name: string): Promise<Expected[] | undefined> {
  const res = await fetch(`${ORIGIN}${DIR}${name}.expected.json`);
  if (!res.ok) return undefined;
  const bytes = new Uint8Array(await res.arrayBuffer());
  let json: string;
  try {
    json = new TextDecoder('utf-8', {fatal: true}).decode(bytes);
  } catch {
    json = new TextDecoder('windows-1252').decode(bytes); // rss-parser-encoding's file is Latin-1 (SOURCES.md)
  }
  const doc = JSON.parse(json) as {
    model?: {items: {title: string; url?: string}[]};
    feed?: {items: {title?: string; link?: string}[]};
    entries?: {title?: {content: string}; links: {href: string}[]}[];
  };
  if (doc.model) return doc.model.items.map((i) => ({title: i.title, link: i.url}));
  if (doc.feed) return doc.feed.items.map((i) => ({title: i.title ?? '', link: i.link}));
  return doc.entries!.map((e) => ({title: e.title?.content ?? '', link: e.links[0]?.href}));
}

/**
 * Our title for an expected one: the libraries keep the raw string, we collapse
 * whitespace, drop markup, decode entities and clamp. U+FFFD in an expected
 * title (rss-parser read uolNoticias' Latin-1 bytes as UTF-8) stands for the
 * accented letters we decode properly (or an NBSP, which we collapse to a space).
 */
function titleMatcher(expected: string): RegExp {
  const ours = plain(htmlToText(expected), 300);
  return new RegExp(`^${ours.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\uFFFD+/g, '(?:[^\\x00-\\x7f]+| )')}$`);
}

describe('peer feeds: every file in test/fixtures/peer-feeds', () => {
  /** Files SOURCES.md lists with an expected parse beside them. */
  let withExpected: string[] = [];
  let sources = '';
  before(async () => {
    sources = await (await fetch(`${ORIGIN}${DIR}SOURCES.md`)).text();
    withExpected = [...sources.matchAll(/^\| `([^`]+)` \(\+ `\.expected\.json`\)/gm)].map((m) => m[1]!);
  });

  it('covers every file SOURCES.md lists, and no other', async () => {
    expect(withExpected.length).to.equal(17);
    const listed = [...sources.matchAll(/^\| `([^`]+)`/gm)].map((m) => m[1]);
    expect(listed.length).to.be.greaterThan(30);
    expect([...listed].sort()).to.deep.equal(Object.keys(CORPUS).sort());
  });

  for (const [name, spec] of Object.entries(CORPUS)) {
    if (spec.error) {
      it(`${name}: FeedError '${spec.error}', nothing else`, async () => {
        const error = await failure(name);
        expect(error).to.be.instanceOf(FeedError);
        expect((error as FeedError).kind).to.equal(spec.error);
        expect((error as FeedError).message).to.contain(name);
      });
      continue;
    }
    it(`${name}: ${spec.items} items${spec.charset ? ` (served as ${spec.charset})` : ''}`, async () => {
      const {result, url} = await load(name, spec.charset ? {charset: spec.charset} : {});
      const {items} = result.feed;
      expect(items).to.have.length(spec.items!);
      // The extension says the format where it is specific; .rss and .xml files may hold RSS 1.0 (RDF) or Atom.
      const byExtension: Record<string, string> = {json: 'json', atom: 'atom', rdf: 'rdf'};
      const extension = name.slice(name.lastIndexOf('.') + 1);
      if (extension in byExtension) expect(result.feed.format).to.equal(byExtension[extension]);
      else expect(result.feed.format).to.be.oneOf(['rss', 'rdf', 'atom']);
      for (const item of items) {
        expect(item.title, 'every item has a title').to.not.equal('');
        expect(item.title, 'no decoding failure').to.not.contain('\uFFFD');
        if (item.url) expect(item.url).to.match(/^https?:\/\//);
        if (item.date) expect(Number.isNaN(item.date.getTime())).to.equal(false);
      }
      const expected = await expectedItems(name);
      expect(Boolean(expected), 'an expected file exactly where SOURCES.md says').to.equal(withExpected.includes(name));
      if (!expected) return;
      // Ours are sorted newest first and de-duplicated: match each expected item by its link.
      for (const e of expected) {
        const link = safeUrl(e.link, url);
        const ours = link ? items.find((i) => i.url === link) : items.find((i) => titleMatcher(e.title).test(i.title));
        expect(ours, `item ${e.link ?? e.title}`).to.not.equal(undefined);
        expect(ours!.title).to.match(titleMatcher(e.title));
      }
    });
  }
});

describe('peer feeds: formats and charsets in detail', () => {
  for (const name of ['newsroom-wordpress.rss', 'newsroom-rss1-dc.rdf', 'newsroom-atom03.atom']) {
    it(`${name}: the whole model, field by field, as its expected file says`, async () => {
      const {feed} = (await load(name)).result;
      const expected = (await (await fetch(`${ORIGIN}${DIR}${name}.expected.json`)).json()) as {model: unknown};
      expect(JSON.parse(JSON.stringify(feed))).to.deep.equal(expected.model);
    });
  }

  it('names the format it found', async () => {
    const formats = await Promise.all(
      ['rss-parser-guardian.rss', 'rss-parser-rss-1.rss', 'rss-parser-heise.atom', 'rss-parser-reddit-home.rss', 'rsparser-pxlnv.json'].map(
        async (n) => (await load(n)).result.feed.format,
      ),
    );
    expect(formats).to.deep.equal(['rss', 'rdf', 'atom', 'atom', 'json']);
  });

  it('reads JSON Feed text written HTML-escaped as its characters; a bare & as written', async () => {
    const pxlnv = (await load('rsparser-pxlnv.json')).result.feed;
    expect(pxlnv.items.map((i) => i.title)).to.include('FCC Says Releasing ‘Jokes’ It Wrote About Ajit Pai Colluding With Verizon Would ‘Harm’ Agency');
    const influx = (await load('feed-rs-jsonfeed_elastic_1.1.json')).result.feed;
    expect(influx.title).to.equal('Blog – InfluxData');
    expect(influx.items.map((i) => i.title)).to.include('InfluxDB vs. Graphite for Time Series Data & Metrics Benchmark');
    const dorny = (await load('feedjira-json_feed_with_escaped_uris.json')).result.feed;
    expect(dorny.items.map((i) => i.summary)).to.include('Blackletter & thick Tschichold beauty');
    const podcast = (await load('jsonfeed-spec-1.1-podcast.json')).result.feed;
    expect(podcast.items[0]!.summary).to.contain('one-half of Aged & Distilled.');
    // Nothing of the other JSON Feeds holds a reference once read.
    for (const name of Object.keys(CORPUS).filter((n) => n.endsWith('.json') && !CORPUS[n]!.error)) {
      const {feed} = (await load(name)).result;
      for (const text of [feed.title, ...feed.items.flatMap((i) => [i.title, i.summary, i.category ?? '', i.image?.alt ?? ''])]) {
        expect(text, name).to.not.match(/&#?\w+;/);
      }
    }
  });

  it('decodes windows-1251 named only by the XML declaration', async () => {
    const {items} = (await load('node-feedparser-iconv.xml')).result.feed;
    expect(items[0]!.title).to.equal('В Бузулуке главные стройплощадки – детсад и Ледовый дворец');
  });

  it('decodes gb2312 named by the XML declaration', async () => {
    const {feed} = (await load('rsparser-kc0011.rss')).result;
    expect(feed.title).to.equal('投资资讯网交易在线--流通纪念币最新20篇论坛主题-全文');
    // Its pubDate "2020/1/10 14:33:00" is one of the broken formats we read.
    expect(feed.items[0]!.date!.toISOString()).to.equal('2020-01-10T14:33:00.000Z');
  });

  it('decodes ISO-8859-1 by the declaration, and undeclared Latin-1 as windows-1252', async () => {
    const golem = (await load('feed-rs-rss_1.0_iso8859.xml')).result.feed;
    expect(golem.items[0]!.title).to.equal('Digitalministerium: Neue Glasfaserförderung mit Schnellkasse');
    const uol = (await load('rss-parser-uolNoticias.rss')).result.feed;
    expect(uol.items[0]!.title).to.equal('Ibope: Bolsonaro perde de Haddad, Ciro e Alckmin em simulações de 2º turno');
  });

  it('decodes KOI8-R by the Content-Type charset, which wins over guessing', async () => {
    const {items} = (await load('feedparser-koi8r.xml', {charset: 'koi8-r'})).result.feed;
    expect(items[0]!.title).to.equal('Как пережить новогоднюю ночь');
    // Without any charset the bytes are not UTF-8: still a feed, in the wrong letters (we do not sniff).
    const guessed = (await load('feedparser-koi8r.xml')).result.feed;
    expect(guessed.items).to.have.length(1);
    expect(guessed.items[0]!.title).to.not.equal('Как пережить новогоднюю ночь');
  });

  it('decodes by a byte order mark first, whatever the Content-Type or the declaration says, UTF-16 included', async () => {
    /** Bytes on the feed origin, served with this Content-Type; the feed read through the real fetch path. */
    async function served(bytes: Uint8Array<ArrayBuffer>, type: string): Promise<string[]> {
      const res = await fetch(`${ORIGIN}/__doc`, {method: 'POST', body: bytes, headers: {'Content-Type': 'text/plain'}});
      const {path} = (await res.json()) as {path: string};
      const {text, url} = await fetchText(feedUrl(path, {type}));
      return parseFeed(text, url).feed.items.map((item) => item.title);
    }
    const title = 'Кава й café ☕';
    const doc = (encoding: string) => `<?xml version="1.0" encoding="${encoding}"?><rss version="2.0"><channel><title>t</title><item><title>${title}</title></item></channel></rss>`;
    const utf8 = (text: string) => new TextEncoder().encode(text);
    const utf16 = (text: string, littleEndian: boolean) => {
      const view = new DataView(new ArrayBuffer(text.length * 2));
      for (let i = 0; i < text.length; i++) view.setUint16(i * 2, text.charCodeAt(i), littleEndian);
      return new Uint8Array(view.buffer);
    };
    const withMark = (mark: number[], bytes: Uint8Array): Uint8Array<ArrayBuffer> => Uint8Array.from([...mark, ...bytes]);
    // A UTF-8 file with its BOM on a server whose default charset is Latin-1 (Apache's AddDefaultCharset).
    expect(await served(withMark([0xef, 0xbb, 0xbf], utf8(doc('utf-8'))), 'text/xml; charset=ISO-8859-1')).to.deep.equal([title]);
    // A file saved as UTF-8 with a BOM whose declaration still names its old charset.
    expect(await served(withMark([0xef, 0xbb, 0xbf], utf8(doc('windows-1251'))), 'application/rss+xml')).to.deep.equal([title]);
    // UTF-16, as Windows tools save it, in both byte orders.
    expect(await served(withMark([0xff, 0xfe], utf16(doc('UTF-16'), true)), 'application/xml')).to.deep.equal([title]);
    expect(await served(withMark([0xfe, 0xff], utf16(doc('UTF-16'), false)), 'application/xml')).to.deep.equal([title]);
  });

  it('reads the undeclared &nbsp; of dbengines, the blank line before TechCrunch’s <?xml', async () => {
    const db = (await load('feed-rs-rss_2.0_dbengines.xml')).result.feed;
    expect(db.items[0]!.summary).to.contain('our\u00a0DB-Engines Ranking'.replace('\u00a0', ' '));
    const tc = (await load('feedjira-TechCrunch.xml')).result.feed;
    expect(tc.items[0]!.title).to.equal('Angie’s List Sets Price Range IPO At $11 To $13 Per Share; Valued At Over $600M');
  });

  it('keeps the 10 real items of a feed with an item illegally nested in each', async () => {
    const {items} = (await load('node-feedparser-illegally-nested.xml')).result.feed;
    expect(items.map((i) => i.title)).to.include('My Professional Armchair Analysis of CES');
    expect(new Set(items.map((i) => i.id)).size).to.equal(10);
  });

  it('resolves Atom hrefs against the document: relative ones against the feed URL', async () => {
    const {feed} = (await load('node-feedparser-intertwingly.atom')).result;
    expect(feed.homePageUrl).to.equal(`${ORIGIN}/blog/`);
    expect(feed.items[0]!.url).to.equal(`${ORIGIN}/blog/2012/07/16/Inhibiting-Suspend`);
  });

  it('takes images from media:content, media:thumbnail, enclosure and itunes:image', async () => {
    const guardian = (await load('rss-parser-guardian.rss')).result.feed;
    expect(guardian.items[0]!.image!.url).to.match(/^https:\/\/i\.guim\.co\.uk\/.*w=140/);
    const omni = (await load('rsparser-theomnishow.rss')).result.feed;
    expect(omni.items[0]!.image!.url).to.equal('https://theomnishow.omnigroup.com/assets/img/omnishow-cover-1x3000.jpg');
  });
});
