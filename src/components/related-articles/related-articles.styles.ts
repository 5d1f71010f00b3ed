import {cardStyles} from '../article-card/article-card.styles.js';
import {baseStyles} from '../shared.styles.js';
import {css} from '../css.js';

export const relatedStyles = css`
  :host {
    margin-block: var(--newsroom-block-margin, 1.5em);
  }
  /* A forced theme may not be the page's: the heading, the link and the messages are drawn on the
     theme's own canvas, not on the page's background. */
  :host([theme]) {
    padding: var(--newsroom-card-padding, 1em);
    border-radius: var(--newsroom-radius, .375em);
    background: Canvas;
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
  /* The element's own width decides the layout, not the viewport's (no container query: a page with
     dozens of lists paid for every host being a container). Columns come in counts that leave no card
     alone on a row: --_n where each is at least --newsroom-card-min-width wide, else one; 3 for three,
     five or six cards, else 2 (four cards: 2 + 2). A track minimum of (100% + gap) / n - gap makes
     exactly n columns (less a pixel against rounding); (n × (min + gap) - gap - 100%) × 999 is negative
     where they fit and huge where not, so clamp() picks n columns or the whole width. */
  [part~='list'] {
    --_g: var(--newsroom-gap, 1em);
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
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part~='list']:has(> :nth-child(3):last-child, > :nth-child(5):last-child, > :nth-child(6):last-child) {
    --_n: 3;
  }
  li {
    margin: 0;
    padding: 0;
  }
  /* In a list every card's text box has one height, the loading placeholder's: the meta line and
     --newsroom-title-lines + --newsroom-excerpt-lines lines (3 + 3) of one line pitch. The title and the
     excerpt share those lines: one line clamp over both counts the title's lines, then the excerpt's,
     and puts «…» on the last one, so a title is whole up to five lines (six without excerpt) and the
     excerpt takes the whole lines left. The box ends exactly at the clamp, so no line is cut through,
     and the cards replace the placeholders without a shift whatever the titles' lengths. */
  li .text {
    --_rows: calc(var(--newsroom-title-lines, 3) + var(--newsroom-excerpt-lines, 3));
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--_rows);
    line-clamp: var(--_rows);
    /* Clip, not hidden: a box that hides is still scrolled by focus, to a long title's hidden end. */
    overflow: clip;
    line-height: 1.3125em;
    /* Above the lines: the meta line (1.3 × .8125em) and a gap. No gap between title and excerpt: a
       title longer than the lines ends the clamp on its own last line, and a gap below it would show
       the top of the next one. */
    padding-top: 1.43em;
    box-sizing: content-box;
    height: calc(var(--_rows) * 1.3125em);
  }
  /* A line clamp lays its box out as a block (no \`order\`), so the meta line, which a screen reader hears
     after the title, is placed above it from the card's corner: under the image box when there is one
     (a percentage margin is a share of the card's width, as the box's height is). One line: what does
     not fit on it is hidden, not wrapped under the title. */
  li .meta {
    position: absolute;
    inset: var(--newsroom-card-padding, 1em) var(--newsroom-card-padding, 1em) auto;
    /* The card's em here, so the card's padding and gaps above are the card's; the text is smaller. */
    font-size: inherit;
    line-height: 1.05625em;
    height: 1.05625em;
    min-height: 0;
    overflow: hidden;
  }
  li .meta > * {
    font-size: .8125em;
  }
  /* A paid item says so first: the date is what gives way. */
  li [part~='sponsored'] {
    order: -1;
  }
  li article:has(> .media) .meta {
    margin-top: calc(100% / (var(--newsroom-image-ratio, 16 / 9)) + .25em + var(--newsroom-gap-small, .375em) - var(--newsroom-card-padding, 1em));
  }
  /* Plain blocks in the clamp's flow (not overflow: hidden, which makes a formatting context of its own,
     whose lines the clamp would not count; clip does not). */
  li [part~='title'],
  li [part~='excerpt'] {
    display: block;
    height: auto;
    overflow: clip;
    line-height: inherit;
  }
  /* Smaller than a standalone card's: three cards in a 750px column leave room for an excerpt beside a long title. */
  li [part~='title'] {
    font-size: 1em;
  }
  /* --newsroom-excerpt-lines: 0 hides it here too (0 × anything), whatever room the title left. */
  li [part~='excerpt'] {
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
