import {cardStyles} from '../article-card/article-card.styles.js';
import {baseStyles} from '../shared.styles.js';
import {css} from '../css.js';

export const relatedStyles = css`
  :host {
    margin-block: var(--newsroom-block-margin, 1.5em);
  }
  /* A forced theme may not be the page's: the heading, the link and the messages are drawn on the
     theme's own canvas, not on the page's background. */
  :host([theme]:not([theme=auto])) {
    padding: var(--newsroom-card-padding, 1em);
    border-radius: var(--newsroom-radius, .375em);
    background: Canvas;
  }
  section {
    --_g: var(--newsroom-gap, 1em);
    display: flex;
    flex-direction: column;
    gap: var(--_g);
  }
  [part~='heading'] {
    font-size: var(--newsroom-heading-size, 1.5em);
    font-weight: 800;
    line-height: 1.2;
    color: var(--newsroom-heading-color, inherit);
  }
  /* The element's own width decides the layout, not the viewport's (no container query: a page with
     dozens of lists paid for every host being a container). Columns come in counts that leave no card
     alone on a row: --_n where each is at least --newsroom-card-min-width wide, else one; 3 for a
     multiple of three or five cards, else 2 (four cards: 2 + 2). A track minimum of (100% + gap) / n - gap makes
     exactly n columns (less a pixel against rounding); (n × (min + gap) - gap - 100%) × 999 is negative
     where they fit and huge where not, so clamp() picks n columns or the whole width. */
  [part~='list'] {
    --_n: 2;
    display: grid;
    grid-template-columns: repeat(
      auto-fit,
      minmax(
        clamp(
          (100% + var(--_g)) / var(--_n) - var(--_g) - 1px,
          (var(--_n) * (var(--newsroom-card-min-width, 14em) + var(--_g)) - var(--_g) - 100%) * 999,
          100%
        ),
        1fr
      )
    );
    gap: var(--_g);
    padding: 0;
    list-style: none;
  }
  [part~='list']:has(> :nth-child(3n):last-child, > :nth-child(5):last-child) {
    --_n: 3;
  }
  /* In a list every card's text box has one height, the loading placeholder's: the meta line, two gaps
     and --newsroom-title-lines + --newsroom-excerpt-lines lines (3 + 3), so the cards replace the
     placeholders without a shift whatever the titles' lengths. Title and excerpt have one line pitch
     (1.125em × 1.3 = .9375em × 1.56 = 1.4625em), so the lines a title takes leave the excerpt whole
     lines: the box never ends inside a line. Line heights in whole pixels: WebKit lays out lines of a
     fractional height in whole pixels, and the box must count the lines as the engine does. */
  li .text {
    height: calc(
      (var(--newsroom-title-lines, 3) + var(--newsroom-excerpt-lines, 3)) * round(1.4625em, 1px) + round(1.3 * .8125em, 1px) +
        2 * var(--newsroom-gap-small, .375em)
    );
  }
  /* One line: what does not fit on it wraps below and is hidden whole. The padding, taken back by the
     margin, keeps a focused category link's ring (outside the line) inside the clip; the row gap puts a
     wrapped row wholly below it. */
  li .meta {
    line-height: round(1.3em, 1px);
    height: calc(1lh + 8px);
    padding: 4px;
    margin: -4px;
    row-gap: 4px;
    overflow: hidden;
  }
  /* A paid item says so first: the date is what gives way. */
  li [part~='sponsored'] {
    order: -1;
  }
  li [part~='title'] {
    /* Whole up to five lines, leaving the excerpt at least one; with fewer excerpt lines, what the box
       holds less one line (at least three). --newsroom-title-lines clamps titles and sets the reserve. */
    --_lines: var(--newsroom-title-lines, clamp(3, 2 + var(--newsroom-excerpt-lines, 3), 5));
    --_lh: round(1.3em, 1px);
    flex: none;
  }
  /* The excerpt takes the lines the title left (flex-basis 0 overrides its own height; overflow: hidden
     lets it shrink). Where it is cut, «…» ends its last line: a float of the box's height at the line
     end holds it at its bottom, and a box of the card's colour from the text's own end onwards covers
     it when the text ends inside. No line clamp: it needs its line count, which depends on the title's,
     and no script: server-rendered cards show it too. Relative, so it clips that box; no pointer events,
     so a click on it is still the title link's (the whole card is). */
  li [part~='excerpt'] {
    --_lh: round(1.56em, 1px);
    display: block;
    position: relative;
    flex: 1;
    pointer-events: none;
    /* --newsroom-excerpt-lines: 0 hides it here too (0 × anything), whatever room the title left. */
    max-height: calc(var(--newsroom-excerpt-lines, 3) * 99em);
  }
  li [part~='excerpt']::before {
    content: '…';
    float: inline-end;
    height: 100%;
    display: flex;
    align-items: end;
  }
  li [part~='excerpt']::after {
    content: '';
    position: absolute;
    width: 100%;
    height: 100%;
    background: var(--_card);
  }
  footer {
    /* Always laid out, link or not, so a feed without home_page_url shifts nothing. */
    min-height: 1.5em;
    line-height: 1.5;
  }
  [part~='all-link'] {
    font-weight: 700;
    color: var(--newsroom-link-color, var(--_accent));
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
    color: var(--_muted);
  }
`;

/** `<related-articles>`' stylesheets, in order: its cards are in its own shadow root (also what the server renderer writes). */
export const relatedArticlesStyles = [baseStyles, cardStyles, relatedStyles];
