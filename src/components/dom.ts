type Child = Node | string | false | undefined;

/**
 * An element with attributes and children. Strings become Text nodes (never
 * markup: nothing here parses HTML), and attributes are set one by one, so
 * feed text stays text exactly as with Lit's text bindings.
 */
export function h(tag: string, attrs: Record<string, string | undefined>, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  for (const name in attrs) if (attrs[name] !== undefined) el.setAttribute(name, attrs[name]!);
  for (const child of children) if (child) el.append(child);
  return el;
}
