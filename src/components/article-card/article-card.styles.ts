import {baseStyles} from '../shared.styles.js';
import {css} from '../css.js';

/*
 * Sizes in em, so a card follows the host's font size (the reader's default,
 * see baseStyles). The DOM order is what a screen reader reads: title, then
 * date and category, then excerpt; `order` puts image and meta above the title.
 */
export const cardStyles = css`
  article,
  .text {
    display: flex;
    flex-direction: column;
    gap: var(--newsroom-gap-small, .375em);
  }
  article {
    position: relative;
    height: 100%;
    padding: var(--newsroom-card-padding, 1em);
    background: var(--_card);
    border: var(--newsroom-card-border, 1px solid light-dark(#e3e3e3, #474747));
    border-radius: var(--newsroom-radius, .375em);
  }
  .meta {
    order: -1;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: .75em;
    font-size: .8125em;
    line-height: 1.3;
    min-height: 1.3em;
    color: var(--_muted);
  }
  [part~='category'],
  span.icon {
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: .03em;
    color: var(--_accent);
    text-decoration: none;
  }
  /* Above the stretched title link, so a category link stays its own click target. A category that is
     no link (no URL, or the image box's word) stays under it: a click there opens the article, as
     anywhere else on the card. */
  a[part~='category'] {
    position: relative;
    z-index: 1;
    color: var(--newsroom-link-color, var(--_accent));
  }
  /* A flex item of the meta line, so flex is what inline-flex would compute to. */
  time {
    display: flex;
    gap: .75em;
    font-variant-numeric: tabular-nums;
  }
  /* Titles are whole unless --newsroom-title-lines clamps them; excerpts keep a
     fixed height, so cards in a row line up and a placeholder is exact. */
  [part~='title'],
  [part~='excerpt'] {
    line-height: var(--_lh);
    overflow: hidden;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--_lines);
    line-clamp: var(--_lines);
    overflow-wrap: anywhere;
  }
  /* The title is an h1–h6, bold by the browser's own style. */
  [part~='title'] {
    --_lines: var(--newsroom-title-lines, none);
    --_lh: 1.3;
    font-size: 1.125em;
    color: var(--newsroom-title-color, inherit);
  }
  [part~='title'] a {
    color: inherit;
    text-decoration: none;
  }
  a[part~='category']:hover,
  [part~='title'] a:hover {
    text-decoration: underline;
  }
  [part~='title'] a::after {
    /* The whole card is the title link's click target; still one link for screen readers. */
    content: '';
    position: absolute;
    inset: 0;
    border-radius: var(--newsroom-radius, .375em);
  }
  /* One focus ring, around the whole card: the link's own outline moves to its stretched box. */
  [part~='title'] a:focus-visible {
    outline: none;
  }
  [part~='excerpt'] {
    --_lines: var(--newsroom-excerpt-lines, 3);
    --_lh: 1.4;
    height: calc(var(--_lines) * 1.4em);
    font-size: .9375em;
    color: var(--_excerpt);
  }
  .media {
    order: -2;
    margin: calc(-1 * var(--newsroom-card-padding, 1em)) calc(-1 * var(--newsroom-card-padding, 1em)) .25em;
    aspect-ratio: var(--newsroom-image-ratio, 16 / 9);
    overflow: hidden;
    border-radius: var(--newsroom-radius, .375em) var(--newsroom-radius, .375em) 0 0;
    /* Behind an image while it loads, and the whole box of an item without one (with the feed's icon or
       the category in its middle): a calm tint of the accent, not a grey box that looks like a failed image. */
    display: grid;
    place-items: center;
    background: color-mix(in srgb, var(--_accent) 12%, var(--_card));
  }
  img.icon {
    max-width: 50%;
    max-height: 60%;
  }
  span.icon {
    font-size: 1.25em;
  }
  [part~='image'] {
    display: block !important;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
  [part~='sponsored'] {
    font-style: italic;
  }
  /* Read by screen readers, not shown: the date in words beside its numeric form. */
  .sr {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

/** `<article-card>`'s stylesheets, in order (also what the server renderer writes). */
export const articleCardStyles = [baseStyles, cardStyles];
