/**
 * The page under a bar fixed to the bottom of the viewport. While the bar
 * shows, the page's scroll padding is its height, so an element the reader
 * tabs to is scrolled clear of it, never hidden under it (WCAG 2.4.11), and
 * the page has as much padding below its end, so its last line can scroll
 * clear too (space added after everything: nothing moves). When the bar goes,
 * the page's own inline values come back exactly.
 */
export class BottomBar {
  /** The bar the page is padded for, while one shows. */
  #bar?: Element;
  /** Puts the page back as it was before the bar came, while one shows. */
  #restorePage?: () => void;

  /** Pads the page for `bar`, or for no bar at all (`undefined`); the same bar again changes nothing. */
  follow(bar: Element | undefined): void {
    if (bar === this.#bar) return;
    this.#restorePage?.();
    this.#restorePage = undefined;
    this.#bar = bar;
    if (!bar) return;
    // The page's own inline values, to put back when the bar goes; until then its padding follows the bar's height.
    const style = document.documentElement.style;
    const pageScrollPadding = style.scrollPaddingBottom;
    const pagePadding = style.paddingBottom;
    const sizeObserver = new ResizeObserver(() => {
      const height = `${bar.getBoundingClientRect().height}px`;
      style.scrollPaddingBottom = height;
      style.paddingBottom = height;
    });
    sizeObserver.observe(bar);
    document.addEventListener('keydown', this.#onKeydown);
    this.#restorePage = () => {
      sizeObserver.disconnect();
      style.scrollPaddingBottom = pageScrollPadding;
      style.paddingBottom = pagePadding;
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
