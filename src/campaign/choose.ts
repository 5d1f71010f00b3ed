import {primary} from '../i18n/strings.js';
import type {SafeStorage} from '../internal/safe-storage.js';
import {isSupporter, reachedCap, recall, update} from './memory.js';
import type {Campaign, CampaignConfig, CampaignVariant, Placement} from './model.js';

export type SkipReason = 'no-campaign' | 'dismissed' | 'capped' | 'error' | 'suppressed' | 'control' | 'supporter' | 'goal-reached' | 'epic-shown';

export interface Choice {
  campaign: Campaign;
  variant: CampaignVariant;
}

/** Where, when and to whom a banner would show: what a campaign's rules are judged by. */
export interface Audience {
  /** The banner's language (its nearest `lang`). */
  lang: string;
  /** The page view's time. */
  now: number;
  /** The page's URL (`location`), for `exclude_paths` and `exclude_utm_medium` (absent: nothing is excluded). */
  page?: Pick<URL, 'pathname' | 'search'>;
  /** The banner's placement: the end-of-article appeal counts its views against its own cap. */
  placement?: Placement;
}

/** Live from `start` through `end`, both inclusive (a config's `23:59:59` end means that second too). */
export const isLive = (c: Campaign, now: number): boolean => (c.start ?? -Infinity) <= now && now <= (c.end ?? Infinity);

/** Primary subtags compare, so a `uk-UA` page gets a `uk` campaign. */
export const speaks = (c: Campaign, lang: string): boolean => !c.languages.length || c.languages.includes(primary(lang));

/** The campaign leaves this page alone: its path starts with an excluded one, or the reader came from an excluded medium. */
export function excludes(c: Campaign, {page}: Audience): boolean {
  if (!page) return false;
  // In any case: a newsletter tool's `Email` is the config's `email` (the parser lower-cases the config's).
  const medium = new URLSearchParams(page.search).get('utm_medium')?.toLowerCase();
  // With a slash after it, the path `/support` is the section `/support/` names, on a site whose URLs end without one.
  const path = page.pathname + '/';
  return c.excludePaths.some((prefix) => path.startsWith(prefix)) || (medium !== undefined && c.excludeUtmMedium.includes(medium));
}

/**
 * The first campaign in the file that is live, in the language, not excluded on this
 * page and meant for this reader (supporters get only `audience: "supporters"`
 * campaigns, everyone else only the others): the one a reader gets unless their memory says no.
 */
export const candidate = (config: CampaignConfig, audience: Audience, supporter: boolean): Campaign | undefined =>
  config.campaigns.find(
    (c) => isLive(c, audience.now) && speaks(c, audience.lang) && !excludes(c, audience) && c.forSupporters === supporter,
  );

/** The variant a bucket in [0, 1) falls into, by weight: never a paused one (weight 0). */
export function pick(variants: CampaignVariant[], bucket: number): CampaignVariant {
  const drawn = variants.filter((v) => v.weight > 0);
  const total = drawn.reduce((sum, v) => sum + v.weight, 0);
  let remaining = bucket * total;
  for (const variant of drawn) {
    remaining -= variant.weight;
    if (remaining < 0) return variant;
  }
  return drawn[drawn.length - 1]!;
}

/**
 * What a reader sees: the campaign `candidate` finds, unless they dismissed it or
 * reached its view cap, in the variant their stored bucket falls into (drawn with
 * `random` on first sight). A supporter with no campaign of their own sees nothing.
 */
export function choose(config: CampaignConfig, audience: Audience, storage?: SafeStorage, random: () => number = Math.random): Choice | SkipReason {
  const now = audience.now;
  const supporter = isSupporter(config, now, storage);
  const campaign = candidate(config, audience, supporter);
  if (!campaign) return supporter ? 'supporter' : 'no-campaign';
  const memory = recall(campaign.id, storage);
  if ((memory.dismissedUntil ?? -Infinity) > now) return 'dismissed';
  if (reachedCap(campaign, audience.placement, memory, now)) return 'capped';
  // A new reader's bucket is drawn once and kept, so the next page shows them the same variant.
  const bucket = memory.bucket ?? random();
  if (memory.bucket === undefined) {
    update(
      campaign.id,
      (stored) => {
        stored.bucket = bucket;
      },
      storage,
    );
  }
  return {campaign, variant: pick(campaign.variants, bucket)};
}

/** Every variant of every campaign, in the config's order. */
export const everyChoice = (config: CampaignConfig): Choice[] =>
  config.campaigns.flatMap((campaign) => campaign.variants.map((variant) => ({campaign, variant})));

/** The `newsroom-preview` value that names one variant: `<campaign>:<variant>`. */
export const previewName = ({campaign, variant}: Choice): string => `${campaign.id}:${variant.id}`;

/**
 * An editor's preview (`newsroom-preview=<campaign>` or `<campaign>:<variant>`):
 * that campaign in its first variant a reader can get, or the variant named (a paused one
 * too), whatever the schedule, language, caps or memory. Ids are compared whole, so a `:`
 * in a campaign id cannot split it.
 */
export const preview = (config: CampaignConfig, id: string): Choice | undefined =>
  everyChoice(config).find((choice) => (id === choice.campaign.id && choice.variant.weight > 0) || id === previewName(choice));
