import {css} from 'lit';

/**
 * Custom properties and resets every element shares. Because the widgets live
 * in shadow DOM, the partner's CSS reaches them only through inherited
 * properties; `all: initial`-style resets on the host would also kill the
 * partner's chosen font, so we set what matters explicitly instead.
 */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--newsroom-font, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif);
    font-size: var(--newsroom-font-size, 16px);
    line-height: 1.4;
    color: var(--newsroom-color, #1a1a1a);
    text-align: start;
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
