import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {parseDate} from '../../src/feed/date.js';
import {decodeEntities, htmlToText} from '../../src/feed/html-text.js';
import {FeedError, MAX_ITEMS, MAX_SUMMARY, MAX_TITLE} from '../../src/feed/index.js';
import type {ParseResult} from '../../src/feed/normalize.js';
import {parseFeed} from '../../src/feed/parse.js';
import {safeUrl} from '../../src/internal/safe-url.js';
import {trustedHTML} from '../../src/internal/trusted-types.js';

const BASE = 'https://publisher.example/feed';
const HTTP = /^https?:\/\//;

/** Pieces real and hostile feeds are made of, mixed with arbitrary text. */
const piece = fc.oneof(
  fc.string({unit: 'binary', maxLength: 12}),
  fc.constantFrom(
    '<', '>', '&', '&amp;', '&nbsp;', '&bogus;', '&#0;', '&#xD800;', '<![CDATA[', ']]>', '"', "'", '\u0000', '\uFEFF', '\u2028',
    '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<a href="javascript:alert(1)">x</a>', '<svg onload=alert(1)>',
    'javascript:alert(1)', 'data:text/html,x', 'https://a.example/p', '/relative', '//cdn.example/i.jpg', ' ', '\n',
    '<item>', '</item>', '<entry>', '<title>', '</title>', '<?xml version="1.0"?>', '<!DOCTYPE x [<!ENTITY a "b">]>', '&a;',
    'Thu, 29 Jan 2026 14:00:00 +0200', '2026-01-29T14:00:00Z', '{', '}', '[', '"version":"https://jsonfeed.org/version/1.1"',
  ),
);
const junk = fc.array(piece, {maxLength: 8}).map((a) => a.join(''));
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** Either well escaped or dropped in raw, which breaks the XML more often than not. */
const slot = fc.tuple(junk, fc.boolean()).map(([s, raw]) => (raw ? s : esc(s)));

const rssItem = fc
  .tuple(slot, slot, slot, slot, slot, slot)
  .map(([t, l, d, p, g, u]) => `<item><title>${t}</title><link>${l}</link><description>${d}</description><pubDate>${p}</pubDate><guid>${g}</guid><category>${t}</category><enclosure url="${u}" type="image/jpeg"/><media:content url="${u}" width="${p}" height="9"/></item>`);
const rss = fc
  .tuple(slot, fc.array(rssItem, {maxLength: 5}))
  .map(([title, items]) => `<?xml version="1.0"?><rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>${title}</title><link>${title}</link>${items.join('')}</channel></rss>`);
const atomEntry = fc
  .tuple(slot, slot, slot, slot, fc.constantFrom('text', 'html', 'xhtml'))
  .map(([t, h, s, b, type]) => `<entry xml:base="${b}"><id>${t}</id><title type="${type}">${t}</title><link href="${h}"/><summary type="${type}">${s}</summary><updated>${s}</updated><category term="${t}"/></entry>`);
const atom = fc
  .tuple(slot, fc.array(atomEntry, {maxLength: 5}))
  .map(([b, entries]) => `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="${b}"><title>x</title>${entries.join('')}</feed>`);
const jsonValue = fc.oneof(junk, fc.anything({maxDepth: 2}));
const jsonFeed = fc
  .array(fc.record({id: jsonValue, url: jsonValue, title: jsonValue, content_html: jsonValue, summary: jsonValue, image: jsonValue, date_published: jsonValue, tags: jsonValue, _newsroom: fc.record({category_url: jsonValue, image_width: jsonValue})}, {requiredKeys: []}), {maxLength: 5})
  .map((items) => JSON.stringify({version: 'https://jsonfeed.org/version/1.1', title: 'x', home_page_url: 'javascript:x', items}));
const anyDocument = fc.oneof(rss, atom, jsonFeed, junk, fc.json());

/** Parse, allowing only a FeedError to escape; return what came out. */
function attempt(doc: string): ParseResult | undefined {
  try {
    return parseFeed(doc, BASE);
  } catch (error) {
    if (!(error instanceof FeedError)) throw error;
    expect(['parse', 'not-a-feed']).to.include(error.kind);
    return undefined;
  }
}

function checkModel(result: ParseResult | undefined): void {
  if (!result) return;
  const {feed} = result;
  expect(feed.items.length).to.be.at.most(MAX_ITEMS);
  if (feed.homePageUrl) expect(feed.homePageUrl).to.match(HTTP);
  for (const item of feed.items) {
    for (const url of [item.url, item.image?.url, item.categoryUrl]) if (url !== undefined) expect(url).to.match(HTTP);
    expect(item.title).to.be.a('string').and.not.equal('');
    expect([...item.title].length).to.be.at.most(MAX_TITLE);
    expect([...item.summary].length).to.be.at.most(MAX_SUMMARY);
    if (item.date) expect(Number.isNaN(item.date.getTime())).to.equal(false);
  }
}

describe('property: parsers', () => {
  it('never throw anything but FeedError; every URL is http(s); lengths and item counts stay capped', () => {
    let withItems = 0;
    fc.assert(
      fc.property(anyDocument, (doc) => {
        const result = attempt(doc);
        checkModel(result);
        if (result?.feed.items.length) withItems++;
      }),
      {numRuns: 400},
    );
    // The generators must reach the model often, or the checks above prove little.
    expect(withItems).to.be.above(40);
  });

  it('turn markup in HTML fields into text: no tag survives into a title or summary', () => {
    // Text without < or &, wrapped in hostile tags: whatever comes out has no angle bracket at all.
    const words = fc.string({unit: fc.constantFrom(...'abc xyz Ж語é.,!'.split(''))});
    const tag = fc.constantFrom('<b>', '</b>', '<img src=x onerror=alert(1)>', '<script>alert(1)</script>', '<a href="javascript:x">', '</a>', '<p>', '<br/>', '<svg onload=alert(1)>', '<!-- c -->', '<iframe src=x></iframe>');
    const html = fc.array(fc.oneof(words, tag), {minLength: 1, maxLength: 10}).map((a) => a.join(''));
    let items = 0;
    fc.assert(
      fc.property(html, html, (title, body) => {
        const doc = `<rss><channel><item><title>${esc(title)}</title><description><![CDATA[${body}]]></description></item></channel></rss>`;
        for (const item of attempt(doc)?.feed.items ?? []) {
          items++;
          expect(item.title + item.summary).to.not.match(/[<>]/);
        }
      }),
      {numRuns: 100},
    );
    // A parser that dropped these items would pass the loop above without checking anything.
    expect(items, 'items read out of 100 documents').to.be.above(50);
  });

  it('keep at most MAX_ITEMS items, in every format', () => {
    const n = MAX_ITEMS + 50;
    const many = Array.from({length: n}, (_, i) => i);
    const docs = [
      `<rss><channel>${many.map((i) => `<item><title>t${i}</title></item>`).join('')}</channel></rss>`,
      `<feed xmlns="http://www.w3.org/2005/Atom">${many.map((i) => `<entry><id>${i}</id><title>t${i}</title></entry>`).join('')}</feed>`,
      JSON.stringify({version: 'https://jsonfeed.org/version/1', items: many.map((i) => ({id: String(i), title: `t${i}`}))}),
    ];
    for (const doc of docs) {
      const result = parseFeed(doc, BASE);
      expect(result.feed.items).to.have.length(MAX_ITEMS);
      expect(result.warnings).to.include(`only the first ${MAX_ITEMS} items were kept`);
    }
    // More items than the cap, but with the skipped ones fewer kept: every item was read, nothing was cut.
    const someBad = many.map((i) => (i % 10 === 0 ? {id: String(i)} : {id: String(i), title: `t${i}`}));
    const read = parseFeed(JSON.stringify({version: 'https://jsonfeed.org/version/1', items: someBad}), BASE);
    expect(read.feed.items).to.have.length(n - n / 10);
    expect(read.warnings.filter((w) => w.startsWith('only the first'))).to.deep.equal([]);
  });

  it('parseDate gives a real date in range or undefined', () => {
    fc.assert(
      fc.property(fc.oneof(junk, fc.date({noInvalidDate: true}).map((d) => d.toUTCString()), fc.date({noInvalidDate: true}).map((d) => d.toISOString())), (s) => {
        const d = parseDate(s);
        if (d) expect(d.getTime()).to.be.within(0, Date.UTC(2200, 0, 1));
      }),
    );
    // fc.date() spans ±270,000 years, so the dates above are nearly all out of range and come back
    // undefined: the dates a feed carries must come back as themselves too.
    const inRange = fc.date({min: new Date(Date.UTC(1970, 0, 1)), max: new Date(Date.UTC(2199, 11, 31)), noInvalidDate: true});
    fc.assert(
      fc.property(inRange, (d) => {
        expect(parseDate(d.toISOString())?.toISOString()).to.equal(d.toISOString());
        expect(parseDate(d.toUTCString())?.toISOString()).to.equal(new Date(Math.floor(d.getTime() / 1000) * 1000).toISOString());
      }),
    );
  });

  it('decodeEntities, one reference at a time, says what the HTML parser says of the whole text', () => {
    // Legacy names without `;` (`&copy2026`, `&notit;`), numbers in any form, and near misses.
    const part = fc.oneof(
      fc.constantFrom('&', '#', 'x', 'X', ';', ' ', 'a', 'z', '0', '9', 'F', 'amp', 'not', 'notin', 'copy', 'nbsp', 'lt', 'AMP', '#x', '#12', '#128', 'lt;', 'hearts;'),
      fc.string({maxLength: 3}),
    );
    const whole = (s: string) =>
      // The leading newline is the one HTML drops after <textarea>; the text's own newlines stay.
      new DOMParser().parseFromString(trustedHTML(`<textarea>\n${s.replace(/</g, '&lt;')}`), 'text/html').body.textContent;
    fc.assert(
      fc.property(fc.array(part, {maxLength: 12}).map((a) => a.join('')), (s) => {
        expect(decodeEntities(s)).to.equal(whole(s));
      }),
      {numRuns: 300},
    );
    // Found by this property in Firefox: a reference decoded alone to a newline lost it.
    expect(decodeEntities('&&#xAMP')).to.equal('&\nMP');
    expect(decodeEntities('&#10;x')).to.equal('\nx');
  });

  it('htmlToText never throws, whatever the input', () => {
    fc.assert(
      fc.property(junk, (s) => {
        expect(htmlToText(s)).to.be.a('string');
      }),
    );
  });
});

describe('property: safeUrl', () => {
  const scheme = fc.constantFrom('', 'http:', 'https:', 'HTTPS:', 'javascript:', 'JaVaScRiPt:', 'java\nscript:', 'data:', 'vbscript:', 'file:', 'ftp:', 'blob:', ' javascript:', '\u0000javascript:');
  const rest = fc.oneof(junk, fc.webPath(), fc.constant('//a.example/x'), fc.webUrl());
  const candidate = fc.oneof(fc.tuple(scheme, rest).map(([s, r]) => s + r), fc.webUrl(), junk);
  const base = fc.oneof(fc.constant(undefined), fc.webUrl(), fc.constant('javascript:alert(1)'), fc.constant('data:text/html,x'));

  it('only ever yields an http(s) URL, and yields it unchanged a second time', () => {
    fc.assert(
      fc.property(candidate, base, (value, against) => {
        const out = safeUrl(value, against);
        if (out === undefined) return;
        expect(new URL(out).protocol).to.be.oneOf(['http:', 'https:']);
        expect(safeUrl(out)).to.equal(out);
      }),
      {numRuns: 500},
    );
  });

  it('keeps every well-formed web URL', () => {
    fc.assert(
      fc.property(fc.webUrl({validSchemes: ['http', 'https']}), (url) => {
        expect(safeUrl(url)).to.match(HTTP);
      }),
    );
  });
});
