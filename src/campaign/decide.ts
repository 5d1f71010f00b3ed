import type {SafeStorage} from '../internal/safe-storage.js';
import {candidate, choose, everyChoice, excludes, isLive, preview, previewName, speaks, type Audience, type Choice, type SkipReason} from './choose.js';
import {isSupporter, reachedCap, recall, recentViews} from './memory.js';
import {goalReached, parseConfig, type Campaign, type CampaignConfig} from './model.js';

/**
 * Where a banner's campaigns come from at this update: a config document to
 * validate here (`{document, base}`: the `config` property, or the one
 * `staticConfig` makes from the element's attributes), or what the `src`
 * config's load holds: the config it validated, `'waiting'` while it loads,
 * `'error'` when it failed (the data layer has said why in the console).
 */
export type ConfigSource = {document: unknown; base: string} | CampaignConfig | 'waiting' | 'error';

/** `Audience`: the language, the page view's time (schedule, caps and dismissals are judged by it) and the page URL. */
export interface DecisionInput extends Audience {
  source: ConfigSource;
  /** Where dismissals, views and the variant bucket are kept (default: local storage, safely wrapped). */
  storage?: SafeStorage;
  /** An editor's `newsroom-preview` value from the page URL: `<campaign>` or `<campaign>:<variant>`. */
  previewId?: string | null;
  /** The page asked for no appeal (`<meta name="newsroom-widgets" content="no-appeal">`). */
  suppressed: boolean;
  /** Draws a new reader's variant bucket in [0, 1) (default `Math.random`). */
  random?: () => number;
  /** The campaigns the page's end-of-article appeals show: a bottom bar leaves them to those (skip reason `epic-shown`). */
  epicCampaigns?: ReadonlySet<string>;
}

/** A line for the console; the element prints it, with the library's prefix. */
export interface ConsoleMessage {
  level: 'info' | 'warn' | 'error';
  text: string;
  /** About the page, not one banner (the preview, why nothing shows): said once however many banners there are. */
  page?: true;
  /** Said only under `newsroom-debug=1`: what a banner shows. */
  debug?: true;
}

export interface Decision {
  /** The campaign and variant to show, why nothing is shown, or `waiting` while the config loads. */
  outcome: Choice | SkipReason | 'waiting';
  /** The campaign and variant the reader is in when it shows nothing (a control, a reached goal that hides, a bar left to an epic). */
  assigned?: Choice;
  /** An editor's preview is on: nothing is stored, and every event says so. */
  preview: boolean;
  messages: ConsoleMessage[];
}

/** The config to decide from, or what stands in for one (still loading, or unusable). */
function configFrom(source: ConfigSource, messages: ConsoleMessage[]): CampaignConfig | 'waiting' | 'error' {
  // A loaded config, or what stands in for one, is already what the decision needs.
  if (typeof source === 'string' || 'campaigns' in source) return source;
  try {
    const parsed = parseConfig(source.document, source.base);
    for (const warning of parsed.warnings) messages.push({level: 'warn', text: warning});
    return parsed.value;
  } catch (error) {
    messages.push({level: 'error', text: (error as Error).message});
    return 'error';
  }
}

const iso = (time: number) => new Date(time).toISOString();

/** Why a campaign in the reader's language is not theirs on this page: it starts later, it has ended, it excludes the page, or it is for the other audience. */
function notHere(c: Campaign, input: DecisionInput): string {
  if (!isLive(c, input.now)) return c.start !== undefined && input.now < c.start ? `starts ${iso(c.start)}` : `ended ${iso(c.end!)}`;
  if (excludes(c, input)) return 'excludes this page';
  return `is for ${c.forSupporters ? '' : 'non-'}supporters`;
}

/** Why `choose` showed nothing, for the console line that says so once per page. */
function whyHidden(outcome: SkipReason, config: CampaignConfig, input: DecisionInput): string {
  const {lang, now, storage, placement} = input;
  // The campaign choose found and stopped at (dismissed or capped); none when it found none (`no-campaign`, `supporter`).
  const campaign = candidate(config, input, isSupporter(config, now, storage));
  if (!campaign) {
    const inLanguage = config.campaigns.filter((c) => speaks(c, lang));
    // None of them is the reader's (choose would have taken it): each says why not.
    if (inLanguage.length) return inLanguage.map((c) => `"${c.id}" ${notHere(c, input)}`).join('; ');
    // A campaign that names no languages speaks all of them: with none in the language, an empty list means no campaigns at all.
    const languages = [...new Set(config.campaigns.flatMap((c) => c.languages))].join(', ');
    return languages ? `no campaign for lang="${lang}", only ${languages}` : 'no campaigns';
  }
  // What the reader's memory holds of it.
  const memory = recall(campaign.id, storage);
  const why =
    outcome === 'dismissed'
      ? `dismissed until ${iso(memory.dismissedUntil!)}`
      : `seen ${recentViews(campaign, placement, memory, now).length} times in ${reachedCap(campaign, placement, memory, now)!.days} days (${placement === 'epic' ? 'max_views.epic' : 'max_views'})`;
  return `"${campaign.id}" ${why}; ?newsroom-reset=1 forgets it`;
}

/** A campaign's variant as the console names it. */
const named = ({campaign, variant}: Choice): string => `"${campaign.id}" variant "${variant.id}"`;

/**
 * What a banner shows, decided from plain inputs (no DOM: the element reads
 * the page URL's preview parameter and the suppression meta, and passes them
 * in). The page's suppression wins over everything, an editor's preview
 * included; a preview shows its campaign whatever the schedule, language,
 * caps or memory, and stores nothing; otherwise `choose` decides, drawing and
 * storing a new reader's bucket.
 */
export function decide(input: DecisionInput): Decision {
  const previewId = input.previewId;
  const messages: ConsoleMessage[] = [];
  /** The decision; `hiddenBecause` says in the console, once for the page, why a banner shows nothing. */
  const decision = (outcome: Decision['outcome'], hiddenBecause?: string, assigned?: Choice): Decision => {
    if (hiddenBecause) messages.push({level: 'info', text: `Banner hidden: ${hiddenBecause}`, page: true});
    return {outcome, assigned, preview: Boolean(previewId), messages};
  };
  /** A variant drawn or previewed: shown, or nothing for a control or a goal met that hides. */
  const show = (choice: Choice): Decision => {
    const goal = choice.variant.goal;
    if (choice.variant.control) return decision('control', `${named(choice)} is a control`, choice);
    if (goal?.hideWhenReached && goalReached(goal)) return decision('goal-reached', `${named(choice)} reached its goal (hide_when_reached)`, choice);
    // One appeal of a campaign per page: the end of the article has the reader's attention, the bar would repeat it.
    if (input.placement === 'bottom' && input.epicCampaigns?.has(choice.campaign.id)) return decision('epic-shown', `"${choice.campaign.id}" is at the end of the article`, choice);
    // A preview has said what it shows already; `newsroom-debug=1` says what any other banner shows.
    if (!previewId) messages.push({level: 'info', text: `Banner shows ${named(choice)}`, debug: true});
    return decision(choice);
  };
  if (input.suppressed) return decision('suppressed', 'the page has the no-appeal meta');
  const config = configFrom(input.source, messages);
  if (typeof config === 'string') return decision(config);
  if (!previewId) {
    const outcome = choose(config, input, input.storage, input.random);
    if (typeof outcome === 'string') return decision(outcome, whyHidden(outcome, config, input));
    return show(outcome);
  }
  const previewed = preview(config, previewId);
  if (previewed) {
    messages.push({level: 'info', text: `Preview ${previewId}: nothing stored`, page: true});
    return show(previewed);
  }
  const ids = everyChoice(config).map(previewName);
  messages.push({level: 'error', text: `No campaign ${previewId} to preview, only ${ids}`});
  return decision('no-campaign');
}
