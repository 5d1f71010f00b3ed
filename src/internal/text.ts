/**
 * Plain-text helpers shared by every parser. Feed text is data, never markup:
 * these only collapse whitespace and clamp length, on a code-point boundary so
 * a clamp never splits a Cyrillic letter's surrogate pair or an emoji.
 */
/**
 * Control characters but tab and line breaks: never visible text (only tofu boxes), and fatal to an
 * XML parser, which the feed reader's lenient pass removes them for.
 */
// eslint-disable-next-line no-control-regex
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Anything collapse() would change: a control character, whitespace but a single space, an edge space. */
// eslint-disable-next-line no-control-regex
const UNCLEAN = /[\u0000-\u001f\u007f]|[^\S ]| {2}|^ | $/;

export function collapse(value: unknown): string {
  if (typeof value !== 'string') return '';
  // Most feed text is already clean: one test instead of two replacements (a feed of a thousand items).
  if (!UNCLEAN.test(value)) return value;
  // \s covers NBSP and the Unicode spaces; control characters go too.
  return value.replace(CONTROL_CHARACTERS, '').replace(/\s+/g, ' ').trim();
}

export function clamp(text: string, max: number): string {
  if (text.length <= max) return text;
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  // Cut at the last word boundary when there is one reasonably near the end.
  let cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  if (space > max * 0.6) cut = cut.slice(0, space);
  return cut.replace(/[\s.,;:–—-]+$/u, '') + '…';
}

/** collapse + clamp: what every text field of the model goes through. */
export function plain(value: unknown, max: number): string {
  return clamp(collapse(value), max);
}
