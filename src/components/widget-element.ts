import {ReactiveElement, type PropertyDeclaration, type PropertyDeclarations, type PropertyValues} from '@lit/reactive-element';
import {attributeName} from './attribute-name.js';
import {renderTurn} from './render-turns.js';

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
 * one node, and a render that returns the node already shown touches nothing
 * (kept.ts is how each element keeps its nodes). Without lit-html the
 * script-tag file is also smaller (see BENCHMARKS.md).
 */
export class WidgetElement extends ReactiveElement {
  /**
   * Colour palette: `light` or `dark` forces one, `auto` follows the reader's
   * `prefers-color-scheme`; unset, the element follows the page's `color-scheme`.
   */
  theme?: Theme;

  static override properties: PropertyDeclarations = {theme: {reflect: true}};

  /**
   * Every property's attribute is named as HTML names them, the property's name in kebab case
   * (`headingLevel` → `heading-level`), where Lit would lowercase it (`headinglevel`); a declaration
   * that names its own attribute, or has none (`attribute: false`), keeps that. The manifest's
   * analyzer plugin (custom-elements-manifest.config.mjs) names them with the same attributeName.
   * @internal
   */
  static override createProperty(name: PropertyKey, options: PropertyDeclaration = {}): void {
    const attribute = typeof name === 'string' && options.attribute === undefined ? attributeName(name) : options.attribute;
    super.createProperty(name, {...options, attribute});
  }

  /**
   * Attached here, once for every element (a second attachInternals call throws): the CSS
   * custom states of element-state.ts use it. Undefined where the browser has no attachInternals.
   */
  protected readonly internals?: ElementInternals = 'attachInternals' in this ? this.attachInternals() : undefined;

  /**
   * The node shown in the shadow root: what `render()` last returned, or before the first render
   * the server's node, else a slot that shows the light-DOM fallback until that render replaces it.
   */
  #shownNode?: Element;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    // Lit keeps a shadow root the element already has: a declarative one, written by the server renderer.
    const serverNode = this.shadowRoot && contentNode(this.shadowRoot);
    const root = super.createRenderRoot();
    if (serverNode) {
      // Adopted as it is: no fallback slot, and the server's node counts as shown until a render replaces it.
      this.adoptServerNode(serverNode);
    } else {
      this.#shownNode = document.createElement('slot');
      root.append(this.#shownNode);
    }
    return root;
  }

  /** Looks for a late server-rendered root once the page is parsed (see adoptLateServerRoot). */
  #onParsed?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    // Defined before the parser reached the element's declarative shadow root (a script without
    // `async` above it): the element made its own root (it shows the fallback slot, not yet a
    // render), so the server's <template> stays a child.
    if (document.readyState === 'loading' && this.#shownNode instanceof HTMLSlotElement) {
      // Made only here: most elements are defined after the page is parsed and never need it.
      this.#onParsed ??= () => this.#adoptLateServerRoot();
      document.addEventListener('DOMContentLoaded', this.#onParsed, {once: true});
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.#onParsed) document.removeEventListener('DOMContentLoaded', this.#onParsed);
  }

  /**
   * A server-rendered `<template shadowrootmode>` that arrived after the element made its own
   * shadow root: removed, and its content shown instead of ours while the element has nothing
   * better to show (`adoptsLateServerNode`).
   */
  #adoptLateServerRoot(): void {
    const template = this.querySelector<HTMLTemplateElement>(':scope > template[shadowrootmode]');
    if (!template) return;
    template.remove();
    const serverNode = contentNode(template.content);
    if (!serverNode || !this.adoptsLateServerNode()) return;
    this.#shownNode?.remove();
    this.renderRoot.append(serverNode);
    this.adoptServerNode(serverNode);
    this.requestUpdate();
  }

  /** Whether a late server-rendered root should replace what the element shows now. */
  protected adoptsLateServerNode(): boolean {
    return false;
  }

  /**
   * Called once with the top node of a server-rendered shadow root, for the element to take over
   * its parts. The base keeps it as the node shown and nothing more.
   */
  protected adoptServerNode(node: Element): void {
    this.#shownNode = node;
  }

  /**
   * A render waits for its turn (render-turns.ts) once the page is parsed. Before the first one,
   * the fallback children show through the slot, as before the script ran, so waiting shifts
   * nothing; later, the element keeps showing what it showed. While the page is still being parsed
   * (a script without `async`) every element renders at once: its reserved height must be there
   * before the first paint.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const wait = document.readyState === 'loading' ? undefined : renderTurn();
    return wait ? wait.then(() => this.scheduleUpdate()) : this.performUpdate();
  }

  /** The element's content: one element (kept when it has not changed), or nothing. */
  protected render(): Element | undefined {
    return undefined;
  }

  protected override update(changed: PropertyValues): void {
    // As LitElement does: render first, then reflect attributes and mark the update done, then commit.
    const node = this.render();
    super.update(changed);
    if (node === this.#shownNode) return;
    // Only our own node goes: where adoptedStyleSheets is missing, the styles are <style> siblings.
    this.#shownNode?.remove();
    if (node) this.renderRoot.append(node);
    this.#shownNode = node;
  }
}

/** The node a server-rendered root shows: its first element that is not a stylesheet. */
function contentNode(root: DocumentFragment): Element | undefined {
  return [...root.children].find((child) => !child.matches('style, link'));
}
