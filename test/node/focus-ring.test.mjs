// docs/reference.md's recipe for pages with many lists (Layout): content-visibility: auto
// on <related-articles>, so lists far from the viewport skip their rendering. The paint
// containment that brings clips at the element's edges, and the cards' focus ring is
// drawn just outside each card: without the recipe's overflow-clip-margin, a card at the
// list's edge shows a ring with its sides cut off. This reads the pixels where the ring
// is, in Debian's Chromium (the only engine here that screenshots from Node), for a
// keyboard reader's first Tab.
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {PNG} from 'pngjs';
import {launch} from '../../bench/lib/browser.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => browser?.close());

/** The recipe, as docs/reference.md gives it. */
const RECIPE = readFileSync(new URL('../../docs/reference.md', import.meta.url), 'utf8').match(/```css\n(related-articles \{\n {2}content-visibility: auto;[\s\S]*?)```/)?.[1];

test('with the many-lists recipe, the first card’s focus ring is whole at the list’s left and right edges', async () => {
  assert.ok(RECIPE, 'the recipe is in docs/reference.md');
  // Read at the start: a concurrent build may empty dist/ later in the run.
  const bundle = readFileSync(new URL('../../dist/newsroom-widgets.js', import.meta.url), 'utf8');
  const feed = readFileSync(new URL('../fixtures/ostrov/feed.json', import.meta.url), 'utf8');
  const context = await browser.newContext({viewport: {width: 390, height: 700}});
  try {
    const page = await context.newPage();
    await page.route('https://feeds.test/feed.json', (r) => r.fulfill({contentType: 'application/feed+json', headers: {'access-control-allow-origin': '*'}, body: feed}));
    await page.setContent(`<!doctype html><html lang="uk"><style>${RECIPE}</style><body style="margin:0;background:#fff"><main style="padding:16px">
      <related-articles src="https://feeds.test/feed.json"></related-articles></main></body></html>`);
    await page.addScriptTag({content: bundle});
    await page.waitForFunction(() => document.querySelector('related-articles').shadowRoot?.querySelectorAll('article:not(.skeleton article)').length === 3);
    await page.keyboard.press('Tab');
    const box = await page.evaluate(() => {
      const root = document.querySelector('related-articles').shadowRoot;
      const r = root.querySelector('article').getBoundingClientRect();
      return {left: r.left, right: r.right, top: r.top, bottom: r.bottom, focused: root.activeElement?.getAttribute('part')};
    });
    assert.equal(box.focused, 'link', 'Tab lands on the first card’s title link');
    // The ring: 2px wide, 2px outside the card. One column of pixels in its middle, on each side.
    const mid = Math.round((box.top + box.bottom) / 2);
    for (const x of [box.left - 3, box.right + 2]) {
      const png = await page.screenshot({clip: {x: Math.floor(x), y: mid - 10, width: 1, height: 20}});
      assert.ok(bluePixels(png) >= 15, `ring pixels at x=${Math.floor(x)}: ${bluePixels(png)} of 20`);
    }
  } finally {
    await context.close();
  }
});

/** Pixels of the focus colour (the accent, #0057b8: blue well above red and green) in a PNG strip. */
function bluePixels(png) {
  const {data} = PNG.sync.read(png);
  let n = 0;
  for (let i = 0; i < data.length; i += 4) if (data[i + 2] > 150 && data[i] < 80 && data[i + 1] < 140) n++;
  return n;
}
