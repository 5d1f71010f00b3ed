// The snippets a partner copies, in one place: the README's partner snippet and the docs
// pages (through site-plugin.mjs, at build time) and the snippet builder (in the page) all
// write them with these functions, so they never drift apart. No Node or DOM APIs here.

/** An attribute value in double quotes. */
const attr = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Starts the feed's request at the same time as the script's; the element's own request then uses it. */
export const preloadLine = (feedUrl) => `<link rel="preload" as="fetch" crossorigin="anonymous" href="${attr(feedUrl)}">`;

/**
 * Sizes each frame that posts `{newsroomWidgetsHeight}` (dist/embed.html does) to its content. A height
 * of 0 counts too: a banner the reader closed, or one with nothing to show, leaves no empty band.
 */
export const RESIZER =
  "<script>addEventListener('message', (e) => { for (const f of document.querySelectorAll('iframe')) if (f.contentWindow === e.source && e.data && typeof e.data.newsroomWidgetsHeight === 'number') f.style.height = e.data.newsroomWidgetsHeight + 'px'; });</script>";

/**
 * embed.html's URL for an element: `element`, then the element's attributes as query parameters
 * (a boolean attribute as an empty value). `page`: where embed.html is served as HTML, with the
 * script beside it: the publisher's copy (newsroom.config.json's `embed`), never a public npm
 * CDN's, which serve .html files as text/plain.
 */
export function embedUrl(page, tag, attrs) {
  const url = new URL(page);
  url.searchParams.set('element', tag);
  for (const [name, value] of attrs) url.searchParams.append(name, value === true ? '' : String(value));
  return url.href;
}

/**
 * The iframe embed: the frame, then the one-line resizer. The URL's `&` stay bare, as a partner
 * reads and edits them: every value in it is percent-encoded, so none can start a character reference.
 */
export const iframeSnippet = (src, title) =>
  `<iframe src="${src.replace(/"/g, '%22')}" title="${attr(title)}" style="width:100%;height:0;border:0" loading="lazy"></iframe>\n${RESIZER}`;
