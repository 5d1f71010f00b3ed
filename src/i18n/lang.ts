/**
 * The element's language: its own `lang`, else the nearest ancestor's, crossing
 * shadow roots (a widget inside another component's shadow DOM still follows
 * the page), else Ukrainian, the publisher's language.
 */
export function resolveLang(el: Element, fallback = 'uk'): string {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return fallback;
}
