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

function page({variant, widgets, title, body, expect = widgets, blocking = false}) {
  const v = VARIANTS[variant];
  const data = v.event ? ` data-widgets="${expect}" data-event="${v.event}" data-tag="${v.tag}"` : '';
  return `<!doctype html>
<html lang="uk"${data}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<script>${PROBE}</script>
<style>${PARTNER_CSS}</style>
${v.script ? `<script src="${v.script}"${blocking ? '' : ' async'}></script>` : ''}${v.inline ? `<script>\n${v.inline}</script>` : ''}
</head>
<body>
<header>Партнерське видання</header>
<main>
${body(v)}
</main>
<footer>© Партнер, 2026</footer>
</body>
</html>
`;
}

const para = (n) => Array.from({length: n}, () => `<p>${PARAGRAPH}</p>`).join('\n');

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
