import {localStore, type SafeStorage} from '../internal/safe-storage.js';
import type {Campaign, CampaignConfig, Placement, ViewCap} from './model.js';

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
  /** The same for the end-of-article appeal, kept only when it has a cap of its own. */
  epicViews?: number[];
}

/**
 * The entry as it is stored: `{"b": bucket, "d": dismissedUntil, "v": views, "e": epicViews}`.
 * Readers' browsers already hold entries in this format, so the one-letter
 * keys stay; only `fromStored` and `toStored` know them.
 */
interface StoredMemory {
  b?: unknown;
  d?: unknown;
  v?: unknown;
  e?: unknown;
}

const isBucket = (value: unknown): value is number => typeof value === 'number' && value >= 0 && value < 1;
/** A list of times (epoch ms). Number.isFinite, here and for the dismissal, is false for anything that is not a number, so it checks the type too. */
const times = (value: unknown): number[] | undefined => (Array.isArray(value) ? value.filter(Number.isFinite) : undefined);

/** What a stored entry says, each field checked: a corrupt field is as good as none. */
function fromStored(stored: StoredMemory): CampaignMemory {
  return {
    bucket: isBucket(stored.b) ? stored.b : undefined,
    dismissedUntil: Number.isFinite(stored.d) ? (stored.d as number) : undefined,
    views: times(stored.v),
    epicViews: times(stored.e),
  };
}

/** The entry to store (JSON leaves the undefined fields out). */
function toStored(memory: CampaignMemory): StoredMemory {
  return {b: memory.bucket, d: memory.dismissedUntil, v: memory.views, e: memory.epicViews};
}

export const DAY = 864e5;
/** «I already support», and the supporter mark by default: a reader who gives should not be asked again for a year. */
export const SUPPORTER_DAYS = 365;

/** Each campaign's entry is this prefix and its id; `forget` finds them all by it. */
const PREFIX = 'newsroom-widgets:banner:';

export function recall(id: string, storage: SafeStorage = localStore): CampaignMemory {
  try {
    // An entry that is no JSON object is as good as none: each field reads as missing
    // (a number, a string), or reading them throws (null) and the catch says none.
    return fromStored(JSON.parse(storage.get(PREFIX + id) ?? '{}'));
  } catch {
    /* a corrupt entry is as good as none */
    return {};
  }
}

/** Read, change, write back: the one way memory is updated. */
export function update(id: string, change: (memory: CampaignMemory) => void, storage: SafeStorage = localStore): void {
  const memory = recall(id, storage);
  change(memory);
  storage.set(PREFIX + id, JSON.stringify(toStored(memory)));
}

/** The cap a placement's views count against, and where they are kept: the end-of-article appeal has its own. */
const capOf = (c: Campaign, placement: Placement | undefined) =>
  placement === 'epic' ? ({cap: c.epicMaxViews, field: 'epicViews'} as const) : ({cap: c.maxViews, field: 'views'} as const);

/** The placement's views inside its cap's window. */
export function recentViews(c: Campaign, placement: Placement | undefined, memory: CampaignMemory, now: number): number[] {
  const {cap, field} = capOf(c, placement);
  const from = now - (cap?.days ?? 0) * DAY;
  return (memory[field] ?? []).filter((time) => time > from && time <= now);
}

/** The placement's cap, when the reader has reached it. */
export function reachedCap(c: Campaign, placement: Placement | undefined, memory: CampaignMemory, now: number): ViewCap | undefined {
  const cap = capOf(c, placement).cap;
  return cap && recentViews(c, placement, memory, now).length >= cap.count ? cap : undefined;
}

/** Counts a view towards the placement's cap; without one nothing is written. */
export function recordView(c: Campaign, placement: Placement, now: number, storage?: SafeStorage): void {
  const {cap, field} = capOf(c, placement);
  if (!cap) return;
  update(
    c.id,
    (memory) => {
      memory[field] = [...recentViews(c, placement, memory, now), now].slice(-cap.count);
    },
    storage,
  );
}

/** How the reader closed a banner: «Закрити» or Esc, «Нагадати пізніше», «Я вже підтримую». */
export type DismissReason = 'close' | 'escape' | 'remind-later' | 'already-support';

/** Days a close hides the campaign: its `dismiss_days`, its `remind_days` for «Нагадати пізніше», a year for «Я вже підтримую». */
export function closedForDays(c: Campaign, reason: DismissReason): number {
  if (reason === 'remind-later') return c.remindDays;
  if (reason === 'already-support') return SUPPORTER_DAYS;
  return c.dismissDays;
}

/** Hides the campaign from `now` for as long as the way the reader closed it says (`closedForDays`). */
export function dismiss(c: Campaign, reason: DismissReason, now: number, storage?: SafeStorage): void {
  update(
    c.id,
    (memory) => {
      memory.dismissedUntil = now + closedForDays(c, reason) * DAY;
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

/** The reader has the supporter mark, set less than the config's `supporter_days` ago. */
export function isSupporter(config: CampaignConfig, now: number, storage: SafeStorage = localStore): boolean {
  // When the mark was set: NaN without one (or a corrupt one), which no time comparison holds for.
  const since = Number(storage.get(SUPPORTER_KEY) ?? NaN);
  return since <= now && now < since + config.supporterDays * DAY;
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
