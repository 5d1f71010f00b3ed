import {domParsers} from './dom-parsers.js';

/**
 * HTML from a feed (RSS descriptions, JSON Feed content_html) turned into plain
 * text without ever creating an element from it: tags are stripped by pattern,
 * and the elements put the result into text nodes (their small DOM builder), so
 * even a fragment this misses can only ever show up as visible characters.
 */

/**
 * Character references decoded by the browser's own HTML parser ("parse it, take
 * the text", as issue 3 puts it): every named one and numeric ones with HTML's
 * rules, for less code than a partial table. Like the XML reader, it
 * uses DOMParser (see dom-parsers.ts), whose document is never attached to the
 * page and loads nothing. When a page's Trusted Types refuse our policy, no HTML
 * parser may run at all: the references then stay as written (the browser's own
 * console line names the policy to allow, and the reference says so), rather than
 * a hand-written decoder covering part of HTML's rules.
 *
 * One parse per distinct reference, not per string: a parse is not free, and a
 * large RSS feed has many strings with `&nbsp;` or `&#8211;` in them but only a
 * few distinct references. Outside a character
 * reference the tokenizer passes text through as it is, so decoding each
 * `&name;` run alone gives what parsing the whole string would. The cache is
 * bounded, and a hostile feed can hold any number of distinct references: past
 * the bound a string is parsed whole, once, as if there were no cache.
 */
const REFERENCE = /&(?:#x?[\da-f]+|[a-z\d]+);?/gi;
const MAX_CACHED = 1024;
const decoded = new Map<string, string>();

function parseText(text: string): string {
  try {
    return domParsers.decodeHtml(text);
  } catch {
    return text;
  }
}

export function decodeEntities(text: string): string;
/** Any other JSON value (a JSON Feed's field may hold one) is handed back as it is, for normalize to judge. */
export function decodeEntities(text: unknown): unknown;
export function decodeEntities(text: unknown): unknown {
  if (typeof text !== 'string') return text;
  const refs = text.match(REFERENCE);
  if (!refs) return text;
  if (decoded.size + refs.length > MAX_CACHED) return parseText(text);
  return text.replace(REFERENCE, (ref) => {
    if (!decoded.has(ref)) decoded.set(ref, parseText(ref));
    return decoded.get(ref)!;
  });
}

/** Plain text of an HTML fragment: tags dropped, block ends become spaces, entities decoded. */
export function htmlToText(html: string): string {
  // Most titles, tags and names hold neither: no pass over them at all.
  return !/[<&]/.test(html) ? html : decodeEntities(
    html
      // Content of these elements is never reader-visible text. (MathML's is: `a+b` reads as text.)
      .replace(/<(head|script|style|template|noscript|iframe|object|svg)\b[\s\S]*?<\/\1\s*>/gi, ' ')
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
      // A quoted `>` does not end a tag; when a quote is left open, the first `>` does. A
      // declaration stops short of a `<`: an unclosed `<![CDATA[x<b title=">">` must not end
      // inside the tag after it and leave that tag's tail behind.
      .replace(/<\/?[a-z](?:[^>"']|"[^"]*"|'[^']*')*>|<\/?[a-z][^>]*>|<[!?][^<>]*>/gi, (tag) => (/^<\/?(p|div|br|li|h[1-6]|tr|td|th|blockquote|section|article|figure|figcaption|hr)\b/i.test(tag) ? ' ' : ''))
      // A stray unclosed tag at the end of a clamped description.
      .replace(/<[a-z/!?][^>]*$/i, ''),
  );
}
