// The css-tag module alone, not the package's main one: the server renderer imports the stylesheets,
// and the main module's browser build (what edge runtimes get) defines a class extending HTMLElement.
import {unsafeCSS, type CSSResult} from '@lit/reactive-element/css-tag.js';

/**
 * The tag of our stylesheets, for static text only. Lit's own css tag also takes
 * `${}` values, checking at run time that each is another stylesheet, and that check
 * and its error message would ship in every script-tag file; our stylesheets never
 * interpolate (with one parameter, TypeScript rejects a `${}` in them), so the text
 * goes straight to a stylesheet. Lit's `unsafeCSS` is what makes one from text: it
 * is "unsafe" for text from outside, and this text is the source's own.
 * The build's template minifier (scripts/vite-plugin-minify-templates.mjs) finds
 * the templates by this tag's name, which is why it keeps Lit's name, and writes their characters
 * past ASCII as JavaScript escapes: `strings[0]`, the cooked text, has the characters again (the raw
 * text would not).
 */
export function css(strings: TemplateStringsArray): CSSResult {
  return unsafeCSS(strings[0]);
}
