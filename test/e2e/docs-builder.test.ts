// The docs' snippet builder (docs/builder.html), driven as a partner would: pick
// options, copy the snippet, paste it into a blank page on another origin. The
// pasted page must show the same cards in the same colours as the builder's
// preview, load the script through its integrity hash, and never move the text
// below the block: not before the script runs (the reserve CSS), not while the
// feed loads, not when the cards arrive.
import {expect} from '@open-wc/testing';
import {renderRelatedArticles} from '../../src/server/render.js';
import {BANNER, closePages, FEED, OSTROV, openPage, PAGES, PHOTO, problems, serveDoc} from './harness.js';

const ACCENT = '#c8102e';
const CARD_BACKGROUND = '#fff8e1';

/** Watches the paragraph below the block on every frame from the first one, and reports any move as a console error (the probe records those). */
const WATCH = `<script>
(() => {
  let first, last;
  const state = () => {
    const el = document.querySelector('#slot > :not(style):not(script):not(link)');
    if (!customElements.get(el.localName)) return 'before the script ran';
    return el.shadowRoot && el.shadowRoot.querySelector('[aria-busy="true"], [part~="placeholder"]') ? 'while the data loaded' : 'once the data was in';
  };
  const tick = () => {
    const below = document.getElementById('below');
    if (below) {
      const y = below.getBoundingClientRect().top + scrollY;
      if (first === undefined) first = y;
      // Under half a pixel is layout rounding (Firefox moved the text by 0.017 px), not a shift a reader sees.
      else if (y !== last && Math.abs(y - first) > 0.5) console.error('layout shift ' + state() + ': the text below moved from ' + first + ' to ' + y);
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

/** Errors the builder page throws or leaves unhandled, as a reader's console would show them. */
const pageErrors: string[] = [];

async function openBuilder(): Promise<Window> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'position: fixed; top: 0; left: 0; width: 1280px; height: 900px; border: 0; background: #fff';
  const loaded = new Promise((r) => frame.addEventListener('load', r, {once: true}));
  // Served by the test runner from the docs' sources: same origin as this test, so it can drive the form.
  frame.src = '/docs/builder.html';
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow!;
  win.addEventListener('error', (e) => pageErrors.push(String(e.message)));
  win.addEventListener('unhandledrejection', (e) => pageErrors.push(String((e as PromiseRejectionEvent).reason)));
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

/** Text and colours of the parts a partner sees, inside the element's shadow root. */
function partsOf(root: ShadowRoot, text: string, colours: Record<string, string>) {
  const css = (sel: string, prop: string) => [...root.querySelectorAll(sel)].map((e) => getComputedStyle(e).getPropertyValue(prop));
  return {
    text: [...root.querySelectorAll(`[part~="${text}"]`)].map((e) => e.textContent!.replace(/\s+/g, ' ').trim()),
    colours: Object.entries(colours).map(([part, prop]) => css(`[part~="${part}"]`, prop)),
  };
}

/** The text and colours of the builder's live preview, once it shows `count` of the `text` part. */
function previewParts(win: Window, what: string, tag: string, text: string, colours: Record<string, string>, count: number) {
  return until(what, () => {
    // Looked up at every poll: the builder loads a new document into the preview for each change.
    const root = previewDoc(win).querySelector(tag)?.shadowRoot;
    const parts = root && partsOf(root, text, colours);
    return parts && parts.text.length === count && parts;
  });
}

/** Waits for the active tab's snippet with these strings in it, copies it with the copy button, and returns what was copied. */
async function copyShown(win: Window, mustContain: string[]): Promise<string> {
  const code = win.document.getElementById('snippet')!;
  const shown = await until('the snippet for these options', () => {
    const text = code.textContent ?? '';
    return code.parentElement!.dataset.state === 'ready' && mustContain.every((m) => text.includes(m)) && text;
  });
  // The copy button puts exactly the snippet shown on the clipboard.
  let copied = '';
  Object.defineProperty(win.navigator, 'clipboard', {configurable: true, value: {writeText: async (t: string) => void (copied = t)}});
  win.document.getElementById('copy')!.click();
  await until('the copy', () => copied);
  expect(copied).to.equal(shown);
  // What the builder said about it (a failed measuring, say), for any assertion on the copy that fails.
  expect(win.document.getElementById('status')!.dataset.state, win.document.getElementById('status')!.textContent!).not.to.equal('error');
  return copied;
}

/** The Script tab's snippet, copied: the script-tag file given (the articles-only one for articles), with that file's integrity hash. */
async function copySnippet(win: Window, mustContain: string[], file = 'newsroom-widgets.js'): Promise<string> {
  const copied = await copyShown(win, mustContain);
  const sri = (await (await fetch('/dist/sri.json')).json()).files[file] as string;
  expect(sri).to.match(/^sha384-/);
  expect(copied).to.contain(`<script src="${PAGES}/dist/${file}"\n        integrity="${sri}" crossorigin="anonymous" async`);
  return copied;
}

/** Picks a tab as a reader does, with a click. */
function pickTab(win: Window, name: 'script' | 'server' | 'iframe'): void {
  win.document.getElementById(`tab-${name}`)!.click();
  expect(win.document.getElementById(`tab-${name}`)!.getAttribute('aria-selected')).to.equal('true');
}

const previewDoc = (win: Window) => (win.document.getElementById('preview') as HTMLIFrameElement).contentDocument!;

/**
 * Pastes the snippet into a blank 700 px column of a page on the page origin, between
 * two paragraphs, and again without its script tag (the element then never gets defined).
 * Checks the bundle ran under its integrity hash, nothing moved, and the CSS alone held
 * the final height; returns the text and colours of the parts, as partsOf does.
 */
async function paste(snippet: string, tag: string, ready: RegExp | undefined, text: string, colours: Record<string, string>) {
  const body = (html: string) => `${WATCH}
    <div style="width: 700px"><p>A partner's story, before the block.</p>
    <div id="slot" style="display: flow-root">${html}</div>
    <p id="below">The story goes on below the block.</p></div>`;
  const page = await openPage({head: '', body: body(snippet)});
  if (ready) await page.events(ready, 1);
  else await page.until(`<${tag}> to render`, async (p) => (await p.query([tag, `[part~="${text}"]`])).length > 0);
  const found = {
    text: (await page.query([tag, `[part~="${text}"]`])).map((t) => t.text),
    colours: await Promise.all(
      Object.entries(colours).map(async ([part, prop]) => (await page.query([tag, `[part~="${part}"]`], {styles: [prop]})).map((p) => p.styles[prop])),
    ),
  };
  const loaded = (await page.query(['#slot']))[0]!.rect.height;
  const bare = await openPage({head: '', body: body(snippet.replace(/<script[\s\S]*?<\/script>/, ''))});
  const reserved = (await bare.query(['#slot']))[0]!.rect.height;
  expect((await bare.record()).defines).to.deep.equal({});
  expect(Math.abs(reserved - loaded), `reserved ${reserved}px before the script, ${loaded}px once loaded`).to.be.below(0.5);
  const rec = await page.record();
  expect(rec.failed, 'the bundle was refused (integrity?) or an image failed').to.deep.equal([]);
  expect(problems(rec), 'console errors, including any layout shift').to.deep.equal([]);
  return found;
}

/** `rgb(r, g, b)` as the #rrggbb a colour input holds. */
const hex = (rgb: string) => `#${(rgb.match(/\d+/g) ?? []).slice(0, 3).map((v) => Number(v).toString(16).padStart(2, '0')).join('')}`;

describe('e2e: the docs snippet builder', () => {
  afterEach(closePages);
  beforeEach(() => {
    pageErrors.length = 0;
  });

  it("starts on the publisher's URLs from newsroom.config.json, and copies what it shows right after an edit, saying so", async function () {
    this.timeout(60_000);
    const [raw, pkg] = await Promise.all([(await fetch('/newsroom.config.json')).json(), (await fetch('/package.json')).json()]);
    const script = String(raw.script).replace('{version}', pkg.version);
    const win = await openBuilder();
    const code = win.document.getElementById('snippet')!;
    const first = await until('the default snippet', () => code.textContent);
    // Articles alone: the feed preloaded with the script, and the articles-only file with its own hash.
    const files = (await (await fetch('/dist/sri.json')).json()).files as Record<string, string>;
    expect(first).to.match(new RegExp(`^<link rel="preload" as="fetch" crossorigin="anonymous" href="${raw.articles.replace(/\./g, '\\.')}">\n<script src=`));
    expect(first).to.contain(`<script src="${script.replace('newsroom-widgets.js', 'related-articles.js')}"\n        integrity="${files['related-articles.js']}"`);
    expect(first).to.contain(`src="${raw.articles}"`);
    expect(first).not.to.match(/127\.0\.0\.1|localhost/);

    let copied = '';
    Object.defineProperty(win.navigator, 'clipboard', {configurable: true, value: {writeText: async (t: string) => void (copied = t)}});
    const button = win.document.getElementById('copy')!;
    // The edit and the click in one go: no time for a debounce to catch up.
    set(win, 'attr:limit', '2');
    set(win, 'attr:heading', 'Read next');
    const shown = code.textContent!;
    button.click();
    await until('the copy', () => copied);
    expect(copied).to.equal(shown);
    expect(copied).to.match(/<related-articles [^>]*limit="2"[^>]*heading="Read next"/);
    await until('the button to say it copied', () => button.textContent === 'Copied');
    // The preview runs the same options.
    await until('the preview with the edit', () => {
      const el = (win.document.getElementById('preview') as HTMLIFrameElement).contentDocument!.querySelector('related-articles');
      return el?.getAttribute('limit') === '2' && el.getAttribute('heading') === 'Read next';
    });
    // The banner needs the all-in-one file, and has no feed to preload.
    set(win, 'element', 'support-banner');
    const banner = await until('the banner snippet', () => code.textContent!.includes('<support-banner') && code.textContent);
    expect(banner).to.contain(`<script src="${script}"\n        integrity="${files['newsroom-widgets.js']}"`);
    expect(banner).not.to.contain('rel="preload"');
    expect(pageErrors).to.deep.equal([]);
  });

  it('leaves the preload out for a lazy list: the feed would load with the page, which `loading="lazy"` is there to avoid', async function () {
    this.timeout(60_000);
    const win = await openBuilder();
    const code = win.document.getElementById('snippet')!;
    await until('the default snippet, with its preload', () => code.textContent!.startsWith('<link rel="preload"'));
    set(win, 'attr:loading', 'lazy');
    const lazy = await until('the lazy snippet', () => code.textContent!.includes('loading="lazy"') && code.textContent);
    expect(lazy).not.to.contain('rel="preload"');
    set(win, 'attr:loading', 'eager');
    await until('the preload back for an eager list', () => code.textContent!.includes('loading="eager"') && code.textContent!.startsWith('<link rel="preload"'));
    expect(pageErrors).to.deep.equal([]);
  });

  it('colour swatches show the colours the element really uses when nothing is set', async function () {
    this.timeout(60_000);
    const win = await openBuilder();
    set(win, 'attr:src', `${FEED}${OSTROV}`);
    // Measured means the preview of these options has rendered (it reloads on every edit).
    const code = win.document.getElementById('snippet')!;
    await until('the snippet for the sample feed', () => code.parentElement!.dataset.state === 'ready' && code.textContent!.includes(OSTROV));
    const colours = {category: 'color', card: 'background-color'};
    const parts = await previewParts(win, 'the preview cards', 'related-articles', 'title', colours, 3);
    const swatch = (name: string) => win.document.querySelector<HTMLInputElement>(`#colours input[type="color"][data-property="${name}"]`)!;
    const text = (name: string) => win.document.querySelector<HTMLInputElement>(`input[name="css:${name}"]`)!;
    await until('the swatches to take the defaults', () => swatch('--newsroom-accent').value !== '#000000' && text('--newsroom-accent').placeholder.startsWith('default'));
    expect(swatch('--newsroom-accent').value).to.equal(hex(parts.colours[0]![0]!));
    expect(swatch('--newsroom-card-background').value).to.equal(hex(parts.colours[1]![0]!));
    expect(text('--newsroom-card-background').placeholder).to.equal(`default ${hex(parts.colours[1]![0]!)}`);
    expect(pageErrors).to.deep.equal([]);
  });

  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('copies a snippet that renders the same cards and colours on another origin, with SRI and no layout shift', async function () {
    // The builder measures, then two pages load: more than the default 20 s on a busy machine.
    this.timeout(90_000);
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
    const copied = await copySnippet(win, [src.replace(/&/g, '&amp;'), ACCENT, PAGES], 'related-articles.js');
    expect(copied).to.contain(`<link rel="preload" as="fetch" crossorigin="anonymous" href="${src.replace(/&/g, '&amp;')}">`);
    expect(copied).to.match(/related-articles:not\(:defined\)/);
    expect(copied).to.match(/<related-articles [^>]*limit="2"[^>]*images[^>]*>/);

    const colours = {category: 'color', card: 'background-color'};
    const expected = await previewParts(win, 'the preview cards', 'related-articles', 'title', colours, 2);
    expect(expected.colours[0]![0]).to.equal('rgb(200, 16, 46)');
    expect(await paste(copied, 'related-articles', /^related-articles-load$/, 'title', colours)).to.deep.equal(expected);
  });

  it('copies a banner snippet whose reserved height holds before the script, while the config loads and once it shows', async function () {
    this.timeout(90_000);
    // One variant (the goal bar, the tallest) with its message as two paragraphs, which a banner made from
    // attributes cannot show, under a campaign id no other page has seen, answered after 1.5 s.
    const config = await (await fetch(`${FEED}${BANNER}`)).json();
    for (const c of config.campaigns) {
      c.id = `${c.id}-docs-${Date.now()}`;
      c.variants = c.variants.filter((v: {id: string}) => v.id === 'grants-goal');
      for (const v of c.variants) v.message = [v.message, 'Ми пишемо з Донбасу для тих, хто там живе, і для тих, хто мусив виїхати.'];
    }
    const src = await serveDoc(JSON.stringify(config), {type: 'application/json', delay: 1500});

    const win = await openBuilder();
    set(win, 'element', 'support-banner');
    set(win, 'attr:src', src);
    set(win, 'attr:lang', 'uk');
    set(win, 'css:--newsroom-accent', ACCENT);
    set(win, 'width-wide', '700');
    set(win, 'script-url', `${PAGES}/dist/newsroom-widgets.js`);
    const copied = await copySnippet(win, [src.replace(/&/g, '&amp;'), ACCENT, PAGES, 'at 700 px wide']);
    expect(copied).to.match(/<support-banner [^>]*reserve="var\(--banner-reserve\)"/);

    const colours = {cta: 'background-color'};
    const expected = await previewParts(win, 'the preview banner', 'support-banner', 'message', colours, 2);
    expect(expected.colours[0]![0]).to.equal('rgb(200, 16, 46)');
    // The banner fires no "load" event: its view event says it was shown (half in view for a second).
    expect(await paste(copied, 'support-banner', /^support-banner-view$/, 'message', colours)).to.deep.equal(expected);
  });

  it('copies a card snippet (no fetch, so no event to wait for) that renders the same and holds its height', async function () {
    this.timeout(90_000);
    const win = await openBuilder();
    set(win, 'element', 'article-card');
    set(win, 'attr:heading', 'Бібліотека в Дружківці стала пунктом незламності');
    set(win, 'attr:lang', 'uk');
    set(win, 'css:--newsroom-accent', ACCENT);
    set(win, 'script-url', `${PAGES}/dist/newsroom-widgets.js`);
    const copied = await copySnippet(win, ['Бібліотека в Дружківці', ACCENT, PAGES], 'related-articles.js');
    expect(copied).to.match(/article-card:not\(:defined\) > :first-child/);

    const colours = {category: 'color'};
    const expected = await previewParts(win, 'the preview card', 'article-card', 'title', colours, 1);
    expect(expected.text).to.deep.equal(['Бібліотека в Дружківці стала пунктом незламності']);
    expect(expected.colours[0]![0]).to.equal('rgb(200, 16, 46)');
    expect(await paste(copied, 'article-card', undefined, 'title', colours)).to.deep.equal(expected);
  });

  it('Server HTML tab: the HTML newsroom-widgets/server writes for these options, its Node code, a preview of it with no script, and Copy copies it', async function () {
    this.timeout(60_000);
    const raw = await (await fetch('/newsroom.config.json')).json();
    const src = `${FEED}${OSTROV}`;
    const win = await openBuilder();
    set(win, 'attr:src', src);
    set(win, 'attr:limit', '2');
    set(win, 'attr:heading', 'Read next');
    set(win, 'attr:lang', 'en');
    set(win, 'site', 'partner.example');
    pickTab(win, 'server');
    // The same function, called here with the same options, in the order of the builder's form.
    const expected = await renderRelatedArticles(
      {lang: 'en', src, limit: '2', heading: 'Read next'},
      {site: 'partner.example', fallback: `<a href="${raw.articlesPage}">Статті ОстроВ</a>`},
    );
    expect(expected).to.contain('<template shadowrootmode="open">');
    const copied = await copyShown(win, ['Read next', 'utm_source=partner.example']);
    expect(copied).to.equal(`${expected}\n`);
    const node = win.document.getElementById('server-node')!.textContent!;
    expect(node).to.contain("import {renderFallback, renderRelatedArticles} from 'newsroom-widgets/server';");
    expect(node).to.contain(`const attrs = {lang: 'en', src: '${src}', limit: '2', heading: 'Read next'};`);
    expect(node).to.contain("site: 'partner.example'");
    expect(node).to.contain(`npx newsroom-widgets render related-articles --lang=en --src=${src} --limit=2 '--heading=Read next'`);
    // The fallback link is --fallback-html: --fallback is the element's attribute too.
    expect(node).to.contain(`'--fallback-html=<a href="${raw.articlesPage}">Статті ОстроВ</a>'`);
    expect(win.document.getElementById('server-code')!.hidden).to.equal(false);
    // The preview is that HTML alone: its declarative shadow root shows the cards, and no script runs there.
    await until('the server HTML preview', () => !previewDoc(win).querySelector('script') && previewDoc(win).querySelector('related-articles')?.shadowRoot?.querySelectorAll('[part~="title"]').length === 2);
    expect(previewDoc(win).defaultView!.customElements.get('related-articles')).to.equal(undefined);
    // Back on the Script tab, Copy copies the script snippet again.
    pickTab(win, 'script');
    expect(await copyShown(win, ['<script src='])).to.match(/^<link rel="preload"/);
    expect(pageErrors).to.deep.equal([]);
  });

  it('Iframe tab: embed.html beside the script URL with the options as its query, the resizer, and a live preview that the resizer sizes', async function () {
    this.timeout(60_000);
    const src = `${FEED}${OSTROV}`;
    const win = await openBuilder();
    set(win, 'attr:src', src);
    set(win, 'attr:limit', '2');
    set(win, 'attr:heading', 'Read next');
    set(win, 'attr:images', true);
    set(win, 'script-url', `${PAGES}/dist/newsroom-widgets.js`);
    pickTab(win, 'iframe');
    const copied = await copyShown(win, ['<iframe', 'limit=2']);
    const [, url, title] = /^<iframe src="([^"]+)" title="([^"]+)" style="width:100%;height:0;border:0" loading="lazy"><\/iframe>\n<script>addEventListener\('message'/.exec(copied) ?? [];
    expect(title).to.equal('Read next');
    const embed = new URL(url!);
    expect(embed.origin + embed.pathname).to.equal(`${PAGES}/dist/embed.html`);
    expect([...embed.searchParams]).to.deep.equal([['element', 'related-articles'], ['src', src], ['limit', '2'], ['heading', 'Read next'], ['images', '']]);
    // The preview runs the snippet: the frame shows the cards, and the resizer gives it their height.
    const frame = await until('the embed in the preview', () => previewDoc(win).querySelector('iframe'));
    await until('the cards in the frame', () => frame.contentDocument?.querySelector('related-articles')?.shadowRoot?.querySelectorAll('[part~="title"]').length === 2);
    const inner = frame.contentDocument!;
    expect(inner.querySelector('related-articles')!.getAttribute('limit')).to.equal('2');
    await until('the resizer to size the frame', () => Math.abs(frame.getBoundingClientRect().height - inner.documentElement.getBoundingClientRect().height) < 1 && frame.getBoundingClientRect().height > 100);
    expect(pageErrors).to.deep.equal([]);
  });

  it('Iframe tab: says a bottom bar shows inline in a frame, which cannot overlay the page', async function () {
    this.timeout(60_000);
    const win = await openBuilder();
    set(win, 'element', 'support-banner');
    set(win, 'attr:placement', 'bottom');
    pickTab(win, 'iframe');
    await copyShown(win, ['<iframe', 'placement=bottom']);
    expect(win.document.getElementById('status')!.textContent).to.contain('the bottom bar shows as an inline banner');
    expect(pageErrors).to.deep.equal([]);
  });

  it("Iframe tab: the publisher's embed.html, never one on an npm CDN, which serve HTML as text/plain", async function () {
    this.timeout(60_000);
    const raw = await (await fetch('/newsroom.config.json')).json();
    const win = await openBuilder();
    pickTab(win, 'iframe');
    const frameSrc = async () => /^<iframe src="([^"?]+)\?/.exec(await copyShown(win, ['<iframe']))?.[1];
    expect(await frameSrc()).to.equal(raw.embed);
    // A copy of the script of another version, on jsDelivr too: its embed.html would show as text.
    set(win, 'script-url', 'https://cdn.jsdelivr.net/npm/newsroom-widgets@0.0.9/dist/newsroom-widgets.js');
    expect(await frameSrc()).to.equal(raw.embed);
    // A copy on the partner's own server serves its embed.html beside it.
    set(win, 'script-url', 'https://static.partner.example/js/newsroom-widgets.js');
    expect(await frameSrc()).to.equal('https://static.partner.example/js/embed.html');
    expect(pageErrors).to.deep.equal([]);
  });
});
