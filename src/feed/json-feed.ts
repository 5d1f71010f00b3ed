import {isJsonObject} from '../data/json.js';
import {decodeEntities} from './html-text.js';
import {FeedError} from './model.js';
import {normalizeFeed, type ParseResult, type RawItem} from './normalize.js';

type Obj = Record<string, unknown>;

/** True for any JSON Feed version URL (1, 1.1; http or https, as real feeds send). */
export function isJsonFeed(doc: unknown): doc is Obj {
  return isJsonObject(doc) && typeof doc.version === 'string' && /^https?:\/\/jsonfeed\.org\/version\/1(\.\d+)?\/?$/.test(doc.version);
}

function itemFrom(entry: unknown): RawItem {
  if (!isJsonObject(entry)) return entry as RawItem;
  const ext = isJsonObject(entry._newsroom) ? entry._newsroom : {};
  return {
    id: entry.id,
    url: entry.url ?? entry.external_url,
    // The spec's text is plain, but WordPress and other CMSs write it as they write HTML («&#8216;Jokes&#8217;»,
    // «Tom &amp; Jerry»): its character references are decoded once, as HTML does (see decodeEntities), and
    // what comes out is still only text (`&lt;b&gt;` gives the characters «<b>», set as text, never an element).
    title: decodeEntities(entry.title),
    summary: decodeEntities(entry.summary),
    text: decodeEntities(entry.content_text),
    html: entry.content_html,
    date: entry.date_published ?? entry.date_modified,
    category: decodeEntities(ext.category),
    categoryUrl: ext.category_url,
    tags: entry.tags,
    image: entry.image ?? entry.banner_image,
    imageAlt: decodeEntities(ext.image_alt),
    imageWidth: ext.image_width,
    imageHeight: ext.image_height,
    // 1.1 has `authors`; 1.0 had a single `author` object.
    authors: Array.isArray(entry.authors) ? entry.authors : isJsonObject(entry.author) ? [entry.author] : [],
    sponsored: ext.sponsored,
    pinned: ext.pinned,
    pinnedUntil: ext.pinned_until,
  };
}

/** A parsed JSON value that claims to be a JSON Feed, to the model. */
export function parseJsonFeed(doc: unknown, base: string): ParseResult {
  if (!isJsonFeed(doc)) throw new FeedError('not-a-feed', `${base} is JSON but not a JSON Feed (no jsonfeed.org version)`, base);
  if (!Array.isArray(doc.items)) {
    throw new FeedError('parse', `${base}: JSON Feed without an "items" array`, base);
  }
  return normalizeFeed(
    {title: decodeEntities(doc.title), homePageUrl: doc.home_page_url, icon: doc.icon ?? doc.favicon, language: doc.language, items: doc.items.map(itemFrom)},
    base,
    'json',
  );
}
