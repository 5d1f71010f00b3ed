import {domParsers} from './dom-parsers.js';
import {decodeEntities, htmlToText} from './html-text.js';
import {FeedError} from './model.js';
import {CONTROL_CHARACTERS} from '../internal/text.js';
import {normalizeFeed, type ParseResult, type RawItem} from './normalize.js';

type El = Element | null | undefined;

/** An attribute's value; null or undefined when there is none, which every reader below treats alike. */
const attr = (el: El, name: string) => el?.getAttribute(name);

/** RSS 1.0's namespace: its elements read by local name even when written with a prefix (`rss:item`). */
const RSS1 = 'http://purl.org/rss/1.0/';

/** A title's names: the standard one first; Dublin Core and Media RSS after. */
const TITLE = 'title dc:title media:title';

/** An entry's picture: its first Media RSS content or thumbnail, enclosure or iTunes image that is an image. */
const picture = (el: Element) =>
  [...el.getElementsByTagName('*')].find(
    (candidate) =>
      /^(media:(content|thumbnail)|enclosure|itunes:image)$/.test(candidate.nodeName) &&
      /image/.test(attr(candidate, 'medium') ?? attr(candidate, 'type') ?? 'image'),
  );

// HTML's named entities are undeclared in XML and a bare & is fatal there; both are common.
// XML's own references (numeric ones, its five names) are left as they are. Each match is
// decoded, then re-escaped: `&LT;` must not turn into a bare `<` in the XML, and a bare &
// (or an unknown name) decodes to itself, so its & is escaped.
// A control character (XML allows tab and line breaks only) is as fatal, and one pasted into a
// single post is common (a word processor's vertical tab): it is dropped, rather than the whole feed.
const lenient = (xml: string) =>
  xml
    .replace(CONTROL_CHARACTERS, '')
    .replace(/&(?!#\w+;|(?:amp|lt|gt|quot|apos);)(\w+;)?/g, (reference) => decodeEntities(reference).replace(/&/g, '&amp;').replace(/</g, '&lt;'));

/** RSS 2.0 / 0.9x, RSS 1.0 (RDF), Atom 1.0 and 0.3 to the model. */
export function parseXmlFeed(xml: string, url: string): ParseResult {
  // Feeds never need a DTD, and an internal subset is how entity-expansion
  // bombs arrive: WebKit's parser never returns from one. Its entities then
  // stay literal text. Only the prolog's: `<!DOCTYPE` in a CDATA section is text.
  // The internal subset runs to the first `]>`: a `]` inside an entity value does not end it.
  xml = xml.replace(/^((?:\s|<\?(?:[^?]|\?(?!>))*\?>|<!--(?:[^-]|-(?!->))*-->)*)<!DOCTYPE[^>[]*(\[[^]*?\])?\s*>/i, '$1');
  let doc: Document | undefined;
  try {
    // HTML-only entities (&nbsp;) go straight to the lenient pass: a failed
    // first parse costs time, and Chromium's error document carries inline
    // styles that a strict CSP reports as violations on the partner's page.
    const htmlEntities = /&(?!(amp|lt|gt|quot|apos);)[a-z]\w*;/i.test(xml);
    // The strict parse, then (skipped or failed) the lenient pass over a copy of the text.
    doc = (htmlEntities ? undefined : domParsers.parseXml(xml)) ?? domParsers.parseXml(lenient(xml));
  } catch {
    throw new FeedError('parse', `${url}: Trusted Types blocked parsing; CSP needs "trusted-types newsroom-widgets"`, url);
  }
  if (!doc) throw new FeedError('parse', `${url} is not well-formed XML`, url);
  const root = doc.documentElement;
  const format = (['rss', 'rdf', 'atom'] as const)[['rss', 'RDF', 'feed'].indexOf(root.localName)];
  if (!format) throw new FeedError('not-a-feed', `${url} is XML but not RSS or Atom`, url);
  const rss = format !== 'atom';

  // The readers of this document: closures over its URL (every link resolves against it) and its
  // format (RSS text is HTML), which each of them would otherwise be handed at every call.

  /** The base URL at `el`: the feed's URL, then every xml:base from the root down, as Atom asks. */
  function baseOf(el: El): string {
    if (!el) return url;
    const base = attr(el, 'xml:base');
    const parentBase = baseOf(el.parentElement);
    return base ? new URL(base, parentBase).href : parentBase;
  }

  /** A link's URL resolved against its element's base; browsers no longer apply xml:base themselves. */
  function href(el: El, ref: string | null | undefined): string | undefined {
    if (!ref) return;
    try {
      return new URL(ref, baseOf(el)).href;
    } catch {
      return ref;
    }
  }

  /**
   * Plain text of a text construct. RSS text is HTML; Atom says which by `type`
   * (1.0: text, html, xhtml or a MIME type; 0.3: a MIME type) and 0.3 by `mode`
   * (escaped, xml, base64). Inline XML (xhtml, mode="xml") is read from the tree as it is:
   * serialised, its text stays escaped, so a literal «<blink>» there survives as
   * text while its tags are dropped. Content declared as escaped HTML but wrapped in
   * an element anyway (TypePad's `type="html"` with a `<div>`) is HTML in that element's
   * text: its escaped tags are tags, not words, as a reader of the page sees it.
   */
  function text(el: El): string | undefined {
    if (!el) return;
    const type = attr(el, 'type') ?? '';
    const mode = attr(el, 'mode');
    let content = el.textContent!;
    if (/xml/i.test(type) || mode === 'xml' || el.children.length > 0) {
      // Declared HTML wrapped in an element anyway is HTML in its text; anything else is inline XML.
      // (Declared HTML comes this way only with mode="xml" or wrapped in an element.)
      const wrappedHtml = mode !== 'xml' && /^(text\/)?html$/i.test(type);
      return htmlToText(wrappedHtml ? content : domParsers.serializeXml(el));
    }
    // Atom 1.0 base64-encodes any MIME type that is not text or XML.
    if (mode === 'base64' || /^(?!text\/)\w+\//i.test(type)) {
      try {
        content = new TextDecoder().decode(Uint8Array.from(atob(content.replace(/\s/g, '')), (c) => c.charCodeAt(0)));
      } catch {
        return;
      }
    }
    // A MIME type other than text/plain (text/html, application/octet-stream…) may hold markup.
    return rss || (/html|\//i.test(type) && !/plain/i.test(type)) ? htmlToText(content) : content;
  }

  /** The text of the first of these elements (in their order) that has any once markup is gone. */
  function firstText(elements: Element[]): string | undefined {
    for (const element of elements) {
      const content = text(element);
      if (content?.trim()) return content;
    }
    return undefined;
  }

  /** The first of these elements with any text. */
  function first(elements: Element[]): Element | undefined {
    return elements.find((element) => element.textContent!.trim());
  }

  /**
   * The URL of the alternate link among these (or one without rel; also spelled as IANA's IRI), which wins
   * over enclosure, related, self…, whatever the order; its href, else its text (RSS).
   */
  function alternate(links: Element[]): string | undefined {
    for (const candidate of links) {
      const target = (attr(candidate, 'href') ?? candidate.textContent)!.trim();
      if (target && /(^|\/)alternate$/i.test(attr(candidate, 'rel')?.trim() ?? 'alternate')) return href(candidate, target);
    }
    return undefined;
  }

  /**
   * One element's children by qualified name (not namespace: `title` never
   * matches `media:title`, and RSS under a stray default namespace still reads);
   * those in the root's own namespace (or RSS 1.0's) by local name, so `<atom:feed>`
   * with `<atom:entry>` reads as Atom. Built once, with no prototype: a child named
   * `__proto__` or `toString` is just a name. What it answers is a lookup: the children
   * of the space-separated names it is given, in the names' order. A name repeated in one
   * entry (two `updated`) is read from its first element.
   */
  function childrenOf(el: El): (names: string) => Element[] {
    const byName: Record<string, Element[]> = Object.create(null);
    for (const child of el?.children ?? []) {
      const name = child.namespaceURI === root.namespaceURI || child.namespaceURI === RSS1 ? child.localName : child.nodeName;
      byName[name] ??= [];
      byName[name].push(child);
    }
    return (names) => names.split(' ').flatMap((name) => byName[name] ?? []);
  }

  const rootChildren = childrenOf(root);
  const channel = rss ? rootChildren('channel')[0] : root;
  const channelChildren = childrenOf(channel);
  // Atom entries; RSS 1.0 items beside the channel, RSS 2.0 items in it. Direct
  // children only: an <item> illegally nested in another is not a second article.
  const entries = rootChildren(rss ? 'item' : 'entry');
  const items = (entries[0] || !rss ? entries : channelChildren('item')).map((entry): RawItem => {
    const children = childrenOf(entry);
    const guid = first(children('guid'));
    const image = picture(entry);
    return {
      id: first(children('id guid'))?.textContent ?? attr(entry, 'rdf:about'),
      url: alternate(children('link')) ?? (guid && attr(guid, 'isPermaLink') !== 'false' ? href(entry, guid.textContent) : undefined),
      title: text(first(children(TITLE))),
      // The excerpt the feed wrote; the full body (RSS's content:encoded, xhtml:body and
      // fullitem, Atom's content of any type) only when there is none.
      summary: firstText(children('summary description dc:description itunes:summary content content:encoded xhtml:body body fullitem')),
      date: first(children('pubDate published issued dc:date dcterms:issued dcterms:created created updated modified dcterms:modified pubdate'))?.textContent,
      // Every category, in order: a nested iTunes category follows its parent. An Atom category's
      // label (the words a reader sees, «Світ») wins over its term (`world`).
      tags: children('category dc:subject media:category itunes:category')
        .flatMap((category) => [category, ...category.getElementsByTagName('itunes:category')])
        .map((category) => attr(category, 'label') ?? attr(category, 'term') ?? attr(category, 'text') ?? text(category)),
      authors: children('author dc:creator dc:author itunes:author').map((author) => text(first(childrenOf(author)('name')) ?? author)),
      image: href(image, attr(image, 'url') ?? attr(image, 'href')),
      imageWidth: attr(image, 'width'),
      imageHeight: attr(image, 'height'),
    };
  });
  // The feed's own image: RSS's <image> holds it as a <url> (RSS 1.0 puts <image> beside the channel, an
  // empty one in it); Atom's <logo>, else its <icon>, is the URL itself.
  const logo = first(channelChildren('image logo icon')) ?? first(rootChildren('image'));
  return normalizeFeed(
    {
      title: text(first(channelChildren(TITLE))),
      homePageUrl: alternate(channelChildren('link')),
      icon: href(logo, (logo?.children.length ? logo.getElementsByTagName('url')[0] : logo)?.textContent?.trim()),
      language: first(channelChildren('language dc:language'))?.textContent ?? attr(root, 'xml:lang') ?? attr(channel, 'xml:lang'),
      items,
    },
    url,
    format,
  );
}
