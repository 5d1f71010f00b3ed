import {primary} from '../i18n/strings.js';
import type {SafeStorage} from '../internal/safe-storage.js';
import {recall, recentViews, storeBucket} from './memory.js';
import type {Campaign, CampaignConfig, CampaignVariant} from './model.js';

export type SkipReason = 'no-campaign' | 'dismissed' | 'capped' | 'error' | 'suppressed' | 'control';

export interface Choice {
  campaign: Campaign;
  variant: CampaignVariant;
}

/** Live from `start` through `end`, both inclusive (a config's `23:59:59` end means that second too). */
export const isLive = (c: Campaign, now: number): boolean => (c.start ?? -Infinity) <= now && now <= (c.end ?? Infinity);

/** Primary subtags compare, so a `uk-UA` page gets a `uk` campaign. */
export const speaks = (c: Campaign, lang: string): boolean => !c.languages.length || c.languages.includes(primary(lang));

/** The first campaign in the file that is live and in the language: the one a reader gets unless their memory says no. */
export const candidate = (config: CampaignConfig, lang: string, now: number): Campaign | undefined =>
  config.campaigns.find((c) => isLive(c, now) && speaks(c, lang));

/** The variant a bucket in [0, 1) falls into, by weight. */
export function pick(variants: CampaignVariant[], bucket: number): CampaignVariant {
  const total = variants.reduce((sum, v) => sum + v.weight, 0);
  let remaining = bucket * total;
  for (const variant of variants) {
    remaining -= variant.weight;
    if (remaining < 0) return variant;
  }
  return variants[variants.length - 1]!;
}

/**
 * What a reader sees: the first campaign in the file that is live and in their
 * language, unless they dismissed it or reached its view cap, in the variant
 * their stored bucket falls into (drawn with `random` on first sight).
 */
export function choose(
  config: CampaignConfig,
  lang: string,
  now: number,
  storage?: SafeStorage,
  random: () => number = Math.random,
): Choice | SkipReason {
  const campaign = candidate(config, lang, now);
  if (!campaign) return 'no-campaign';
  const memory = recall(campaign.id, storage);
  if (memory.dismissedUntil !== undefined && memory.dismissedUntil > now) return 'dismissed';
  if (campaign.maxViews && recentViews(campaign, memory, now).length >= campaign.maxViews.count) return 'capped';
  let bucket = memory.bucket;
  if (bucket === undefined) {
    bucket = random();
    storeBucket(campaign.id, bucket, storage);
  }
  return {campaign, variant: pick(campaign.variants, bucket)};
}

/**
 * An editor's preview (`newsroom-preview=<campaign>` or `<campaign>:<variant>`):
 * that campaign in its first variant, or the variant named, whatever the
 * schedule, language, caps or memory. Ids are compared whole, so a `:` in a
 * campaign id cannot split it.
 */
export function preview(config: CampaignConfig, id: string): Choice | undefined {
  for (const campaign of config.campaigns) {
    for (const variant of campaign.variants) {
      if (id === campaign.id || id === `${campaign.id}:${variant.id}`) return {campaign, variant};
    }
  }
  return undefined;
}
