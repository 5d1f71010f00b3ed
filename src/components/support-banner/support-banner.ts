import type {PropertyValues} from '@lit/reactive-element';
import type {Choice, SkipReason} from '../../campaign/choose.js';
import {decide, type ConfigSource, type ConsoleMessage, type Decision} from '../../campaign/decide.js';
import {campaignLoader} from '../../campaign/loader.js';
import {DAY, dismiss, forget, markSupporter, recordView, type DismissReason} from '../../campaign/memory.js';
import {goalReached, staticConfig, type Campaign, type CampaignConfig, type CampaignGoal} from '../../campaign/model.js';
import {formatDays, formatMoney} from '../../i18n/format.js';
import {resolveLang} from '../../i18n/lang.js';
import {bannerStrings, type BannerStrings} from '../../i18n/banner-strings.js';
import {debugOn, pageMeta, pageParam} from '../../internal/debug.js';
import {defineElement} from '../../internal/define.js';
import {withUtm} from '../../internal/utm.js';
import {ResourceController} from '../resource-controller.js';
import type {SafeStorage} from '../../internal/safe-storage.js';
import {VERSION} from '../../internal/version.js';
import {stopViewed, whenViewed} from '../../internal/visibility.js';
import {h} from '../dom.js';
import {ElementState} from '../element-state.js';
import {emit} from '../events.js';
import {clampLevel} from '../heading.js';
import {Kept} from '../kept.js';
import {baseStyles} from '../shared.styles.js';
import {WidgetElement} from '../widget-element.js';
import {BottomBar} from './bottom-bar.js';
import {bannerStyles} from './support-banner.styles.js';

export type {SkipReason} from '../../campaign/choose.js';
export type {DismissReason} from '../../campaign/memory.js';
/** `state`: the config is loading, a banner is on screen, or nothing is (skipped or closed). */
export type SupportBannerState = 'loading' | 'shown' | 'hidden';

export interface SupportBannerDetail {
  /** Campaign id. */
  campaign: string;
  /** Variant id (`static` for a banner made from attributes). */
  variant: string;
  /** Present, and true, while an editor's `newsroom-preview` is on. */
  preview?: true;
}
export interface SupportBannerClickDetail extends SupportBannerDetail {
  /** The CTA URL followed, UTM parameters included. */
  href: string;
}
export interface SupportBannerDismissDetail extends SupportBannerDetail {
  reason: DismissReason;
}
export interface SupportBannerSkipDetail {
  /** Why nothing is shown. */
  reason: SkipReason;
  /**
   * The campaign and variant the reader is in, when one was picked and shows nothing: a `control`, a
   * `goal-reached` that hides, or an `epic-shown` bottom bar.
   */
  campaign?: string;
  variant?: string;
  /** Present, and true, while an editor's `newsroom-preview` is on. */
  preview?: true;
}

/** Console lines about the page (the preview's), said once however many banners there are. */
const saidOnPage = new Set<string>();

/** The banners on the page: a bottom bar leaves its campaign to an end-of-article appeal showing it. */
const pageBanners = new Set<SupportBanner>();

/** The page carries the publisher's supporter mark: the meta on its thank-you page, or `newsroom-supporter=1` in the URL. */
const pageMarksSupporter = (): boolean => pageParam('supporter') === '1' || pageMeta('supporter');

/**
 * The goal bar, its amounts and the days left (`deadline`), the fill's width set as it is built.
 * Read once, as «Зібрано, 182 500 ₴ з 300 000 ₴ · Залишилось 5 днів»: the bar carries name and
 * value, the visible amounts and days are not read again.
 */
function goalBlock(goal: CampaignGoal, language: string, strings: BannerStrings, deadline: string | undefined): HTMLElement {
  const money = (amount: number) => formatMoney(amount, goal.currency, language);
  const amounts = goalReached(goal) ? strings.goalReached : strings.goalOf;
  const label = amounts(money(goal.raised), money(goal.target));
  // What the bar shows: a goal met is full, however far past it the money went.
  const shown = Math.min(goal.raised, goal.target);
  const fill = h('div', {part: 'goal-fill', class: 'fill'});
  // Through the CSSOM, not a style attribute: a strict CSP without 'unsafe-inline' allows it.
  fill.style.width = `${(shown / goal.target) * 100}%`;
  return h(
    'div',
    {part: 'goal'},
    h(
      'div',
      {
        part: 'goal-bar',
        role: 'progressbar',
        'aria-label': strings.raised,
        'aria-valuemin': '0',
        'aria-valuemax': String(goal.target),
        'aria-valuenow': String(shown),
        'aria-valuetext': deadline ? `${label} · ${deadline}` : label,
      },
      fill,
    ),
    h('div', {part: 'goal-label', 'aria-hidden': 'true'}, label),
    deadline && h('div', {part: 'deadline', 'aria-hidden': 'true'}, deadline),
  );
}

/** «Залишилось 5 днів»: the days left to the campaign's end, when it shows them and has not ended. */
function deadlineText(campaign: Campaign, now: number, language: string): string | undefined {
  if (!campaign.showDeadline || campaign.end === undefined || campaign.end < now) return undefined;
  return bannerStrings(language).daysLeft(formatDays(Math.ceil((campaign.end - now) / DAY), language));
}

/** A button or link that does `act` when followed. */
function control(tag: string, attrs: Record<string, string | undefined>, text: string, act: () => void): HTMLElement {
  const el = h(tag, attrs, text);
  el.onclick = act;
  return el;
}

/** The box kept while the config loads, `height` tall (through the CSSOM, as the fill's width). */
function placeholderBox(height: string): HTMLElement {
  const placeholder = h('div', {part: 'placeholder', class: 'reserve'});
  placeholder.style.height = height;
  return placeholder;
}

export interface SupportBannerEventMap {
  'support-banner-view': CustomEvent<SupportBannerDetail>;
  'support-banner-click': CustomEvent<SupportBannerClickDetail>;
  'support-banner-dismiss': CustomEvent<SupportBannerDismissDetail>;
  'support-banner-skip': CustomEvent<SupportBannerSkipDetail>;
}

/**
 * The publisher's reader-support appeal: a message, a «Підтримати» button, an
 * optional goal bar and a close button whose choice is remembered. Driven by a
 * campaign config (`src`) or, without one, by its own attributes.
 *
 * For editors: `newsroom-preview=<campaign>` or `<campaign>:<variant>` in the
 * page URL shows that campaign (its first variant not paused, or the one named, a paused one too) on every
 * banner whatever its schedule, language, caps or dismissal, stores nothing, and
 * marks every event `detail.preview: true`; an unknown id shows nothing and logs
 * the ids there are. `newsroom-reset=1` (when the element is defined) or
 * `SupportBanner.resetMemory()` forgets this site's dismissals, views,
 * buckets and supporter mark. `<meta name="newsroom-widgets" content="no-appeal">` in the page
 * keeps every banner hidden (skip reason `suppressed`), and wins over a preview.
 *
 * For supporters: `<meta name="newsroom-widgets" content="supporter">` (on the
 * publisher's thank-you page) or `newsroom-supporter=1` in the page URL marks the
 * reader as a supporter on this site, when the element is defined and at each
 * decision: for the config's `supporter_days` (default 365) they get only the
 * campaigns with `audience: "supporters"` (a thank-you), or nothing (skip reason
 * `supporter`). A campaign skips pages whose path starts with one of its
 * `exclude_paths` and readers whose page URL has a `utm_medium` in its `exclude_utm_medium`.
 *
 * While a bottom bar shows it sets the page's `scroll-padding-bottom` and
 * `padding-bottom` (on `<html>`) to its height, so focus is never hidden under
 * it, and restores them when it goes. Closed by the reader, it leaves focus on
 * the host (`tabindex="-1"`), where it was, not on `<body>`.
 *
 * Its `state` property says what it shows (`loading`, `shown`, `hidden`) to
 * scripts, `whenSettled()` waits for the next one that is not `loading`, and CSS
 * reads it as `:state(hidden)` or, in every engine, `[state=hidden]`. A banner
 * that shows nothing says why once in the console; `newsroom-debug=1` in the
 * page URL makes every banner say what it decided.
 *
 * @summary A reader-support banner with scheduled, weighted campaigns and a remembered dismissal.
 *
 * @fires support-banner-view - The banner was at least half visible (or, taller than the window, filled half of it) for one continuous second (once per element). `detail: {campaign, variant, preview?}`.
 * @fires support-banner-click - The CTA was followed. `detail: {campaign, variant, href, preview?}`.
 * @fires support-banner-dismiss - The reader closed the banner. `detail: {reason: 'close' | 'escape' | 'remind-later' | 'already-support', campaign, variant, preview?}`.
 * @fires support-banner-skip - Nothing is shown. `detail: {reason: 'no-campaign' | 'dismissed' | 'capped' | 'error' | 'suppressed' | 'control' | 'supporter' | 'goal-reached' | 'epic-shown', campaign?, variant?, preview?}` (`campaign` and `variant` for a reader bucketed into a control variant, a variant whose goal is met and that has `hide_when_reached`, or a bottom bar whose campaign an end-of-article appeal on the page shows). Every event's `preview` is `true` while `newsroom-preview` is on, and absent otherwise.
 *
 * @attr {'light' | 'dark' | 'auto'} theme - Colour palette (property `theme`, reflected): `light` or `dark` forces one, `auto` follows the reader's `prefers-color-scheme`; without it the element follows the page's `color-scheme`.
 *
 * @cssstate loading - The config is on its way (also the attribute `state="loading"`).
 * @cssstate shown - A banner is on screen (`state="shown"`).
 * @cssstate hidden - Nothing is shown: no campaign for this page, dismissed, capped, suppressed, failed or closed (`state="hidden"`).
 *
 * @csspart container - The labelled region (the banner box; fixed to the viewport with `placement="bottom"`; class `epic` at the end of an article).
 * @csspart heading - The variant's heading, when it has one (`<h2>`, or the `heading-level`).
 * @csspart message - The appeal text: one paragraph, or each of a `message` list's.
 * @csspart actions - The row holding the CTA, «Нагадати пізніше» (when offered) and «Я вже підтримую».
 * @csspart cta - The CTA link, styled as a button.
 * @csspart remind - The «Нагадати пізніше» button (a campaign with `remind_later`).
 * @csspart already - The «Я вже підтримую» button.
 * @csspart close - The close button («Закрити»).
 * @csspart goal - The goal block (bar and label).
 * @csspart goal-bar - The progress bar track (`role="progressbar"`).
 * @csspart goal-fill - The filled part of the bar.
 * @csspart goal-label - The amounts, e.g. «182 500 ₴ з 300 000 ₴»; «Ціль досягнуто! 312 000 ₴ з 300 000 ₴» once the goal is reached.
 * @csspart deadline - The days left to the campaign's end (`show_deadline`), «Залишилось 5 днів»: beside the amounts, or on its own line without a goal.
 * @csspart placeholder - The box kept while the config loads (only with `reserve`).
 *
 * @cssproperty --newsroom-font - Font family (default: the system UI font).
 * @cssproperty --newsroom-font-size - Base font size (default `medium`: the reader's browser setting).
 * @cssproperty --newsroom-color - Text colour.
 * @cssproperty --newsroom-focus-color - Focus outline colour (default: the accent).
 * @cssproperty --newsroom-accent - CTA background and goal fill (default #0057b8).
 * @cssproperty --newsroom-accent-contrast - CTA text colour (default #fff).
 * @cssproperty --newsroom-banner-background - Banner background (default #fff4d1).
 * @cssproperty --newsroom-banner-padding - Banner padding (default .75em 1em); the end-of-article appeal (`placement="epic"`) keeps its larger 1.25em 1.5em.
 * @cssproperty --newsroom-banner-z-index - Stacking of the bottom bar (default 1000).
 * @cssproperty --newsroom-goal-track - Goal bar track colour.
 * @cssproperty --newsroom-radius - Corner radius (default 6px).
 * @cssproperty --newsroom-block-margin - Margin above and below an inline banner (default 1.5rem).
 */
export class SupportBanner extends WidgetElement {
  static readonly version = VERSION;
  static override styles = [baseStyles, bannerStyles];

  /** Register under `tag` (default `support-banner`). Never throws; warns on a version clash. */
  static define(tag = 'support-banner'): void {
    defineElement(tag, this);
    // An editor's reset, before any banner of the page decides.
    if (pageParam('reset') === '1') forget();
    // The publisher's thank-you page may carry the mark and no banner at all.
    if (pageMarksSupporter()) markSupporter(Date.now());
  }

  /**
   * Forgets this site's banner memory (every campaign's dismissal, view count
   * and variant bucket, and the supporter mark, in local storage), as `newsroom-reset=1` in the page
   * URL does when the element is defined. Says so in the console.
   */
  static resetMemory(): void {
    forget();
  }

  /** Campaign config URL (`banner.json`). Relative URLs resolve against the page. */
  src?: string;
  /** A campaign config object (the `banner.json` contract), instead of `src`; validated the same way. */
  config?: unknown;
  /** Static banner: the appeal text (required without `src`). */
  message?: string;
  /** Static banner: an optional heading. */
  heading?: string;
  /** Static banner: CTA text (default «Підтримати»). */
  ctaLabel?: string;
  /** Static banner: CTA URL (required without `src`). */
  ctaHref?: string;
  /** Static banner: amount raised so far. */
  goalRaised?: number;
  /** Static banner: goal amount; the goal bar shows when it is set. */
  goalTarget?: number;
  /** Static banner: ISO 4217 currency of the goal (default UAH). */
  currency?: string;
  /** Static banner: campaign id, for the dismissal memory and `utm_campaign` (default `static`). */
  campaign = 'static';
  /** Static banner: days a dismissal lasts (default 14). */
  dismissDays?: number;
  /** Level of the variant's heading, 1–6 (default 2), to fit the partner's outline. */
  headingLevel = 2;
  /**
   * `inline` (in the page flow), `bottom` (a bar fixed to the bottom of the viewport) or `epic` (a larger
   * appeal in the flow, for the end of an article, with its own view cap; a bottom bar of the same campaign
   * on the page then stays hidden).
   */
  placement: 'inline' | 'bottom' | 'epic' = 'inline';
  /**
   * A CSS height kept while the config loads (inline and epic; a bottom bar overlays the page): the height of the variant it will show, so the
   * page below does not jump. Once shown, the banner is as tall as its content, with no empty band.
   */
  reserve?: string;
  /** Leave the CTA URL without UTM parameters. */
  noUtm = false;
  /** `lazy` waits until the element nears the viewport before fetching (default `eager`). */
  loading: 'eager' | 'lazy' = 'eager';
  /** Where dismissals, views and the variant bucket are kept (default: local storage, safely wrapped). */
  storage?: SafeStorage;

  static override properties = {
    src: {},
    config: {attribute: false},
    message: {},
    heading: {},
    ctaLabel: {},
    ctaHref: {},
    goalRaised: {type: Number},
    goalTarget: {type: Number},
    currency: {},
    campaign: {},
    dismissDays: {type: Number},
    headingLevel: {type: Number},
    placement: {},
    reserve: {},
    noUtm: {type: Boolean},
    loading: {},
    storage: {attribute: false},
  };

  // Every update decides again, so the controller's own update request is all it needs.
  readonly #configResource = new ResourceController<CampaignConfig>(this, campaignLoader);
  /**
   * The page view's time. Deciding by it keeps the banner steady while it is
   * up: the view it just counted, or its own dismissal, only matter to the next page.
   */
  #pageViewTime?: number;
  #closed = false;
  /** Resolved in willUpdate, before every use. */
  #language!: string;
  /** The last decision: what shows (none once the reader has closed it), why nothing does, and whether a preview is on. */
  #decision?: Decision;
  /** The banner box under the view watch (the one on screen), if any. */
  #watchedBox?: Element;
  #viewed = false;
  readonly #bottomBar = new BottomBar();
  /** The banner box or the loading placeholder, built again only when what it shows changes (their keys never match). */
  readonly #box = new Kept<HTMLElement>();
  /** Console lines this banner has said: it decides again at every update, and says each once. */
  readonly #said = new Set<string>();

  readonly #readable = new ElementState<SupportBannerState>(this, this.internals);

  /** The campaign and variant on screen, if any. */
  get choice(): Choice | undefined {
    const outcome = this.#decision?.outcome;
    return typeof outcome === 'object' ? outcome : undefined;
  }

  /** `{preview: true}` while a preview is on, spread into every event's detail. */
  get #previewDetail(): {preview: true} | undefined {
    return this.#decision?.preview ? {preview: true} : undefined;
  }

  /**
   * `loading` (the config is on its way), `shown` (a banner is on screen) or `hidden`
   * (nothing to show, or closed); also the CSS custom state `:state(…)` and the `state` attribute.
   */
  get state(): SupportBannerState {
    return this.#readable.value;
  }

  /**
   * Resolves with the next state that is not `loading`: at once if the banner has settled
   * (after an update already requested, such as a new `src`), otherwise when it does.
   */
  whenSettled(): Promise<SupportBannerState> {
    return this.#readable.settled();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    pageBanners.add(this);
    document.addEventListener('keydown', this.#onKeydown);
    this.#follow();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    pageBanners.delete(this);
    document.removeEventListener('keydown', this.#onKeydown);
    this.#follow();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#language = resolveLang(this);
    if (changed.has('src') || changed.has('config') || changed.has('loading')) {
      this.#configResource.set(this.config ? undefined : this.src, {lazy: this.loading === 'lazy'});
    }
    // Closed by the reader, it decides no more.
    this.#readable.set(this.#closed ? 'hidden' : this.#decide());
  }

  /** Where the campaigns come from now: the `config` property, the attributes, or the `src` load. */
  #configSource(): ConfigSource {
    if (this.config || !this.src) {
      return {document: this.config || staticConfig(this, bannerStrings(this.#language).support), base: document.baseURI};
    }
    const resource = this.#configResource;
    if (resource.state === 'complete') return resource.value!;
    return resource.state === 'error' ? 'error' : 'waiting';
  }

  /** Decides what to show, and says which state that is. */
  #decide(): SupportBannerState {
    const previewId = pageParam('preview');
    this.#pageViewTime ??= Date.now();
    // At every decision, as the metas are read: a single-page app may add it later. A preview stores nothing.
    if (!previewId && pageMarksSupporter()) markSupporter(this.#pageViewTime, this.storage);
    const epicCampaigns = new Set<string>();
    for (const banner of pageBanners) if (banner.placement === 'epic' && banner.choice) epicCampaigns.add(banner.choice.campaign.id);
    const decision = decide({
      source: this.#configSource(),
      lang: this.#language,
      now: this.#pageViewTime,
      page: location,
      placement: this.placement,
      epicCampaigns,
      storage: this.storage,
      previewId,
      // Read at every decision, not once: a single-page app may add the meta before a later banner connects.
      suppressed: pageMeta('no-appeal'),
    });
    for (const message of decision.messages) this.#say(message);
    const previous = this.#decision?.outcome;
    this.#decision = decision;
    const outcome = decision.outcome;
    if (typeof outcome === 'object') return 'shown';
    if (outcome === 'waiting') return 'loading';
    // A reason is announced when it is new, not at every update that decides the same.
    if (outcome !== previous) {
      const assigned = decision.assigned;
      const detail: SupportBannerSkipDetail = {reason: outcome, ...(assigned && this.#choiceDetail(assigned)), ...this.#previewDetail};
      void this.updateComplete.then(() => emit(this, 'support-banner-skip', detail));
    }
    return 'hidden';
  }

  #say(message: ConsoleMessage): void {
    // Under newsroom-debug=1 every banner says its own decision and names itself; otherwise a line about the page is said once.
    const debugging = debugOn();
    if (message.debug && !debugging) return;
    const said = message.page && !debugging ? saidOnPage : this.#said;
    // A line is known by its text: no text of decide()'s comes at two levels.
    if (said.has(message.text)) return;
    said.add(message.text);
    if (debugging) {
      console[message.level]('[newsroom-widgets]', message.text, this);
    } else {
      console[message.level]('[newsroom-widgets]', message.text);
    }
  }

  /** The shown campaign and variant, as every event's detail starts. */
  #choiceDetail(choice: Choice): SupportBannerDetail {
    return {campaign: choice.campaign.id, variant: choice.variant.id, ...this.#previewDetail};
  }

  /**
   * Hides the banner and remembers it: for the campaign's `dismiss_days` (a close or Esc),
   * `remind_days` («Нагадати пізніше», default 3) or a year («Я вже підтримую»).
   */
  close(reason: DismissReason = 'close'): void {
    const choice = this.choice;
    if (!choice) return;
    const detail: SupportBannerDismissDetail = {reason, ...this.#choiceDetail(choice)};
    // Focus in the banner (or nowhere) would fall to <body> as the banner goes: it lands on
    // the empty host instead, where the banner was, and the next Tab goes on from there.
    if (this.#readerIsIdle()) {
      this.tabIndex = -1;
      this.focus({preventScroll: true});
    }
    if (!this.#previewDetail) {
      dismiss(choice.campaign, reason, Date.now(), this.storage);
    }
    this.#decision = undefined;
    // Closed for good in this element, and not announced as a skip: the dismiss event says it.
    this.#closed = true;
    this.requestUpdate();
    emit(this, 'support-banner-dismiss', detail);
  }

  readonly #onKeydown = (event: KeyboardEvent): void => {
    // Esc in a partner's form or dialog belongs to that form or dialog.
    if (event.key === 'Escape' && !event.defaultPrevented && this.placement === 'bottom' && this.#readerIsIdle()) this.close('escape');
  };

  /** The reader is in the banner or nowhere in particular (on <body>). */
  #readerIsIdle(): boolean {
    const active = document.activeElement;
    return !active || active === document.body || active === this;
  }

  #onClick(href: string): void {
    const choice = this.choice;
    if (!choice) return;
    const detail: SupportBannerClickDetail = {href, ...this.#choiceDetail(choice)};
    emit(this, 'support-banner-click', detail);
  }

  /** A view: half the box in view for one continuous second (once per element; the watch has ended). */
  #view(): void {
    const choice = this.choice;
    // Closed in that second, before the update that takes the box away.
    if (!choice) return;
    this.#viewed = true;
    if (!this.#previewDetail) recordView(choice.campaign, this.placement, Date.now(), this.storage);
    emit(this, 'support-banner-view', this.#choiceDetail(choice));
  }

  /**
   * After a connection, a leaving or an update: the box on screen (none while disconnected) gets the view
   * watch and, as a bottom bar, the page's padding; and the page's bottom bars decide again (#yieldBottomBars).
   */
  #follow(): void {
    const box = this.isConnected && this.choice ? this.#box.current : undefined;
    // A new banner box (or none) needs a new watch; a mere re-render keeps the running second.
    if (box !== this.#watchedBox) {
      if (this.#watchedBox) stopViewed(this.#watchedBox);
      this.#watchedBox = box;
      // Once viewed, no box is watched again.
      if (box && !this.#viewed) whenViewed(box, () => this.#view());
    }
    this.#bottomBar.follow(this.placement === 'bottom' ? box : undefined);
    this.#yieldBottomBars();
  }

  /**
   * Any banner but a bar may be an end-of-article appeal that showed a campaign or closed, has just
   * stopped being one, or is put back on the page (showing what it showed): the page's bars decide again.
   */
  #yieldBottomBars(): void {
    if (this.placement === 'bottom') return;
    for (const banner of pageBanners) {
      if (banner.placement === 'bottom') banner.requestUpdate();
    }
  }

  protected override updated(): void {
    this.#follow();
  }

  /** The banner box for a campaign's variant, as `key` in render() describes it. */
  #buildBox({campaign, variant}: Choice, href: string, headingLevel: number, deadline: string | undefined): HTMLElement {
    const strings = bannerStrings(this.#language);
    const goal = variant.goal;
    // A reached goal may have its own words, a thank-you in place of the ask.
    const paragraphs = goal?.reachedMessage && goalReached(goal) ? [goal.reachedMessage] : variant.message;
    const box = h(
      'section',
      {part: 'container', class: this.placement, 'aria-label': strings.bannerLabel},
      h(
        'div',
        {class: 'body'},
        variant.heading && h(`h${headingLevel}`, {part: 'heading'}, variant.heading),
        ...paragraphs.map((paragraph) => h('p', {part: 'message'}, paragraph)),
        goal ? goalBlock(goal, this.#language, strings, deadline) : deadline && h('p', {part: 'deadline'}, deadline),
        h(
          'div',
          {part: 'actions'},
          control('a', {part: 'cta', href, rel: 'noopener'}, variant.cta.label, () => this.#onClick(href)),
          campaign.remindLater && control('button', {part: 'remind', type: 'button'}, strings.remindLater, () => this.close('remind-later')),
          control('button', {part: 'already', type: 'button'}, strings.alreadySupport, () => this.close('already-support')),
        ),
      ),
      control('button', {part: 'close', type: 'button', 'aria-label': strings.close}, '×', () => this.close()),
    );
    return box;
  }

  protected override render(): Element | undefined {
    const choice = this.choice;
    if (!choice) {
      const reserve = this.reserve;
      if (this.state !== 'loading' || !reserve || this.placement === 'bottom') return undefined;
      return this.#box.get([reserve], () => placeholderBox(reserve));
    }
    const {campaign, variant} = choice;
    const href = this.noUtm ? variant.cta.url : withUtm(variant.cta.url, {medium: 'support-banner', campaign: campaign.id, content: variant.id, term: this.placement});
    const headingLevel = clampLevel(this.headingLevel, 2);
    const deadline = deadlineText(campaign, this.#pageViewTime!, this.#language);
    // Exactly what the box shows: an update that changes none of it keeps the box,
    // the focus in it and its running view second. The variant's texts and goal as JSON: a
    // static banner's variant is a new object at every update, with the same values.
    const shown = JSON.stringify([variant.heading, variant.message, variant.cta.label, variant.goal]);
    const key = [shown, href, deadline, campaign.remindLater, this.#language, this.placement, headingLevel];
    return this.#box.get(key, () => this.#buildBox(choice, href, headingLevel, deadline));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'support-banner': SupportBanner;
  }
  interface HTMLElementEventMap extends SupportBannerEventMap {}
}
