import type {FeedItem} from './model.js';
import {isPinned, lowerLabels, scoreItems} from './rank.js';

/** What a list asks of a feed's items. */
export interface SelectOptions {
  /** How many items at most; anything but a whole number ≥ 0 means the default. */
  limit?: number;
  /** Only items with this tag or category (case-insensitive); blank means every item. */
  category?: string;
  /** Article URLs or ids not to list, separated by white space (e.g. the one being read). */
  exclude?: string;
  /** This and the six below: the `<related-articles>` attributes of the same names, camelCased (see its reference). */
  excludeCategory?: string;
  relatedTo?: string;
  topics?: string;
  freshness?: number;
  maxDays?: number;
  minRelated?: number;
  fallback?: 'latest' | 'hide';
  /** The time ages and pins are measured from, in ms since the epoch (default: now). */
  now?: number;
}

/** Why an item is in a list: it matched `related-to` or `topics`, it is among the newest, or an editor pinned it. */
export type ItemStrategy = 'related' | 'topics' | 'latest' | 'pinned';

/**
 * How a list was chosen: by `related-to` or `topics`; by date (`latest`: no relevance asked, or
 * too few matches with `fallback="latest"`); or `hide` (too few matches with `fallback="hide"`).
 */
export type ListStrategy = 'related' | 'topics' | 'latest' | 'hide';

export interface RankedItem {
  item: FeedItem;
  strategy: ItemStrategy;
}

export interface Ranking {
  /** The items to show, in order, each with why it is there. */
  items: RankedItem[];
  strategy: ListStrategy;
}

/** `limit` when none (or no count) is given. */
const DEFAULT_LIMIT = 3;
/** `min-related` when none (or no count) is given. */
const DEFAULT_MIN_RELATED = 1;
const DAY = 24 * 60 * 60 * 1000;

/** `value` as a count: a whole number ≥ 0, or `otherwise`. */
function countOr(value: number | undefined, otherwise: number): number {
  return value !== undefined && Number.isInteger(value) && value >= 0 ? value : otherwise;
}

/** `limit` as a count: a whole number ≥ 0, or the default. */
export function limitOf(limit: number | undefined): number {
  return countOr(limit, DEFAULT_LIMIT);
}

/** The items a list may show at all, in feed order: after `category`, `exclude`, `exclude-category`, `max-days` and `related-to`'s own article. */
function candidatesOf(items: readonly FeedItem[], options: SelectOptions, now: number): FeedItem[] {
  // Categories and tags match in any case (see lowerLabels); `exclude-category` lists them with commas.
  const category = options.category?.trim().toLowerCase();
  const dropped = (options.excludeCategory ?? '').split(',').map((entry) => entry.trim().toLowerCase()).filter(Boolean);
  // Ids and URLs are compared as written: both can be case-sensitive. Only non-blank ones are
  // in it, so an item without a URL (undefined) never matches by URL.
  const excluded = new Set<string | undefined>((options.exclude ?? '').split(/\s+/).filter(Boolean));
  const article = options.relatedTo?.trim();
  if (article) excluded.add(article);
  const oldest = options.maxDays !== undefined && options.maxDays >= 0 ? now - options.maxDays * DAY : undefined;
  return items.filter((item) => {
    if (excluded.has(item.id) || excluded.has(item.url)) return false;
    const labels = lowerLabels(item);
    if (category && !labels.has(category)) return false;
    if (dropped.some((label) => labels.has(label))) return false;
    return oldest === undefined || (item.date !== undefined && item.date.getTime() >= oldest);
  });
}

/**
 * The items a list shows, each with why, and how the list was chosen. Editors' picks come first
 * (newest first), then, with `related-to` or `topics`, the matches by score (a score halves every
 * `freshness` days of age, so among equal matches the newer leads), else the newest items; when
 * fewer than `min-related` match, the `fallback`. A pure function of its inputs, shared by the
 * element and anything that renders a list without one.
 */
export function rankItems(items: readonly FeedItem[], options: SelectOptions): Ranking {
  const now = options.now ?? Date.now();
  const limit = limitOf(options.limit);
  const candidates = candidatesOf(items, options, now);
  // Editors' picks first, then the rest as relevance or date ranks them.
  const ranked: RankedItem[] = candidates.filter((item) => isPinned(item, now)).map((item) => ({item, strategy: 'pinned'}));
  const rest = candidates.filter((item) => !isPinned(item, now));
  const relevance = scoreItems(items, rest, options, now);
  if (relevance) {
    // A stable sort: equal ranks keep the feed's order, which is newest first.
    const matches = relevance.scored.filter((entry) => entry.score > 0).sort((a, b) => b.rank - a.rank);
    const enough = matches.length >= countOr(options.minRelated, DEFAULT_MIN_RELATED);
    if (!enough && options.fallback === 'hide') return {items: [], strategy: 'hide'};
    for (const {item} of matches) ranked.push({item, strategy: relevance.by});
    if (enough) return {items: ranked.slice(0, limit), strategy: relevance.by};
  }
  // No relevance asked, or too few matches: the newest items fill the list, after any matches.
  const listed = new Set(ranked.map((entry) => entry.item));
  for (const item of rest) {
    if (!listed.has(item)) ranked.push({item, strategy: 'latest'});
  }
  return {items: ranked.slice(0, limit), strategy: 'latest'};
}

/** The items a list shows (see {@link rankItems}), without the reasons. */
export function selectItems(items: readonly FeedItem[], options: SelectOptions = {}): FeedItem[] {
  return rankItems(items, options).items.map((ranked) => ranked.item);
}
