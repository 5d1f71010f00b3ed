/**
 * The server renderer's functions, without the DOM stand-ins that index.ts
 * registers for Node (so the docs' builder can run them in a page too).
 *
 * The server renderer (`newsroom-widgets/server`): `<related-articles>` and
 * `<article-card>` as HTML with a declarative shadow root, for pages rendered
 * on a server or at build time. Readers see the cards before any script runs,
 * or with none; crawlers see the links. When the script-tag bundle (or the
 * package) defines the elements, each adopts its server-rendered DOM
 * (components/kept.ts): the same nodes, no second render; replaced once only
 * when the feed, the options or the version make other markup.
 *
 * The markup is the elements' own (card.ts, list-markup.ts) built as a string
 * by `markup`, with every value escaped. Runs in Node ≥ 20 and in edge runtimes
 * (no DOM, no `window`): where there is no DOMParser, RSS and Atom are read with
 * @xmldom/xmldom and HTML's character references decoded with `entities`.
 */
import {cardMarkup, cardOptionsOf, itemFromAttributes, type CardHostSettings} from '../components/article-card/card.js';
import {clampLevel} from '../components/heading.js';
import {
  allLinkMarkup,
  cardItemsMarkup,
  footerMarkup,
  headingMarkup,
  listCardShape,
  listMarkup,
  messageMarkup,
  sectionAttrs,
} from '../components/related-articles/list-markup.js';
import {fetchText} from '../data/fetch.js';
import {LoadError} from '../data/load-error.js';
import type {Feed, FeedItem} from '../feed/model.js';
import {parseFeed} from '../feed/parse.js';
import {selectItems} from '../feed/select.js';
import {strings} from '../i18n/strings.js';
import {safeUrl} from '../internal/safe-url.js';
import {attributesHtml, markup, type Markup} from './markup.js';
import {ELEMENT_CSS, type ServerRenderedTag} from './styles.js';


/** An attribute's value as given to a render function; `true` writes an empty attribute, false and undefined none. */
export type AttributeValue = string | number | boolean | undefined | null;

/** The attributes both card hosts have (CardHost's and WidgetElement's), by their attribute names. */
export interface CardHostAttributes {
  lang?: string;
  theme?: 'light' | 'dark' | 'auto';
  'time-zone'?: string;
  'link-target'?: string;
  'link-rel'?: string;
  campaign?: string;
  'no-utm'?: boolean;
}

/** `<related-articles>`' attributes, by their attribute names (see custom-elements.json), and `feed`. */
export interface RelatedArticlesAttributes extends CardHostAttributes {
  /** The feed URL, fetched with the package's data layer (validation, charset, size cap, timeout). */
  src?: string;
  /** A feed document's text, parsed instead of fetching `src`; give `src` too: it names the feed, resolves its links, and is what the element loads in the browser. */
  feed?: string;
  limit?: number | string;
  heading?: string;
  'heading-level'?: number | string;
  category?: string;
  exclude?: string;
  'all-href'?: string;
  'all-label'?: string;
  images?: boolean;
  timeout?: number | string;
  'exclude-category'?: string;
  'related-to'?: string;
  topics?: string;
  freshness?: number | string;
  'max-days'?: number | string;
  'min-related'?: number | string;
  fallback?: 'latest' | 'hide';
  [attribute: string]: AttributeValue;
}

/** `<article-card>`'s attributes, by their attribute names, and `item` (a feed item of the model). */
export interface ArticleCardAttributes extends CardHostAttributes {
  item?: FeedItem;
  href?: string;
  heading?: string;
  excerpt?: string;
  category?: string;
  'category-href'?: string;
  datetime?: string;
  'image-src'?: string;
  'image-alt'?: string;
  'image-width'?: number | string;
  'image-height'?: number | string;
  'heading-level'?: number | string;
  'reserve-image'?: boolean;
  sponsored?: boolean;
  [attribute: string]: AttributeValue | FeedItem;
}

export interface ServerRenderOptions {
  /**
   * `'inline'` (default): a `<style>` in the shadow root (allow it in a strict CSP by its
   * `sha256`, in `dist/styles/hashes.json`); or `{href}`: a `<link rel="stylesheet">` to the
   * package's `dist/styles/<tag>.css` where you host it (no CSP change).
   */
  styles?: 'inline' | {href: string};
  /**
   * The partner site's hostname, written as `utm_source` as the browser writes the page's
   * hostname. Without it links carry no `utm_source`, and the script replaces the cards once.
   */
  site?: string;
  /** The light-DOM fallback, as trusted HTML of yours. Default: a link to `all-href`, else the feed's home page (renderFallback, with no feed: `all-href` only), or none. */
  fallback?: string;
  /** Against which relative URLs (`src`, `all-href`, card links) resolve; default: `src` itself. */
  baseUrl?: string;
}

/** An attribute's value as written on the element, so as the element in the browser reads it: `true` is the empty attribute. */
function text(value: AttributeValue): string | undefined {
  if (value === undefined || value === null || value === false) return undefined;
  return value === true ? '' : String(value);
}
/** A number attribute as the element reads it (Lit's `Number(attribute)`: the empty attribute is 0). */
function number(value: AttributeValue): number | undefined {
  const written = text(value);
  return written === undefined ? undefined : Number(written);
}
const flag = (value: AttributeValue): boolean => value !== undefined && value !== null && value !== false;

/** The host's start tag: every attribute given, by its name, in the order given (`skip`ped ones are no attributes). */
function startTag(tag: string, attrs: Record<string, unknown>, skip: string[]): string {
  const written: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(attrs)) {
    if (skip.includes(name)) continue;
    written[name] = text(value as AttributeValue);
  }
  return `<${tag}${attributesHtml(written)}>`;
}

function stylesHtml(tag: ServerRenderedTag, styles: ServerRenderOptions['styles']): string {
  if (styles && styles !== 'inline') return markup('link', {rel: 'stylesheet', href: styles.href}).html;
  // Our own CSS, never feed data; it holds no `</style`.
  return `<style>${ELEMENT_CSS[tag]}</style>`;
}

function element(tag: ServerRenderedTag, start: string, shadow: Markup | undefined, styles: ServerRenderOptions['styles'], fallback: string): string {
  const root = shadow ? `<template shadowrootmode="open">${stylesHtml(tag, styles)}${shadow.html}</template>` : '';
  return `${start}${root}${fallback}</${tag}>`;
}

function hostSettings(attrs: Record<string, unknown>): CardHostSettings & {lang: string} {
  return {
    lang: text(attrs.lang as AttributeValue) || 'uk',
    timeZone: text(attrs['time-zone'] as AttributeValue),
    linkTarget: text(attrs['link-target'] as AttributeValue),
    campaign: text(attrs.campaign as AttributeValue),
    noUtm: flag(attrs['no-utm'] as AttributeValue),
    linkRel: text(attrs['link-rel'] as AttributeValue),
  };
}

/** The light-DOM fallback: the caller's, or a link to `href` named by the heading. */
function fallbackHtml(options: ServerRenderOptions, href: string | undefined, label: string): string {
  if (options.fallback !== undefined) return options.fallback;
  return href ? markup('a', {href}, label).html : '';
}

/** The feed, fetched from `src` or parsed from `feed`; rejects with the data layer's errors (LoadError, FeedError). */
async function loadFeed(attrs: RelatedArticlesAttributes, baseUrl: string | undefined): Promise<Feed> {
  // The element in the browser loads its cards from `src`: without one it would empty the list it takes over.
  if (attrs.feed !== undefined && !text(attrs.src)) {
    throw new TypeError('newsroom-widgets: renderRelatedArticles: give "src" with "feed": the feed\'s URL, which the element loads in the browser (without it the script empties the list)');
  }
  const src = attrs.src ? safeUrl(attrs.src, baseUrl ?? attrs.src) : undefined;
  if (attrs.feed !== undefined) return parseFeed(attrs.feed, src ?? baseUrl ?? 'about:blank').feed;
  if (!src) throw new TypeError(`newsroom-widgets: renderRelatedArticles needs an http(s) "src" (got ${JSON.stringify(attrs.src)})`);
  // As the element takes it: a timeout that is no positive number is the default.
  const timeout = number(attrs.timeout);
  let fetched;
  try {
    fetched = await fetchText(src, {timeout: timeout && timeout > 0 ? timeout : undefined});
  } catch (error) {
    // The data layer words a network failure for the browser, where a CORS refusal looks the same;
    // a request from a server meets no CORS, so the message must not send anyone to check the header.
    if (error instanceof LoadError && error.kind === 'network') {
      error.message = `${src} could not be fetched: no answer (DNS, a refused or reset connection, no network)`;
    }
    throw error;
  }
  return parseFeed(fetched.text, fetched.url).feed;
}

/**
 * `<related-articles>` with its cards in a declarative shadow root, the markup the element
 * renders once its feed is in. Rejects, as the element shows its error state, when the feed
 * cannot be had: then write `renderFallback(attrs)` (the element with its fallback alone).
 */
export async function renderRelatedArticles(attrs: RelatedArticlesAttributes, options: ServerRenderOptions = {}): Promise<string> {
  const feed = await loadFeed(attrs, options.baseUrl);
  const settings = hostSettings(attrs);
  const t = strings(settings.lang);
  const headingText = text(attrs.heading) ?? t.articlesHeading;
  const headingLevel = clampLevel(number(attrs['heading-level']) ?? 2, 2);
  const base = options.baseUrl ?? attrs.src ?? 'about:blank';
  const allHref = safeUrl(text(attrs['all-href']), base) ?? feed.homePageUrl;
  const images = flag(attrs.images);
  // The element's selection, from the same attributes (see its selectOptions()).
  const items = selectItems(feed.items, {
    limit: number(attrs.limit),
    category: text(attrs.category),
    exclude: text(attrs.exclude),
    excludeCategory: text(attrs['exclude-category']),
    relatedTo: text(attrs['related-to']),
    topics: text(attrs.topics),
    freshness: number(attrs.freshness),
    maxDays: number(attrs['max-days']),
    minRelated: number(attrs['min-related']),
    fallback: text(attrs.fallback) === 'hide' ? 'hide' : 'latest',
  });
  const cardOptions = cardOptionsOf('related-articles', settings.lang, settings, listCardShape(headingLevel, images, feed.icon), options.site ?? '');

  let body: Markup;
  if (items.length > 0) {
    body = listMarkup(markup, cardItemsMarkup(markup, items, cardOptions));
  } else {
    const category = text(attrs.category)?.trim();
    body = messageMarkup(markup, category ? t.emptyCategory(category) : t.emptyArticles);
  }
  const allLink = items.length > 0 && allHref ? allLinkMarkup(markup, allHref, settings.linkTarget || undefined, text(attrs['all-label']) || t.allArticles) : undefined;
  const section = markup(
    'section',
    sectionAttrs(headingText, t.articlesHeading, false),
    !!headingText && headingMarkup(markup, headingLevel, headingText),
    body,
    footerMarkup(markup, allLink),
  );
  const start = startTag('related-articles', attrs, ['feed']);
  return element('related-articles', start, section, options.styles, fallbackHtml(options, allHref, headingText || t.articlesHeading));
}

/** The element with its light-DOM fallback alone: what to write when `renderRelatedArticles` rejects. */
export function renderFallback(attrs: RelatedArticlesAttributes, options: ServerRenderOptions = {}): string {
  const t = strings(hostSettings(attrs).lang);
  const allHref = safeUrl(text(attrs['all-href']), options.baseUrl ?? attrs.src ?? 'about:blank');
  const start = startTag('related-articles', attrs, ['feed']);
  return element('related-articles', start, undefined, options.styles, fallbackHtml(options, allHref, text(attrs.heading) || t.articlesHeading));
}

/** A model item as `<article-card>`'s attributes, so the element in the browser shows the same card. */
function itemAttributes(item: FeedItem): Record<string, string | boolean | undefined> {
  return {
    href: item.url,
    heading: item.title,
    excerpt: item.summary || undefined,
    category: item.category,
    'category-href': item.categoryUrl,
    // A day without a time of day as the day alone, which the element reads back as one.
    datetime: item.date?.toISOString().slice(0, item.dateOnly ? 10 : undefined),
    'image-src': item.image?.url,
    'image-alt': item.image?.alt,
    'image-width': item.image?.width === undefined ? undefined : String(item.image.width),
    'image-height': item.image?.height === undefined ? undefined : String(item.image.height),
    sponsored: item.sponsored || undefined,
  };
}

/**
 * `<article-card>` with its card in a declarative shadow root. From `item` (a model item, as the
 * element's `item` property) or the card's own attributes; an `item` is written out as attributes.
 * Nothing that describes an article gives the element alone, with no shadow root.
 */
export function renderArticleCard(attrs: ArticleCardAttributes, options: ServerRenderOptions = {}): string {
  const {item: given, ...own} = attrs;
  const hostAttrs: Record<string, unknown> = given ? {...itemAttributes(given), ...own} : own;
  const base = options.baseUrl ?? 'about:blank';
  const value = (name: string) => text(hostAttrs[name] as AttributeValue);
  if (options.baseUrl === undefined) {
    for (const name of ['href', 'image-src', 'category-href']) {
      const url = value(name);
      // The browser resolves a relative URL against the page; with no page to resolve it against, the
      // card would lose its link or image without a word (a URL that is no http(s) one is dropped in both).
      if (safeUrl(url) === undefined && safeUrl(url, 'https://page.invalid/') !== undefined) {
        throw new TypeError(`newsroom-widgets: renderArticleCard: "${name}" (${JSON.stringify(url)}) is relative: give the baseUrl option (--base-url), the URL of the page it goes in`);
      }
    }
  }
  // Read back from the attributes written, as the element in the browser will: the same card either way.
  const item = itemFromAttributes(
    {
      href: value('href'),
      heading: value('heading'),
      excerpt: value('excerpt'),
      category: value('category'),
      categoryHref: value('category-href'),
      datetime: value('datetime'),
      imageSrc: value('image-src'),
      imageAlt: value('image-alt'),
      imageWidth: number(hostAttrs['image-width'] as AttributeValue),
      imageHeight: number(hostAttrs['image-height'] as AttributeValue),
      sponsored: flag(hostAttrs.sponsored as AttributeValue),
    },
    base,
  );
  const settings = hostSettings(hostAttrs);
  const headingLevel = clampLevel(number(hostAttrs['heading-level'] as AttributeValue) ?? 3, 3);
  const shape = {headingLevel, image: true, reserveImage: flag(hostAttrs['reserve-image'] as AttributeValue)};
  const card = item && cardMarkup(markup, item, cardOptionsOf('article-card', settings.lang, settings, shape, options.site ?? ''));
  const fallback = options.fallback ?? (item?.url ? markup('a', {href: item.url}, item.title).html : '');
  return element('article-card', startTag('article-card', hostAttrs, []), card, options.styles, fallback);
}
