import {createLoader} from '../data/loader.js';
import type {Feed, FeedItem} from './model.js';
import {parseFeed} from './parse.js';

export * from './model.js';
export {parseFeed} from './parse.js';

type StoredItem = Omit<FeedItem, 'date'> & {date?: string};

/** The page-wide loader for article feeds; every <related-articles> shares it. */
export const feedLoader = createLoader<Feed>({
  storageKey: 'newsroom-widgets:feed',
  parse: (text, url) => {
    const {feed, warnings} = parseFeed(text, url);
    return {value: feed, warnings};
  },
  // The stored copy has each date as its ISO string (JSON.stringify writes Date's toJSON).
  revive: (data) => {
    const feed = data as (Feed & {items: StoredItem[]}) | null;
    if (!Array.isArray(feed?.items)) return undefined;
    return {...feed, items: feed.items.map((i) => ({...i, date: i.date ? new Date(i.date) : undefined}))};
  },
});
