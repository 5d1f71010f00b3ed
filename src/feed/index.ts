import {createLoader} from '../data/loader.js';
import type {Feed} from './model.js';
import {parseFeed} from './parse.js';

export * from './model.js';
export {parseFeed} from './parse.js';

/** The page-wide loader for article feeds; every <related-articles> shares it. */
export const feedLoader = createLoader<Feed>({
  storageKey: 'newsroom-widgets:feed',
  parse: (text, url) => {
    const {feed, warnings} = parseFeed(text, url);
    return {value: feed, warnings};
  },
  // The stored copy has each date as its ISO string (JSON.stringify writes Date's toJSON). The
  // copy is the loader's own, just parsed from storage: its items get their dates back in place.
  revive: (data) => {
    const feed = data as Feed | null;
    if (!Array.isArray(feed?.items)) return undefined;
    for (const item of feed.items) item.date = item.date ? new Date(item.date) : undefined;
    return feed;
  },
});
