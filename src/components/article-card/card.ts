import type {FeedItem} from '../../feed/model.js';
import type {ArticleCard} from './article-card.js';
import {normalizeItem} from '../../feed/normalize.js';
import {formatDate, formatTime, spokenDate} from '../../i18n/format.js';
import {strings} from '../../i18n/strings.js';
import {withUtm} from '../../internal/utm.js';
import type {Build} from '../dom.js';

/**
 * How a card is shown, apart from the article itself. Every option changes a card's markup, and all
 * of them are plain data (strings, numbers, booleans, and `utm`'s strings), so their JSON is the same
 * exactly when they are (each host builds its options in one order): the options' part of the key of
 * a kept card or list (see kept.ts) is `JSON.stringify(options)`.
 */
export interface CardOptions {
  lang: string;
  /** Level of the title heading, already clamped to 1–6. */
  headingLevel: number;
  timeZone?: string;
  linkTarget?: string;
  /** Show the item's image (a list shows them only with its `images` attribute). */
  image: boolean;
  /** Keep the image box even without an image (aligned grids, and the loading state). */
  reserveImage?: boolean;
  /** The feed's own icon or logo (`Feed.icon`), shown in the kept image box of an item without an image. */
  icon?: string;
  /** Extra `rel` tokens for the article link (`noopener` is always there; sponsored items add `sponsored`). */
  linkRel?: string;
  /**
   * Tag the article link for analytics: `utm_medium` (the element's tag) and `utm_campaign`;
   * `utm_source` is the page's hostname unless `source` is given ('' leaves it out).
   */
  utm?: {medium: string; campaign: string; source?: string};
  /** 1-based place among the cards shown: `utm_content`. */
  position?: number;
}

/** A standalone card's attributes: `<article-card>`'s properties that describe its article. */
export type CardAttributes = Partial<
  Pick<ArticleCard, 'href' | 'heading' | 'excerpt' | 'category' | 'categoryHref' | 'datetime' | 'imageSrc' | 'imageAlt' | 'imageWidth' | 'imageHeight' | 'sponsored'>
>;

/**
 * The item a card's attributes describe, put through the feed layer's own
 * validation, so a hand-written card follows a feed's rules (http(s) links only,
 * relative ones against `baseUrl`; no heading: the start of the excerpt).
 * Undefined when they describe no article.
 */
export function itemFromAttributes(a: CardAttributes, baseUrl: string): FeedItem | undefined {
  const item = normalizeItem(
    {
      id: a.href,
      url: a.href,
      title: a.heading,
      summary: a.excerpt,
      date: a.datetime,
      category: a.category,
      categoryUrl: a.categoryHref,
      image: a.imageSrc,
      imageAlt: a.imageAlt,
      imageWidth: a.imageWidth,
      imageHeight: a.imageHeight,
      sponsored: a.sponsored,
    },
    baseUrl,
  );
  return typeof item === 'string' ? undefined : item;
}

/** A link of a card or list: its `part`, where it goes, its `target` (none when empty), and `rel` (always with `noopener`). */
export function linkMarkup<N>(build: Build<N>, part: string, href: string, target: string | undefined, text: string, rel = 'noopener'): N {
  return build('a', {part, href, target: target || undefined, rel}, text);
}

/** `rel` of an article link: the partner's tokens, `sponsored` for paid items (search engines' rule), always `noopener`. */
const relOf = (item: FeedItem, extra?: string) => [extra, item.sponsored && 'sponsored', 'noopener'].filter(Boolean).join(' ');

/** The URL a reader follows from the card: tagged for the publisher's analytics unless it already is. */
export function articleUrl(url: string, o: CardOptions): string {
  if (!o.utm) return url;
  return withUtm(url, {...o.utm, content: o.position?.toString()});
}

/** `utm_campaign` of article links when the element has no `campaign` attribute. */
export const DEFAULT_CAMPAIGN = 'newsroom-widgets';

/** How a host lays out its cards: the options that depend on the host's own attributes, not its card settings. */
export type CardShape = Pick<CardOptions, 'headingLevel' | 'image' | 'reserveImage' | 'icon'>;

/**
 * What a card host (`<article-card>`, `<related-articles>`) says about its cards: its attributes, as
 * the elements' own properties (`CardHost`) or as the server renderer reads them.
 */
export interface CardHostSettings {
  timeZone?: string;
  linkTarget?: string;
  campaign?: string;
  noUtm?: boolean;
  linkRel?: string;
}

/**
 * How a host's cards are shown, apart from the per-card position: one rule for
 * the elements and the server renderer. `tag` is the host's tag (`utm_medium`),
 * `lang` the language it resolved; `utmSource` overrides the page's hostname as
 * `utm_source` (the server's way).
 */
export function cardOptionsOf(
  tag: string,
  lang: string,
  host: CardHostSettings,
  shape: CardShape,
  utmSource?: string,
): CardOptions {
  return {
    lang,
    timeZone: host.timeZone,
    linkTarget: host.linkTarget,
    linkRel: host.linkRel,
    ...shape,
    utm: host.noUtm ? undefined : {medium: tag, campaign: host.campaign || DEFAULT_CAMPAIGN, source: utmSource},
  };
}

/**
 * The one source of card markup, used by `<article-card>`, once per item by
 * `<related-articles>` inside its own shadow root, and by the server renderer
 * (src/server/), which builds the same elements as an HTML string. Cards are
 * built with DOM calls rather than a Lit template: a card never updates in place
 * (new data means a new card), and a Lit template would keep a part object, a
 * marker comment and a node reference alive per binding, for every card of
 * every list. Its stylesheet is `cardStyles`, adopted by both elements.
 */
export function cardMarkup<N>(build: Build<N>, item: FeedItem, o: CardOptions): N {
  const {date, dateOnly, category} = item;
  // A day without a time of day is the day written in every zone: shown in UTC, where it is midnight, without a
  // clock, and `datetime` holds the day alone (`2025-10-02`).
  const timeZone = dateOnly ? 'UTC' : o.timeZone;
  const clock = date && !dateOnly && formatTime(date, o.lang, timeZone);
  const image = o.image ? item.image : undefined;
  const title = item.url ? linkMarkup(build, 'link', articleUrl(item.url, o), o.linkTarget, item.title, relOf(item, o.linkRel)) : item.title;
  // Title first, then date and category (shown above it with CSS `order`): a reader jumping from
  // heading to heading hears each title and, right after, when and where it was filed.
  return build(
    'article',
    {part: 'card'},
    // Title, date and category, excerpt: one box, so a list can give every card's text one height.
    build(
      'div',
      {class: 'text'},
      build(`h${o.headingLevel}`, {part: 'title'}, title),
      build(
        'p',
        {class: 'meta'},
        // The numeric date is for the eye (hidden below); a screen reader hears it in words, «29 січня 2026, 14:00».
        date && build('span', {class: 'sr'}, spokenDate(date, o.lang, timeZone, clock)),
        category && (item.categoryUrl ? linkMarkup(build, 'category', item.categoryUrl, o.linkTarget, category) : build('span', {part: 'category'}, category)),
        date &&
          build(
            'time',
            {part: 'time', datetime: date.toISOString().slice(0, dateOnly ? 10 : undefined), 'aria-hidden': 'true'},
            build('span', {part: 'date'}, formatDate(date, o.lang, timeZone)),
            clock && build('span', {part: 'clock'}, clock),
          ),
        item.sponsored && build('span', {part: 'sponsored'}, strings(o.lang).sponsored),
      ),
      build('p', {part: 'excerpt'}, item.summary),
    ),
    (image || o.reserveImage) &&
      build(
        'div',
        {class: 'media'},
        image
          ? // `loading` before `src`: an img starts fetching as soon as it has a src, even detached.
            build('img', {
              loading: 'lazy',
              decoding: 'async',
              part: 'image',
              width: String(image.width ?? 640),
              height: String(image.height ?? 360),
              alt: image.alt ?? '',
              src: image.url,
            })
          : // No image of its own: the feed's icon, else the category, on a tinted box (decoration only:
            // the category is in the meta line too), so the kept box never looks like a failed image.
            o.icon
            ? build('img', {loading: 'lazy', decoding: 'async', class: 'icon', alt: '', src: o.icon})
            : category && build('span', {class: 'icon', 'aria-hidden': 'true'}, category),
      ),
  );
}

/**
 * A loading placeholder in a list: the card's own box (so `::part(card)` padding and borders count)
 * around an empty text box, whose height a list fixes, and the image box. Its height is the card's,
 * and with no text in it a page of loading lists lays out faster (see BENCHMARKS.md).
 */
export function placeholderMarkup<N>(build: Build<N>, reserveImage?: boolean): N {
  return build('article', {part: 'card'}, build('div', {class: 'text'}), reserveImage && build('div', {class: 'media'}));
}
