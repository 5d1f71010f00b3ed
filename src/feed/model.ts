import {LoadError, type TransportErrorKind} from '../data/load-error.js';

/**
 * The typed model every feed format is mapped onto. Elements render only this;
 * nothing here is raw feed JSON or XML, and every string is plain text.
 */

/** An image an element may show. `url` is always an absolute http(s) URL. */
export interface FeedImage {
  url: string;
  alt?: string;
  width?: number;
  height?: number;
}

/** One article, already validated and sanitised. */
export interface FeedItem {
  /** Stable id (JSON Feed `id`, RSS `guid`, Atom `id`); falls back to the URL. */
  id: string;
  /** Absolute http(s) URL of the article, or undefined when the feed gave none that is safe. */
  url?: string;
  /** Plain-text title. When the feed has none, the start of the item's text. */
  title: string;
  /** Plain-text excerpt (may be empty). */
  summary: string;
  /** Publication date; undefined when missing or unparseable (never an Invalid Date). */
  date?: Date;
  /**
   * The feed wrote no time of day (`2025-10-02`, `2 Oct 2025`): `date` is then that day's midnight UTC,
   * which orders and ages it, and a card shows the day as written, with no clock, in every time zone.
   */
  dateOnly?: boolean;
  /** The item's category label (`_newsroom.category`, else the first tag). */
  category?: string;
  /** Absolute http(s) URL of the category page, when the feed gives one. */
  categoryUrl?: string;
  tags: string[];
  image?: FeedImage;
  authors: string[];
  sponsored: boolean;
  /** An editors' pick (`_newsroom.pinned: true` or `pinned_until`): listed first in every list it qualifies for. */
  pinned?: boolean;
  /** When the pick ends, in ms since the epoch (`_newsroom.pinned_until`); none: until the feed says otherwise. */
  pinnedUntil?: number;
}

export interface Feed {
  title: string;
  /** The «all articles» link: absolute http(s) or undefined. */
  homePageUrl?: string;
  /** The feed's own image, absolute http(s): JSON Feed `icon` (else `favicon`), RSS `<image><url>`, Atom `<logo>` (else `<icon>`). */
  icon?: string;
  language?: string;
  /** Items newest first (undated items keep their feed order, after dated ones). */
  items: FeedItem[];
  /** Which format the document was: 'json' | 'rss' | 'atom' | 'rdf'. */
  format: FeedFormat;
}

export type FeedFormat = 'json' | 'rss' | 'atom' | 'rdf';

/**
 * Why loading a feed failed: the data layer's transport kinds, or the feed's own.
 * Elements show their error state for any of these.
 */
export type FeedErrorKind =
  | TransportErrorKind
  | 'not-a-feed' // a body that is no feed at all (an HTML page, random JSON)
  | 'parse'; // looks like a feed but cannot be read (truncated JSON, broken XML)

/** A document that arrived but is no feed, or no readable one. Transport failures are plain LoadErrors. */
export class FeedError extends LoadError<FeedErrorKind> {
  override name = 'FeedError';
}

// Upper bounds that keep a hostile feed from costing the partner page much.
/** Items kept from one document. */
export const MAX_ITEMS = 1000;
/** Characters kept in a title. */
export const MAX_TITLE = 300;
/** Characters kept in a summary. */
export const MAX_SUMMARY = 600;
/** Characters of text used as a title when an item has none. */
export const MAX_DERIVED_TITLE = 100;
/** Tags kept from one item. */
export const MAX_TAGS = 20;
