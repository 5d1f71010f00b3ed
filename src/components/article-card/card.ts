import type {FeedItem} from '../../feed/model.js';
import {formatDate, formatTime, spokenDate} from '../../i18n/format.js';
import {strings} from '../../i18n/strings.js';
import {withUtm} from '../../internal/utm.js';
import {h} from '../dom.js';

/** How a card is shown, apart from the article itself. */
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
  /** Extra `rel` tokens for the article link (`noopener` is always there; sponsored items add `sponsored`). */
  linkRel?: string;
  /** Tag the article link for analytics: `utm_medium` (the element's tag) and `utm_campaign`. */
  utm?: {medium: string; campaign: string};
  /** 1-based place among the cards shown: `utm_content`. */
  position?: number;
}

/**
 * Every option that changes a card's markup, in a fixed order, for the key of a
 * kept card or list (see kept.ts). A new option must be added here too.
 */
export function cardOptionsKey(o: CardOptions): unknown[] {
  return [o.lang, o.headingLevel, o.timeZone, o.linkTarget, o.image, o.reserveImage, o.linkRel, o.utm?.medium, o.utm?.campaign, o.position];
}

/** `rel` of an article link: the partner's tokens, `sponsored` for paid items (search engines' rule), always `noopener`. */
const relOf = (item: FeedItem, extra?: string) => [extra, item.sponsored && 'sponsored', 'noopener'].filter(Boolean).join(' ');

/** The URL a reader follows from the card: tagged for the publisher's analytics unless it already is. */
export function articleUrl(url: string, o: CardOptions): string {
  if (!o.utm) return url;
  return withUtm(url, {medium: o.utm.medium, campaign: o.utm.campaign, content: o.position ? String(o.position) : undefined});
}

/** `utm_campaign` of article links when the element has no `campaign` attribute. */
export const DEFAULT_CAMPAIGN = 'newsroom-widgets';

/**
 * The one source of card markup, used by `<article-card>` and, once per item,
 * by `<related-articles>` inside its own shadow root. Cards are built with DOM
 * calls rather than a Lit template: a card never updates in place (new data
 * means a new card), and a Lit template would keep a part object, a marker
 * comment and a node reference alive per binding, for every card of every list.
 * Built this way a card costs what hand-written code costs.
 * Its stylesheet is `cardStyles`, adopted by both elements.
 */
export function renderCard(item: FeedItem, o: CardOptions): HTMLElement {
  const target = o.linkTarget || undefined;
  const {date, category} = item;
  const image = o.image ? item.image : undefined;
  const link = (part: string, href: string, text: string, rel = 'noopener') => h('a', {part, href, target, rel}, text);
  // Title first, then date and category (shown above it with CSS `order`): a reader jumping from
  // heading to heading hears each title and, right after, when and where it was filed.
  return h(
    'article',
    {part: 'card'},
    // Title, date and category, excerpt: one box, so a list can give every card's text one height.
    h(
      'div',
      {class: 'text'},
      h(`h${o.headingLevel}`, {part: 'title'}, item.url ? link('link', articleUrl(item.url, o), item.title, relOf(item, o.linkRel)) : item.title),
      h(
        'p',
        {class: 'meta'},
        // The numeric date is for the eye (hidden below); a screen reader hears it in words, «29 січня 2026, 14:00».
        date && h('span', {class: 'sr'}, spokenDate(date, o.lang, o.timeZone)),
        category && (item.categoryUrl ? link('category', item.categoryUrl, category) : h('span', {part: 'category'}, category)),
        date &&
          h(
            'time',
            {part: 'time', datetime: date.toISOString(), 'aria-hidden': 'true'},
            h('span', {part: 'date'}, formatDate(date, o.lang, o.timeZone)),
            h('span', {part: 'clock'}, formatTime(date, o.lang, o.timeZone)),
          ),
        item.sponsored && h('span', {part: 'sponsored'}, strings(o.lang).sponsored),
      ),
      h('p', {part: 'excerpt'}, item.summary),
    ),
    (image || o.reserveImage) &&
      h(
        'div',
        {class: 'media'},
        image &&
          // `loading` before `src`: an img starts fetching as soon as it has a src, even detached.
          h('img', {
            loading: 'lazy',
            decoding: 'async',
            part: 'image',
            width: String(image.width ?? 640),
            height: String(image.height ?? 360),
            alt: image.alt ?? '',
            src: image.url,
          }),
      ),
  );
}

/**
 * A loading placeholder in a list: the card's own box (so `::part(card)` padding and borders count)
 * around an empty text box, whose height a list fixes, and the image box. Its height is the card's,
 * and with no text in it a page of loading lists lays out faster (see BENCHMARKS.md).
 */
export const placeholderCard = (reserveImage?: boolean): HTMLElement =>
  h('article', {part: 'card'}, h('div', {class: 'text'}), reserveImage && h('div', {class: 'media'}));
