// The docs' snippet builder (docs/builder.html), driven as a partner would: pick
// options, copy the snippet, paste it into a blank page on another origin. The
// pasted page must show the same cards in the same colours as the builder's
// preview, load the script through its integrity hash, and never move the text
// below the block: not before the script runs (the reserve CSS), not while the
// feed loads, not when the cards arrive.
import {expect} from '@open-wc/testing';
import {closePages, FEED, OSTROV, openPage, PAGES, PHOTO, problems, serveDoc} from './harness.js';

const ACCENT = '#c8102e';
const CARD_BACKGROUND = '#fff8e1';

/** Watches the paragraph below the block on every frame from the first one, and reports any move as a console error (the probe records those). */
const WATCH = `<script>
(() => {
  let first, last;
  const state = () => {
    const el = document.querySelector('related-articles');
    if (!customElements.get('related-articles')) return 'before the script ran';
    return el.shadowRoot && el.shadowRoot.querySelector('[aria-busy="true"]') ? 'while the feed loaded' : 'once the cards were in';
  };
  const tick = () => {
    const below = document.getElementById('below');
    if (below) {
      const y = below.getBoundingClientRect().top + scrollY;
      if (first === undefined) first = y;
      else if (y !== last && Math.abs(y - first) > 0.01) console.error('layout shift ' + state() + ': the text below moved from ' + first + ' to ' + y);
      last = y;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  // Where the engine reports layout shifts (Chromium), any shift at all is a failure too.
  if (PerformanceObserver.supportedEntryTypes && PerformanceObserver.supportedEntryTypes.includes('layout-shift')) {
    new PerformanceObserver((list) => list.getEntries().forEach((e) => e.value > 0 && console.error('layout-shift entry: ' + e.value)))
      .observe({type: 'layout-shift', buffered: true});
  }
})();
</script>`;

async function until<T>(what: string, check: () => T | undefined | null | false, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function openBuilder(): Promise<Window> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'position: fixed; top: 0; left: 0; width: 1280px; height: 900px; border: 0; background: #fff';
  const loaded = new Promise((r) => frame.addEventListener('load', r, {once: true}));
  // Served by the test runner from the docs' sources: same origin as this test, so it can drive the form.
  frame.src = '/docs/builder.html';
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow!;
  await until('the builder to read the manifest', () => win.document.querySelector('select[name="element"] option'));
  return win;
}

/** Types into a field the way a reader does: the value, then an input event. */
function set(win: Window, name: string, value: string | boolean): void {
  const form = win.document.querySelector('form')!;
  const field = form.elements.namedItem(name) as HTMLInputElement | null;
  if (!field) throw new Error(`the builder has no field "${name}"`);
  if (typeof value === 'boolean') field.checked = value;
  else field.value = value;
  field.dispatchEvent(new (win as unknown as typeof globalThis).Event('input', {bubbles: true}));
}

/** Titles and colours of the cards inside a <related-articles> shadow root. */
function cardsOf(root: ShadowRoot) {
  const css = (sel: string, prop: string) => [...root.querySelectorAll(sel)].map((e) => getComputedStyle(e).getPropertyValue(prop));
  return {
    titles: [...root.querySelectorAll('[part~="title"]')].map((e) => e.textContent!.replace(/\s+/g, ' ').trim()),
    category: css('[part~="category"]', 'color'),
    background: css('[part~="card"]', 'background-color'),
  };
}

describe('e2e: the docs snippet builder', () => {
  afterEach(closePages);
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('copies a snippet that renders the same cards and colours on another origin, with SRI and no layout shift', async () => {
    // The seed feed with a picture on every item (images make the height grow with the width),
    // answered after 1.5 s so the pasted page shows its loading state first.
    const feed = await (await fetch(`${FEED}${OSTROV}`)).json();
    for (const item of feed.items) item.image = `${FEED}${PHOTO}`;
    const src = await serveDoc(JSON.stringify(feed), {delay: 1500});

    const win = await openBuilder();
    set(win, 'element', 'related-articles');
    set(win, 'attr:src', src);
    set(win, 'attr:limit', '2');
    set(win, 'attr:heading', 'Read next');
    set(win, 'attr:lang', 'en');
    set(win, 'attr:images', true);
    set(win, 'css:--newsroom-accent', ACCENT);
    set(win, 'css:--newsroom-card-background', CARD_BACKGROUND);
    // The pasted page loads the bundle from its own origin (the page server's copy of dist/).
    set(win, 'script-url', `${PAGES}/dist/newsroom-widgets.js`);

    const code = win.document.getElementById('snippet')!;
    const shown = await until('the snippet for these options', () => {
      const text = code.textContent ?? '';
      return code.parentElement!.dataset.state === 'ready' && text.includes(src.replace(/&/g, '&amp;')) && text.includes(ACCENT) && text.includes(PAGES) && text;
    });

    // The copy button puts exactly the snippet shown on the clipboard.
    let copied = '';
    Object.defineProperty(win.navigator, 'clipboard', {configurable: true, value: {writeText: async (t: string) => void (copied = t)}});
    win.document.getElementById('copy')!.click();
    await until('the copy', () => copied);
    expect(copied).to.equal(shown);
    const sri = (await (await fetch('/dist/sri.json')).json()).integrity as string;
    expect(copied).to.contain(`<script src="${PAGES}/dist/newsroom-widgets.js"`);
    expect(copied).to.contain(`integrity="${sri}" crossorigin="anonymous" async`);
    expect(copied).to.match(/related-articles:not\(:defined\)/);
    expect(copied).to.match(/<related-articles [^>]*limit="2"[^>]*images[^>]*>/);

    // What the builder's preview shows.
    const preview = (win.document.getElementById('preview') as HTMLIFrameElement).contentDocument!;
    const expected = await until('the preview cards', () => {
      const root = preview.querySelector('related-articles')?.shadowRoot;
      const cards = root && cardsOf(root);
      return cards && cards.titles.length === 2 && cards;
    });
    expect(expected.category[0]).to.equal('rgb(200, 16, 46)');

    // The snippet pasted into a blank page of another origin, text above and below it.
    const body = (snippet: string) => `${WATCH}
      <div style="width: 700px"><p>A partner's story, before the block.</p>
      <div id="slot" style="display: flow-root">${snippet}</div>
      <p id="below">The story goes on below the block.</p></div>`;
    const page = await openPage({head: '', body: body(copied)});
    await page.events(/^related-articles-load$/, 1);
    const titles = (await page.query(['related-articles', '[part~="title"]'])).map((t) => t.text);
    const category = (await page.query(['related-articles', '[part~="category"]'], {styles: ['color']})).map((c) => c.styles.color);
    const background = (await page.query(['related-articles', '[part~="card"]'], {styles: ['background-color']})).map((c) => c.styles['background-color']);
    expect({titles, category, background}).to.deep.equal(expected);
    const loaded = (await page.query(['#slot']))[0]!.rect.height;
    // The same snippet without its script: the element stays undefined, and the CSS alone keeps its final height.
    const bare = await openPage({head: '', body: body(copied.replace(/<script[\s\S]*?<\/script>/, ''))});
    const reserved = (await bare.query(['#slot']))[0]!.rect.height;
    expect((await bare.record()).defines).to.deep.equal({});
    const rec = await page.record();
    expect(rec.failed, 'the bundle was refused (integrity?) or an image failed').to.deep.equal([]);
    expect(problems(rec), 'console errors, including any layout shift').to.deep.equal([]);

    expect(Math.abs(reserved - loaded), `reserved ${reserved}px before the script, ${loaded}px once loaded`).to.be.below(0.5);
  });
});
