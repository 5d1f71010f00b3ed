import {isJsonObject} from '../data/json.js';
import {LoadError, type TransportErrorKind} from '../data/load-error.js';
import {primary} from '../i18n/strings.js';
import {safeUrl} from '../internal/safe-url.js';
import {plain} from '../internal/text.js';
import {SUPPORTER_DAYS} from './memory.js';

/**
 * The campaign config (`banner.json`, version 1), validated into this model.
 * Times are epoch milliseconds, so the model is JSON-safe as it stands and the
 * loader keeps it in session storage without a revive step.
 */
export interface CampaignGoal {
  raised: number;
  target: number;
  /** ISO 4217 code, e.g. `UAH`. */
  currency: string;
  /** Shown instead of the variant's message once `raised` reaches `target`. */
  reachedMessage?: string;
  /** Once `raised` reaches `target`, the variant shows nothing (skip reason `goal-reached`). */
  hideWhenReached: boolean;
}

/** The goal is met: `raised` has reached `target`. */
export const goalReached = (goal: CampaignGoal): boolean => goal.raised >= goal.target;

export interface CampaignVariant {
  id: string;
  /** Relative share of readers (0 pauses the variant: no reader gets it, an editor's preview by name shows it). */
  weight: number;
  /**
   * A control: readers bucketed into it see nothing, and the banner says so with a
   * `support-banner-skip` of reason `control`, so an ask can be compared with no ask.
   */
  control?: true;
  heading?: string;
  /** The appeal: one paragraph, or several (`message` as an array, e.g. for the end of an article); none for a control. */
  message: string[];
  cta: {label: string; url: string};
  goal?: CampaignGoal;
}

/** Where a banner stands: in the page flow, a bar fixed to the bottom, or the appeal at the end of an article. */
export type Placement = 'inline' | 'bottom' | 'epic';

/** At most `count` views in `days` days. */
export interface ViewCap {
  count: number;
  days: number;
}

export interface Campaign {
  id: string;
  /** Epoch ms; the campaign is live from `start` through `end`, both inclusive. Absent: open-ended. */
  start?: number;
  end?: number;
  /** Primary language subtags; empty means every language. */
  languages: string[];
  dismissDays: number;
  /** Offer «Нагадати пізніше», which hides the campaign for `remindDays`. */
  remindLater: boolean;
  remindDays: number;
  /** Show the days left to `end` («Залишилось 5 днів»). */
  showDeadline: boolean;
  /** The inline and bottom banners' cap (`max_views: {count, days}`): their views count together. */
  maxViews?: ViewCap;
  /** The end-of-article appeal's own cap (`max_views: {epic: {count, days}}`): its views count apart. */
  epicMaxViews?: ViewCap;
  /** `audience: "supporters"`: shown only to readers with the supporter mark (else only to the others). */
  forSupporters: boolean;
  /** Page URL path prefixes where the campaign does not run (e.g. `/support/`), percent-encoded as `location.pathname` is. */
  excludePaths: string[];
  /** The page URL's `utm_medium` values whose readers the campaign leaves alone (e.g. `email`), lower-cased: compared in any case. */
  excludeUtmMedium: string[];
  variants: CampaignVariant[];
}

export interface CampaignConfig {
  version: 1;
  campaigns: Campaign[];
  /** How long the supporter mark hides every appeal. */
  supporterDays: number;
}

export const DEFAULT_DISMISS_DAYS = 14;
export const DEFAULT_REMIND_DAYS = 3;

type Raw = Record<string, unknown>;
const obj = (v: unknown): Raw | undefined => (isJsonObject(v) ? v : undefined);
/** A number from `min` (default 0) up, below any absurd size. */
const num = (v: unknown, min = 0): number | undefined => (typeof v === 'number' && v >= min && v < 1e15 ? v : undefined);
const time = (v: unknown): number | undefined => (typeof v === 'string' && Number.isFinite(Date.parse(v)) ? Date.parse(v) : undefined);

function need<T>(value: T | undefined | '', what: string): T {
  if (value === undefined || value === '') throw new Error(what);
  return value;
}

/**
 * An optional field: undefined when left out (JSON has no undefined, so `null` means the
 * same), else what `read` makes of it, which must be something: a bad value names the field.
 */
function optional<T>(raw: Raw, field: string, read: (v: unknown) => T | undefined): T | undefined {
  const value = raw[field];
  return value === undefined || value === null ? undefined : need(read(value), field);
}

/** Validates each entry of a list; a bad one becomes a warning and is left out. */
function each<T>(list: unknown, make: (raw: Raw) => T, warnings: string[], where: string): T[] {
  const out: T[] = [];
  (Array.isArray(list) ? list : []).forEach((raw, i) => {
    try {
      out.push(make(need(obj(raw), 'object')));
    } catch (e) {
      warnings.push(`${where} ${i} skipped: bad ${(e as Error).message}`);
    }
  });
  return out;
}

const viewCap = (cap: Raw): ViewCap => ({count: need(num(cap.count, 1), 'max_views'), days: need(num(cap.days), 'max_views')});

/** The strings of a list, the rest left out (a missing list is an empty one). */
const textList = (v: unknown): string[] => (Array.isArray(v) ? v.filter((item): item is string => typeof item === 'string') : []);

/**
 * A path as the page's `location.pathname` spells it: the browser percent-encodes what is not
 * ASCII (`/підтримати/` is `/%D0%BF…/`), so a path written in Cyrillic is encoded here, and one
 * copied from the address bar, encoded already, stays as it is: only what is not printable
 * ASCII (`!` to `~`) is encoded, and `%` is.
 */
const asPathname = (path: string): string => path.replace(/[^!-~]+/g, encodeURIComponent);

const variant = (base: string | undefined) => (raw: Raw): CampaignVariant => {
  const id = need(plain(raw.id, 100), 'id');
  const weight = raw.weight === undefined ? 1 : need(num(raw.weight), 'weight');
  // A control shows nothing, so it needs nothing to show.
  if (raw.control === true) return {id, weight, control: true, message: [], cta: {label: '', url: ''}};
  const cta = obj(raw.cta);
  const goal = optional(raw, 'goal', obj);
  // A text or a list of texts (paragraphs), as one list: flat() leaves a text as it is and opens a list.
  const paragraphs = [raw.message].flat().map((text) => plain(text, 600)).filter(Boolean);
  return {
    id,
    weight,
    heading: plain(raw.heading, 200) || undefined,
    message: need(paragraphs.length ? paragraphs : undefined, 'message'),
    cta: {label: need(plain(cta?.label, 60), 'cta'), url: need(safeUrl(cta?.url, base), 'cta')},
    goal: goal && {
      raised: need(num(goal.raised), 'raised'),
      target: need(num(goal.target, 1e-9), 'target'),
      currency: need(typeof goal.currency === 'string' && /^[a-z]{3}$/i.test(goal.currency) ? goal.currency.toUpperCase() : undefined, 'currency'),
      reachedMessage: plain(goal.reached_message, 600) || undefined,
      hideWhenReached: goal.hide_when_reached === true,
    },
  };
};

const campaign = (base: string | undefined, warnings: string[]) => (raw: Raw): Campaign => {
  const id = need(plain(raw.id, 100), 'id');
  const maxViews = optional(raw, 'max_views', obj);
  const epicMaxViews = maxViews && optional(maxViews, 'epic', obj);
  // A weight of 0 pauses a variant without a warning: kept, so an editor can preview it before it goes live.
  const variants = each(raw.variants, variant(base), warnings, `campaign ${id} variant`);
  return {
    id,
    start: optional(raw, 'start', time),
    end: optional(raw, 'end', time),
    languages: textList(raw.languages).map(primary),
    dismissDays: optional(raw, 'dismiss_days', num) ?? DEFAULT_DISMISS_DAYS,
    remindLater: raw.remind_later === true,
    remindDays: optional(raw, 'remind_days', num) ?? DEFAULT_REMIND_DAYS,
    showDeadline: raw.show_deadline === true,
    // The inline and bottom banners' cap, when `max_views` has a `count` (with its `days`) or no `epic`:
    // `epic` alone leaves them uncapped. Read after the variants, so their warnings come first.
    maxViews: (maxViews && (maxViews.count !== undefined || !epicMaxViews)) ? viewCap(maxViews) : undefined,
    epicMaxViews: epicMaxViews && viewCap(epicMaxViews),
    forSupporters: raw.audience === 'supporters',
    excludePaths: textList(raw.exclude_paths).map(asPathname),
    excludeUtmMedium: textList(raw.exclude_utm_medium).map((medium) => medium.toLowerCase()),
    // At least one a reader can get.
    variants: need(variants.some((v) => v.weight > 0) ? variants : undefined, 'variants'),
  };
};

/** Why a campaign config could not be used: the data layer's transport kinds, or the config's own. */
export type ConfigErrorKind = TransportErrorKind | 'not-a-config' | 'parse';

/** A document that arrived but is no campaign config (or no readable JSON). */
export class ConfigError extends LoadError<ConfigErrorKind> {
  override name = 'ConfigError';
}

/**
 * Validates a parsed config document. A bad campaign or variant becomes a
 * warning and is left out; a document that is no config at all throws a ConfigError.
 */
export function parseConfig(data: unknown, url = ''): {value: CampaignConfig; warnings: string[]} {
  if (!isJsonObject(data) || !Array.isArray(data.campaigns) || data.version !== 1) {
    throw new ConfigError('not-a-config', `${url} is not a version 1 campaign config`, url);
  }
  const warnings: string[] = [];
  // Relative CTAs resolve against the config's URL, else the page's; in Node (no document) without a URL, only absolute ones are kept.
  const campaigns = each(data.campaigns, campaign(url || globalThis.document?.baseURI, warnings), warnings, 'campaign');
  // Anything but a number of days keeps the default (the schema names it for the publisher).
  const supporterDays = num(data.supporter_days) ?? SUPPORTER_DAYS;
  return {value: {version: 1, campaigns, supporterDays}, warnings};
}

/** What a `<support-banner>` without a config says through its attributes. */
export interface StaticBanner {
  campaign: string;
  dismissDays?: number;
  heading?: string;
  message?: string;
  ctaLabel?: string;
  ctaHref?: string;
  goalRaised?: number;
  goalTarget?: number;
  currency?: string;
}

/**
 * A one-campaign, one-variant config document made from a static banner's
 * attributes (the element itself is passed). It goes through parseConfig like
 * any config, so attributes and config files follow the same rules (http(s)
 * CTA only, required message). `ctaLabel` falls back to `label`, the language's «Підтримати».
 */
export const staticConfig = (b: StaticBanner, label: string) => ({
  version: 1,
  campaigns: [
    {
      id: b.campaign,
      dismiss_days: b.dismissDays,
      variants: [
        {
          id: 'static',
          heading: b.heading,
          message: b.message,
          cta: {label: b.ctaLabel || label, url: b.ctaHref},
          goal: b.goalTarget ? {raised: b.goalRaised ?? 0, target: b.goalTarget, currency: b.currency ?? 'UAH'} : undefined,
        },
      ],
    },
  ],
});
