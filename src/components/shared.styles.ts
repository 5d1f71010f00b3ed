import {css} from './css.js';

/**
 * Custom properties and resets every element shares. Because the widgets live
 * in shadow DOM, the partner's CSS reaches them only through inherited
 * properties; `all: initial`-style resets on the host would also kill the
 * partner's chosen font, so we set what matters explicitly instead.
 *
 * The inherited properties are `!important` because partners' global resets
 * (`* { color: red !important; font: 5px serif !important }`) hit the host
 * element and would flow into every title and button. Across a shadow boundary
 * the cascade reverses for important rules, so these beat any `!important` from
 * the page; partners restyle through `--newsroom-*` and `::part()`, which still work.
 *
 * The palette every element uses lives here once, as private `--_*` properties
 * (the banner's own three are in its stylesheet, so the articles-only file does
 * without them). Each default is a `light-dark()` pair: the used `color-scheme`
 * is inherited from the page (into shadow roots too), so a page declaring
 * `color-scheme: dark` gets the dark colours with no script; `theme` sets the
 * scheme on the host instead. Both columns meet WCAG 2.2 AA (4.5:1 text, 3:1
 * focus ring and goal bar) on the card, banner and a dark page's canvas.
 *
 * The font size defaults to `medium`, the reader's browser setting, and every
 * size inside is in em: a larger default font enlarges everything, while a
 * partner's `html { font-size: 62.5% }` (which a rem default would follow)
 * changes nothing.
 */
export const baseStyles = css`
  :host {
    --_fg: var(--newsroom-color, light-dark(#1a1a1a, #ececec));
    --_muted: var(--newsroom-muted-color, light-dark(#5c5c5c, #b8b8b8));
    --_accent: var(--newsroom-accent, light-dark(#0057b8, #8cbcff));
    --_focus: var(--newsroom-focus-color, var(--_accent));
    --_card: var(--newsroom-card-background, light-dark(#fff, #1f1f1f));
    --_excerpt: var(--newsroom-excerpt-color, light-dark(#333, #d4d4d4));
    --_skeleton: var(--newsroom-skeleton-color, light-dark(#eee, #2e2e2e));
    display: block;
    font: var(--newsroom-font-size, medium) / 1.4 var(--newsroom-font, system-ui, sans-serif) !important;
    color: var(--_fg) !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-transform: none !important;
    text-align: start !important;
    text-indent: 0 !important;
    text-shadow: none !important;
    white-space: normal !important;
    cursor: auto !important;
    pointer-events: auto !important;
    -webkit-text-size-adjust: 100%;
  }
  :host([theme=light]) {
    color-scheme: light !important;
  }
  :host([theme=dark]) {
    color-scheme: dark !important;
  }
  :host([theme=auto]) {
    color-scheme: light dark !important;
  }
  :host([hidden]) {
    display: none !important;
  }
  /* The host and the elements only: a universal ::before/::after rule asks the browser for both
     pseudo-elements' styles on every element of every shadow root, and ours (the title link's stretched
     ::after, a list excerpt's «…» and the cover that hides it) have no padding or border to size.
     No browser margins (headings, paragraphs, the list): the layout sets every gap itself, and a
     host's own margin (a list's block margin) comes later. */
  :host,
  * {
    box-sizing: border-box;
    margin: 0;
  }
  /* One focus ring; a card's title link moves its own to its stretched ::after (see the card's styles). */
  a:focus-visible,
  button:focus-visible,
  [part~='title'] a:focus-visible::after {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      animation: none !important;
      transition: none !important;
    }
  }
`;
