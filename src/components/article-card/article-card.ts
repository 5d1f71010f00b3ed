import type {FeedItem} from '../../feed/model.js';
import {defineElement} from '../../internal/define.js';
import {VERSION} from '../../internal/version.js';
import {clampLevel} from '../heading.js';
import {Kept} from '../kept.js';
import {articleCardStyles} from './article-card.styles.js';
import {cardMarkup, itemFromAttributes} from './card.js';
import {h} from '../dom.js';
import {CardHost} from './card-host.js';
import {emit} from '../events.js';


export interface ArticleCardClickDetail {
  /** The article's id (its URL when set by attributes). */
  id: string;
  /** The URL as followed (with its UTM tags). */
  url: string;
}

export interface ArticleCardEventMap {
  'article-card-click': CustomEvent<ArticleCardClickDetail>;
}

/**
 * One article: category, date and time, the title as the one link, an excerpt,
 * and an optional image.
 *
 * Script-tag users set attributes; bundler users set the `item` property (a
 * `FeedItem` from the feed layer), which wins over the attributes.
 *
 * @summary A single article teaser.
 *
 * @fires article-card-click - A reader followed the card's link (pointer or keyboard), before navigation. `detail: {id, url}`.
 *
 * @attr {'light' | 'dark' | 'auto'} theme - Colour palette (property `theme`, reflected): `light` or `dark` forces one, `auto` follows the reader's `prefers-color-scheme`; without it the element follows the page's `color-scheme`.
 *
 * @csspart card - The `<article>` box.
 * @csspart category - The category label (a link when there is a category URL).
 * @csspart time - The `<time>` holding date and time.
 * @csspart date - The date inside `time`.
 * @csspart clock - The time of day inside `time` (none for a date without one).
 * @csspart title - The heading that holds the article link.
 * @csspart link - The article link inside the title.
 * @csspart excerpt - The excerpt paragraph.
 * @csspart image - The image.
 * @csspart sponsored - The «sponsored» label of a partner item.
 *
 * @cssproperty --newsroom-font - Font family (default: the system UI font).
 * @cssproperty --newsroom-font-size - Base font size (default `medium`: the reader's browser setting; every size inside is in em).
 * @cssproperty --newsroom-color - Text colour.
 * @cssproperty --newsroom-accent - Accent colour: category, focus ring, buttons.
 * @cssproperty --newsroom-focus-color - Focus outline colour (default: the accent).
 * @cssproperty --newsroom-link-color - The category link's colour (default: the accent; the title link has `--newsroom-title-color`).
 * @cssproperty --newsroom-gap-small - Space between the parts of a card (default 0.375em).
 * @cssproperty --newsroom-muted-color - Date and time colour.
 * @cssproperty --newsroom-title-color - Title colour.
 * @cssproperty --newsroom-excerpt-color - Excerpt colour.
 * @cssproperty --newsroom-card-background - Card background.
 * @cssproperty --newsroom-card-border - Card border.
 * @cssproperty --newsroom-card-padding - Card padding.
 * @cssproperty --newsroom-radius - Corner radius.
 * @cssproperty --newsroom-title-lines - Clamps titles to this many lines (default: the whole title).
 * @cssproperty --newsroom-excerpt-lines - Lines of excerpt shown (default 3; 0 hides it).
 * @cssproperty --newsroom-image-ratio - Image aspect ratio (default 16 / 9).
 */
export class ArticleCard extends CardHost {
  static readonly version = VERSION;
  static override styles = articleCardStyles;

  /** Register under `tag` (default `article-card`); never throws, warns on a version clash. */
  static define(tag = 'article-card'): void {
    defineElement(tag, this);
  }

  /** The article as the feed layer models it. Overrides the attributes. */
  item?: FeedItem;

  /** Article URL (the title link). */
  href?: string;
  /** Article title. Named `heading`, not `title`, which browsers show as a tooltip. */
  heading?: string;
  /** Excerpt under the title, as plain text; clamped to `--newsroom-excerpt-lines` lines (the title is shown whole). */
  excerpt?: string;
  /** Category label, shown above the title. */
  category?: string;
  /** URL of the category page; makes the category a link. */
  categoryHref?: string;
  /** Publication date and time, RFC 3339 (`2026-01-29T14:00:00+02:00`); a date alone (`2026-01-29`) is shown as that day, without a clock. */
  datetime?: string;
  /** Image URL (`https:` or `http:`); optional, lazy-loaded. */
  imageSrc?: string;
  /** The image's text alternative; empty for a decorative image. */
  imageAlt?: string;
  /** The image's width in px: with `image-height`, it keeps the image's box before it loads, so nothing shifts. */
  imageWidth?: number;
  /** The image's height in px (see `image-width`). */
  imageHeight?: number;
  /** Level of the title heading, 1–6 (default 3). */
  headingLevel = 3;
  /** Reserve an image box even when the item has no image (keeps cards in a grid aligned). */
  reserveImage = false;
  /** Adds the «Партнерський матеріал» label, and `rel="sponsored"` on the link. */
  sponsored = false;

  static override properties = {
    item: {attribute: false},
    href: {},
    heading: {},
    excerpt: {},
    category: {},
    categoryHref: {},
    datetime: {},
    imageSrc: {},
    imageAlt: {},
    imageWidth: {type: Number},
    imageHeight: {type: Number},
    headingLevel: {type: Number},
    reserveImage: {type: Boolean},
    sponsored: {type: Boolean},
  };

  protected followed(link: HTMLAnchorElement): void {
    const detail: ArticleCardClickDetail = {id: this.#model()?.id ?? '', url: link.href};
    emit(this, 'article-card-click', detail);
  }

  /** The model shown: the `item` property, else the attributes (see itemFromAttributes). */
  #model(): FeedItem | undefined {
    return this.item ?? itemFromAttributes(this, document.baseURI);
  }

  /** A server-rendered card (src/server/), taken over by the first render when it is the same. */
  #serverCard?: Element;

  protected override adoptServerNode(card: Element): void {
    super.adoptServerNode(card);
    this.#serverCard = card;
  }

  /** The card, kept while nothing it shows changes (a `theme` change keeps it, and the focus in it). */
  readonly #card = new Kept<HTMLElement | undefined>();

  protected override render(): Element | undefined {
    const options = this.cardOptions({headingLevel: clampLevel(this.headingLevel, 3), image: true, reserveImage: this.reserveImage});
    // What the card shows: every property of its own, the base URL relative ones resolve against, and the options.
    const ownProperties = (Object.keys(ArticleCard.properties) as (keyof ArticleCard)[]).map((name) => this[name]);
    const serverCard = this.#serverCard;
    this.#serverCard = undefined;
    return this.#card.adopt([...ownProperties, document.baseURI, JSON.stringify(options)], serverCard, () => {
      const item = this.#model();
      return item ? cardMarkup(h, item, options) : undefined;
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'article-card': ArticleCard;
  }
  interface HTMLElementEventMap extends ArticleCardEventMap {}
}
