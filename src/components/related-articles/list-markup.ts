import type {FeedItem} from '../../feed/model.js';
import {cardMarkup, linkMarkup, placeholderMarkup, type CardOptions, type CardShape} from '../article-card/card.js';
import type {Attrs, Build} from '../dom.js';

/**
 * The parts of `<related-articles>`' shadow DOM, written once for both builders:
 * the element builds them as DOM nodes (and keeps each across renders), the
 * server renderer as HTML (src/server/). What a part shows is all in its arguments.
 */

/** The `<section>`'s own attributes: named by its heading, or by `label` when the heading is hidden. */
export function sectionAttrs(headingText: string, label: string, busy: boolean): Attrs {
  return {
    part: 'section',
    'aria-labelledby': headingText ? 'heading' : undefined,
    'aria-label': headingText ? undefined : label,
    'aria-busy': String(busy),
  };
}

export function headingMarkup<N>(build: Build<N>, level: number, text: string): N {
  return build(`h${level}`, {part: 'heading', id: 'heading'}, text);
}

/**
 * How a list lays out its cards: their titles one heading level below the list's heading, `images`
 * both shows images and keeps their box, and the feed's icon fills the box of an item without an image.
 */
export function listCardShape(headingLevel: number, images: boolean, icon: string | undefined): CardShape {
  return {headingLevel: Math.min(headingLevel + 1, 6), image: images, reserveImage: images, icon};
}

/** The cards' `<li>`s; each card's link carries its 1-based position. */
export function cardItemsMarkup<N>(build: Build<N>, items: readonly FeedItem[], options: CardOptions): N[] {
  return items.map((item, i) => build('li', {part: 'item'}, cardMarkup(build, item, {...options, position: i + 1})));
}

/** The loading state's `<li>`s: empty card boxes of the cards' height. */
export function placeholderItemsMarkup<N>(build: Build<N>, count: number, reserveImage: boolean): N[] {
  return Array.from({length: count}, () => build('li', {part: 'item', class: 'skeleton'}, placeholderMarkup(build, reserveImage)));
}

export function listMarkup<N>(build: Build<N>, items: N[]): N {
  return build('ul', {part: 'list', role: 'list'}, ...items);
}

/** The empty and error states: the fallback children through a slot, or this message without them. */
export function messageMarkup<N>(build: Build<N>, text: string): N {
  return build('slot', {}, build('p', {part: 'message', class: 'message'}, text));
}

export function allLinkMarkup<N>(build: Build<N>, href: string, target: string | undefined, label: string): N {
  return linkMarkup(build, 'all-link', href, target, label);
}

export function footerMarkup<N>(build: Build<N>, allLink?: N): N {
  return build('footer', {part: 'footer'}, allLink);
}
