import {parseDate} from './date.js';
import {FeedError, type FeedItem} from './model.js';
import {normalizeFeed, type ParseResult, type RawItem} from './normalize.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** True for any JSON Feed version URL (1, 1.1; http or https, as real feeds send). */
export function isJsonFeed(doc: unknown): doc is Obj {
  return isObj(doc) && typeof doc.version === 'string' && /^https?:\/\/jsonfeed\.org\/version\/1(\.\d+)?\/?$/.test(doc.version);
}

function itemFrom(entry: unknown): RawItem {
  if (!isObj(entry)) return entry as RawItem;
  const ext = isObj(entry._newsroom) ? entry._newsroom : {};
  // 1.1 has `authors`; 1.0 had a single `author` object.
  const authors = Array.isArray(entry.authors) ? entry.authors : isObj(entry.author) ? [entry.author] : [];
  return {
    id: entry.id,
    url: entry.url ?? entry.external_url,
    title: entry.title,
    summary: entry.summary,
    text: entry.content_text,
    html: entry.content_html,
    date: entry.date_published ?? entry.date_modified,
    category: ext.category,
    categoryUrl: ext.category_url,
    tags: entry.tags,
    image: entry.image ?? entry.banner_image,
    imageAlt: ext.image_alt,
    imageWidth: ext.image_width,
    imageHeight: ext.image_height,
    authors,
    sponsored: ext.sponsored,
  };
}

/** An editors' pick: `pinned: true`, or a `pinned_until` date; `pinned: false` is never one. */
interface Pin {
  until?: number;
}

/**
 * The feed's editors' picks by the id (or URL) each entry was given. They are marked on the
 * validated items after normalizing, which reads no publisher extension but this one's.
 */
function pinsOf(entries: unknown[]): Map<string, Pin> {
  const pins = new Map<string, Pin>();
  for (const entry of entries) {
    if (!isObj(entry) || !isObj(entry._newsroom)) continue;
    const ext = entry._newsroom;
    if (ext.pinned === false) continue;
    const until = parseDate(ext.pinned_until)?.getTime();
    if (ext.pinned !== true && until === undefined) continue;
    const key = typeof entry.id === 'number' ? String(entry.id) : (entry.id ?? entry.url);
    if (typeof key === 'string') pins.set(key.trim(), {until});
  }
  return pins;
}

function markPins(items: FeedItem[], pins: Map<string, Pin>): void {
  for (const item of items) {
    const pin = pins.get(item.id) ?? (item.url === undefined ? undefined : pins.get(item.url));
    if (!pin) continue;
    item.pinned = true;
    if (pin.until !== undefined) item.pinnedUntil = pin.until;
  }
}

/** A parsed JSON value that claims to be a JSON Feed, to the model. */
export function parseJsonFeed(doc: unknown, base: string): ParseResult {
  if (!isJsonFeed(doc)) throw new FeedError('not-a-feed', `${base} is JSON but not a JSON Feed (no jsonfeed.org version)`, base);
  const items = Array.isArray(doc.items) ? doc.items : [];
  if (!Array.isArray(doc.items)) {
    throw new FeedError('parse', `${base}: JSON Feed without an "items" array`, base);
  }
  const result = normalizeFeed(
    {title: doc.title, homePageUrl: doc.home_page_url, language: doc.language, items: items.map(itemFrom)},
    base,
    'json',
  );
  const pins = pinsOf(items);
  if (pins.size > 0) markPins(result.feed.items, pins);
  return result;
}
