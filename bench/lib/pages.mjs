// The built pages the browser loads. Each page exists in variants that differ
// only in the widget: `ours` (the script-tag bundle), `base` (the hand-written
// same-markup baseline), `floor` (the minimal floor, an inline script; only on
// the render pages, it has no lazy loading or reserved box) and `none` (the
// same page without any widget, for main-thread figures). `__RUN__` in a page is replaced by the page server with
// the `run` query parameter, so every load asks for a feed URL of its own and
// the feed server's per-URL count is that load's count.
import {cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {ROOT} from './build.mjs';

/** The minimal floor's source, inlined into its pages as they are written. */
const FLOOR_SCRIPT = readFileSync(join(ROOT, 'bench/baseline/floor-articles.js'), 'utf8');

/** `card`: the selector one rendered card matches (inside the shadow roots). */
export const VARIANTS = {
  ours: {script: '/newsroom-widgets.js', tag: 'related-articles', event: 'related-articles-load', card: 'article[part~="card"]'},
  base: {script: '/baseline.js', tag: 'baseline-articles', event: 'baseline-articles-load', card: 'article[part~="card"]'},
  floor: {inline: FLOOR_SCRIPT, tag: 'floor-articles', event: 'floor-articles-load', card: 'article'},
  none: {script: null, tag: null, event: null},
};

/** The pages the floor variant exists for: the render, main-thread and memory cases. */
const FLOOR_PAGES = new Set(['one', 'hundred', 'thousand']);

/**
 * Runs first in <head>, before any widget code: long tasks and layout shifts
 * from the very start of the load, and the moment every expected widget has
 * its cards. The time is taken once every expected load event has fired and
 * every widget's own Lit update (`updateComplete`, when it has one) and that
 * of any Lit element nested in its shadow root (the <article-card>s of the
 * nested design, if present) has finished; the hand-written widgets have
 * neither, so for them it is the last load event.
 */
const PROBE = `(() => {
  const b = (window.__bench = {longtasks: [], cls: 0, shifts: [], loads: 0, rendered: null});
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) b.longtasks.push([e.startTime, e.duration]); })
      .observe({type: 'longtask', buffered: true});
  } catch {}
  try {
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) if (!e.hadRecentInput) { b.cls += e.value; b.shifts.push([e.startTime, e.value]); }
    }).observe({type: 'layout-shift', buffered: true});
  } catch {}
  // Resolves once each host's own update and those of Lit elements in its shadow root are done,
  // again if an update started another (the cards of the nested design update after the list).
  window.__benchSettled = async (hosts) => {
    for (let again = true, n = 0; again && n < 10; n++) {
      const pending = [];
      for (const host of hosts) {
        if (host.updateComplete) pending.push(host.updateComplete);
        for (const el of host.shadowRoot ? host.shadowRoot.querySelectorAll('*') : []) if (el.updateComplete) pending.push(el.updateComplete);
      }
      again = (await Promise.all(pending)).some((done) => done === false);
    }
  };
  const d = document.documentElement.dataset;
  const want = Number(d.widgets || 0);
  if (!d.event || !want) return;
  document.addEventListener(d.event, async () => {
    if (++b.loads !== want) return;
    await window.__benchSettled(document.querySelectorAll(d.tag));
    b.rendered = performance.now();
  });
})();`;

const PARAGRAPH =
  'Минулого тижня ЗМІ окупованого Донбасу щосили намагалися згладити гостроту деяких проблем, що звалилися ' +
  'на «молоді республіки». Неприємність у непідконтрольному законній владі Дебальцевому буквально прилетіла ' +
  'з неба – місто, точніше військові, опинилися під ударом, про який місцеві медіа воліли не згадувати.';

/** A partner's article page, like demo/: masthead, article text, the widget mid-article, more text. */
const PARTNER_CSS = `
  body { margin: 0; font: 18px/1.6 Georgia, 'Times New Roman', serif; color: #222; background: #fafaf7; }
  header { background: #14213d; color: #fff; padding: 1rem 2rem; font: 700 1.5rem/1.2 system-ui, sans-serif; }
  main { max-width: 760px; margin: 0 auto; padding: 1rem 1.5rem 4rem; }
  h1 { font-size: 2rem; line-height: 1.2; }
  footer { border-top: 1px solid #ddd; padding: 2rem; color: #666; }`;

/** A partner's page: `probe` runs first in <head>, then the partner's CSS and `head`; `main` is the article. */
function partnerDocument({title, data = '', probe, head, main}) {
  return `<!doctype html>
<html lang="uk"${data}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<script>${probe}</script>
<style>${PARTNER_CSS}</style>
${head}
</head>
<body>
<header>Партнерське видання</header>
<main>
${main}
</main>
<footer>© Партнер, 2026</footer>
</body>
</html>
`;
}

function page({variant, widgets, title, body, expect = widgets, blocking = false}) {
  const v = VARIANTS[variant];
  const data = v.event ? ` data-widgets="${expect}" data-event="${v.event}" data-tag="${v.tag}"` : '';
  const head = `${v.script ? `<script src="${v.script}"${blocking ? '' : ' async'}></script>` : ''}${v.inline ? `<script>\n${v.inline}</script>` : ''}`;
  return partnerDocument({title, data, probe: PROBE, head, main: body(v)});
}

const para = (n) => Array.from({length: n}, () => `<p>${PARAGRAPH}</p>`).join('\n');

/**
 * Runs first in <head> on the Slow 4G pages (bench/lib/slow4g.mjs), before anything else: the
 * moment the third article card is painted, the same way for cards in a declarative shadow root and
 * for cards a script renders. Element timing does not see into shadow roots, and first contentful
 * paint may be the page's own text, so a requestAnimationFrame poll checks each frame, before it is
 * painted, whether the <related-articles> host's shadow root holds three cards with their title
 * links (placeholders have none) and the third one's box has a size and lies in the viewport;
 * `rendered` is that frame's performance.now(). First contentful paint is kept beside it, and when
 * the element was defined (the script has run) and fired its load event. At that
 * moment it also keeps the card nodes and counts, from then on, every node removed from the shadow
 * root, so a page can tell whether the script replaced what the server wrote.
 */
const PAINT_PROBE = `(() => {
  const b = (window.__bench = {rendered: null, fcp: null, defined: null, loaded: null, definedAtPaint: null, removedNodes: 0, removed: []});
  customElements.whenDefined('related-articles').then(() => {
    b.defined = performance.now();
  });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') b.fcp = e.startTime;
    }).observe({type: 'paint', buffered: true});
  } catch {}
  document.addEventListener('related-articles-load', () => {
    if (b.loaded === null) b.loaded = performance.now();
  });
  const cardsIn = (root) => [...root.querySelectorAll('[part~="card"]')].filter((card) => card.querySelector('a[part~="link"][href]'));
  const inViewport = (box) => box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth;
  const poll = () => {
    const root = document.querySelector('related-articles')?.shadowRoot;
    const cards = root ? cardsIn(root) : [];
    if (cards.length < 3 || !inViewport(cards[2].getBoundingClientRect())) {
      requestAnimationFrame(poll);
      return;
    }
    b.rendered = performance.now();
    b.definedAtPaint = customElements.get('related-articles') !== undefined;
    window.__benchCards = cards;
    new MutationObserver((records) => {
      for (const record of records) {
        b.removedNodes += record.removedNodes.length;
        for (const node of record.removedNodes) b.removed.push(node.nodeName + (node.getAttribute?.('part') ? '[' + node.getAttribute('part') + ']' : ''));
      }
    }).observe(root, {childList: true, subtree: true});
  };
  requestAnimationFrame(poll);
})();`;

/**
 * The page's own timeline, on the probe's clock (ms after navigation start): the document's and
 * every resource's request start and response end, and bytes on the wire (the feed origin sends
 * Timing-Allow-Origin). Run in the page.
 */
export function resourceTimeline(page) {
  return page.evaluate(() => {
    const [nav] = performance.getEntriesByType('navigation');
    const entry = (e) => ({url: e.name, start: e.requestStart || e.startTime, end: e.responseEnd, bytes: e.transferSize});
    return [entry(nav), ...performance.getEntriesByType('resource').map(entry)];
  });
}

/**
 * The cards painted at the probe's moment that are no longer the host's cards now (replaced by
 * other nodes), and the nodes removed from its shadow root since. Run in the page.
 */
export function replacedCards(page) {
  return page.evaluate(() => {
    const root = document.querySelector('related-articles')?.shadowRoot;
    const now = root ? [...root.querySelectorAll('[part~="card"]')] : [];
    const painted = window.__benchCards ?? [];
    return {cards: painted.filter((card, i) => !card.isConnected || now[i] !== card).length, nodes: window.__bench.removedNodes, removed: window.__bench.removed};
  });
}

/**
 * A Slow 4G page: the partner's article with one «Статті» block under its title, in the first
 * viewport. `head`: what the case adds to <head> (a preload, a script tag); `widget`:
 * the block's HTML (server-rendered, hand-written, or the element with its fallback).
 */
export function slowPage({title, head = '', widget: block}) {
  return partnerDocument({title, probe: PAINT_PROBE, head, main: `<h1>Одна стаття</h1>\n${block}\n${para(2)}`});
}

function widget(v, src, attrs = '') {
  if (!v.tag) return '';
  return `<${v.tag} src="${src}"${attrs}><a href="https://ostrov.example/articles/">Статті ОстроВ</a></${v.tag}>`;
}

function partnerBody(v, feeds) {
  return `<h1>Як живе прифронтове місто</h1>\n${para(1)}\n` +
    `${widget(v, `${feeds}/feed.json?run=__RUN__&delay=300`, ' limit="3"')}\n${para(6)}`;
}

/**
 * demo/index.html as shipped (async script tag, banner, three lists, a card),
 * with the probe added and its feeds under `${feeds}/demo/`: the page the
 * issue's layout-shift figure is about. Ours only: the baseline has no banner.
 */
export function writeDemoPage(work, feeds) {
  const demo = join(ROOT, 'demo');
  if (!existsSync(join(demo, 'index.html'))) return null;
  cpSync(join(demo, 'feeds'), join(work, 'feeds', 'demo'), {recursive: true});
  for (const f of readdirSync(demo)) if (/\.(css|js)$/.test(f)) cpSync(join(demo, f), join(work, 'pages', f));
  const data = ' data-widgets="2" data-event="related-articles-load" data-tag="related-articles"';
  const html = readFileSync(join(demo, 'index.html'), 'utf8')
    .replaceAll('{{FEED_ORIGIN}}', `${feeds}/demo`)
    .replace(/<html([^>]*)>/, `<html$1${data}>`)
    .replace('<head>', `<head>\n<script>${PROBE}</script>`);
  writeFileSync(join(work, 'pages', 'demo.ours.html'), html);
  // The same page with the script tag blocking: no upgrade shift, so what remains is reservation error.
  writeFileSync(join(work, 'pages', 'demo-blocking.ours.html'), html.replace(/(<script src="\/newsroom-widgets\.js")\s+async/, '$1'));
  return 'demo';
}

/**
 * Writes work/pages/<name>.<variant>.html for every page and variant.
 * `feeds` is the feed origin.
 */
export function writePages(work, feeds) {
  const dir = join(work, 'pages');
  mkdirSync(dir, {recursive: true});
  const feed = `${feeds}/feed.json?run=__RUN__`;
  const big = `${feeds}/feed-1000.json?run=__RUN__`;
  const defs = {
    one: {widgets: 1, body: (v) => `<h1>Одна стаття</h1>\n${para(1)}\n${widget(v, feed, ' limit="3"')}\n${para(2)}`},
    hundred: {
      widgets: 100,
      body: (v) => `<h1>Сто віджетів</h1>\n${Array.from({length: 100}, () => widget(v, feed, ' limit="3"')).join('\n')}`,
    },
    thousand: {widgets: 1, body: (v) => `<h1>Тисяча карток</h1>\n${widget(v, big, ' limit="1000"')}`},
    // Every element starts far below the fold; scrolling near the first one should load (once) for all that are near.
    lazy: {
      widgets: 100,
      expect: 1,
      body: (v) =>
        `<h1>Ліниві віджети</h1>\n<div id="spacer" style="height: 6000px"></div>\n` +
        Array.from({length: 100}, () => widget(v, feed, ' limit="3" loading="lazy"')).join('\n'),
    },
    // A lazy banner far below the fold (ours only: the baseline has no banner).
    'lazy-banner': {
      widgets: 0,
      body: (v) =>
        `<h1>Банер унизу</h1>\n<div id="spacer" style="height: 6000px"></div>\n` +
        (v.tag === 'related-articles' ? `<support-banner src="${feeds}/banner.json?run=__RUN__" loading="lazy" reserve="8rem"></support-banner>` : ''),
    },
    // The CLS page: the widget sits mid-article in the first viewport and the feed answers late,
    // so the loading state is on screen long enough for any shift to be seen.
    partner: {widgets: 1, body: (v) => partnerBody(v, feeds)},
    // The same with the script in <head> without `async`: the elements exist before the first
    // paint, so what is left to measure is the loading state itself (reserved box → cards).
    'partner-blocking': {widgets: 1, blocking: true, body: (v) => partnerBody(v, feeds)},
  };
  for (const [name, def] of Object.entries(defs)) {
    for (const variant of Object.keys(VARIANTS)) {
      if (variant === 'floor' && !FLOOR_PAGES.has(name)) continue;
      writeFileSync(join(dir, `${name}.${variant}.html`), page({variant, title: name, ...def}));
    }
  }
  return dir;
}
