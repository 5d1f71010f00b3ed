import {parseJson} from '../data/json.js';
import {parseJsonFeed} from './json-feed.js';
import {FeedError} from './model.js';
import type {ParseResult} from './normalize.js';
import {parseXmlFeed} from './xml-feed.js';

/**
 * Any feed document to the model. The format is read from the body, not the
 * Content-Type, which servers often get wrong (feeds served as text/html or
 * application/octet-stream are common).
 */
export function parseFeed(text: string, url: string): ParseResult {
  // trimStart() drops a byte order mark too: U+FEFF is white space to JavaScript.
  const body = text.trimStart();
  if (body.startsWith('{') || body.startsWith('[')) {
    return parseJsonFeed(parseJson(body, url, FeedError), url);
  }
  if (body.startsWith('<')) {
    // An HTML page (a login wall, a 404 page served with 200, a CDN error page).
    if (/^(?:<!--[\s\S]*?-->\s*)*<(?:!doctype html|html[\s>]|head[\s>]|body[\s>])/i.test(body)) {
      throw new FeedError('not-a-feed', `${url} returned an HTML page, not a feed`, url);
    }
    return parseXmlFeed(body, url);
  }
  throw new FeedError('not-a-feed', `${url} did not return a feed (neither JSON nor XML)`, url);
}
