import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {FeedError, type Feed} from '../../src/feed/index.js';
import {parseFeed} from '../../src/feed/parse.js';
import {collapse} from '../../src/internal/text.js';

/**
 * Properties of the feed layer over generated documents (issue 14): whatever
 * HTML a feed carries where HTML is allowed, the model holds text only; and
 * whatever bytes arrive, reading them returns a model or throws a FeedError,
 * never anything else.
 */
const BASE = 'https://publisher.example/feeds/f.xml';
const RUNS = 150;

/** Every string in the model, URLs and dates' ISO form included. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (value instanceof Date) out.push(value.toISOString());
  else if (value && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
  return out;
}

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// Text with no angle brackets, references that decode to no bracket either.
const word = fc.oneof(
  fc.string({unit: fc.constantFrom(...'abcxyzАБВґїé 0123.,;:!?"\'()-/=+*#@%\u00a0\n\t'), minLength: 1, maxLength: 8}),
  fc.constantFrom('&amp;', '&nbsp;', '&#8211;', '&hellip;', '&laquo;', '&#x41;', '&quot;', '&copy;', '&bogus;', '&'),
);
const attrValue = fc.string({unit: fc.constantFrom(...'ab >/=\'"&;x'), maxLength: 10});
const tagName = fc.constantFrom('b', 'i', 'p', 'div', 'a', 'img', 'br', 'span', 'table', 'td', 'h1', 'li', 'figure', 'blink', 'font');
const hidden = fc.constantFrom('script', 'style', 'svg', 'iframe', 'template', 'noscript', 'math', 'object');

/** An HTML fragment as feeds carry it: tags with awkward attributes, comments, doctypes, hidden elements. */
const html = fc
  .array(
    fc.oneof(
      {weight: 4, arbitrary: word},
      fc.tuple(tagName, attrValue, fc.constantFrom('"', "'")).map(([t, v, q]) => `<${t} title=${q}${v.replaceAll(q, '')}${q} class=x>`),
      tagName.map((t) => `</${t}>`),
      tagName.map((t) => `<${t}/>`),
      fc.tuple(hidden, word).map(([t, w]) => `<${t} a="1">${w}<b>${w}</b></${t}>`),
      word.map((w) => `<!-- ${w.replace(/-/g, '')} -->`),
      fc.constantFrom('<!DOCTYPE html>', '<?php echo 1; ?>', '<![CDATA[x]]>', '<br>', '<hr />', '<img src=x onerror=alert(1)>'),
    ),
    {maxLength: 12},
  )
  .map((parts) => parts.join(''));

/** The same kind of content as a well-formed XHTML tree (Atom type="xhtml", Atom 0.3 mode="xml"). */
const xhtml = fc
  .array(
    fc.oneof(
      {weight: 3, arbitrary: word.map((w) => xmlEscape(w.replace(/&/g, ' ')))},
      fc.tuple(tagName, attrValue, word).map(([t, v, w]) => `<${t} title="${xmlEscape(v).replace(/"/g, '&quot;')}">${xmlEscape(w.replace(/&/g, ' '))}</${t}>`),
      fc.tuple(hidden, word).map(([t, w]) => `<${t}>${xmlEscape(w.replace(/&/g, ' '))}</${t}>`),
    ),
    {maxLength: 10},
  )
  .map((parts) => `<div xmlns="http://www.w3.org/1999/xhtml">${parts.join('')}</div>`);

const DC = 'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/"';

/** A document in any format whose HTML-bearing fields hold generated HTML. */
const documents = fc.oneof(
  fc.tuple(html, html, html, html).map(
    ([channel, t, d, c]) =>
      `<rss version="2.0" ${DC}><channel><title>${xmlEscape(channel)}</title><item><title>${xmlEscape(t)}</title><description>${xmlEscape(d)}</description><content:encoded><![CDATA[${c.replace(/]]>/g, '')}]]></content:encoded><dc:creator>${xmlEscape(t)}</dc:creator><category>${xmlEscape(c)}</category></item></channel></rss>`,
  ),
  fc.tuple(html, html, html).map(
    ([channel, t, d]) =>
      `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" ${DC}><channel><dc:title>${xmlEscape(channel)}</dc:title></channel><item><dc:title>${xmlEscape(t)}</dc:title><dc:description>${xmlEscape(d)}</dc:description><dc:subject>${xmlEscape(d)}</dc:subject></item></rdf:RDF>`,
  ),
  fc.tuple(html, html, xhtml, xhtml).map(
    ([channel, t, x, y]) =>
      `<feed xmlns="http://www.w3.org/2005/Atom"><title type="html">${xmlEscape(channel)}</title><entry><id>1</id><title type="html">${xmlEscape(t)}</title><summary type="xhtml">${x}</summary></entry><entry><id>2</id><title type="xhtml">${y}</title><content type="html">${xmlEscape(t)}</content></entry></feed>`,
  ),
  fc.tuple(html, html, xhtml).map(
    ([channel, t, x]) =>
      `<feed version="0.3" xmlns="http://purl.org/atom/ns#"><title mode="escaped" type="text/html">${xmlEscape(channel)}</title><entry><id>1</id><title mode="escaped" type="text/html">${xmlEscape(t)}</title><content type="application/xhtml+xml" mode="xml">${x}</content></entry>` +
      `<entry><id>2</id><title mode="escaped" type="text/html">${xmlEscape(channel)}</title><content type="text/html" mode="base64">${btoa(String.fromCharCode(...new TextEncoder().encode(t)))}</content></entry></feed>`,
  ),
  fc.tuple(html, html).map(([t, c]) => JSON.stringify({version: 'https://jsonfeed.org/version/1.1', title: 'J', items: [{id: '1', title: 'T', content_html: c}, {id: '2', content_html: t}]})),
);

/** An unclosed `<![CDATA[` before a tag with a quoted `>`: the declaration once ended inside the tag. */
const FOUND_IN_CI =
  '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title></title><item><title></title><description></description>' +
  '<content:encoded><![CDATA[<![CDATA[x<b title=">" class=x>]]></content:encoded><dc:creator></dc:creator><category>&lt;![CDATA[x]]&gt;&lt;b title="&gt;" class=x&gt;</category></item></channel></rss>';

describe('properties of the feed layer (fast-check)', () => {
  it('collapse() returns clean text as it is and cleans the rest exactly as the two replacements do', () => {
    // The reference: what collapse() did before its clean-text shortcut.
    // eslint-disable-next-line no-control-regex
    const reference = (v: string) => v.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').replace(/\s+/g, ' ').trim();
    const unit = fc.constantFrom(...'ab Я.\u00a0\n\t\r\u0000\u0007\u001f\u007f\u2003\ufeff\u2028 ');
    fc.assert(fc.property(fc.string({unit, maxLength: 12}), (v) => collapse(v) === reference(v)), {numRuns: 3000});
    expect(collapse('Уже чистий текст')).to.equal('Уже чистий текст');
    expect(collapse(' a\u00a0 b\n')).to.equal('a b');
  });

  it('every string of the model is free of markup, whatever HTML the feed carries', () => {
    fc.assert(
      fc.property(documents, (doc) => {
        const feed: Feed = parseFeed(doc, BASE).feed;
        for (const s of strings(feed)) expect(s, `${s} from ${doc}`).to.not.match(/[<>]/);
      }),
      // Counterexamples found by earlier runs stay checked on every run, whatever the seed.
      {numRuns: RUNS, examples: [[FOUND_IN_CI]]},
    );
  });

  it('the model keeps the text between the tags (HTML fields are not just emptied)', () => {
    fc.assert(
      fc.property(fc.string({unit: fc.constantFrom(...'abcdefgh'), minLength: 1, maxLength: 10}), tagName, (w, t) => {
        const doc = `<rss><channel><item><title>${w}</title><description>&lt;${t} title="a&gt;b"&gt;${w}&lt;/${t}&gt;&lt;script&gt;x&lt;/script&gt;!</description></item></channel></rss>`;
        const [item] = parseFeed(doc, BASE).feed.items;
        // Block ends and hidden elements leave a space; nothing else is left of the markup.
        expect(item!.summary.replace(/ /g, '')).to.equal(`${w}!`);
      }),
      {numRuns: RUNS},
    );
  });

  /** Pieces that have broken feed readers: markup, references, prototype names, modes, bases, control characters. */
  const junk = fc.constantFrom(
    '<', '>', '&', ']]>', '<![CDATA[', '<!DOCTYPE rss [<!ENTITY a "b&a;">]>', '<!DOCTYPE x>', '&a;', '&constructor;', '&__proto__;', '&#0;', '&#x110000;', '&nbsp;',
    '<__proto__>', '</__proto__>', '<constructor/>', '<toString:x xmlns:toString="urn:t"/>', '</item>', '<item>', '<entry>', '</entry>', '<channel>',
    ' mode="base64"', ' mode="xml"', ' type="xhtml"', ' type="html"', ' xml:base="http://[::1"', ' xml:base="javascript:x"', ' xml:lang="__proto__"', ' href="javascript:alert(1)"',
    '<link rel="alternate" href="//x"/>', '<title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">x</div></title>', '<content mode="base64">!!!</content>',
    '<pubDate>Thu, 31 Feb 2026 25:00:00 +9999</pubDate>', '<dc:date>0000-00-00</dc:date>', '<language>en_US</language>', '\u0000', '\uFFFE', '\uD800', '"', "'",
  );
  const templates = [
    '<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>T</title><item><title>a</title><guid>g</guid><description>d</description></item></channel></rss>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><title type="html">T</title><entry><id>1</id><title>t</title><link href="/a"/><summary type="html">s</summary></entry></feed>',
    '<feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>T</title><entry><id>1</id><title mode="escaped" type="text/html">t</title><issued>2006-01-01</issued></entry></feed>',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel><title>T</title></channel><item><title>t</title></item></rdf:RDF>',
  ];
  /** A real-looking document with junk spliced in at random places. */
  const mutated = fc
    .tuple(fc.constantFrom(...templates), fc.array(fc.tuple(fc.nat(), junk), {minLength: 1, maxLength: 6}))
    .map(([doc, edits]) => edits.reduce((d, [at, piece]) => d.slice(0, at % (d.length + 1)) + piece + d.slice(at % (d.length + 1)), doc));
  const json = fc.jsonValue().map((items) => JSON.stringify({version: 'https://jsonfeed.org/version/1.1', items: Array.isArray(items) ? items : [items], title: items}));

  it('reading any input either gives a model or throws a FeedError, nothing else', () => {
    fc.assert(
      fc.property(fc.oneof(mutated, json, fc.string(), fc.jsonValue().map((v) => JSON.stringify(v))), (input) => {
        let feed: Feed | undefined;
        try {
          feed = parseFeed(input, BASE).feed;
        } catch (error) {
          expect(error, String(error)).to.be.instanceOf(FeedError);
          return;
        }
        // A model that made it out is a proper one: the format known, every item titled, storable as JSON.
        expect(['json', 'rss', 'rdf', 'atom']).to.include(feed.format);
        for (const item of feed.items) expect(item.title).to.be.a('string').and.not.equal('');
        expect(() => JSON.stringify(feed)).to.not.throw();
      }),
      {numRuns: RUNS * 2},
    );
  });
});
