import type {FeedItem} from './model.js';

/** What a list asks of a feed's items. */
export interface SelectOptions {
  /** How many items at most; anything but a whole number ≥ 0 means the default. */
  limit?: number;
  /** Only items with this tag or category (case-insensitive); blank means every item. */
  category?: string;
  /** Article URLs or ids not to list, separated by white space (e.g. the one being read). */
  exclude?: string;
}

/** `limit` when none (or no count) is given. */
const DEFAULT_LIMIT = 3;

/** `limit` as a count: a whole number ≥ 0, or the default. */
export function limitOf(limit: number | undefined): number {
  return limit !== undefined && Number.isInteger(limit) && limit >= 0 ? limit : DEFAULT_LIMIT;
}

function inCategory(item: FeedItem, wanted: string): boolean {
  if (item.category?.toLowerCase() === wanted) return true;
  return item.tags.some((tag) => tag.toLowerCase() === wanted);
}

/**
 * The items a list shows, in feed order: those in `category`, without the
 * `exclude`d ones, at most `limit`. A pure function of its inputs, shared by
 * the element and anything that renders a list without one.
 */
export function selectItems(items: readonly FeedItem[], options: SelectOptions = {}): FeedItem[] {
  const wanted = options.category?.trim().toLowerCase();
  const excluded = new Set((options.exclude ?? '').split(/\s+/).filter(Boolean));
  const limit = limitOf(options.limit);
  const selected: FeedItem[] = [];
  for (const item of items) {
    if (selected.length >= limit) break;
    const isExcluded = excluded.has(item.id) || (item.url !== undefined && excluded.has(item.url));
    if (isExcluded) continue;
    if (wanted && !inCategory(item, wanted)) continue;
    selected.push(item);
  }
  return selected;
}
