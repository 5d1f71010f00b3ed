import type {PropertyValues} from '@lit/reactive-element';
import {feedLoader} from '../../feed/index.js';
import {DEFAULT_MAX_AGE} from '../../data/loader.js';
import type {LoadError} from '../../data/load-error.js';
import type {Feed, FeedItem} from '../../feed/model.js';
import {limitOf, rankItems, type ItemStrategy, type ListStrategy, type Ranking, type SelectOptions} from '../../feed/select.js';
import {strings} from '../../i18n/strings.js';
import {defineElement} from '../../internal/define.js';
import {safeUrl} from '../../internal/safe-url.js';
import {stopViewed, whenViewed} from '../../internal/visibility.js';
import {VERSION} from '../../internal/version.js';
import {h, place, setAttrs} from '../dom.js';
import {debug} from '../../internal/debug.js';
import {ElementState} from '../element-state.js';
import {Kept, SharedCopy, sameKey} from '../kept.js';
import {CardHost} from '../article-card/card-host.js';
import {ResourceController} from '../resource-controller.js';
import {clampLevel} from '../heading.js';
import {emit} from '../events.js';
import {
  allLinkMarkup,
  cardItemsMarkup,
  footerMarkup,
  headingMarkup,
  listCardShape,
  listMarkup,
  messageMarkup,
  placeholderItemsMarkup,
  sectionAttrs,
} from './list-markup.js';
import {relatedArticlesStyles} from './related-articles.styles.js';

/** What a list shows: see `RelatedArticles.state`. */
export type RelatedArticlesState = 'loading' | 'complete' | 'empty' | 'error';

export interface RelatedArticlesLoadDetail {
  /** Cards rendered. */
  count: number;
  /** Items in the feed after validation, before `limit`, `category` and `exclude`. */
  total: number;
  /**
   * How the list was chosen: `related` (by `related-to`), `topics`, `latest` (no relevance asked,
   * or too few matches with `fallback="latest"`) or `hide` (too few matches with `fallback="hide"`).
   */
  strategy: ListStrategy;
  src: string;
}

export interface RelatedArticlesErrorDetail {
  /** The error message (also printed to the console). */
  error: string;
  /** 'network' | 'timeout' | 'http' | 'too-large' | 'not-a-feed' | 'parse' */
  kind: string;
  /** HTTP status when the server answered, else undefined. */
  status?: number;
  src: string;
}

export interface RelatedArticlesClickDetail {
  /** The item's id in the feed. */
  id: string;
  /** The URL as followed (with its UTM tags). */
  url: string;
  /** 1-based place of the card among those shown. */
  position: number;
  /** Why the card was listed: `related` (by `related-to`), `topics`, `latest` or `pinned` (an editors' pick). */
  strategy: ItemStrategy;
  src: string;
}

export interface RelatedArticlesViewDetail {
  /** Ids of the cards shown, in order. */
  ids: string[];
  src: string;
}

export interface RelatedArticlesEventMap {
  'related-articles-load': CustomEvent<RelatedArticlesLoadDetail>;
  'related-articles-error': CustomEvent<RelatedArticlesErrorDetail>;
  'related-articles-click': CustomEvent<RelatedArticlesClickDetail>;
  'related-articles-view': CustomEvent<RelatedArticlesViewDetail>;
}

/**
 * The last short list built (placeholders or cards), for the next list with the same key to copy:
 * lists on one feed with the same options show the same cards, and nothing in a list is tied to its
 * element (clicks are read from the DOM position). Long lists are not shared: a spare copy of them
 * would only hold memory.
 */
const listCopies = new SharedCopy<HTMLElement>();
/** The most placeholders a list shows while loading; lists of up to this many cards are shared. */
const MAX_PLACEHOLDERS = 12;

/**
 * Starts a loading list's pulse, if the list is still alive. One function for every list, its list
 * passed by the timer: a closure per list would be kept for the whole delay (see BENCHMARKS.md).
 */
function pulse(listRef: WeakRef<HTMLElement>): void {
  listRef.deref()?.classList.add('loading');
}

/**
 * The publisher's «Статті» block: a heading, N article cards from a feed, and a
 * «Всі статті» link. Light-DOM children are the fallback, shown before the
 * script runs, and again when the feed fails or nothing matches. The cards
 * have `<article-card>`'s markup and styles, so its custom properties apply.
 *
 * @summary A list of the publisher's latest articles from a JSON Feed, RSS or Atom URL.
 *
 * @fires related-articles-load - The cards shown changed: the feed arrived, or a new `limit`, `category`, `topics`… or a refreshed feed shows other cards (count 0: nothing matched). `detail: {count, total, strategy, src}`; `strategy` is how the list was chosen: `related`, `topics`, `latest` or `hide`.
 * @fires related-articles-error - The feed could not be used. `detail: {error, kind, status, src}`.
 * @fires related-articles-click - A reader followed a card's link (pointer or keyboard), before navigation. `detail: {id, url, position, strategy, src}`; `strategy` is why the card was listed: `related`, `topics`, `latest` or `pinned`.
 * @fires related-articles-view - At least half of the element, with its cards, was in view (or, taller than the window, it filled half of it) for one continuous second (once per element). `detail: {ids, src}`.
 *
 * @attr {'light' | 'dark' | 'auto'} theme - Colour palette (property `theme`, reflected): `light` or `dark` forces one, `auto` follows the reader's `prefers-color-scheme`; without it the element follows the page's `color-scheme`.
 *
 * @cssstate loading - The feed is on its way (`:state(loading)` where the browser has custom states).
 * @cssstate complete - Cards are shown.
 * @cssstate empty - Nothing to show: no item matched, or no `src`.
 * @cssstate error - The feed could not be used.
 *
 * @slot - Fallback content (e.g. a plain link to the publisher), shown on error or when nothing matched.
 *
 * @csspart section - The labelled `<section>`.
 * @csspart heading - The heading («Статті»).
 * @csspart list - The `<ul>` of cards.
 * @csspart item - Each `<li>`.
 * @csspart card - Each card's `<article>` box.
 * @csspart category - A card's category label (a link when the feed gives a category URL).
 * @csspart time - A card's `<time>`, holding `date` and `clock`.
 * @csspart date - A card's date.
 * @csspart clock - A card's time of day (none for a date without one).
 * @csspart title - A card's heading.
 * @csspart link - The article link inside a card's title.
 * @csspart excerpt - A card's excerpt.
 * @csspart image - A card's image (with `images`).
 * @csspart sponsored - The «sponsored» label of a partner item.
 * @csspart footer - The row holding the «all articles» link.
 * @csspart all-link - The «Всі статті» link.
 * @csspart message - The built-in empty/error text, when there is no fallback content.
 *
 * @cssproperty --newsroom-gap - Space between heading, cards and link (default 1em).
 * @cssproperty --newsroom-heading-size - Heading font size (default 1.5em).
 * @cssproperty --newsroom-heading-color - Heading colour.
 * @cssproperty --newsroom-card-min-width - Narrowest card in the grid layout (default 14em); one card is never left alone on a row (three cards: three columns or one).
 * @cssproperty --newsroom-skeleton-color - Placeholder colour while loading.
 * @cssproperty --newsroom-block-margin - Margin above and below the block (default 1.5em).
 * @cssproperty --newsroom-font - Font family (default: the system UI font).
 * @cssproperty --newsroom-font-size - Base font size (default `medium`: the reader's browser setting; every size inside is in em).
 * @cssproperty --newsroom-color - Text colour.
 * @cssproperty --newsroom-accent - Accent colour: categories, the «all articles» link, the focus ring.
 * @cssproperty --newsroom-focus-color - Focus outline colour (default: the accent).
 * @cssproperty --newsroom-link-color - The category links' and «Всі статті»'s colour (default: the accent; a title link has `--newsroom-title-color`).
 * @cssproperty --newsroom-gap-small - Space between the parts of a card (default 0.375em).
 * @cssproperty --newsroom-muted-color - Date and time colour.
 * @cssproperty --newsroom-title-color - Title colour.
 * @cssproperty --newsroom-excerpt-color - Excerpt colour.
 * @cssproperty --newsroom-card-background - Card background.
 * @cssproperty --newsroom-card-border - Card border.
 * @cssproperty --newsroom-card-padding - Card padding.
 * @cssproperty --newsroom-radius - Corner radius.
 * @cssproperty --newsroom-title-lines - Clamps titles to this many lines and reserves them (default: whole titles up to five lines, three reserved).
 * @cssproperty --newsroom-excerpt-lines - Lines reserved for the excerpt, which also takes the whole lines a title leaves and ends with «…» where cut (default 3; 0 hides excerpts).
 * @cssproperty --newsroom-image-ratio - Image aspect ratio, with `images` (default 16 / 9).
 */
export class RelatedArticles extends CardHost implements SelectOptions {
  static readonly version = VERSION;
  // The cards are rendered in this shadow root (see cardMarkup), so their stylesheet is adopted here too.
  static override styles = relatedArticlesStyles;

  /** Register under `tag` (default `related-articles`). Never throws; warns on a version clash. */
  static define(tag = 'related-articles'): void {
    defineElement(tag, this);
  }

  /** Feed URL: JSON Feed 1.x, RSS 2.0/1.0 or Atom 1.0. Relative URLs resolve against the page. */
  src?: string;
  /** How many cards at most (default 3). */
  limit = 3;
  /** Heading text (default «Статті» in uk, "Articles" in en). An empty attribute hides the heading. */
  heading?: string;
  /** Level of the heading, 1–6 (default 2); cards use the next level. */
  headingLevel = 2;
  /** Only items with this tag or category (case-insensitive). */
  category?: string;
  /** An article URL or id not to list (e.g. the one being read). Space-separated for several. */
  exclude?: string;
  /** Categories (or tags) never to list, comma-separated, case-insensitive (e.g. «Реклама»). */
  excludeCategory?: string;
  /**
   * The URL or id of the article being read (on the publisher's own site): list the items that
   * share the most with it (its tags and category first, then words of its title), never the
   * article itself. When the article is not in the feed, `topics` (if any) ranks the list instead.
   */
  relatedTo?: string;
  /**
   * Comma-separated words or phrases for a partner's page («Покровськ, енергетика»): items are
   * ranked by how well their tags and category (most), title, then summary match them. Case- and
   * apostrophe-insensitive, and Ukrainian and English word forms match («Покровськ» finds «під Покровськом»).
   */
  topics?: string;
  /** Days for a match's rank to halve with age, with `related-to` or `topics` (default 30): among equal matches, newer first. */
  freshness?: number;
  /** Only items published within this many days (undated items then never), with or without relevance. */
  maxDays?: number;
  /** With `related-to` or `topics`: when fewer items than this match (default 1), the `fallback` applies. */
  minRelated?: number;
  /**
   * Too few matches: `latest` (default) fills the list with the newest items; `hide` shows the
   * empty state (the fallback content) instead of any card.
   */
  fallback: 'latest' | 'hide' = 'latest';
  /** «All articles» link URL (default: the feed's `home_page_url`). */
  allHref?: string;
  /** «All articles» link text (default «Всі статті»). */
  allLabel?: string;
  /** Show article images (each card reserves a 16:9 box). */
  images = false;
  /** `lazy` waits until the element nears the viewport before fetching (default `eager`). */
  loading: 'eager' | 'lazy' = 'eager';
  /** Seconds a fetched feed is reused without a new request (default 300). */
  maxAge = DEFAULT_MAX_AGE / 1000;
  /** Milliseconds before a feed request is given up (default 8000). */
  timeout?: number;

  static override properties = {
    src: {},
    limit: {type: Number},
    heading: {},
    headingLevel: {type: Number},
    category: {},
    exclude: {},
    excludeCategory: {},
    relatedTo: {},
    topics: {},
    freshness: {type: Number},
    maxDays: {type: Number},
    minRelated: {type: Number},
    fallback: {},
    allHref: {},
    allLabel: {},
    images: {type: Boolean},
    loading: {},
    maxAge: {type: Number},
    timeout: {type: Number},
  };

  readonly #feed = new ResourceController<Feed>(this, feedLoader);
  /** The items whose cards are on screen (none while loading) with why each is there, and how the list was chosen. */
  #shown: Ranking = {items: [], strategy: 'latest'};
  /** The items the last `related-articles-load` announced. */
  #announcedItems?: FeedItem[];
  /** The failure the last `related-articles-error` announced. */
  #announcedError?: LoadError<string>;
  readonly #state = new ElementState<RelatedArticlesState>(this, this.internals);

  /**
   * `loading` (the feed is on its way), `complete` (cards shown), `empty` (nothing to show: no
   * item matched, or no `src`) or `error` (the feed could not be used); also the CSS custom
   * state `:state(…)` and the `state` attribute, for styles such as `[state=empty] {display: none}`.
   */
  get state(): RelatedArticlesState {
    return this.#state.value;
  }

  /**
   * Resolves with the next state that is not `loading`: at once if the list has settled (after an
   * update already requested, such as a new `src`), otherwise when it does.
   */
  whenSettled(): Promise<RelatedArticlesState> {
    return this.#state.settled();
  }
  #watchingView = false;
  #viewed = false;
  // The parts of the shadow DOM, each built again only when what it shows changes (see kept.ts).
  /** Built once (or taken over from the server, see adoptServerNode) and updated in place: plain fields, not Kept. */
  #section?: HTMLElement;
  readonly #heading_ = new Kept<HTMLElement>();
  readonly #cards = new Kept<HTMLElement>();
  readonly #message = new Kept<HTMLElement>();
  #footer?: HTMLElement | null;
  readonly #allLink = new Kept<HTMLElement>();
  /**
   * The parts of a server-rendered shadow root (src/server/), kept on screen until the feed
   * confirms them (then they stay: the same nodes) or replaces them once.
   */
  #server?: {heading: Element | null; body?: HTMLElement | null; allLink: Element | null};

  protected override adoptsLateServerNode(): boolean {
    // Until the feed is in, the server's cards are better than placeholders.
    return this.#feed.state !== 'complete';
  }

  protected override adoptServerNode(section: Element): void {
    super.adoptServerNode(section);
    if (section.localName !== 'section') return;
    // The section and footer are the server's from now on; the parts inside them once the feed confirms
    // them. A part this element has already built (a late server root comes after a first render) stays
    // kept: it is what its key shows, as the server's copy is, and only ours has been on screen.
    this.#section = section as HTMLElement;
    this.#footer = section.querySelector<HTMLElement>(':scope > footer');
    this.#server = {
      heading: section.querySelector(':scope > [part~=heading]'),
      // The cards' list, or the empty state's slot when nothing matched on the server.
      body: section.querySelector<HTMLElement>(':scope > ul, :scope > slot'),
      allLink: section.querySelector(':scope > footer > [part~=all-link]'),
    };
  }

  protected followed(link: HTMLAnchorElement): void {
    const li = link.closest('li');
    const position = li?.parentNode ? [...li.parentNode.children].indexOf(li) + 1 : 0;
    const shown = this.#shown.items[position - 1];
    if (!shown) return;
    const detail: RelatedArticlesClickDetail = {id: shown.item.id, url: link.href, position, strategy: shown.strategy, src: this.src ?? ''};
    emit(this, 'related-articles-click', detail);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    stopViewed(this);
    this.#watchingView = false;
  }

  protected override updated(): void {
    this.#announceError();
    this.#announceCards();
    // Viewability is watched only once real cards are on screen, never placeholders.
    if (this.#viewed || this.#watchingView || this.#shown.items.length === 0) return;
    this.#watchingView = true;
    whenViewed(this, RelatedArticles.#onViewed);
  }

  /**
   * The view watch's callback: one function for every list, not a closure per list, because a page of a
   * hundred lists keeps a hundred watches (BENCHMARKS.md, "JS heap per widget").
   */
  static #onViewed(list: Element): void {
    (list as RelatedArticles).#seen();
  }

  /** Half the list was in view for a second. */
  #seen(): void {
    this.#viewed = true;
    const detail: RelatedArticlesViewDetail = {ids: this.#shown.items.map((ranked) => ranked.item.id), src: this.src ?? ''};
    emit(this, 'related-articles-view', detail);
  }

  /** Fetch the feed again now, bypassing the kept copy. */
  refresh(): void {
    this.#feed.refresh();
  }

  /**
   * The items the element shows: editors' picks, then by `related-to` or `topics` (with their
   * `fallback`), else the newest; after `category`, `exclude`, `exclude-category`, `max-days` and `limit`.
   */
  get items(): FeedItem[] {
    return rankItems(this.#feed.value?.items ?? [], this).items.map((ranked) => ranked.item);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('src') || changed.has('loading') || changed.has('maxAge') || changed.has('timeout')) {
      this.#feed.set(this.src, {
        lazy: this.loading === 'lazy',
        maxAge: Number.isFinite(this.maxAge) && this.maxAge >= 0 ? this.maxAge * 1000 : DEFAULT_MAX_AGE,
        timeout: this.timeout && this.timeout > 0 ? this.timeout : undefined,
      });
    }
  }

  /** `related-articles-error` once per failure, after the render that shows the error state. */
  #announceError(): void {
    // The controller holds an error only in its error state.
    const failure = this.#feed.error;
    if (!failure || failure === this.#announcedError) return;
    this.#announcedError = failure;
    const detail: RelatedArticlesErrorDetail = {error: failure.message, kind: failure.kind, status: failure.status, src: this.src ?? ''};
    emit(this, 'related-articles-error', detail);
  }

  /**
   * `related-articles-load` whenever the cards shown change: the feed arrived, or a new `limit`,
   * `category`, `topics`… or a refreshed feed shows other items (none: count 0, the empty state).
   */
  #announceCards(): void {
    if (this.#feed.state !== 'complete') return;
    const shown = this.#shown.items.map((ranked) => ranked.item);
    if (sameKey(this.#announcedItems, shown)) return;
    this.#announcedItems = shown;
    const detail: RelatedArticlesLoadDetail = {count: shown.length, total: this.#feed.value?.items.length ?? 0, strategy: this.#shown.strategy, src: this.src ?? ''};
    emit(this, 'related-articles-load', detail);
  }

  /** The loading list: `count` empty card boxes of the cards' height (see placeholderMarkup). */
  #placeholderList(count: number): HTMLElement {
    const previous = this.#cards.current;
    const list = this.#list([true, count, this.images], () => placeholderItemsMarkup(h, count, this.images));
    // Not the list kept from the last render: one just built or copied, whose pulse has not been started.
    if (list !== previous) {
      // Placeholders pulse only once a feed is slow: most arrive within the second, and starting
      // every list's animation at once costs the first style (see BENCHMARKS.md). A weak reference:
      // the timer must not keep a removed element's tree alive.
      setTimeout(pulse, 1000, new WeakRef(list));
    }
    return list;
  }

  /**
   * The kept list for `key`; else the server-rendered list, when it is exactly what this key shows;
   * else a copy of another element's list with that key; else a new one.
   */
  #list(key: unknown[], buildItems: () => HTMLElement[]): HTMLElement {
    if (this.#cards.has(key)) return this.#cards.current!;
    const buildList = () => listMarkup(h, buildItems());
    const serverBody = this.#server?.body;
    // Cards replace a server list only in a render that does not show it, which then lets the server's parts go.
    if (serverBody && !key[0]) return this.#cards.adopt(key, serverBody, buildList);
    const copied = listCopies.copyTo(this.#cards, key);
    if (copied) return copied;
    const list = buildList();
    if (list.children.length <= MAX_PLACEHOLDERS) listCopies.keep(key, list);
    this.#cards.keep(key, list);
    return list;
  }

  protected override render(): Element {
    const t = strings(this.resolvedLang);
    const {state, value: feed} = this.#feed;
    // The items to show with why each is there, and how the list was chosen. The element is its own
    // selection options (`implements SelectOptions`): its properties have the options' names and
    // meanings, so the selection reads them as they are, with ages measured from now.
    const ranking = rankItems(feed?.items ?? [], this);
    const items = ranking.items.map((ranked) => ranked.item);
    // Empty: no item matched, or there is no `src` to load. Items come only from a feed, which the
    // controller holds only in its complete state.
    let readable: RelatedArticlesState = 'empty';
    if (state === 'pending' || (state === 'initial' && this.src)) readable = 'loading';
    else if (state === 'error') readable = 'error';
    else if (items.length > 0) readable = 'complete';
    const pending = readable === 'loading';
    const headingText = this.heading ?? t.articlesHeading;
    const headingLevel = clampLevel(this.headingLevel, 2);
    const allHref = safeUrl(this.allHref, document.baseURI) ?? feed?.homePageUrl;
    const server = this.#server;
    // The server-rendered cards (or its empty state), if they stay on screen: they stay as they are until the
    // feed confirms or replaces them, and a feed that fails here leaves them up, as a failed refresh leaves a stale copy.
    const serverBody = (pending || readable === 'error') && server?.body;

    let body: Element;
    // No cards of this feed on screen but in the `complete` branch.
    this.#shown = {items: [], strategy: ranking.strategy};
    if (serverBody) {
      body = serverBody;
    } else if (pending) {
      body = this.#placeholderList(Math.min(limitOf(this.limit), MAX_PLACEHOLDERS));
    } else if (readable === 'complete') {
      this.#shown = ranking;
      // The `<ul>` of cards, kept while nothing it shows has changed, so an unrelated update (an event, a
      // `heading` change, a refresh that brings the same items) neither rebuilds the cards nor moves the
      // reader's focus out of them. The cards' titles are one heading level below the list's.
      const options = this.cardOptions(listCardShape(headingLevel, this.images, feed?.icon));
      body = this.#list([false, JSON.stringify(options), ...items], () => cardItemsMarkup(h, items, options));
    } else {
      // With a `category`, an empty list says none is in that category, not «no articles yet».
      const category = this.category?.trim();
      let text = t.emptyArticles;
      if (readable === 'error') text = t.errorArticles;
      else if (category) text = t.emptyCategory(category);
      body = this.#message.adopt([text], server?.body, () => messageMarkup(h, text));
    }
    if (this.#state.value !== readable) debug(this, readable, `${items.length} of ${feed?.items.length ?? 0} items`);
    this.#state.set(readable);
    // Built once (unless the server's were taken over) and updated in place: their attributes are set and
    // their children placed below. Returning the same node costs nothing (see WidgetElement.update).
    this.#section ??= h('section', {});
    this.#footer ??= footerMarkup(h);
    setAttrs(this.#section, sectionAttrs(headingText, t.articlesHeading, pending && !serverBody));
    const heading =
      !!headingText && this.#heading_.adopt([headingLevel, headingText], server?.heading, () => headingMarkup(h, headingLevel, headingText));
    place(this.#section, heading, body, this.#footer);
    let allLink: Element | null | undefined;
    if (serverBody) {
      // The server's list stays only while there is no feed (loading, or failed), and the link's URL may
      // come from the feed: the server's link stays with its list.
      allLink = server?.allLink;
    } else if (allHref && readable === 'complete') {
      const allLabel = this.allLabel || t.allArticles;
      allLink = this.#allLink.adopt([allHref, this.linkTarget, allLabel], server?.allLink, () => allLinkMarkup(h, allHref, this.linkTarget, allLabel));
    }
    place(this.#footer, allLink);
    if (!serverBody) this.#server = undefined;
    return this.#section;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'related-articles': RelatedArticles;
  }
  interface HTMLElementEventMap extends RelatedArticlesEventMap {}
}
