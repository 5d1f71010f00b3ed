/**
 * The page's switches (`newsroom-…` in its URL, `<meta name="newsroom-widgets">` in its
 * markup), and the console output of
 * `newsroom-debug=1`: every element's decisions, for a partner finding out why
 * something shows or does not. One module, so every layer prints them alike.
 */

/** A `newsroom-…` parameter in the page URL (none in Node, where the modules may be imported). */
export const pageParam = (name: string): string | null => new URLSearchParams(globalThis.location?.search).get('newsroom-' + name);

/** The page says `word` in `<meta name="newsroom-widgets" content="…">` (no document in Node). */
export const pageMeta = (word: string): boolean => !!globalThis.document?.querySelector(`meta[name=newsroom-widgets][content~=${word}]`);

let debugging: boolean | undefined;

/** `newsroom-debug=1` is in the page URL: read on first use, then kept for the page. */
export function debugOn(): boolean {
  debugging ??= pageParam('debug') === '1';
  return debugging;
}

/** One console line with the library's prefix, only under `newsroom-debug=1`. */
export function debug(...parts: unknown[]): void {
  if (debugOn()) console.info('[newsroom-widgets]', ...parts);
}
