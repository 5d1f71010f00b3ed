import type {PropertyValues} from '@lit/reactive-element';
import {choose, preview, type Choice, type SkipReason} from '../../campaign/choose.js';
import {campaignLoader} from '../../campaign/loader.js';
import {dismiss, forget, recordView, SUPPORTER_DAYS} from '../../campaign/memory.js';
import {parseConfig, staticConfig, type CampaignConfig, type CampaignGoal} from '../../campaign/model.js';
import {formatMoney} from '../../i18n/format.js';
import {resolveLang} from '../../i18n/lang.js';
import {strings} from '../../i18n/strings.js';
import {defineElement} from '../../internal/define.js';
import {withUtm} from '../../internal/utm.js';
import {ResourceController} from '../resource-controller.js';
import type {SafeStorage} from '../../internal/safe-storage.js';
import {VERSION} from '../../internal/version.js';
import {stopViewed, whenViewed} from '../../internal/visibility.js';
import {h} from '../dom.js';
import {emit} from '../events.js';
import {clampLevel} from '../heading.js';
import {baseStyles} from '../shared.styles.js';
import {bannerStyles} from './support-banner.styles.js';
import {WidgetElement} from '../widget-element.js';

export type {SkipReason} from '../../campaign/choose.js';
export type DismissReason = 'close' | 'escape' | 'already-support';

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
  /** Present, and true, while an editor's `newsroom-preview` is on. */
  preview?: true;
}

/** An editor's `newsroom-…` parameter in the page URL (none in Node, where `define` may be imported). */
const param = (name: string) => new URLSearchParams(globalThis.location?.search).get('newsroom-' + name);
/** The preview's console line is said once per page, however many banners there are. */
let previewSaid = false;

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
 * page URL shows that campaign (its first variant, or the one named) on every
 * banner whatever its schedule, language, caps or dismissal, stores nothing, and
 * marks every event `detail.preview: true`; an unknown id shows nothing and logs
 * the ids there are. `newsroom-reset=1` (when the element is defined) or
 * `SupportBanner.resetMemory()` forgets this site's dismissals, views and
 * buckets. `<meta name="newsroom-widgets" content="no-appeal">` in the page
 * keeps every banner hidden (skip reason `suppressed`), and wins over a preview.
 *
 * While a bottom bar shows it sets the page's `scroll-padding-bottom` and
 * `padding-bottom` (on `<html>`) to its height, so focus is never hidden under
 * it, and restores them when it goes. Closed by the reader, it leaves focus on
 * the host (`tabindex="-1"`), where it was, not on `<body>`.
 *
 * @summary A reader-support banner with scheduled, weighted campaigns and a remembered dismissal.
 *
 * @fires support-banner-view - The banner was at least half visible for one continuous second (once per element). `detail: {campaign, variant, preview?}`.
 * @fires support-banner-click - The CTA was followed. `detail: {campaign, variant, href, preview?}`.
 * @fires support-banner-dismiss - The reader closed the banner. `detail: {reason: 'close' | 'escape' | 'already-support', campaign, variant, preview?}`.
 * @fires support-banner-skip - Nothing is shown. `detail: {reason: 'no-campaign' | 'dismissed' | 'capped' | 'error' | 'suppressed', preview?}`. Every event's `preview` is `true` while `newsroom-preview` is on, and absent otherwise.
 *
 * @attr {'light' | 'dark' | 'auto'} theme - Colour palette (property `theme`, reflected): `light` or `dark` forces one, `auto` follows the reader's `prefers-color-scheme`; without it the element follows the page's `color-scheme`.
 *
 * @csspart container - The labelled region (the banner box; fixed to the viewport with `placement="bottom"`).
 * @csspart heading - The variant's heading, when it has one (`<h2>`, or the `heading-level`).
 * @csspart message - The appeal text.
 * @csspart actions - The row holding the CTA and «Я вже підтримую».
 * @csspart cta - The CTA link, styled as a button.
 * @csspart already - The «Я вже підтримую» button.
 * @csspart close - The close button («Закрити»).
 * @csspart goal - The goal block (bar and label).
 * @csspart goal-bar - The progress bar track (`role="progressbar"`).
 * @csspart goal-fill - The filled part of the bar.
 * @csspart goal-label - The amounts, e.g. «182 500 ₴ з 300 000 ₴».
 * @csspart placeholder - The box kept while the config loads (only with `reserve`).
 *
 * @cssproperty --newsroom-font - Font family (default: the system UI font).
 * @cssproperty --newsroom-font-size - Base font size (default `medium`: the reader's browser setting).
 * @cssproperty --newsroom-color - Text colour.
 * @cssproperty --newsroom-link-color - Link colour (default: inherited).
 * @cssproperty --newsroom-focus-color - Focus outline colour (default: the accent).
 * @cssproperty --newsroom-accent - CTA background and goal fill (default #0057b8).
 * @cssproperty --newsroom-accent-contrast - CTA text colour (default #fff).
 * @cssproperty --newsroom-banner-background - Banner background (default #fff4d1).
 * @cssproperty --newsroom-banner-padding - Banner padding (default .75em 1em).
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
    if (param('reset') == '1') forget();
  }

  /**
   * Forgets this site's banner memory (every campaign's dismissal, view count
   * and variant bucket in local storage), as `newsroom-reset=1` in the page
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
  /** `inline` (in the page flow) or `bottom` (a bar fixed to the bottom of the viewport). */
  placement: 'inline' | 'bottom' = 'inline';
  /** A CSS height kept while the config loads, and the shown banner's minimum height, so the page below does not jump (inline only). */
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
    ctaLabel: {attribute: 'cta-label'},
    ctaHref: {attribute: 'cta-href'},
    goalRaised: {attribute: 'goal-raised', type: Number},
    goalTarget: {attribute: 'goal-target', type: Number},
    currency: {},
    campaign: {},
    dismissDays: {attribute: 'dismiss-days', type: Number},
    headingLevel: {attribute: 'heading-level', type: Number},
    placement: {},
    reserve: {},
    noUtm: {attribute: 'no-utm', type: Boolean},
    loading: {},
    storage: {attribute: false},
  };

  // Every update re-runs the choice, so the controller's own update request is all it needs.
  private readonly res = new ResourceController<CampaignConfig>(this, campaignLoader);
  /**
   * The page view's time. Choosing by it keeps the banner steady while it is
   * up: the view it just counted, or its own dismissal, only matter to the next page.
   */
  private t0?: number;
  private closed = false;
  private waiting = false;
  private lang_ = 'uk';
  private shown?: Choice;
  /** `{preview: true}` while a preview is on, spread into every event's detail. */
  private mark?: {preview: true};
  private skipped?: SkipReason;
  private box?: Element | null;
  /** While the bottom bar shows: its size watcher, and the page's own inline scroll-padding-bottom and padding-bottom to put back. */
  private sizer?: ResizeObserver;
  private padding?: string[];
  private viewed = false;
  /** The loading placeholder, and the banner last built with what it shows (see render). */
  private placeholder?: HTMLElement;
  private kept?: [string, HTMLElement];

  /** The campaign and variant on screen, if any. */
  get choice(): Choice | undefined {
    return this.shown;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.lang_ = resolveLang(this);
    document.addEventListener('keydown', this.onKey);
    if (this.hasUpdated) {
      this.watch();
      this.pad(true);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('keydown', this.onKey);
    this.unwatch();
    this.pad(false);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.lang_ = resolveLang(this);
    if (changed.has('src') || changed.has('config') || changed.has('loading')) {
      this.res.set(this.config ? undefined : this.src, {lazy: this.loading === 'lazy'});
    }
    if (!this.closed) this.decide();
  }

  private decide(): void {
    const id = param('preview');
    this.mark = id ? {preview: true} : undefined;
    let result: Choice | SkipReason | undefined = 'error';
    let config: CampaignConfig | undefined;
    // Read at every decision, not once: a single-page app may add the meta before a later banner connects.
    if (document.querySelector('meta[name=newsroom-widgets][content~=no-appeal]')) {
      result = 'suppressed';
    } else if (this.config || !this.src) {
      const doc = this.config ?? staticConfig(this, strings(this.lang_).support);
      try {
        const parsed = parseConfig(doc, document.baseURI);
        if (parsed.warnings.length) console.warn('[newsroom-widgets]', ...parsed.warnings);
        config = parsed.value;
      } catch (e) {
        console.error('[newsroom-widgets]', (e as Error).message);
      }
    } else if (this.res.state === 'complete') {
      config = this.res.value;
    } else if (this.res.state !== 'error') {
      result = undefined;
    }
    if (config && id) {
      // An editor's preview: shown whatever the schedule, language, caps or memory, and nothing is stored.
      result = preview(config, id);
      if (result) {
        previewSaid ||= (console.info('[newsroom-widgets]', `Preview ${id}: nothing stored`), true);
      } else {
        // Once per banner (decide runs at every update).
        const ids = config.campaigns.flatMap((c) => c.variants.map((v) => `${c.id}:${v.id}`));
        if (this.skipped != 'no-campaign') console.error('[newsroom-widgets]', `No campaign ${id} to preview, only ${ids}`);
        result = 'no-campaign';
      }
    } else if (config) {
      result = choose(config, this.lang_, (this.t0 ??= Date.now()), this.storage);
    }
    this.shown = typeof result === 'object' ? result : undefined;
    this.waiting = !result;
    if (typeof result === 'string' && result !== this.skipped) {
      const detail: SupportBannerSkipDetail = {reason: result, ...this.mark};
      void this.updateComplete.then(() => emit(this, 'support-banner-skip', detail));
    }
    this.skipped = typeof result === 'string' ? result : undefined;
  }

  private ids(): SupportBannerDetail {
    return {campaign: this.shown!.campaign.id, variant: this.shown!.variant.id, ...this.mark};
  }

  /** Hides the banner and remembers it (a year for «I already support»). */
  close(reason: DismissReason = 'close'): void {
    const shown = this.shown;
    if (!shown) return;
    const detail: SupportBannerDismissDetail = {reason, ...this.ids()};
    // Focus in the banner (or nowhere) would fall to <body> as the banner goes: it lands on
    // the empty host instead, where the banner was, and the next Tab goes on from there.
    if (this.idle()) {
      this.tabIndex = -1;
      this.focus({preventScroll: true});
    }
    if (!this.mark) dismiss(shown.campaign.id, reason === 'already-support' ? SUPPORTER_DAYS : shown.campaign.dismissDays, Date.now(), this.storage);
    this.shown = undefined;
    // Closed for good in this element, and not announced as a skip: the dismiss event says it.
    this.closed = true;
    this.requestUpdate();
    emit(this, 'support-banner-dismiss', detail);
  }

  private onKey = (e: KeyboardEvent): void => {
    // Focus moves after keydown: look once it has.
    if (e.key == 'Tab' && this.padding) setTimeout(() => this.clear());
    // Esc in a partner's form or dialog belongs to that form or dialog.
    if (e.key === 'Escape' && !e.defaultPrevented && this.placement === 'bottom' && this.idle()) this.close('escape');
  };

  /** The reader is in the banner or nowhere in particular (on <body>). */
  private idle(): boolean {
    const active = document.activeElement;
    return !active || active == document.body || active == this;
  }

  private onClick(href: string): void {
    const detail: SupportBannerClickDetail = {href, ...this.ids()};
    emit(this, 'support-banner-click', detail);
  }

  /** A view: half the box in view for one continuous second (once per element). */
  private watch(): void {
    if (!this.viewed && this.box) whenViewed(this.box, () => this.view());
  }

  private unwatch(): void {
    if (this.box) stopViewed(this.box);
  }

  private view(): void {
    const shown = this.shown;
    this.unwatch();
    if (!shown || this.viewed) return;
    this.viewed = true;
    if (!this.mark) recordView(shown.campaign, Date.now(), this.storage);
    const detail = this.ids();
    emit(this, 'support-banner-view', detail);
  }

  protected override updated(): void {
    // Sizes go through the CSSOM, not a style attribute, so a strict CSP without 'unsafe-inline' allows them.
    const root = this.renderRoot;
    // The reserved height stays the banner's minimum once it shows: a variant
    // shorter than the reservation then moves nothing below it.
    const reserve = root.querySelector<HTMLElement>('.reserve');
    if (reserve) reserve.style.height = this.reserve!;
    const inline = root.querySelector<HTMLElement>('.inline');
    if (inline && this.reserve) inline.style.minHeight = this.reserve;
    const goal = this.shown?.variant.goal;
    if (goal) root.querySelector<HTMLElement>('.fill')!.style.width = `${Math.min(100, (goal.raised / goal.target) * 100)}%`;
    // A new banner box (or none) needs a new observer; a mere re-render keeps the running second.
    const box = root.querySelector('section');
    if (box !== this.box) {
      this.unwatch();
      this.box = box;
      this.watch();
      this.pad(true);
    }
  }

  /**
   * While the bottom bar shows, the page's scroll padding is its height, so an
   * element the reader tabs to is scrolled clear of it, never hidden under it
   * (WCAG 2.4.11), and the page has as much padding below its end, so its last
   * line can scroll clear too (space added after everything: nothing moves).
   * `pad(false)`, or a bar that went, puts the page's own values back exactly.
   */
  private pad(on: boolean): void {
    const bar = on && this.placement == 'bottom' && this.box;
    const style = document.documentElement.style;
    this.sizer?.disconnect();
    if (this.padding) [style.scrollPaddingBottom, style.paddingBottom] = this.padding;
    this.padding = bar ? [style.scrollPaddingBottom, style.paddingBottom] : undefined;
    if (bar) (this.sizer = new ResizeObserver(() => (style.scrollPaddingBottom = style.paddingBottom = `${bar.getBoundingClientRect().height}px`))).observe(bar);
  }

  /** Firefox does not scroll to a focused element partly in view: after a Tab, one under the bar is scrolled clear. */
  private clear(): void {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (el && el.getRootNode() != this.renderRoot && el.getBoundingClientRect().bottom > this.box!.getBoundingClientRect().top) el.scrollIntoView(false);
  }

  private goal(g: CampaignGoal): HTMLElement {
    const money = (n: number) => formatMoney(n, g.currency, this.lang_);
    const t = strings(this.lang_);
    const label = t.goalOf.replace('{raised}', money(g.raised)).replace('{target}', money(g.target));
    // Read once, as «Зібрано, 182 500 ₴ з 300 000 ₴»: the bar carries name and value, the visible amounts are not read again.
    return h(
      'div',
      {part: 'goal'},
      h(
        'div',
        {part: 'goal-bar', role: 'progressbar', 'aria-label': t.raised, 'aria-valuemin': '0', 'aria-valuemax': String(g.target), 'aria-valuenow': String(Math.min(g.raised, g.target)), 'aria-valuetext': label},
        h('div', {part: 'goal-fill', class: 'fill'}),
      ),
      h('div', {part: 'goal-label', 'aria-hidden': 'true'}, label),
    );
  }

  /** A button or link that does `act` when followed. */
  private control(tag: string, attrs: Record<string, string | undefined>, text: string, act: () => void): HTMLElement {
    const el = h(tag, attrs, text);
    el.onclick = act;
    return el;
  }

  protected override render(): Element | undefined {
    const t = strings(this.lang_);
    const shown = this.shown;
    if (!shown) {
      return this.waiting && this.reserve && this.placement !== 'bottom' ? (this.placeholder ??= h('div', {part: 'placeholder', class: 'reserve'})) : undefined;
    }
    const {campaign: c, variant: v} = shown;
    const href = this.noUtm ? v.cta.url : withUtm(v.cta.url, {medium: 'support-banner', campaign: c.id, content: v.id});
    // Built again only when what it shows changes: a mere update keeps the box, the focus in it and its running view second.
    const key = JSON.stringify([v, href, this.lang_, this.placement, this.headingLevel]);
    if (this.kept?.[0] === key) return this.kept[1];
    const section = h(
      'section',
      {part: 'container', class: this.placement, 'aria-label': t.bannerLabel},
      h(
        'div',
        {class: 'body'},
        !!v.heading && h(`h${clampLevel(this.headingLevel, 2)}`, {part: 'heading'}, v.heading),
        h('p', {part: 'message'}, v.message),
        !!v.goal && this.goal(v.goal),
        h(
          'div',
          {part: 'actions'},
          this.control('a', {part: 'cta', href, rel: 'noopener'}, v.cta.label, () => this.onClick(href)),
          this.control('button', {part: 'already', type: 'button'}, t.alreadySupport, () => this.close('already-support')),
        ),
      ),
      this.control('button', {part: 'close', type: 'button', 'aria-label': t.close}, '×', () => this.close()),
    );
    this.kept = [key, section];
    return section;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'support-banner': SupportBanner;
  }
  interface HTMLElementEventMap extends SupportBannerEventMap {}
}
