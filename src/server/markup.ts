import type {Build, Child} from '../components/dom.js';

/**
 * HTML built by the server renderer. Only `markup()` makes one, from escaped
 * text and attribute values, so a string that is a `Markup` is safe to write
 * into a page as it stands; a plain string child is always escaped as text.
 */
export class Markup {
  constructor(readonly html: string) {}
  toString(): string {
    return this.html;
  }
}

/** Elements with no end tag. */
const VOID_ELEMENTS = new Set(['img', 'link', 'meta', 'br', 'hr', 'source', 'input']);
/** Tag and attribute names come from our own code; anything else is a bug, not feed data. */
const NAME = /^[a-z][a-z0-9-]*$/;

/** Text as it must be written between tags. */
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An attribute value as it must be written inside double quotes. */
export function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;');
}

function checkName(name: string): string {
  if (!NAME.test(name)) throw new Error(`newsroom-widgets: "${name}" is not a tag or attribute name`);
  return name;
}

/** Attributes as written in a start tag (with a leading space each); undefined ones are left out. */
export function attributesHtml(attrs: Record<string, string | undefined>): string {
  let html = '';
  for (const name in attrs) {
    const value = attrs[name];
    if (value !== undefined) html += ` ${checkName(name)}="${escapeAttribute(value)}"`;
  }
  return html;
}

/**
 * The server's builder: the same signature as the DOM's `h`, building the same
 * element as HTML. Text children are escaped; `Markup` children are written as
 * they are, having been escaped when they were built.
 */
export const markup: Build<Markup> = (tag: string, attrs: Record<string, string | undefined>, ...children: Child<Markup>[]): Markup => {
  const name = checkName(tag);
  let html = `<${name}${attributesHtml(attrs)}>`;
  if (VOID_ELEMENTS.has(name)) return new Markup(html);
  for (const child of children) {
    if (child instanceof Markup) html += child.html;
    else if (typeof child === 'string') html += escapeText(child);
  }
  return new Markup(`${html}</${name}>`);
};
