/** Attributes of a built element; an undefined value leaves the attribute out. */
export type Attrs = Record<string, string | undefined>;

/** A child of a built element: one built before, text, or nothing (false, undefined). */
export type Child<N> = N | string | false | undefined;

/**
 * Builds one element. The markup of every element is written once against this
 * signature and built by either builder: `h` (DOM nodes, in the browser) or
 * `markup` in src/server/ (an escaped HTML string, on a server). Text is always
 * text: neither builder parses HTML from its arguments.
 */
export type Build<N> = (tag: string, attrs: Attrs, ...children: Child<N>[]) => N;

/** Sets each attribute, or removes it where the value is undefined. */
export function setAttrs(el: Element, attrs: Attrs): void {
  for (const name in attrs) {
    if (attrs[name] === undefined) el.removeAttribute(name);
    else el.setAttribute(name, attrs[name]);
  }
}

/**
 * An element with attributes and children. Strings become Text nodes (never
 * markup: nothing here parses HTML), and attributes are set one by one, so
 * feed text stays text.
 */
export function h(tag: string, attrs: Attrs, ...children: Child<Node>[]): HTMLElement {
  const el = document.createElement(tag);
  // The same rule as an update in place; on a new element an undefined value has nothing to remove.
  setAttrs(el, attrs);
  for (const child of children) if (child) el.append(child);
  return el;
}

/**
 * Makes `children` (false and null ones skipped) the children of `parent`, in order,
 * without moving a node that is already in its place: a kept node keeps the
 * reader's focus and its state, as with a Lit binding that did not change.
 */
export function place(parent: Element, ...children: (Node | false | null | undefined)[]): void {
  const want = children.filter(Boolean) as Node[];
  for (const node of [...parent.childNodes]) if (!want.includes(node)) node.remove();
  let at = parent.firstChild;
  for (const node of want) {
    if (node === at) at = at.nextSibling;
    else parent.insertBefore(node, at);
  }
}
