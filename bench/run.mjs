// `npm run bench`: what the widgets cost a partner's page, each figure next to
// two hand-written baselines (bench/baseline/) measured in the same run, so a
// noisy shared machine moves all sides alike and the ratios stay honest: the
// same-markup baseline (same CSS, markup and parts, plain DOM) and the minimal
// floor (an inline script with plain CSS and innerHTML, issue 11).
// Prints one table, then issue 11's targets met or not, and writes both to
// bench/results/latest.json. Only hard requirements (the gzip budget, request
// counts, CLS) make it exit non-zero; the performance targets are printed.
//
// Then the Slow 4G table (issue 24, bench/lib/slow4g.mjs): the «Статті» block over an emulated
// mobile network, server-rendered, hand-written and by the script tag.
//
//   node bench/run.mjs [--reps N] [--slow4g-reps N] [--only slow4g] [--no-slow4g] [--build]
//
// --reps: page loads per variant for the render-time rows (default 11: on a shared 2-core host a
// median of 7 moved the 100-list rows too far between runs of the same code; BENCHMARKS.md has how far).
// --slow4g-reps: page loads per case for the Slow 4G table (default 5: the whole part then takes
// about a minute and a half on 2 cores).
// --only slow4g: the Slow 4G table alone (with the bytes it needs); --no-slow4g: everything but it.
// --build: rebuild dist/ even when it looks fresh.
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {cpus, release, totalmem} from 'node:os';
import {join} from 'node:path';
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';
import {buildBaseline, esEntrySize, prepareWorkdir, removeWorkdir, ROOT} from './lib/build.mjs';
import {deepCount, heapAfterGc, launch, listMarkup, loadPage, mainThread, renderWork} from './lib/browser.mjs';
import {writeFeeds} from './lib/feeds.mjs';
import {VARIANTS, writeDemoPage, writePages} from './lib/pages.mjs';
import {layerShares, litFloor} from './lib/size.mjs';
import {startServers} from './lib/servers.mjs';
import {printSlow4g, slow4g} from './lib/slow4g.mjs';

const argv = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? Number(argv[i + 1]) : dflt;
};
const REPS = opt('reps', 11);
const SLOW_REPS = opt('slow4g-reps', 5);
const ONLY_SLOW = argv.includes('--only') && argv[argv.indexOf('--only') + 1] === 'slow4g';
const SLOW = !argv.includes('--no-slow4g');
if (argv.includes('--help') || argv.includes('-h')) {
  console.log('node bench/run.mjs [--reps N] [--slow4g-reps N] [--only slow4g] [--no-slow4g] [--build]\n' +
    '  --reps N          page loads per variant for the render rows (default 11)\n' +
    '  --slow4g-reps N   page loads per case for the Slow 4G table (default 5)\n' +
    '  --only slow4g     the Slow 4G table alone\n' +
    '  --no-slow4g       everything but the Slow 4G table\n' +
    '  --build           rebuild dist/ even when it looks fresh');
  process.exit(0);
}
const started = Date.now();
const log = (msg) => console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)}s] ${msg}`);

const gzip = (buf) => gzipSync(buf, {level: 9}).length;
const brotli = (buf) => brotliCompressSync(buf, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};

/**
 * The gzip budget of the script-tag bundle (zlib level 9, Lit included), as decided for this turn's
 * issues (23–28): 24,000 B, the same figure test/node/package.test.mjs holds. The ceiling is the hard
 * requirement; the 20,000 B render-floor figure of issue 11 stays a target row.
 */
const GZIP_BUDGET = 24_000;
const RENDER_FLOOR_BUDGET = 20_000;

const rows = [];
/** A ratio limit as the issue writes it: 2.0×, 1.15×. */
const x = (n) => `${Number.isInteger(n) ? n.toFixed(1) : n}×`;
const ratioOf = (a, b) => (typeof a === 'number' && typeof b === 'number' && b > 0 ? a / b : null);
/**
 * One table row: ours, the same-markup baseline, the minimal floor (`floor`).
 * `expect` states a hard requirement on `ours` (checked, shown as ok/FAIL, and
 * the exit code). `target` states issue 11's goals for the row, printed as met
 * or not met and never failing the run: `{label, base}` (ratio to the
 * same-markup baseline at most `base`), `{label, floor}` (ratio to the floor)
 * or `{label, max}` (ours at most `max`, in the row's unit); an array for several.
 */
function row(group, name, unit, ours, baseline, {floor, expect, note, target} = {}) {
  const ratio = ratioOf(ours, baseline);
  const ratioFloor = ratioOf(ours, floor);
  const ok = expect ? expect(ours) : undefined;
  const targets = [target ?? []].flat().map((t) => {
    const [value, limit, what] =
      t.base !== undefined ? [ratio, t.base, `≤ ${x(t.base)} same-markup`] : t.floor !== undefined ? [ratioFloor, t.floor, `≤ ${x(t.floor)} floor`] : [ours, t.max, `≤ ${t.max.toLocaleString('en')}${unit && unit !== 'n' ? ` ${unit}` : ''}`];
    return {label: t.label, what, value, met: typeof value === 'number' && value <= limit};
  });
  rows.push({
    group, name, unit, ours, baseline: baseline ?? null, ratio, floor: floor ?? null, ratioFloor,
    ...(ok === undefined ? {} : {ok}), ...(note ? {note} : {}), ...(targets.length ? {targets} : {}),
  });
}

/** Every variant once per round, the order rotating so none always goes first. */
const rotate = (list, i) => list.map((_, k) => list[(k + i) % list.length]);
const THREE = ['ours', 'base', 'floor'];

async function main() {
  const work = prepareWorkdir({rebuild: argv.includes('--build') ? 'always' : 'if-stale', log});
  log(`private copy of dist/ in ${work}`);
  let servers;
  let browser;
  try {
    const baselineFile = await buildBaseline(work);
    const feedsDir = writeFeeds(work);
    servers = await startServers(work, feedsDir);
    const hasBanner = existsSync(join(work, 'dist/components/support-banner/support-banner.js'));
    writePages(work, servers.feedOrigin);
    const hasDemo = writeDemoPage(work, servers.feedOrigin);

    if (ONLY_SLOW) {
      browser = await launch();
      const slow = await slow4g({work, browser, feedsDir, reps: SLOW_REPS, log});
      const machine = machineInfo(browser.version());
      printHeader(machine);
      printSlow4g(slow);
      writeResults({machine, slow4g: slow});
      return;
    }

    // ---- bytes -------------------------------------------------------------
    const bundle = readFileSync(join(work, 'dist/newsroom-widgets.js'));
    const base = readFileSync(baselineFile);
    row('bytes', 'script-tag bundle, minified', 'B', bundle.length, base.length);
    row('bytes', 'script-tag bundle, gzip -9', 'B', gzip(bundle), gzip(base), {
      floor: gzip(Buffer.from(VARIANTS.floor.inline)),
      expect: (v) => v <= GZIP_BUDGET,
      note: `budget ${GZIP_BUDGET} (${RENDER_FLOOR_BUDGET} after issue 11, + 2,000 for later features); floor: its inline script, unminified`,
    });
    row('bytes', 'script-tag bundle, brotli -11', 'B', brotli(bundle), brotli(base));
    row('bytes', 'Lit alone: one trivial ReactiveElement (our base), same build (gzip -9)', 'B', await litFloor(), null, {note: `the floor under the ${GZIP_BUDGET} budget`});
    if (existsSync(join(work, 'dist/newsroom-widgets.js.map'))) {
      for (const {name, bytes} of layerShares(join(work, 'dist/newsroom-widgets.js'))) {
        row('bytes', `bundle gzip share: ${name}`, 'B', bytes, null, {note: 'bytes saved if cut out'});
      }
    }
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    for (const [key, value] of Object.entries(pkg.exports)) {
      const file = typeof value === 'string' ? value : value.default;
      if (!file?.startsWith('./dist/') || !file.endsWith('.js') || file.endsWith('newsroom-widgets.js')) continue;
      if (!existsSync(join(work, file))) continue; // an entry whose component has not landed yet
      const size = gzip(await esEntrySize(work, file));
      // Only the related-articles entries do what the baseline does; the others have no counterpart.
      const comparable = /related-articles/.test(key) || key === './define';
      row('bytes', `ES entry "${key}", min+gzip, lit external`, 'B', size, comparable ? gzip(base) : null);
    }

    browser = await launch();
    const version = browser.version();
    let run = 0;
    const url = (name, variant) => `${servers.pageOrigin}/${name}.${variant}.html?run=${++run}`;
    const open = async (name, variant, opts) => {
      const u = url(name, variant);
      const r = await loadPage(browser, u, opts);
      r.run = run;
      return r;
    };

    log('warming up');
    for (const v of THREE) for (const name of ['one', 'hundred']) await (await open(name, v)).context.close();

    // ---- transferred bytes of a page with one widget -------------------------
    {
      const sums = {ours: [], base: [], floor: []};
      for (let i = 0; i < 3; i++) {
        for (const v of rotate(THREE, i)) {
          const r = await open('one', v, {network: true});
          sums[v].push(r.transfers.reduce((s, t) => s + t.bytes, 0));
          await r.context.close();
        }
      }
      row('bytes', 'page with one widget, transferred (html+script+feed)', 'B', median(sums.ours), median(sums.base), {
        floor: median(sums.floor),
        note: 'gzip over HTTP/1.1, headers included; the floor\'s script is in its HTML',
      });
    }

    // ---- render time, requests, main thread, memory --------------------------
    const cases = {
      one: {label: '1 element, 3 cards', cards: 3},
      hundred: {label: '100 elements, one feed (300 cards)', cards: 300},
      thousand: {label: '1 element, limit=1000 (1000 cards)', cards: 1000},
    };
    const samples = {};
    const perVariant = () => ({ours: [], base: [], floor: []});
    for (const name of Object.keys(cases)) samples[name] = {...perVariant(), requests: perVariant(), main: perVariant(), heap: perVariant()};
    log(`render time: ${REPS} loads per variant per case, interleaved`);
    for (let i = 0; i < REPS; i++) {
      for (const name of Object.keys(cases)) {
        for (const v of rotate(THREE, i)) {
          const r = await open(name, v);
          const s = samples[name];
          s[v].push(r.probe.rendered);
          const cards = await deepCount(r.page, VARIANTS[v].card);
          if (cards !== cases[name].cards) throw new Error(`${name}.${v}: ${cards} cards in the DOM, expected ${cases[name].cards}`);
          // The same-markup baseline must write our markup exactly, or its ratios compare different work.
          if (name === 'one' && v !== 'floor') {
            s.markup ??= {};
            s.markup[v] ??= await listMarkup(r.page);
          }
          const feedPath = name === 'thousand' ? 'feed-1000.json' : 'feed.json';
          s.requests[v].push(servers.count(`/${feedPath}?run=${r.run}`));
          s.main[v].push(mainThread(r.probe, r.probe.rendered + 300));
          if (name !== 'thousand' && i < 5) s.heap[v].push(await heapAfterGc(r.cdp));
          await r.context.close();
        }
      }
      log(`  round ${i + 1}/${REPS}`);
    }
    const {markup} = samples.one;
    if (markup.ours !== markup.base) throw new Error(`the same-markup baseline's list differs from ours:\n${markup.base}\n${markup.ours}`);
    const renderTargets = {
      one: {label: '1 list, navigation → cards, vs floor', floor: 1.3},
      hundred: [
        {label: '100 lists on one feed, navigation → cards, vs same-markup', base: 1.15},
        {label: '100 lists on one feed, navigation → cards, vs floor', floor: 2.0},
      ],
      thousand: {label: 'limit=1000, navigation → cards, vs same-markup', base: 1.2},
    };
    for (const [name, c] of Object.entries(cases)) {
      const s = samples[name];
      row('render', `navigation → cards in DOM: ${c.label}`, 'ms', median(s.ours), median(s.base), {
        floor: median(s.floor),
        note: `median of ${REPS}${name === 'one' ? '; ours and base fetch their script, the floor is inline' : ''}`,
        target: renderTargets[name],
      });
    }

    // ---- render work inside the page, network and page load left out --------
    log('render work inside the page (minimum of many rounds)');
    const inPage = {warm: perVariant(), cold: perVariant(), big: perVariant(), rss: {ours: []}};
    for (let i = 0; i < 3; i++) {
      for (const v of rotate(THREE, i)) {
        const r = await open('one', v);
        inPage.warm[v].push(await renderWork(r.page, {count: 100, rounds: 5}));
        inPage.cold[v].push(await renderWork(r.page, {count: 100, rounds: 5, feed: `${servers.feedOrigin}/feed.json`}));
        inPage.big[v].push(await renderWork(r.page, {count: 1, limit: 1000, rounds: 3, feed: `${servers.feedOrigin}/feed-1000.json`}));
        // The baseline reads JSON Feed only: this row has no counterpart.
        if (v === 'ours') inPage.rss.ours.push(await renderWork(r.page, {count: 1, limit: 1000, rounds: 3, feed: `${servers.feedOrigin}/feed-1000.rss`}));
        await r.context.close();
      }
    }
    const least = (xs) => Math.min(...xs);
    const inPageRow = (label, k, note) => row('render', label, 'ms', least(inPage[k].ours), least(inPage[k].base), {floor: least(inPage[k].floor), note});
    inPageRow('in-page: mount 100 elements, feed already here → cards laid out', 'warm', 'min of 15');
    inPageRow('in-page: mount 100 elements, new feed URL (loading state, 1 fetch) → cards', 'cold', 'min of 15');
    inPageRow('in-page: mount 1 element, limit=1000, new feed URL → 1000 cards', 'big', 'min of 9');
    row('render', 'in-page: the same 1000 items as RSS, HTML entities in every description', 'ms', least(inPage.rss.ours), null, {
      note: 'min of 9; the baseline reads no RSS',
    });

    // ---- requests ----------------------------------------------------------
    const maxReq = (v) => Math.max(...samples.hundred.requests[v]);
    row('requests', '100 elements on one feed: feed requests', 'n', maxReq('ours'), maxReq('base'), {floor: maxReq('floor'), expect: (v) => v === 1, note: 'max over loads; must be 1'});

    log('lazy loading');
    const lazy = {before: {ours: [], base: []}, after: {ours: [], base: []}};
    for (let i = 0; i < 3; i++) {
      for (const v of ['ours', 'base']) {
        const r = await open('lazy', v, {rendered: false, settle: 500});
        lazy.before[v].push(servers.count(`/feed.json?run=${r.run}`));
        await r.page.evaluate(() => document.querySelector(document.documentElement.dataset.tag).scrollIntoView());
        await r.page.waitForFunction(() => window.__bench.rendered !== null, null, {timeout: 30_000, polling: 50});
        lazy.after[v].push(servers.count(`/feed.json?run=${r.run}`));
        await r.context.close();
      }
    }
    const maxOf = (xs) => Math.max(...xs);
    row('requests', '100 lazy elements below the fold, before scroll', 'n', maxOf(lazy.before.ours), maxOf(lazy.before.base), {expect: (v) => v === 0, note: 'must be 0'});
    row('requests', '100 lazy elements, after scrolling to the first', 'n', maxOf(lazy.after.ours), maxOf(lazy.after.base), {expect: (v) => v === 1, note: 'must be 1'});

    if (hasBanner) {
      const before = [];
      const after = [];
      for (let i = 0; i < 2; i++) {
        const r = await open('lazy-banner', 'ours', {rendered: false, settle: 500});
        before.push(servers.count(`/banner.json?run=${r.run}`));
        await r.page.evaluate(() => document.querySelector('support-banner').scrollIntoView());
        await r.page.waitForFunction(() => !document.querySelector('support-banner').shadowRoot?.querySelector('[part="placeholder"]'), null, {timeout: 30_000, polling: 50});
        after.push(servers.count(`/banner.json?run=${r.run}`));
        await r.context.close();
      }
      row('requests', 'lazy <support-banner> below the fold, before / after scroll', 'n', `${maxOf(before)} / ${maxOf(after)}`, null, {
        expect: () => maxOf(before) === 0 && maxOf(after) === 1,
        note: 'must be 0 / 1; no baseline banner',
      });
    }

    // ---- layout shift and main thread on the partner page ------------------
    log('partner page: layout shift and main thread');
    const partner = {cls: {ours: [], base: []}, blocking: {ours: [], base: []}, main: {ours: [], base: [], none: []}};
    for (let i = 0; i < 5; i++) {
      for (const v of ['ours', 'base', 'none']) {
        const r = await open('partner', v, {rendered: v !== 'none', settle: 500});
        const until = v === 'none' ? Infinity : r.probe.rendered + 500;
        partner.main[v].push(mainThread(r.probe, until));
        if (v !== 'none') partner.cls[v].push(r.probe.cls);
        await r.context.close();
        if (v === 'none') continue;
        const b = await open('partner-blocking', v, {settle: 500});
        partner.blocking[v].push(b.probe.cls);
        await b.context.close();
      }
    }
    row('layout', 'CLS, partner page, script in <head> without async, while the widget loads', '', maxOf(partner.blocking.ours), maxOf(partner.blocking.base), {
      expect: (v) => v === 0,
      note: 'worst of 5; must be 0',
    });
    row('layout', 'CLS, partner page, async script tag (fallback link → reserved box)', '', maxOf(partner.cls.ours), maxOf(partner.cls.base), {
      note: 'worst of 5; the upgrade shift when the page paints before the script runs',
    });
    if (hasDemo) {
      for (const [name, label] of [['demo', 'as shipped (async)'], ['demo-blocking', 'with the script tag blocking']]) {
        const cls = [];
        for (let i = 0; i < 4; i++) {
          const r = await open(name, 'ours', {settle: 1000});
          cls.push(r.probe.cls);
          await r.context.close();
        }
        row('layout', `CLS, demo/index.html ${label}`, '', maxOf(cls), null, {
          note: `worst of 4 (median ${median(cls).toFixed(4)}); banner + 3 lists; no baseline`,
        });
      }
    }
    const mt = (list, k) => median(list.map((m) => m[k]));
    row('main thread', 'long tasks > 50 ms, partner page, 1 widget', 'n', mt(partner.main.ours, 'longTasks'), mt(partner.main.base, 'longTasks'), {note: `without widgets: ${mt(partner.main.none, 'longTasks')}`});
    row('main thread', 'total blocking time, partner page, 1 widget', 'ms', mt(partner.main.ours, 'tbt'), mt(partner.main.base, 'tbt'), {note: `without widgets: ${mt(partner.main.none, 'tbt')} ms`});
    const mainRow = (label, name, k, target) =>
      row('main thread', label, k === 'tbt' ? 'ms' : 'n', mt(samples[name].main.ours, k), mt(samples[name].main.base, k), {floor: mt(samples[name].main.floor, k), note: `median of ${REPS}`, target});
    mainRow('long tasks > 50 ms, 100 elements', 'hundred', 'longTasks');
    mainRow('total blocking time, 100 elements', 'hundred', 'tbt', {label: 'total blocking time, 100 lists', max: 50});
    mainRow('total blocking time, limit=1000', 'thousand', 'tbt');

    // ---- memory ------------------------------------------------------------
    const heaps = samples.hundred.heap;
    const heapKB = (v) => median(heaps[v].map((h) => h.heap)) / 1024;
    row('memory', 'JS heap after GC, 100 elements rendered', 'KB', heapKB('ours'), heapKB('base'), {floor: heapKB('floor'), note: `median of ${heaps.ours.length}`});
    // The script's own code and Lit weigh on the first figure; the difference to the one-widget page is what each widget costs.
    const perWidget = (v) => (median(heaps[v].map((h) => h.heap)) - median(samples.one.heap[v].map((h) => h.heap))) / 99 / 1024;
    row('memory', 'JS heap per widget: (100 elements − 1 element) / 99', 'KB', perWidget('ours'), perWidget('base'), {
      floor: perWidget('floor'),
      target: {label: 'JS heap per widget', max: 3},
    });
    const nodes = (v) => median(heaps[v].map((h) => h.nodes));
    row('memory', 'DOM nodes, 100 elements rendered', 'n', nodes('ours'), nodes('base'), {
      floor: nodes('floor'),
      note: 'cards and shell built with DOM calls: no Lit marker comments',
      target: {label: 'DOM nodes, 100 lists', base: 1.2},
    });

    const slow = SLOW ? await slow4g({work, browser, feedsDir, reps: SLOW_REPS, log}) : undefined;

    const machine = machineInfo(version);
    print(machine);
    if (slow) printSlow4g(slow);
    writeResults({machine, rows, ...(slow ? {slow4g: slow} : {})});
    const failed = rows.filter((r) => r.ok === false);
    if (failed.length) {
      // A broken requirement (a budget, a request count, CLS) should fail CI, not just print.
      console.error(`[bench] requirement not met: ${failed.map((r) => r.name).join('; ')}`);
      process.exitCode = 1;
    }
  } finally {
    await browser?.close();
    await servers?.close();
    removeWorkdir(work);
  }
}

function machineInfo(chromium) {
  return {
    cpu: cpus()[0]?.model?.trim(),
    cores: cpus().length,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    kernel: release(),
    node: process.version,
    chromium,
    reps: REPS,
    slow4gReps: SLOW ? SLOW_REPS : 0,
    seconds: Math.round((Date.now() - started) / 1000),
    date: new Date().toISOString(),
  };
}

function writeResults(results) {
  mkdirSync(join(ROOT, 'bench/results'), {recursive: true});
  writeFileSync(join(ROOT, 'bench/results/latest.json'), JSON.stringify(results, null, 2) + '\n');
  log('wrote bench/results/latest.json');
}

function printHeader(machine) {
  console.log(`\nnewsroom-widgets benchmark — ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, Linux ${machine.kernel}`);
  console.log(`Node ${machine.node}, Chromium ${machine.chromium}, ${ONLY_SLOW ? '' : `${machine.reps} loads per render case, `}${machine.slow4gReps} per Slow 4G case, ${machine.seconds} s, ${machine.date}\n`);
}

function fmt(v, unit) {
  if (v === null || v === undefined) return '—';
  if (typeof v !== 'number') return String(v);
  if (unit === '') return v.toFixed(4);
  return Number.isInteger(v) ? String(v) : v.toFixed(1);
}

const times = (r) => (r === null ? '—' : `${r.toFixed(2)}×`);
const targetNote = (t) => `issue 11 ${t.what}: ${t.met ? 'target met' : 'target NOT met'}`;

function print(machine) {
  const table = rows.map((r) => [
    r.group,
    r.name + (r.unit && r.unit !== 'n' ? ` (${r.unit})` : ''),
    fmt(r.ours, r.unit),
    fmt(r.baseline, r.unit),
    times(r.ratio),
    fmt(r.floor, r.unit),
    times(r.ratioFloor),
    [r.ok === undefined ? '' : r.ok ? 'ok' : 'FAIL', ...(r.targets ?? []).map(targetNote), r.note ?? ''].filter(Boolean).join(' · '),
  ]);
  const head = ['', 'measure', 'ours', 'same-markup', 'ratio', 'floor', 'vs floor', ''];
  const widths = head.map((h, i) => Math.max(h.length, ...table.map((t) => t[i].length)));
  const line = (cells) => cells.map((c, i) => (i >= 2 && i <= 6 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  printHeader(machine);
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const t of table) console.log(line(t));
  console.log('');
  // Issue 11's rows once more, on their own: printed, never failing the run (only `ok`/FAIL rows do).
  const goals = rows.flatMap((r) => (r.targets ?? []).map((t) => ({r, t})));
  if (!goals.length) return;
  const met = goals.filter(({t}) => t.met).length;
  console.log(`Issue 11 targets: ${met} of ${goals.length} met (printed only; the exit code follows the ok/FAIL requirements)`);
  const lines = goals.map(({r, t}) => [
    t.label,
    `${fmt(r.ours, r.unit)}${r.unit && r.unit !== 'n' ? ` ${r.unit}` : ''}`,
    `${times(r.ratio)} same-markup`,
    `${times(r.ratioFloor)} floor`,
    t.what,
    t.met ? 'target met' : 'target NOT met',
  ]);
  const w = lines[0].map((_, i) => Math.max(...lines.map((l) => l[i].length)));
  for (const l of lines) console.log(`  ${l.map((c, i) => (i >= 1 && i <= 3 ? c.padStart(w[i]) : c.padEnd(w[i]))).join('  ').trimEnd()}`);
  console.log('');
}

main().catch((e) => {
  console.error(e.stack ?? e);
  process.exitCode = 1;
});
