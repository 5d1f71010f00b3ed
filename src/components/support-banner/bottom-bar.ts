/**
 * The page under a bar fixed to the bottom of the viewport. While the bar
 * shows, the page's scroll padding is its height, so an element the reader
 * tabs to is scrolled clear of it, never hidden under it (WCAG 2.4.11), and
 * the page has as much padding below its end, so its last line can scroll
 * clear too (space added after everything: nothing moves).
 *
 * The padding is a stylesheet of the bar's own, adopted by the document, not
 * the page's inline style: the page's own values are never touched, so there
 * is nothing to put back when the bar goes, and two bars at once (a
 * single-page app that shows the next page's bar before the last one goes)
 * each add and remove only their own sheet: the page is padded for the bar
 * that came last, then for the other.
 */
export class BottomBar {
  /** The bar the page is padded for, while one shows. */
  #bar?: Element;
  /** Takes the bar's stylesheet off the page, while one shows. */
  #unpadPage?: () => void;

  /** Pads the page for `bar`, or for no bar at all (`undefined`); the same bar again changes nothing. */
  follow(bar: Element | undefined): void {
    if (bar === this.#bar) return;
    this.#unpadPage?.();
    this.#unpadPage = undefined;
    this.#bar = bar;
    if (!bar) return;
    // `!important` and adopted last, so the page's own padding rules give way while the bar shows.
    const padding = new CSSStyleSheet();
    const sizeObserver = new ResizeObserver(() => {
      const height = `${bar.getBoundingClientRect().height}px!important`;
      padding.replaceSync(`html{scroll-padding-bottom:${height};padding-bottom:${height}}`);
    });
    sizeObserver.observe(bar);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, padding];
    document.addEventListener('keydown', this.#onKeydown);
    this.#unpadPage = () => {
      sizeObserver.disconnect();
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== padding);
      document.removeEventListener('keydown', this.#onKeydown);
    };
  }

  readonly #onKeydown = (event: KeyboardEvent): void => {
    // Focus moves after keydown: look once it has.
    if (event.key === 'Tab') setTimeout(() => this.#scrollFocusClear());
  };

  /** Firefox does not scroll to a focused element partly in view: after a Tab, a page element under the bar is scrolled clear. */
  #scrollFocusClear(): void {
    const bar = this.#bar;
    if (!bar) return;
    let focused = document.activeElement;
    while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
    if (!focused || focused.getRootNode() === bar.getRootNode()) return;
    if (focused.getBoundingClientRect().bottom > bar.getBoundingClientRect().top) focused.scrollIntoView(false);
  }
}
