import {trustedHTML} from '../internal/trusted-types.js';
import {decodeEntities} from './html-text.js';
import {FeedError} from './model.js';
import {normalizeFeed, type ParseResult, type RawItem} from './normalize.js';

type El = Element | null | undefined;

// Qualified names, not namespaces: `title` then never matches `media:title`,
// and RSS under a stray default namespace (userland's rss2) still reads.
const kids = (el: El, name: string) => (el ? [...el.children].filter((c) => c.nodeName == name) : []);
const kid = (el: El, name: string): El => kids(el, name)[0];
const attr = (el: El, name: string) => el?.getAttribute(name) ?? undefined;
function text(el: El, ...names: string[]) {
  for (const n of names) {
    const v = kid(el, n)?.textContent;
    if (v?.trim()) return v;
  }
}

/** Every xml:base from the root down, as Atom asks; browsers no longer do it themselves. */
function href(el: El, ref: string | undefined, url: string): string | undefined {
  const chain: string[] = [];
  for (let e = el; e; e = e.parentElement) chain.unshift(attr(e, 'xml:base') ?? '');
  try {
    return ref && new URL(ref, chain.reduce((base, b) => new URL(b, base).href, url)).href;
  } catch {
    return ref;
  }
}

function image(el: Element): Partial<RawItem> {
  for (const c of el.getElementsByTagName('*')) {
    if (/^(media:(content|thumbnail)|enclosure|itunes:image)$/.test(c.nodeName) && /image/.test(attr(c, 'medium') ?? attr(c, 'type') ?? 'image')) {
      return {image: attr(c, 'url') ?? attr(c, 'href'), imageWidth: attr(c, 'width'), imageHeight: attr(c, 'height')};
    }
  }
  return {};
}

const parse = (xml: string) => {
  const doc = new DOMParser().parseFromString(trustedHTML(xml), 'application/xml');
  return doc.getElementsByTagName('parsererror')[0] ? undefined : doc;
};

// HTML's named entities are undeclared in XML and a bare & is fatal there; both are common.
const lenient = (xml: string) =>
  xml.replace(/&(#?\w+;)?/g, (all, ref?: string) =>
    // Decoded, then re-escaped: `&LT;` must not turn into a bare `<` in the XML.
    !ref ? '&amp;' : /^(#|(amp|lt|gt|quot|apos);)/.test(ref) ? all : decodeEntities(all).replace(/&/g, '&amp;').replace(/</g, '&lt;'),
  );

/** RSS 2.0 / 0.9x, RSS 1.0 (RDF) and Atom 1.0 to the model. */
export function parseXmlFeed(xml: string, url: string): ParseResult {
  // Feeds never need a DTD, and an internal subset is how entity-expansion
  // bombs arrive: WebKit's parser never returns from one. Its entities then
  // stay literal text.
  xml = xml.replace(/<!DOCTYPE[^>[]*(\[[^\]]*\])?\s*>/i, '');
  let doc: Document | undefined;
  try {
    // HTML-only entities (&nbsp;) go straight to the lenient pass: a failed
    // first parse costs time, and Chromium's error document carries inline
    // styles that a strict CSP reports as violations on the partner's page.
    doc = /&(?!(amp|lt|gt|quot|apos);)[a-z]\w*;/i.test(xml) ? parse(lenient(xml)) : parse(xml) ?? parse(lenient(xml));
  } catch {
    throw new FeedError('parse', `${url}: Trusted Types blocked parsing; CSP needs "trusted-types newsroom-widgets"`, url);
  }
  if (!doc) throw new FeedError('parse', `${url} is not well-formed XML`, url);
  const root = doc.documentElement;
  const format = ({rss: 'rss', RDF: 'rdf', feed: 'atom'} as const)[root.localName];
  if (!format) throw new FeedError('not-a-feed', `${url} is XML but not RSS or Atom`, url);
  const channel = format == 'atom' ? root : kid(root, 'channel');
  const link = (el: El) => {
    const l = kids(el, 'link').find((l) => l.hasAttribute('href') && (attr(l, 'rel') ?? 'alternate') == 'alternate');
    return l ? href(l, attr(l, 'href'), url) : href(el, text(el, 'link'), url);
  };
  const items =
    format == 'atom'
      ? kids(root, 'entry').map((e): RawItem => {
          const body = kid(e, 'summary') ?? kid(e, 'content');
          const html = /html/.test(attr(body, 'type') ?? '');
          return {
            id: text(e, 'id'),
            url: link(e),
            title: text(e, 'title'),
            titleIsHtml: /html/.test(attr(kid(e, 'title'), 'type') ?? ''),
            [html ? 'html' : 'summary']: body?.textContent,
            date: text(e, 'published', 'updated'),
            tags: kids(e, 'category').map((c) => attr(c, 'label') ?? attr(c, 'term')),
            authors: kids(e, 'author').map((a) => text(a, 'name')),
            ...image(e),
          };
        })
      : // Direct children only: an <item> illegally nested in another is not a second article.
        (kids(root, 'item')[0] ? kids(root, 'item') : kids(channel, 'item')).map((e): RawItem => {
          const guid = kid(e, 'guid');
          return {
            id: guid?.textContent ?? attr(e, 'rdf:about'),
            url: link(e) ?? (attr(guid, 'isPermaLink') != 'false' ? href(e, guid?.textContent ?? undefined, url) : undefined),
            title: text(e, 'title'),
            titleIsHtml: true,
            html: text(e, 'description', 'content:encoded'),
            date: text(e, 'pubDate', 'dc:date'),
            tags: kids(e, 'category').map((c) => c.textContent),
            authors: [text(e, 'dc:creator', 'author')],
            ...image(e),
          };
        });
  return normalizeFeed(
    {title: text(channel, 'title'), homePageUrl: link(channel), language: text(channel, 'language', 'dc:language') ?? attr(root, 'xml:lang'), items},
    url,
    format,
  );
}
