import {cardStyles} from '../article-card/article-card.styles.js';
import {baseStyles} from '../shared.styles.js';
import {css} from '../css.js';

export const relatedStyles = css`
  :host {
    margin-block: var(--newsroom-block-margin, 1.5em);
  }
  section {
    display: flex;
    flex-direction: column;
    gap: var(--newsroom-gap, 1em);
  }
  [part~='heading'] {
    margin: 0;
    font-size: var(--newsroom-heading-size, 1.5em);
    font-weight: 800;
    line-height: 1.2;
    color: var(--newsroom-heading-color, inherit);
  }
  /* The element's own width decides the layout, not the viewport's: one column below 36em, above it
     as many columns of at least 16em as fit (two long Ukrainian words fit on a line of a bold title,
     so no line holds one word). The track minimum is the whole width below 36em ((36em - 100%) * 999
     is then huge and clamp() stops at 100%), else 16em, and never more than the width. This is the
     old container query's layout without making every host a container, which a page with dozens
     of lists paid for in style and layout. */
  [part~='list'] {
    display: grid;
    grid-template-columns: repeat(
      auto-fit,
      minmax(clamp(min(100%, var(--newsroom-card-min-width, 16em)), (36em - 100%) * 999, 100%), 1fr)
    );
    gap: var(--newsroom-gap, 1em);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  li {
    margin: 0;
    padding: 0;
  }
  /* In a list every card's text box has one height, the loading placeholder's: meta, three lines of
     title, three of excerpt. A title is shown whole (up to five lines) and the excerpt takes the lines
     left, fading out where it is cut, so the cards replace the placeholders without a shift whatever
     the titles' lengths. --newsroom-title-lines clamps titles and sets the reserve instead. */
  li .text {
    /* Lines of title and excerpt, plus the meta line and two gaps (1.8em). Placeholder and card share
       this height, so a different gap changes only how much excerpt fits, never the height. */
    height: calc(var(--newsroom-title-lines, 3) * 1.4625em + var(--newsroom-excerpt-lines, 3) * 1.3125em + 1.8em);
  }
  li [part~='title'] {
    /* Up to five lines when the excerpt has its three to give up; with fewer excerpt lines, as many as
       the box holds (0 → 3, 1 → 3, 2 → 4: a title line is 1.4625em, an excerpt line 1.3125em ≈ 0.9 of
       it). line-clamp takes the nearest integer, so 2.5 + 0.9 × lines counts whole lines only. */
    --_lines: var(--newsroom-title-lines, min(5, 2.5 + var(--newsroom-excerpt-lines, 3) * .9));
    flex: none;
  }
  li [part~='excerpt'] {
    /* No clamp: the excerpt fills the lines the title left (flex-basis 0 overrides its own height;
       overflow: hidden lets it shrink), and its last line fades out where it is cut. */
    --_lines: none;
    flex: 1 1 0;
    mask: linear-gradient(#000 calc(100% - 1.4em), #0000);
    /* --newsroom-excerpt-lines: 0 hides it here too (0 × anything), whatever room the title left. */
    max-height: calc(var(--newsroom-excerpt-lines, 3) * 99em);
  }
  footer {
    /* Always laid out, link or not, so a feed without home_page_url shifts nothing. */
    min-height: 1.5em;
    line-height: 1.5;
  }
  [part~='all-link'] {
    font-weight: 700;
    color: var(--_accent);
  }
  /* A placeholder card with the real card's CSS, hidden: the reserved height is exact. */
  .skeleton {
    border-radius: var(--newsroom-radius, .375em);
    background: var(--_skeleton);
  }
  /* One animation per loading list, not one per placeholder card; the class comes after a second
     without the feed (see list()). */
  .loading {
    animation: pulse 1.5s ease-in-out infinite;
  }
  .skeleton > * {
    visibility: hidden;
  }
  @keyframes pulse {
    50% {
      opacity: 0.55;
    }
  }
  .message {
    margin: 0;
    color: var(--_muted);
  }
`;

/** `<related-articles>`' stylesheets, in order: its cards are in its own shadow root (also what the server renderer writes). */
export const relatedArticlesStyles = [baseStyles, cardStyles, relatedStyles];
