import {localStore, type SafeStorage} from '../internal/safe-storage.js';
import type {Campaign} from './model.js';

/**
 * What the banner remembers about one campaign, in one local-storage entry
 * `newsroom-widgets:banner:<campaign id>`. Nothing identifies the reader:
 * the bucket is a random number that only keeps the variant stable.
 */
export interface CampaignMemory {
  /** The reader's variant bucket, in [0, 1). */
  bucket?: number;
  /** Hidden until this epoch ms (a dismissal). */
  dismissedUntil?: number;
  /** Epoch ms of recent views, kept only when the campaign caps views. */
  views?: number[];
}

/**
 * The entry as it is stored: `{"b": bucket, "d": dismissedUntil, "v": views}`.
 * Readers' browsers already hold entries in this format, so the one-letter
 * keys stay; only `fromStored` and `toStored` know them.
 */
interface StoredMemory {
  b?: unknown;
  d?: unknown;
  v?: unknown;
}

const isBucket = (value: unknown): value is number => typeof value === 'number' && value >= 0 && value < 1;
/** Number.isFinite is false for anything that is not a number, so it checks the type too. */
const isTime = (value: unknown): value is number => Number.isFinite(value);

/** What a stored entry says, each field checked: a corrupt field is as good as none. */
function fromStored(stored: StoredMemory): CampaignMemory {
  return {
    bucket: isBucket(stored.b) ? stored.b : undefined,
    dismissedUntil: isTime(stored.d) ? stored.d : undefined,
    views: Array.isArray(stored.v) ? stored.v.filter(isTime) : undefined,
  };
}

/** The entry to store (JSON leaves the undefined fields out). */
function toStored(memory: CampaignMemory): StoredMemory {
  return {b: memory.bucket, d: memory.dismissedUntil, v: memory.views};
}

export const DAY = 864e5;
/** «I already support», and the supporter mark by default: a reader who gives should not be asked again for a year. */
export const SUPPORTER_DAYS = 365;

const PREFIX = 'newsroom-widgets:banner:';
const storageKey = (id: string) => PREFIX + id;

export function recall(id: string, storage: SafeStorage = localStore): CampaignMemory {
  try {
    const stored: unknown = JSON.parse(storage.get(storageKey(id)) ?? '{}');
    if (stored && typeof stored === 'object') return fromStored(stored);
  } catch {
    /* a corrupt entry is as good as none */
  }
  return {};
}

/** Read, change, write back: the one way memory is updated. */
export function update(id: string, change: (memory: CampaignMemory) => void, storage: SafeStorage = localStore): void {
  const memory = recall(id, storage);
  change(memory);
  storage.set(storageKey(id), JSON.stringify(toStored(memory)));
}

/** Views inside the cap's window. */
export function recentViews(c: Campaign, memory: CampaignMemory, now: number): number[] {
  const from = now - (c.maxViews?.days ?? 0) * DAY;
  return (memory.views ?? []).filter((time) => time > from && time <= now);
}

/** Counts a view towards `max_views`; without a cap nothing is written. */
export function recordView(c: Campaign, now: number, storage?: SafeStorage): void {
  const cap = c.maxViews;
  if (!cap) return;
  update(
    c.id,
    (memory) => {
      memory.views = [...recentViews(c, memory, now), now].slice(-cap.count);
    },
    storage,
  );
}

/** Hides the campaign for `days` from `now`. */
export function dismiss(id: string, days: number, now: number, storage?: SafeStorage): void {
  update(
    id,
    (memory) => {
      memory.dismissedUntil = now + days * DAY;
    },
    storage,
  );
}

/**
 * The supporter mark (the publisher's thank-you page sets it): when it was set, in
 * one entry for the site, so each config decides how long it lasts (`supporter_days`).
 */
const SUPPORTER_KEY = 'newsroom-widgets:supporter';

export function markSupporter(now: number, storage: SafeStorage = localStore): void {
  storage.set(SUPPORTER_KEY, String(now));
}

/** When the mark was set: NaN without one (or a corrupt one), which no time comparison holds for. */
export function supporterSince(storage: SafeStorage = localStore): number {
  return Number(storage.get(SUPPORTER_KEY) ?? NaN);
}

/** Forgets every campaign's memory (dismissals, view counts, variant buckets) and the supporter mark in this site's local storage. */
export function forget(): void {
  try {
    for (const key of Object.keys(localStorage)) {
      if (key.startsWith(PREFIX) || key === SUPPORTER_KEY) localStore.remove(key);
    }
  } catch {
    /* storage blocked: there is nothing kept beyond this page to forget */
  }
  console.info('[newsroom-widgets] Banner memory reset');
}
