// When a docs page is ready to be measured or photographed: run in the page (Playwright's
// waitForFunction), by test/node/docs-fit.test.mjs and scripts/docs-shots.mjs.

/**
 * True once everything that can change the page after the load event is there. Its fonts are in
 * (a late font changes the width of text), every custom element is defined, and every live example
 * shows what its feed gives (cards, a banner, an error or nothing), but for the examples of the
 * loading state, whose feed never answers (`stall=1`, see docs/sample-faults.js). On the builder, the
 * snippet has its measured height CSS, which comes later and holds its longest lines.
 */
export function docsPageSettled() {
  if (document.fonts.status !== 'loaded' || document.querySelector(':not(:defined)')) return false;
  for (const widget of document.querySelectorAll('related-articles, support-banner')) {
    const stalled = new URL(widget.src, location.href).searchParams.get('stall') === '1';
    if (widget.state === 'loading' && !stalled) return false;
  }
  const snippet = document.getElementById('snippet');
  return !snippet || snippet.parentElement.dataset.state === 'ready';
}
