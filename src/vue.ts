/**
 * `newsroom-widgets/vue`: the helper for Vue's template compiler, and (in
 * dist/types/vue.d.ts) the elements' types for Vue templates.
 *
 * ```ts
 * // vite.config.ts
 * import vue from '@vitejs/plugin-vue';
 * import {isCustomElement} from 'newsroom-widgets/vue';
 * export default {plugins: [vue({template: {compilerOptions: {isCustomElement}}})]};
 * ```
 *
 * Imports nothing else from the package, so a build config in Node loads it
 * without a DOM and without the elements.
 */

/** The package's tags under their default names. */
const TAGS: ReadonlySet<string> = new Set(['related-articles', 'article-card', 'support-banner']);

/**
 * Whether Vue should leave `tag` to the browser as a custom element: true for
 * `<related-articles>`, `<article-card>` and `<support-banner>`. For tags
 * renamed with `define('my-tag')`, or other custom elements, combine it:
 * `(tag) => isCustomElement(tag) || tag.startsWith('my-')`.
 */
export function isCustomElement(tag: string): boolean {
  return TAGS.has(tag);
}
