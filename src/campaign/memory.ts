import {localStore, type SafeStorage} from '../internal/safe-storage.js';
import type {Campaign} from './model.js';

/**
 * What the banner remembers about one campaign, in one local-storage entry
 * `newsroom-widgets:banner:<campaign id>`. Nothing identifies the reader:
 * `b` is a random number in [0, 1) that only keeps the variant stable.
 */
export interface CampaignMemory {
  /** Variant bucket. */
  b?: number;
  /** Hidden until this epoch ms (a dismissal). */
  d?: number;
  /** Epoch ms of recent views, kept only when the campaign caps views. */
  v?: number[];
}

export const DAY = 864e5;
/** «I already support»: a reader who gives should not be asked again for a year. */
export const SUPPORTER_DAYS = 365;

const PREFIX = 'newsroom-widgets:banner:';
const key = (id: string) => PREFIX + id;

export function recall(id: string, storage: SafeStorage = localStore): CampaignMemory {
  try {
    const m = JSON.parse(storage.get(key(id)) ?? '{}') as CampaignMemory;
    if (m && typeof m === 'object') return m;
  } catch {
    /* a corrupt entry is as good as none */
  }
  return {};
}

/** Read, change, write back: the one way memory is updated. */
export function update(id: string, change: (m: CampaignMemory) => void, storage: SafeStorage = localStore): CampaignMemory {
  const m = recall(id, storage);
  change(m);
  storage.set(key(id), JSON.stringify(m));
  return m;
}

/** Views inside the cap's window. */
export function recentViews(c: Campaign, m: CampaignMemory, now: number): number[] {
  const from = now - (c.maxViews?.days ?? 0) * DAY;
  return Array.isArray(m.v) ? m.v.filter((t) => t > from && t <= now) : [];
}

/** Counts a view towards `max_views`; without a cap nothing is written. */
export function recordView(c: Campaign, now: number, storage?: SafeStorage): void {
  if (c.maxViews) update(c.id, (m) => (m.v = [...recentViews(c, m, now), now].slice(-c.maxViews!.count)), storage);
}

/** Hides the campaign for `days` from `now`. */
export function dismiss(id: string, days: number, now: number, storage?: SafeStorage): void {
  update(id, (m) => (m.d = now + days * DAY), storage);
}

/** Forgets every campaign's memory (dismissals, view counts, variant buckets) in this site's local storage. */
export function forget(): void {
  try {
    for (const k of Object.keys(localStorage)) if (k.startsWith(PREFIX)) localStore.remove(k);
  } catch {
    /* storage blocked: there is nothing kept beyond this page to forget */
  }
  console.info('[newsroom-widgets] Banner memory reset');
}
