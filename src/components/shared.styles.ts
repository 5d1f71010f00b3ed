import {css} from 'lit';

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
 */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--newsroom-font, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif) !important;
    font-size: var(--newsroom-font-size, 16px) !important;
    font-style: normal !important;
    font-weight: 400 !important;
    font-variant: normal !important;
    font-stretch: normal !important;
    line-height: 1.4 !important;
    color: var(--newsroom-color, #1a1a1a) !important;
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
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  a {
    color: var(--newsroom-link-color, inherit);
    pointer-events: auto;
  }
  button {
    pointer-events: auto;
  }
  a:focus-visible,
  button:focus-visible {
    outline: 2px solid var(--newsroom-focus-color, var(--newsroom-accent, #0057b8));
    outline-offset: 2px;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
`;
