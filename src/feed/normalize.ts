import {isJsonObject} from '../data/json.js';
import {safeUrl} from '../internal/safe-url.js';
import {collapse, plain} from '../internal/text.js';
import {parseDate} from './date.js';
import {htmlToText} from './html-text.js';
import {MAX_DERIVED_TITLE, MAX_ITEMS, MAX_SUMMARY, MAX_TAGS, MAX_TITLE, type Feed, type FeedFormat, type FeedImage, type FeedItem} from './model.js';

/**
 * What each format's reader extracts from one entry, before any validation.
 * Values are `unknown` on purpose: feeds lie about types, and this module is
 * the one place that decides what survives into the model.
 */
export interface RawItem {
  id?: unknown;
  url?: unknown;
  title?: unknown;
  /** Plain-text excerpt (JSON Feed summary). */
  summary?: unknown;
  /** Plain-text body (JSON Feed content_text). */
  text?: unknown;
  /** HTML excerpt or body (JSON Feed content_html; the XML reader hands over text). */
  html?: unknown;
  date?: unknown;
  category?: unknown;
  categoryUrl?: unknown;
  tags?: unknown;
  image?: unknown;
  imageAlt?: unknown;
  imageWidth?: unknown;
  imageHeight?: unknown;
  authors?: unknown;
  sponsored?: unknown;
  /** An editors' pick: `true`, or `false` to cancel `pinnedUntil` (JSON Feed `_newsroom.pinned`). */
  pinned?: unknown;
  /** When the pick ends, a date as `date` is (JSON Feed `_newsroom.pinned_until`). */
  pinnedUntil?: unknown;
}

export interface RawFeed {
  title?: unknown;
  homePageUrl?: unknown;
  icon?: unknown;
  language?: unknown;
  items: RawItem[];
}

export interface ParseResult {
  feed: Feed;
  /** One line per dropped item, already worded for the console. */
  warnings: string[];
}

function dimension(value: unknown): number | undefined {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n > 0 && n < 10_000 ? n : undefined;
}

/**
 * The name in an RSS author, which the spec makes an e-mail address: `me@example.com
 * (Example editor)`, `Example editor (me@example.com)` and `Example editor <me@example.com>`
 * all give «Example editor». A bare address (or `mailto:` one) is no byline at all: a card
 * showing it would publish a contact address on every partner page, and it names nobody.
 */
const ADDRESS = /^(?:mailto:)?[^\s@()<>]+@[^\s@()<>]+$/i;
function byline(author: string): string {
  const parts = /^(.+?) ?[(<](.+)[)>]$/.exec(author);
  if (parts) {
    const [, outside, inside] = parts as unknown as [string, string, string];
    if (ADDRESS.test(outside)) return ADDRESS.test(inside) ? '' : inside.trim();
    if (ADDRESS.test(inside)) return outside.trim();
  }
  return ADDRESS.test(author) ? '' : author;
}

/** Up to `max` distinct non-blank strings of a list, each a string or an object's `name` (JSON Feed authors). */
function strings(value: unknown, max: number, map = (s: string) => s): string[] {
  if (!Array.isArray(value)) return [];
  const texts = value.map((entry) => map(plain(isJsonObject(entry) ? entry.name : entry, 80)));
  return [...new Set(texts.filter(Boolean))].slice(0, max);
}

/** A validated item, or a reason why the entry was dropped. */
export function normalizeItem(raw: RawItem, base: string): FeedItem | string {
  if (!raw || typeof raw !== 'object') return 'not an object';
  const url = safeUrl(raw.url, base);
  const summaryText =
    collapse(raw.summary) || collapse(typeof raw.html === 'string' ? htmlToText(raw.html) : '') || collapse(raw.text);
  let title = plain(raw.title, MAX_TITLE);
  if (!title) {
    // Microblog posts and many RSS items have no title: the start of the text stands in.
    const text = collapse(raw.text) || summaryText;
    if (!text) return 'no title and no text';
    title = plain(text, MAX_DERIVED_TITLE);
  }
  const tags = strings(raw.tags, MAX_TAGS);
  const imageUrl = safeUrl(raw.image, base);
  let image: FeedImage | undefined;
  if (imageUrl) {
    image = {url: imageUrl, alt: plain(raw.imageAlt, 300)};
    const width = dimension(raw.imageWidth);
    const height = dimension(raw.imageHeight);
    if (width && height) {
      image.width = width;
      image.height = height;
    }
  }
  const item: FeedItem = {
    // A numeric id (feeds send them, though JSON Feed asks for a string) as its digits; else the URL, else the title.
    id: plain(typeof raw.id === 'number' ? String(raw.id) : raw.id, 500) || url || title,
    url,
    title,
    summary: plain(summaryText === title ? '' : summaryText, MAX_SUMMARY),
    date: parseDate(raw.date),
    // Never '': tags are never blank, and an item without either has no category.
    category: plain(raw.category, 80) || tags[0],
    categoryUrl: safeUrl(raw.categoryUrl, base),
    tags,
    image,
    authors: strings(raw.authors, 10, byline),
    sponsored: raw.sponsored === true,
  };
  // Every time of day parseDate reads is written with a colon; a day alone (`2025-10-02`, `2 Oct 2025`)
  // has none. (A `+02:00` offset after a day alone counts as a time: such a date reads as before.)
  if (item.date && !/:/.test(raw.date as string)) item.dateOnly = true;
  // Picked with `pinned: true`, or by a readable `pinnedUntil` unless `pinned` is false.
  const pinnedUntil = parseDate(raw.pinnedUntil)?.getTime();
  if (raw.pinned === true || (raw.pinned !== false && pinnedUntil !== undefined)) {
    item.pinned = true;
    if (pinnedUntil !== undefined) item.pinnedUntil = pinnedUntil;
  }
  return item;
}

/** A BCP 47 tag (`en_US` → `en-US`), or undefined when it is none. */
function language(value: unknown): string | undefined {
  try {
    return Intl.getCanonicalLocales(plain(value, 35).replace(/_/g, '-'))[0];
  } catch {
    return undefined;
  }
}

export function normalizeFeed(raw: RawFeed, base: string, format: FeedFormat): ParseResult {
  const items: FeedItem[] = [];
  const warnings: string[] = [];
  const ids = new Set<string>();
  const kept = new Set<string>();
  const repeats: string[] = [];
  /** Items were left unread: the cap was reached before the feed's end (skipped items do not count). */
  let capped = false;
  for (const [index, entry] of raw.items.entries()) {
    if (items.length >= MAX_ITEMS) {
      capped = true;
      break;
    }
    const item = normalizeItem(entry, base);
    if (typeof item === 'string') {
      warnings.push(`item ${index + 1} skipped: ${item}`);
      continue;
    }
    // Feeds reuse a guid for different articles: only a true repeat (same id, URL and title) is dropped.
    const key = `${item.id}\n${item.url}\n${item.title}`;
    if (kept.has(key)) {
      repeats.push(item.id);
      continue;
    }
    kept.add(key);
    // The other article gets a distinct id, stable while the feed keeps its order, for elements keying by id.
    const sharedId = item.id;
    for (let n = 2; ids.has(item.id); n++) item.id = `${sharedId}~${n}`;
    ids.add(item.id);
    items.push(item);
  }
  if (repeats.length) warnings.push(`${repeats.length} exact repeat(s) of earlier items skipped: ${repeats.join(', ')}`);
  if (capped) warnings.push(`only the first ${MAX_ITEMS} items were kept`);
  // Newest first; undated items keep their feed order after the dated ones.
  items.sort((a, b) => {
    if (a.date && b.date) return b.date.getTime() - a.date.getTime();
    return a.date ? -1 : b.date ? 1 : 0;
  });
  return {
    feed: {
      title: plain(raw.title, MAX_TITLE),
      homePageUrl: safeUrl(raw.homePageUrl, base),
      icon: safeUrl(raw.icon, base),
      language: language(raw.language),
      items,
      format,
    },
    warnings,
  };
}
