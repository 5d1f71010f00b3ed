import type {CSSResultGroup} from '@lit/reactive-element';
import {articleCardStyles} from '../components/article-card/article-card.styles.js';
import {relatedArticlesStyles} from '../components/related-articles/related-articles.styles.js';

/**
 * Each element's stylesheet as one CSS text: what the element adopts in the
 * browser, written by the server renderer into its shadow root (`<style>`), or
 * shipped as a file for `{styles: {href}}` (`dist/styles/<tag>.css`, with the
 * sha256 of each for a strict CSP's `style-src`: `dist/styles/hashes.json`).
 */
const cssText = (styles: CSSResultGroup[]): string =>
  styles
    .flat(Infinity as 1)
    .map((style) => (style as {cssText: string}).cssText)
    .join('\n');

export const ELEMENT_CSS = {
  'related-articles': cssText(relatedArticlesStyles),
  'article-card': cssText(articleCardStyles),
} as const;

export type ServerRenderedTag = keyof typeof ELEMENT_CSS;
