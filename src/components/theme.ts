import {LitElement, type PropertyDeclarations} from 'lit';

/** `theme` values; anything else follows the page, as when the attribute is absent. */
export type Theme = 'light' | 'dark' | 'auto';

/**
 * The base of every element: the `theme` attribute. It only needs to reach CSS
 * (`:host([theme=…])` in baseStyles sets the host's `color-scheme`), so the
 * property reflects and nothing renders from it.
 */
export class ThemedElement extends LitElement {
  /**
   * Colour palette: `light` or `dark` forces one, `auto` follows the reader's
   * `prefers-color-scheme`; unset, the element follows the page's `color-scheme`.
   */
  theme?: Theme;

  static override properties: PropertyDeclarations = {theme: {reflect: true}};
}
