import {trustedHTML} from '../internal/trusted-types.js';

/**
 * What the feed readers need from a DOM: an XML parser (RSS, Atom) and HTML's
 * character references decoded. In the browser both are the browser's own
 * (DOMParser). Where there is no DOM (the server renderer in Node or an edge
 * runtime), `src/server/` registers stand-ins from libraries with `useDomParsers`,
 * so a feed reads the same on both sides.
 */
export interface DomParsers {
  /** A well-formed XML document, or undefined when the text is not well-formed XML. */
  parseXml(xml: string): Document | undefined;
  /** An element's markup, for XHTML content read as text. */
  serializeXml(node: Node): string;
  /** The text that HTML's parser makes of `text` (character references decoded), with no element made. */
  decodeHtml(text: string): string;
}

/** The parsers in use: the browser's, unless a server registered its own (useDomParsers). */
export const domParsers: DomParsers = {
  parseXml(xml) {
    const doc = new DOMParser().parseFromString(trustedHTML(xml), 'application/xml');
    // WebKit gives some broken input (a lone surrogate) a document with no element at all.
    if (!doc.documentElement || doc.getElementsByTagName('parsererror')[0]) return undefined;
    return doc;
  },
  serializeXml(node) {
    return new XMLSerializer().serializeToString(node);
  },
  decodeHtml(text) {
    // The text sits in a <textarea>, whose content is RCDATA, and `<` is escaped first: no element
    // can come out of it, only the one text node read. The newline after <textarea> is the one HTML
    // drops there: without it, Firefox drops a newline that the text itself begins with.
    return new DOMParser().parseFromString(trustedHTML(`<textarea>\n${text.replace(/</g, '&lt;')}`), 'text/html').body.textContent!;
  },
};

/** Registers the parsers of a runtime without a DOM (see src/server/): they replace the browser's. */
export function useDomParsers(serverParsers: DomParsers): void {
  Object.assign(domParsers, serverParsers);
}
