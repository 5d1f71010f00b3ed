import {FeedError} from './model.js';
import type {ParseResult} from './normalize.js';

// RSS / Atom / RDF reading lands with the feed-formats issue.
export function parseXmlFeed(_text: string, url: string): ParseResult {
  throw new FeedError('not-a-feed', `${url}: XML feeds are not supported yet`, url);
}
