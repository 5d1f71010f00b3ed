import {ReactiveElement, type PropertyDeclarations, type PropertyValues} from '@lit/reactive-element';

/** `theme` values; anything else follows the page, as when the attribute is absent. */
export type Theme = 'light' | 'dark' | 'auto';

/**
 * The base of every element: Lit's ReactiveElement (properties, attributes,
 * the batched update cycle, controllers, adopted styles), the `theme`
 * attribute, and the commit of what `render()` returns.
 *
 * Every element builds its shadow DOM with the DOM builder (`h` in dom.ts)
 * rather than lit-html templates: cards never update in place, and a template
 * keeps parts and marker comments alive per binding. So `render()` returns
 * one node, and a render that returns the node already shown touches nothing.
 * Without lit-html the script-tag file is about 3 kB gzip smaller.
 */
/**
 * First renders share a time budget per task once the page is parsed. A page with dozens of lists
 * would otherwise upgrade and render them all in the script's own task (the one long task a reader
 * feels as a frozen page); past the budget the rest render in the next task. Until its first render
 * an element shows its fallback children through a slot, exactly as before the script ran, so
 * waiting a task shifts nothing. While the page is still being parsed (a script without `async`)
 * every element renders at once: its reserved height must be there before the first paint.
 */
const SLICE_MS = 40;
/** When the current task's slice began; the first one with the script's own evaluation. */
let sliceStart = performance.now();
let sliceOpen = true;
/** Resolves in the next task; first renders over budget wait on it. */
let nextSlice: Promise<void> | undefined;
const nextTask = () =>
  new Promise<void>((resolve) => {
    const c = new MessageChannel();
    c.port1.onmessage = () => {
      // A port left open keeps its channel alive (and Node's process, where the package is imported for SSR).
      c.port1.close();
      resolve();
    };
    c.port2.postMessage(0);
  });
// The script's own task is the first slice; without MessageChannel (old SSR runtimes) there are no tasks to share.
if (typeof MessageChannel === 'function') void nextTask().then(() => (sliceOpen = false));

export class WidgetElement extends ReactiveElement {
  /**
   * Colour palette: `light` or `dark` forces one, `auto` follows the reader's
   * `prefers-color-scheme`; unset, the element follows the page's `color-scheme`.
   */
  theme?: Theme;

  static override properties: PropertyDeclarations = {theme: {reflect: true}};

  /** The node `render()` last returned, in the shadow root. */
  private shown_?: Element;

  /** Shows the light-DOM fallback until the first render replaces it. */
  private fallback_?: HTMLSlotElement;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    root.append((this.fallback_ = document.createElement('slot')));
    return root;
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated || document.readyState === 'loading') return this.performUpdate();
    const now = performance.now();
    if (!sliceOpen) {
      sliceOpen = true;
      sliceStart = now;
      void nextTask().then(() => (sliceOpen = false));
    }
    if (!nextSlice && now - sliceStart < SLICE_MS) return this.performUpdate();
    nextSlice ??= nextTask().then(() => (nextSlice = undefined));
    return nextSlice.then(() => this.scheduleUpdate());
  }

  /** The element's content: one element (kept when it has not changed), or nothing. */
  protected render(): Element | undefined {
    return undefined;
  }

  protected override update(changed: PropertyValues): void {
    // As LitElement does: render first, then reflect attributes and mark the update done, then commit.
    const node = this.render();
    super.update(changed);
    this.fallback_?.remove();
    this.fallback_ = undefined;
    if (node === this.shown_) return;
    // Only our own node goes: where adoptedStyleSheets is missing, the styles are <style> siblings.
    this.shown_?.remove();
    if (node) this.renderRoot.append(node);
    this.shown_ = node;
  }
}
