// The Slow 4G part of the benchmark (issue 24): the «Статті» block on a partner's page over an
// emulated mobile network (SLOW_4G, cache disabled, every file gzip-compressed as a CDN serves it),
// from navigation to the third card painted, in page loads interleaved across the cases so a busy
// machine slows every case alike; medians, and every ratio from this one run. Also: whether the
// script replaces the server's card nodes, the cards with scripts off, and the script files' gzip
// bytes. BENCHMARKS.md ("Slow 4G") says what each case is and why the hand-written baseline is
// written the way it is.
import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {gzipSync} from 'node:zlib';
import {ROOT} from './build.mjs';
import {loadPage, SLOW_4G} from './browser.mjs';
import {replacedCards, resourceTimeline, slowPage} from './pages.mjs';
import {startServers} from './servers.mjs';

/** The README's fallback inside the element: what a reader sees before the script has run. */
const FALLBACK = '<a href="https://ostrov.example/articles/">Статті ОстроВ</a>';
const FEED_FIXTURE = join(ROOT, 'test/fixtures/ostrov/feed.json');

/** Issue 24's targets for the script files (zlib level 9). */
const GZIP_TARGETS = {'related-articles.js': 16_000, 'newsroom-widgets.js': 24_000};

/**
 * The cases, each a page of its own (work/pages/slow-<name>.html). `vs`: the case its ratio is
 * taken against; `target`: issue 24's limit for that ratio.
 */
export const SLOW_CASES = {
  hand: {label: 'hand-written HTML: the same markup, a hand-written <style>'},
  server: {label: 'server-rendered page (renderRelatedArticles, inline styles), no script', vs: 'hand', target: 1.05},
  tag: {label: 'script-tag page as the README gives it: async script + preload', vs: 'server', target: 1.3},
  'tag-no-preload': {label: 'the same without the preload', vs: 'server'},
  'tag-articles': {label: 'the same (preload) with related-articles.js', vs: 'server'},
  'server-script': {label: 'server-rendered page + the async script tag (adoption)', vs: 'server'},
};

const median = (xs) => {
  const s = xs.filter((v) => typeof v === 'number').sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : null;
};
const rotate = (list, i) => list.map((_, k) => list[(k + i) % list.length]);

/** Every element of the host's shadow root but its <style>: box, colour, font, display, in order. Run in the page. */
function shadowSignature(page) {
  return page.evaluate(() => {
    const root = document.querySelector('related-articles')?.shadowRoot;
    if (!root) return [];
    return [...root.querySelectorAll('*')]
      .filter((el) => el.localName !== 'style' && el.localName !== 'link')
      .map((el) => {
        const box = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        return [el.localName, el.getAttribute('part'), ...[box.x, box.y, box.width, box.height].map(Math.round), style.color, style.backgroundColor, style.font, style.display].join(' ');
      });
  });
}

/** Cards (with their title links) and links in the host's shadow root. Run in the page. */
function cardsAndLinks(page) {
  return page.evaluate(() => {
    const root = document.querySelector('related-articles')?.shadowRoot;
    if (!root) return {cards: 0, links: 0};
    const cards = [...root.querySelectorAll('[part~="card"]')].filter((card) => card.querySelector('a[part~="link"][href]'));
    return {cards: cards.length, links: root.querySelectorAll('a[href]').length};
  });
}

/**
 * The server's stylesheet cut down to what a person writing this one block by hand would write:
 * the rules that style something in it. Style rules whose selectors match an element of the
 * rendered shadow root (hover, focus and ::after taken as matching what they decorate; `:host(…)`
 * by the host's attributes); @media and other group rules with the rules kept inside them;
 * @keyframes only when a kept rule names them. What goes: other states' rules (loading
 * placeholders, the error message, images, sponsored, themes by attribute) and the comments.
 * Run in the page.
 */
function handWrittenCss(page) {
  return page.evaluate(() => {
    const host = document.querySelector('related-articles');
    const root = host.shadowRoot;
    const decorations = (selector) => selector.replace(/::?(before|after)\b/g, '').replace(/:(hover|focus-visible|focus-within|focus|active)\b/g, '');
    const used = (selectorText) =>
      selectorText.split(',').some((one) => {
        const selector = decorations(one).trim();
        const hostPart = /^:host(?:\((.*)\))?\s*(.*)$/.exec(selector);
        try {
          if (hostPart) return (!hostPart[1] || host.matches(hostPart[1])) && (!hostPart[2] || root.querySelector(hostPart[2]) !== null);
          return root.querySelector(selector || '*') !== null;
        } catch {
          return true; // a selector the check cannot read stays, as a person would keep it
        }
      });
    const keep = (rules) => {
      const kept = [];
      const keyframes = [];
      for (const rule of rules) {
        if (rule instanceof CSSStyleRule) {
          if (used(rule.selectorText)) kept.push(rule.cssText);
        } else if (rule instanceof CSSKeyframesRule) {
          keyframes.push(rule);
        } else if (rule.cssRules) {
          const inner = keep(rule.cssRules);
          if (inner.length) kept.push(`${rule.cssText.slice(0, rule.cssText.indexOf('{')).trim()} {\n${inner.join('\n')}\n}`);
        } else {
          kept.push(rule.cssText);
        }
      }
      const text = kept.join('\n');
      for (const rule of keyframes) if (new RegExp(`\\b${rule.name}\\b`).test(text)) kept.push(rule.cssText);
      return kept;
    };
    return keep(root.querySelector('style').sheet.cssRules).join('\n');
  });
}

/** The timeline's first request for a file (by the end of its path), or undefined. */
const request = (resources, ending) => resources.find((r) => new URL(r.url).pathname.endsWith(ending));

/**
 * Runs the Slow 4G part in its own pair of servers (feeds gzip-compressed too) and returns
 * {rows, timeline, loads, reps, …} for printing and for latest.json (`loads`: every load's painted and FCP times).
 */
export async function slow4g({work, browser, feedsDir, reps, log}) {
  const servers = await startServers(work, feedsDir, {gzipFeeds: true});
  try {
    return await measure({work, browser, servers, reps, log});
  } finally {
    await servers.close();
  }
}

async function measure({work, browser, servers, reps, log}) {
  const pages = join(work, 'pages');
  const feed = `${servers.feedOrigin}/feed.json?run=__RUN__`;
  const site = new URL(servers.pageOrigin).hostname;
  const {renderRelatedArticles} = await import(pathToFileURL(join(work, 'dist/server/index.js')).href);
  // The feed's text as the element will fetch it; the time zone is written on the element, so the browser writes the same dates.
  const serverHtml = await renderRelatedArticles(
    {src: feed, feed: readFileSync(FEED_FIXTURE, 'utf8'), limit: 3, 'time-zone': 'Europe/Kyiv'},
    {site, fallback: FALLBACK},
  );
  const preload = `<link rel="preload" as="fetch" crossorigin="anonymous" href="${feed}">`;
  const element = `<related-articles src="${feed}" limit="3">${FALLBACK}</related-articles>`;
  const write = (name, head, widget) => writeFileSync(join(pages, `slow-${name}.html`), slowPage({title: `Slow 4G: ${name}`, head, widget}));
  write('server', '', serverHtml);
  write('server-script', '<script src="/newsroom-widgets.js" async></script>', serverHtml);
  write('tag', `<script src="/newsroom-widgets.js" async></script>\n${preload}`, element);
  write('tag-no-preload', '<script src="/newsroom-widgets.js" async></script>', element);
  write('tag-articles', `<script src="/related-articles.js" async></script>\n${preload}`, element);

  let run = 0;
  const open = async (name, opts = {}) => {
    run += 1;
    const r = await loadPage(browser, `${servers.pageOrigin}/slow-${name}.html?run=${run}`, opts).catch((error) => {
      throw new Error(`slow-${name}.html: ${error.message}`);
    });
    r.run = run;
    return r;
  };

  // The hand-written baseline, from the server's page with its stylesheet cut down; it must look
  // exactly the same (every box, colour and font), or its ratio compares different pages.
  const styleStart = serverHtml.indexOf('<style>');
  const styleEnd = serverHtml.indexOf('</style>') + '</style>'.length;
  const reference = await open('server', {settle: 0});
  const handCss = await handWrittenCss(reference.page);
  const look = await shadowSignature(reference.page);
  await reference.context.close();
  const handHtml = `${serverHtml.slice(0, styleStart)}<style>\n${handCss}\n</style>${serverHtml.slice(styleEnd)}`;
  write('hand', '', handHtml);
  const handPage = await open('hand', {settle: 0});
  const handLook = await shadowSignature(handPage.page);
  await handPage.context.close();
  const differs = look.findIndex((line, i) => line !== handLook[i]);
  if (differs >= 0 || look.length !== handLook.length) {
    throw new Error(`the hand-written page does not look like the server's:\n${look[differs]}\n${handLook[differs]}`);
  }
  const htmlBytes = (name) => gzipSync(readFileSync(join(pages, `slow-${name}.html`)), {level: 9}).length;

  const names = Object.keys(SLOW_CASES);
  const samples = Object.fromEntries(names.map((n) => [n, {painted: [], fcp: [], timeline: [], feedRequests: []}]));
  const replaced = [];
  const slowLoad = (name) => open(name, {conditions: SLOW_4G, settle: 0});
  log(`Slow 4G: one warm-up load per case, then ${reps} per case, interleaved`);
  for (const name of names) await (await slowLoad(name)).context.close();
  for (let i = 0; i < reps; i++) {
    for (const name of rotate(names, i)) {
      const r = await slowLoad(name);
      const s = samples[name];
      // First contentful paint is a presentation time: its entry may come after the probe's frame.
      await r.page.waitForFunction(() => window.__bench.fcp !== null, null, {timeout: 10_000, polling: 50});
      if (name === 'server-script') {
        // Adoption: the script has run and the element confirmed its cards from the feed.
        await r.page.waitForFunction(() => window.__bench.loaded !== null, null, {timeout: 30_000, polling: 50});
        await r.page.waitForTimeout(300);
        replaced.push({...(await replacedCards(r.page)), definedAtPaint: (await r.page.evaluate(() => window.__bench.definedAtPaint))});
      }
      if (name.startsWith('tag')) await r.page.waitForFunction(() => window.__bench.loaded !== null, null, {timeout: 30_000, polling: 50});
      const probe = await r.page.evaluate(() => window.__bench);
      s.painted.push(probe.rendered);
      s.fcp.push(probe.fcp);
      s.timeline.push({resources: await resourceTimeline(r.page), defined: probe.defined, loaded: probe.loaded});
      s.feedRequests.push(servers.count(`/feed.json?run=${r.run}`));
      await r.context.close();
    }
    log(`  Slow 4G round ${i + 1}/${reps}`);
  }

  // Scripts off: the server-rendered page's cards, links and look, against the same page once the script has adopted it.
  const off = await open('server', {javaScript: false, rendered: false, settle: 0});
  const withoutJs = {...(await cardsAndLinks(off.page)), look: await shadowSignature(off.page)};
  await off.context.close();
  const on = await open('server-script', {settle: 0});
  await on.page.waitForFunction(() => window.__bench.loaded !== null, null, {timeout: 30_000, polling: 50});
  const withJs = {...(await cardsAndLinks(on.page)), look: await shadowSignature(on.page)};
  await on.context.close();
  const sameLook = withoutJs.look.length > 0 && withoutJs.look.join('\n') === withJs.look.join('\n');

  const painted = Object.fromEntries(names.map((n) => [n, median(samples[n].painted)]));
  const rows = [];
  for (const name of names) {
    const c = SLOW_CASES[name];
    const ratio = c.vs ? painted[name] / painted[c.vs] : null;
    rows.push({
      name: `navigation → 3 cards painted: ${c.label}`,
      unit: 'ms',
      value: painted[name],
      vs: c.vs ?? null,
      ratio,
      target: c.target === undefined ? null : `≤ ${c.target.toFixed(2)}× ${c.vs}`,
      met: c.target === undefined ? null : ratio <= c.target,
      note: `FCP ${Math.round(median(samples[name].fcp))} ms; HTML ${htmlBytes(name)} B gzip; feed requests ${Math.max(...samples[name].feedRequests)}`,
    });
  }
  const maxReplaced = Math.max(...replaced.map((r) => r.cards));
  rows.push({
    name: 'server-rendered page after the script loads: card nodes replaced',
    unit: 'n',
    value: maxReplaced,
    target: '0',
    met: maxReplaced === 0,
    note: `max of ${replaced.length} loads; nodes removed from the shadow root: max ${Math.max(...replaced.map((r) => r.nodes))} (${[...new Set(replaced.flatMap((r) => r.removed))].join(', ') || 'none'}); element defined before the cards painted in ${replaced.filter((r) => r.definedAtPaint).length}`,
  });
  rows.push({
    name: 'scripts off, server-rendered page: cards / links (with the script: cards / links)',
    unit: 'n',
    value: `${withoutJs.cards} / ${withoutJs.links}`,
    target: 'the same, same look',
    met: withoutJs.cards === withJs.cards && withoutJs.links === withJs.links && withoutJs.cards === 3 && sameLook,
    note: `with the script ${withJs.cards} / ${withJs.links}; every box, colour and font ${sameLook ? 'the same' : 'NOT the same'}`,
  });
  for (const [file, limit] of Object.entries(GZIP_TARGETS)) {
    const bytes = gzipSync(readFileSync(join(work, 'dist', file)), {level: 9}).length;
    rows.push({name: `${file}, gzip -9`, unit: 'B', value: bytes, target: `≤ ${limit.toLocaleString('en')} B`, met: bytes <= limit, note: `${readFileSync(join(work, 'dist', file)).length} B minified`});
  }

  // Where the time goes: medians of each request's start and end, and of the moments the element
  // was defined and loaded its feed, ms after navigation start (the clock of `painted`).
  const timeline = names.map((name) => {
    const loads = samples[name].timeline;
    const span = (ending) => {
      const found = loads.map((t) => request(t.resources, ending)).filter(Boolean);
      return found.length ? {start: median(found.map((r) => r.start)), end: median(found.map((r) => r.end)), bytes: median(found.map((r) => r.bytes))} : null;
    };
    const script = name === 'tag-articles' ? 'related-articles.js' : 'newsroom-widgets.js';
    return {
      case: name,
      document: span(`/slow-${name}.html`),
      script: span(`/${script}`),
      feed: span('/feed.json'),
      defined: median(loads.map((t) => t.defined)),
      loaded: median(loads.map((t) => t.loaded)),
      fcp: median(samples[name].fcp),
      painted: painted[name],
    };
  });
  const loads = Object.fromEntries(names.map((n) => [n, {painted: samples[n].painted, fcp: samples[n].fcp}]));
  return {rows, timeline, loads, reps, handCssBytes: Buffer.byteLength(handCss), serverCssBytes: styleEnd - styleStart};
}

/** The Slow 4G table, laid out like the main one, and the timeline under it. */
export function printSlow4g({rows, timeline, reps, handCssBytes, serverCssBytes}) {
  const fmt = (v) => (v === null || v === undefined ? '—' : typeof v === 'number' ? (Number.isInteger(v) ? String(v) : v.toFixed(1)) : String(v));
  const table = rows.map((r) => [
    r.name + (r.unit && r.unit !== 'n' ? ` (${r.unit})` : ''),
    fmt(r.value),
    r.vs ?? '—',
    r.ratio === null || r.ratio === undefined ? '—' : `${r.ratio.toFixed(2)}×`,
    [r.target ? `issue 24 ${r.target}: ${r.met ? 'target met' : 'target NOT met'}` : '', r.note ?? ''].filter(Boolean).join(' · '),
  ]);
  const head = ['Slow 4G', 'value', 'vs', 'ratio', ''];
  const widths = head.map((h, i) => Math.max(h.length, ...table.map((t) => t[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 1 || i === 3 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  console.log(`Slow 4G (${SLOW_4G.latency} ms added per request, ${(SLOW_4G.downloadThroughput * 8) / 1e6} Mbit/s down, ${(SLOW_4G.uploadThroughput * 8) / 1e3} kbit/s up, cache disabled, gzip): medians of ${reps} loads per case, interleaved`);
  console.log(`hand-written <style>: ${handCssBytes} B; the server's: ${serverCssBytes} B (uncompressed)\n`);
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const t of table) console.log(line(t));
  console.log('\nWhere the time goes (medians, ms after navigation start; requests: sent–last byte, bytes on the wire):');
  const span = (s) => (s ? `${Math.round(s.start)}–${Math.round(s.end)} (${s.bytes} B)` : '—');
  const at = (v) => (v === null ? '—' : String(Math.round(v)));
  for (const t of timeline) {
    console.log(
      `  ${t.case.padEnd(15)} document ${span(t.document).padEnd(17)} script ${span(t.script).padEnd(19)} feed ${span(t.feed).padEnd(18)}` +
        ` defined ${at(t.defined).padStart(4)}  load event ${at(t.loaded).padStart(4)}  FCP ${at(t.fcp).padStart(4)}  cards painted ${at(t.painted).padStart(4)}`,
    );
  }
  console.log('');
}
