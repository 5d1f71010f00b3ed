/**
 * `newsroom-widgets/server`: the server renderer (render.ts) for Node ≥ 20 and
 * edge runtimes. Where there is no DOMParser (no DOM at all), RSS and Atom are
 * read with @xmldom/xmldom and HTML's character references decoded with
 * `entities`, so a feed reads as it does in the browser; both are small,
 * well-kept libraries for solved problems (a strict XML parser, HTML's full
 * table of named references).
 */
import {DOMParser as XmlDomParser, XMLSerializer as XmlDomSerializer} from '@xmldom/xmldom';
import {decodeHTML} from 'entities';
import {useDomParsers} from '../feed/dom-parsers.js';

export * from './render.js';
export {FeedError, type FeedErrorKind, type Feed, type FeedItem} from '../feed/model.js';
export {LoadError} from '../data/load-error.js';
export {ELEMENT_CSS} from './styles.js';

if (typeof DOMParser === 'undefined') {
  useDomParsers({
    parseXml(xml) {
      // Strict, as the browser's parser is: a document with any error is no document.
      const parser = new XmlDomParser({
        onError(level, message) {
          if (level !== 'warning') throw new Error(message);
        },
      });
      try {
        return parser.parseFromString(xml, 'application/xml') as unknown as Document;
      } catch {
        return undefined;
      }
    },
    serializeXml(node) {
      return new XmlDomSerializer().serializeToString(node as never);
    },
    decodeHtml: decodeHTML,
  });
}
