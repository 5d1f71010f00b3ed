// The banner's decision as a plain function, without a DOM: which campaign a
// banner shows, or why none, from the config (or its load state), the language,
// the page view's time, the reader's memory, a preview id and the suppression meta.
// Reads the built modules: run `node scripts/build.mjs` first.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {decide} from '../../dist/campaign/decide.js';
import {parseConfig, staticConfig} from '../../dist/campaign/model.js';

const DAY = 864e5;
const BASE = 'https://ostrov.example/feeds/banner.json';
const NOW = Date.parse('2026-03-01T12:00:00Z');
const cta = {label: 'Підтримати', url: 'https://ostrov.example/support/'};

/** Three campaigns: `live` is what Ukrainian readers get; `ended` is past its end and English only; `spring` has not started. */
const document = {
  version: 1,
  campaigns: [
    {id: 'live', languages: ['uk'], dismiss_days: 7, max_views: {count: 2, days: 30}, variants: [{id: 'v1', message: 'Live', cta}]},
    {
      id: 'ended',
      end: '2020-01-01T00:00:00Z',
      languages: ['en'],
      variants: [
        {id: 'a', message: 'Ended a', cta},
        {id: 'b', message: 'Ended b', cta},
      ],
    },
    {id: 'spring', start: '2099-03-01T00:00:00Z', variants: [{id: 'x', message: 'Spring', cta}]},
  ],
};
const config = parseConfig(document, BASE).value;

/** The SafeStorage interface over a Map, as a browser's storage would be wrapped. */
function memoryStorage(entries = {}) {
  const map = new Map(Object.entries(entries).map(([id, entry]) => [`newsroom-widgets:banner:${id}`, JSON.stringify(entry)]));
  return {
    map,
    persistent: true,
    get: (key) => map.get(key) ?? null,
    set(key, value) {
      map.set(key, value);
    },
    remove(key) {
      map.delete(key);
    },
  };
}

const loaded = config;
/** One campaign for March 2026, as a config document to validate. */
const START = Date.parse('2026-03-01T00:00:00+02:00');
const END = Date.parse('2026-03-31T23:59:59+02:00');
const scheduled = {
  document: {version: 1, campaigns: [{id: 'march', start: '2026-03-01T00:00:00+02:00', end: '2026-03-31T23:59:59+02:00', variants: [{id: 'x', message: 'March', cta}]}]},
  base: BASE,
};
/** The outcome in one comparable word: `campaign:variant`, or the skip reason, or `waiting`. */
const said = (decision) => (typeof decision.outcome === 'object' ? `${decision.outcome.campaign.id}:${decision.outcome.variant.id}` : decision.outcome);
/** Each console line's level, with `page` (said once per page) or `debug` (said only under newsroom-debug=1). */
const levels = (decision) => decision.messages.map((m) => [m.level, m.page && 'page', m.debug && 'debug'].filter(Boolean).join(' '));

const cases = [
  {name: 'a reader in the language, within the schedule', input: {source: loaded}, outcome: 'live:v1', messages: ['info debug']},
  {name: 'preview by campaign: its first variant, past its end, in another language', input: {source: loaded, previewId: 'ended'}, outcome: 'ended:a', preview: true, messages: ['info page']},
  {name: 'preview by campaign:variant', input: {source: loaded, previewId: 'ended:b'}, outcome: 'ended:b', preview: true, messages: ['info page']},
  {name: 'preview of a campaign not started yet', input: {source: loaded, previewId: 'spring'}, outcome: 'spring:x', preview: true, messages: ['info page']},
  {name: 'preview of a dismissed, capped campaign', input: {source: loaded, previewId: 'live', storage: {live: {b: 0.5, d: NOW + DAY, v: [NOW - 1, NOW - 2]}}}, outcome: 'live:v1', preview: true, messages: ['info page']},
  {name: 'unknown preview id', input: {source: loaded, previewId: 'edned'}, outcome: 'no-campaign', preview: true, messages: ['error']},
  {name: 'a variant the campaign does not have', input: {source: loaded, previewId: 'ended:c'}, outcome: 'no-campaign', preview: true, messages: ['error']},
  {name: 'suppressed wins over a preview', input: {source: loaded, previewId: 'ended', suppressed: true}, outcome: 'suppressed', preview: true, messages: ['info page']},
  {name: 'suppressed, before the config is even in', input: {source: 'waiting', suppressed: true}, outcome: 'suppressed', messages: ['info page']},
  {name: 'no campaign in the language', input: {source: loaded, lang: 'pl'}, outcome: 'no-campaign', messages: ['info page']},
  {name: 'a regional tag matches its primary subtag', input: {source: loaded, lang: 'uk-UA'}, outcome: 'live:v1', messages: ['info debug']},
  {name: 'dismissed until tomorrow', input: {source: loaded, storage: {live: {b: 0.5, d: NOW + DAY}}}, outcome: 'dismissed', messages: ['info page']},
  {name: 'a dismissal that has run out', input: {source: loaded, storage: {live: {b: 0.5, d: NOW}}}, outcome: 'live:v1', messages: ['info debug']},
  {name: 'capped: two views in the last 30 days', input: {source: loaded, storage: {live: {b: 0.5, v: [NOW - DAY, NOW - 2 * DAY]}}}, outcome: 'capped', messages: ['info page']},
  {name: 'one of the two views is older than 30 days', input: {source: loaded, storage: {live: {b: 0.5, v: [NOW - DAY, NOW - 31 * DAY]}}}, outcome: 'live:v1', messages: ['info debug']},
  {name: 'a second before the start', input: {source: scheduled, now: START - 1000}, outcome: 'no-campaign', messages: ['info page']},
  {name: 'at the start', input: {source: scheduled, now: START}, outcome: 'march:x', messages: ['info debug']},
  {name: 'at the end (inclusive)', input: {source: scheduled, now: END}, outcome: 'march:x', messages: ['info debug']},
  {name: 'a second after the end', input: {source: scheduled, now: END + 1000}, outcome: 'no-campaign', messages: ['info page']},
  {name: 'a static banner from attributes', input: {source: {document: staticConfig({campaign: 'static', message: 'x', ctaHref: 'https://ostrov.example/'}, 'Підтримати'), base: BASE}}, outcome: 'static:static', messages: ['info debug']},
  {name: 'a preview of a static banner', input: {source: {document: staticConfig({campaign: 'spring-static', message: 'x', ctaHref: '/give/'}, 'Підтримати'), base: BASE}, previewId: 'spring-static'}, outcome: 'spring-static:static', preview: true, messages: ['info page']},
  {name: 'a static banner without a message: a warning per skipped entry', input: {source: {document: staticConfig({campaign: 'static', ctaHref: 'https://ostrov.example/'}, 'Підтримати'), base: BASE}}, outcome: 'no-campaign', messages: ['warn', 'warn', 'info page']},
  {name: 'a static banner with an unsafe CTA URL', input: {source: {document: staticConfig({campaign: 'static', message: 'x', ctaHref: 'javascript:alert(1)'}, 'Підтримати'), base: BASE}}, outcome: 'no-campaign', messages: ['warn', 'warn', 'info page']},
  {name: 'a config property that is no version 1 config', input: {source: {document: {version: 2, campaigns: []}, base: BASE}}, outcome: 'error', messages: ['error']},
  {name: 'waiting while the config loads', input: {source: 'waiting'}, outcome: 'waiting'},
  {name: 'waiting even with a preview on', input: {source: 'waiting', previewId: 'live'}, outcome: 'waiting', preview: true},
  {name: 'the load failed (the data layer has said why)', input: {source: 'error'}, outcome: 'error'},
];

for (const c of cases) {
  test(c.name, () => {
    const storage = memoryStorage(c.input.storage);
    const decision = decide({lang: 'uk', now: NOW, suppressed: false, ...c.input, storage, random: () => 0.5});
    assert.equal(said(decision), c.outcome);
    assert.equal(decision.preview, c.preview ?? false);
    assert.deepEqual(levels(decision), c.messages ?? []);
  });
}

test('a preview stores nothing, not even a bucket', () => {
  const storage = memoryStorage();
  decide({source: loaded, lang: 'uk', now: NOW, storage, previewId: 'live', suppressed: false});
  assert.equal(storage.map.size, 0);
});

test('the console lines say what happened: the preview, the ids there are, the bad entry', () => {
  const base = {source: loaded, lang: 'uk', now: NOW, storage: memoryStorage(), suppressed: false};
  const previewLine = decide({...base, previewId: 'ended'}).messages[0];
  assert.match(previewLine.text, /Preview ended: nothing stored/);
  assert.equal(previewLine.page, true, 'about the page: said once however many banners preview');
  const unknownLine = decide({...base, previewId: 'edned'}).messages[0];
  assert.equal(unknownLine.page, undefined, 'about this banner’s config');
  const unknown = unknownLine.text;
  for (const id of ['edned', 'live:v1', 'ended:a', 'ended:b', 'spring:x']) assert.ok(unknown.includes(id), id);
  const bad = decide({...base, source: {document: staticConfig({campaign: 'static', ctaHref: 'https://ostrov.example/'}, 'Підтримати'), base: BASE}});
  assert.deepEqual(
    bad.messages.map((m) => m.text),
    ['campaign static variant 0 skipped: bad message', 'campaign 0 skipped: bad variants', 'Banner hidden: no campaigns'],
  );
});

test('a new reader gets a bucket drawn once, stored in the entry format browsers already hold', () => {
  const storage = memoryStorage();
  let draws = 0;
  const random = () => {
    draws++;
    return 0.25;
  };
  const input = {source: loaded, lang: 'uk', now: NOW, storage, suppressed: false, random};
  assert.equal(said(decide(input)), 'live:v1');
  assert.equal(said(decide(input)), 'live:v1');
  assert.equal(draws, 1);
  assert.deepEqual(JSON.parse(storage.get('newsroom-widgets:banner:live')), {b: 0.25});
});

test('weighted variants: the stored bucket picks the variant', () => {
  const weighted = parseConfig(
    {
      version: 1,
      campaigns: [
        {
          id: 'w',
          variants: [
            {id: 'a', weight: 1, message: 'A', cta},
            {id: 'b', weight: 3, message: 'B', cta},
          ],
        },
      ],
    },
    BASE,
  ).value;
  const at = (b) => said(decide({source: weighted, lang: 'uk', now: NOW, storage: memoryStorage({w: {b}}), suppressed: false}));
  assert.deepEqual([0, 0.2499, 0.25, 0.999].map(at), ['w:a', 'w:a', 'w:b', 'w:b']);
});

/** The console lines of a decision, as `level text`, with their `page`/`debug` marks. */
const lines = (decision) => decision.messages.map((m) => `${m.level}${m.page ? ' page' : ''}${m.debug ? ' debug' : ''} ${m.text}`);

test('why nothing shows, in one line for the page: the languages the config has', () => {
  const base = {source: loaded, now: NOW, storage: memoryStorage(), suppressed: false};
  // The config speaks uk, en and (the open-ended `spring`) every language, so only a campaign list without `spring` is wrong for pl.
  const ukOnly = parseConfig({version: 1, campaigns: [document.campaigns[0], {...document.campaigns[1], languages: ['uk', 'en']}]}, BASE).value;
  assert.deepEqual(lines(decide({...base, source: ukOnly, lang: 'pl'})), ['info page Banner hidden: no campaign for lang="pl", only uk, en']);
  assert.deepEqual(lines(decide({...base, source: {version: 1, campaigns: []}, lang: 'en'})), [
    'info page Banner hidden: no campaigns',
  ]);
});

test('why nothing shows: the schedule, with the dates', () => {
  const base = {now: NOW, storage: memoryStorage(), suppressed: false};
  // en: `ended` speaks it and has ended, `spring` speaks every language and has not started.
  assert.deepEqual(lines(decide({...base, source: loaded, lang: 'en'})), [
    'info page Banner hidden: "ended" ended 2020-01-01T00:00:00.000Z; "spring" starts 2099-03-01T00:00:00.000Z',
  ]);
  assert.deepEqual(lines(decide({...base, source: scheduled, lang: 'uk', now: END + 1000})), ['info page Banner hidden: "march" ended 2026-03-31T21:59:59.000Z']);
  assert.deepEqual(lines(decide({...base, source: scheduled, lang: 'uk', now: START - 1000})), ['info page Banner hidden: "march" starts 2026-02-28T22:00:00.000Z']);
});

test('why nothing shows: the reader’s dismissal or view cap, and the reset that forgets it', () => {
  const base = {source: loaded, lang: 'uk', now: NOW, suppressed: false};
  assert.deepEqual(lines(decide({...base, storage: memoryStorage({live: {b: 0.5, d: NOW + DAY}})})), [
    'info page Banner hidden: "live" dismissed until 2026-03-02T12:00:00.000Z; ?newsroom-reset=1 forgets it',
  ]);
  assert.deepEqual(lines(decide({...base, storage: memoryStorage({live: {b: 0.5, v: [NOW - DAY, NOW - 2 * DAY]}})})), [
    'info page Banner hidden: "live" seen 2 times in 30 days (max_views); ?newsroom-reset=1 forgets it',
  ]);
});

test('why nothing shows: the suppression meta', () => {
  const decision = decide({source: loaded, lang: 'uk', now: NOW, storage: memoryStorage(), suppressed: true});
  assert.deepEqual(lines(decision), ['info page Banner hidden: the page has the no-appeal meta']);
});

test('a banner that shows says so only under newsroom-debug', () => {
  const base = {storage: memoryStorage(), suppressed: false, random: () => 0.5};
  assert.deepEqual(lines(decide({...base, source: loaded, lang: 'uk', now: NOW})), ['info debug Banner shows "live" variant "v1"']);
  // In 2099, for an English page: `live` is Ukrainian, `ended` has ended, `spring` shows.
  const spring = Date.parse('2099-03-02T00:00:00Z');
  assert.deepEqual(lines(decide({...base, source: loaded, lang: 'en', now: spring})), ['info debug Banner shows "spring" variant "x"']);
});

/** A campaign that asks nine readers in ten and leaves the tenth, its control, alone. */
const controlled = parseConfig({version: 1, campaigns: [{id: 'ab', variants: [{id: 'ask', weight: 9, message: 'Ask', cta}, {id: 'none', weight: 1, control: true}]}]}, BASE).value;

test('a control variant needs no message or CTA, and shows nothing to the readers bucketed into it', () => {
  const base = {source: controlled, lang: 'uk', now: NOW, suppressed: false};
  const asked = decide({...base, storage: memoryStorage(), random: () => 0.5});
  assert.equal(said(asked), 'ab:ask');
  assert.equal(asked.assigned, undefined);
  const left = decide({...base, storage: memoryStorage(), random: () => 0.95});
  assert.equal(said(left), 'control');
  // The skip event names the campaign and variant from this, so asks can be compared with no ask.
  assert.deepEqual([left.assigned.campaign.id, left.assigned.variant.id], ['ab', 'none']);
  assert.deepEqual(lines(left), ['info page Banner hidden: "ab" variant "none" is a control']);
  // A preview of the control shows what its readers get: nothing, with the same line.
  const previewed = decide({...base, storage: memoryStorage(), previewId: 'ab:none'});
  assert.equal(said(previewed), 'control');
  assert.equal(previewed.preview, true);
});

test('control buckets: the control’s share of many readers is its weight’s share, and each reader keeps theirs', () => {
  // A seeded generator (mulberry32): the share is the same at every run, never flaky.
  let seed = 28;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const readers = 2000;
  let controls = 0;
  for (let i = 0; i < readers; i++) {
    const storage = memoryStorage();
    const first = said(decide({source: controlled, lang: 'uk', now: NOW, suppressed: false, storage, random}));
    if (first === 'control') controls++;
    // The next page view of the same reader: the same bucket, so the same outcome.
    assert.equal(said(decide({source: controlled, lang: 'uk', now: NOW + DAY, suppressed: false, storage, random})), first);
  }
  const share = controls / readers;
  assert.ok(share > 0.08 && share < 0.12, `control share ${share}, weight 1 of 10`);
});

/** The publisher's config with a thank-you for supporters after the ask. */
const withThanks = parseConfig(
  {
    version: 1,
    supporter_days: 30,
    campaigns: [
      {id: 'ask', exclude_paths: ['/support/', '/donate'], exclude_utm_medium: ['email'], variants: [{id: 'a', message: 'Ask', cta}]},
      {id: 'thanks', audience: 'supporters', variants: [{id: 't', message: 'Дякуємо!', cta}]},
    ],
  },
  BASE,
).value;
const markedAt = (time) => {
  const storage = memoryStorage();
  storage.set('newsroom-widgets:supporter', String(time));
  return storage;
};

test('the supporter mark: supporters get the thank-you campaign for supporter_days, then the ask again', () => {
  const base = {source: withThanks, lang: 'uk', now: NOW, suppressed: false, random: () => 0.5};
  assert.equal(said(decide({...base, storage: memoryStorage()})), 'ask:a');
  assert.equal(said(decide({...base, storage: markedAt(NOW - 29 * DAY)})), 'thanks:t');
  assert.equal(said(decide({...base, storage: markedAt(NOW - 30 * DAY)})), 'ask:a');
  // Without a campaign for supporters, a supporter sees nothing, and the console says why.
  const askOnly = {...withThanks, campaigns: [withThanks.campaigns[0]]};
  const left = decide({...base, source: askOnly, storage: markedAt(NOW - DAY)});
  assert.equal(said(left), 'supporter');
  assert.deepEqual(lines(left), ['info page Banner hidden: "ask" is for non-supporters']);
  // supporter_days defaults to a year; anything but a number of days keeps the default.
  for (const days of [undefined, 'forever', -1]) {
    assert.equal(parseConfig({version: 1, supporter_days: days, campaigns: []}, BASE).value.supporterDays, 365, String(days));
  }
});

test('exclude_paths and exclude_utm_medium: the ask leaves its own pages and newsletter readers alone', () => {
  const base = {source: withThanks, lang: 'uk', now: NOW, suppressed: false, storage: memoryStorage(), random: () => 0.5};
  const at = (url) => decide({...base, page: new URL(url, 'https://partner.example/')});
  assert.equal(said(at('/news/2026/03/story')), 'ask:a');
  assert.equal(said(at('/news/?utm_medium=social')), 'ask:a');
  // Without the page's URL (a caller that does not pass it), nothing is excluded.
  assert.equal(said(decide(base)), 'ask:a');
  for (const url of ['/support/', '/support/monthly', '/donate-now', '/news/?utm_source=newsletter&utm_medium=email']) {
    const left = at(url);
    // The thank-you campaign is for supporters only, so nothing is left for this reader here.
    assert.equal(said(left), 'no-campaign', url);
    assert.deepEqual(lines(left), ['info page Banner hidden: "ask" excludes this page; "thanks" is for supporters']);
  }
});

test('a paused variant (weight 0), staged for the next round: never drawn for a reader, but an editor can preview it by name', () => {
  const staged = parseConfig(
    {version: 1, campaigns: [{id: 'c', variants: [{id: 'next', weight: 0, message: 'Next', cta}, {id: 'a', message: 'A', cta}]}]},
    BASE,
  );
  assert.deepEqual(staged.warnings, []);
  const base = {source: staged.value, lang: 'uk', now: NOW, suppressed: false};
  for (const bucket of [0, 0.5, 0.999999]) {
    assert.equal(said(decide({...base, storage: memoryStorage(), random: () => bucket})), 'c:a', String(bucket));
  }
  const previewed = decide({...base, storage: memoryStorage(), previewId: 'c:next'});
  assert.equal(said(previewed), 'c:next');
  assert.equal(previewed.preview, true);
  // The campaign by its id alone: the variant its readers may get.
  assert.equal(said(decide({...base, storage: memoryStorage(), previewId: 'c'})), 'c:a');
});

test('exclude_paths: "/support/" skips the page /support too, on a site whose URLs end without a slash, and nothing that only begins alike', () => {
  const base = {source: withThanks, lang: 'uk', now: NOW, suppressed: false, storage: memoryStorage(), random: () => 0.5};
  const at = (url) => said(decide({...base, page: new URL(url, 'https://partner.example/')}));
  assert.equal(at('/support'), 'no-campaign');
  assert.equal(at('/support?from=menu'), 'no-campaign');
  assert.equal(at('/supporters/'), 'ask:a');
  assert.equal(at('/supporting'), 'ask:a');
});

test('exclude_utm_medium: a medium in another case is the same medium ("Email" from the newsletter tool, "email" in the config)', () => {
  const base = {lang: 'uk', now: NOW, suppressed: false, storage: memoryStorage(), random: () => 0.5};
  const leaving = (medium) => parseConfig({version: 1, campaigns: [{id: 'ask', exclude_utm_medium: [medium], variants: [{id: 'a', message: 'Ask', cta}]}]}, BASE).value;
  const at = (source, url) => said(decide({...base, source, page: new URL(url, 'https://ostrov.example/')}));
  for (const [medium, url] of [['email', '/news/?utm_medium=Email'], ['Email', '/news/?utm_medium=email'], ['EMAIL', '/news/?utm_medium=eMail']]) {
    assert.equal(at(leaving(medium), url), 'no-campaign', `${medium}, ${url}`);
  }
  assert.equal(at(leaving('email'), '/news/?utm_medium=social'), 'ask:a');
  assert.equal(at(leaving('email'), '/news/'), 'ask:a');
});

test('exclude_paths in Cyrillic: written as the reader sees the path, or as the address bar copies it (percent-encoded), it excludes the page', () => {
  const base = {lang: 'uk', now: NOW, suppressed: false, storage: memoryStorage(), random: () => 0.5};
  const excluding = (path) => parseConfig({version: 1, campaigns: [{id: 'ask', exclude_paths: [path], variants: [{id: 'a', message: 'Ask', cta}]}]}, BASE).value;
  // The page URL as the browser has it: `location.pathname` is percent-encoded.
  const at = (source, url) => said(decide({...base, source, page: new URL(url, 'https://ostrov.example/')}));
  for (const path of ['/підтримати/', '/%D0%BF%D1%96%D0%B4%D1%82%D1%80%D0%B8%D0%BC%D0%B0%D1%82%D0%B8/']) {
    const source = excluding(path);
    assert.equal(at(source, '/підтримати/'), 'no-campaign', path);
    assert.equal(at(source, '/підтримати/щомісяця'), 'no-campaign', path);
    assert.equal(at(source, '/новини/'), 'ask:a', path);
  }
});

test('hide_when_reached: a met goal hides its variant, with the skip reason and a console line naming it', () => {
  const variant = (raised) => ({id: 'g', message: 'Ask', cta, goal: {raised, target: 100, currency: 'UAH', hide_when_reached: true}});
  const source = (raised) => parseConfig({version: 1, campaigns: [{id: 'goal', variants: [variant(raised)]}]}, BASE).value;
  const base = {lang: 'uk', now: NOW, suppressed: false, storage: memoryStorage(), random: () => 0.5};
  const met = decide({...base, source: source(100)});
  assert.equal(met.outcome, 'goal-reached');
  assert.deepEqual([met.assigned.campaign.id, met.assigned.variant.id], ['goal', 'g']);
  assert.deepEqual(lines(met), ['info page Banner hidden: "goal" variant "g" reached its goal (hide_when_reached)']);
  assert.equal(said(decide({...base, source: source(99)})), 'goal:g');
});

test('the end-of-article appeal counts its views apart, against max_views.epic; the other placements keep max_views', () => {
  const doc = (maxViews) => ({version: 1, campaigns: [{id: 'c', max_views: maxViews, variants: [{id: 'v', message: ['Абзац один.', 'Абзац два.'], cta}]}]});
  const source = (maxViews) => ({document: doc(maxViews), base: BASE});
  const base = {lang: 'uk', now: NOW, suppressed: false, random: () => 0.5};
  const bothCaps = source({count: 3, days: 30, epic: {count: 1, days: 7}});
  // One view at the end of an article yesterday: the epic is capped, the inline and bottom banners are not.
  const storage = memoryStorage({c: {b: 0.5, e: [NOW - DAY]}});
  assert.equal(said(decide({...base, source: bothCaps, storage, placement: 'epic'})), 'capped');
  assert.deepEqual(lines(decide({...base, source: bothCaps, storage, placement: 'epic'})), ['info page Banner hidden: "c" seen 1 times in 7 days (max_views.epic); ?newsroom-reset=1 forgets it']);
  assert.equal(said(decide({...base, source: bothCaps, storage, placement: 'inline'})), 'c:v');
  assert.equal(said(decide({...base, source: bothCaps, storage, placement: 'epic', now: NOW + 6 * DAY})), 'c:v');
  // Three views inline or at the bottom cap those two, not the epic.
  const seenInline = memoryStorage({c: {b: 0.5, v: [NOW - 1, NOW - 2, NOW - 3]}});
  assert.equal(said(decide({...base, source: bothCaps, storage: seenInline, placement: 'bottom'})), 'capped');
  assert.deepEqual(lines(decide({...base, source: bothCaps, storage: seenInline, placement: 'bottom'})), ['info page Banner hidden: "c" seen 3 times in 30 days (max_views); ?newsroom-reset=1 forgets it']);
  assert.equal(said(decide({...base, source: bothCaps, storage: seenInline, placement: 'epic'})), 'c:v');
  // `epic` alone caps only the epic; a plain {count, days} leaves the epic uncapped.
  const epicOnly = parseConfig(doc({epic: {count: 2, days: 7}}), BASE).value.campaigns[0];
  assert.deepEqual([epicOnly.maxViews, epicOnly.epicMaxViews], [undefined, {count: 2, days: 7}]);
  const plainCap = parseConfig(doc({count: 2, days: 7}), BASE).value.campaigns[0];
  assert.deepEqual([plainCap.maxViews, plainCap.epicMaxViews], [{count: 2, days: 7}, undefined]);
  // A broken epic cap is a broken campaign, named by its field.
  assert.deepEqual(parseConfig(doc({epic: {count: 0, days: 7}}), BASE).warnings, ['campaign 0 skipped: bad max_views']);
});

test('parseConfig without a URL, in Node (no document): absolute CTAs kept, a relative one skipped with its warning, nothing thrown', () => {
  const {value, warnings} = parseConfig({version: 1, campaigns: [{id: 'c', variants: [{id: 'abs', message: 'A', cta}, {id: 'rel', message: 'R', cta: {label: 'x', url: '/support/'}}]}]});
  assert.deepEqual(value.campaigns[0].variants.map((v) => v.id), ['abs']);
  assert.deepEqual(warnings, ['campaign c variant 1 skipped: bad cta']);
});

test('message may be several paragraphs; empty ones go, and a message with none is no message', () => {
  const variant = (message) => parseConfig({version: 1, campaigns: [{id: 'c', variants: [{id: 'v', message, cta}]}]}, BASE);
  assert.deepEqual(variant(['Перший.', '  ', 'Другий  абзац.']).value.campaigns[0].variants[0].message, ['Перший.', 'Другий абзац.']);
  assert.deepEqual(variant('Один.').value.campaigns[0].variants[0].message, ['Один.']);
  // The campaign's one variant goes, and with it the campaign.
  const skipped = ['campaign c variant 0 skipped: bad message', 'campaign 0 skipped: bad variants'];
  for (const none of [[], ['', ' '], [1, null]]) assert.deepEqual(variant(none).warnings, skipped, JSON.stringify(none));
});

test('a bottom bar leaves a campaign to the end-of-article appeal showing it: skip reason epic-shown, with a console line', () => {
  const base = {source: loaded, lang: 'uk', now: NOW, suppressed: false, storage: memoryStorage(), random: () => 0.5};
  const yielded = decide({...base, placement: 'bottom', epicCampaigns: new Set(['live'])});
  assert.equal(yielded.outcome, 'epic-shown');
  assert.deepEqual([yielded.assigned.campaign.id, yielded.assigned.variant.id], ['live', 'v1']);
  assert.deepEqual(lines(yielded), ['info page Banner hidden: "live" is at the end of the article']);
  // Another campaign at the end of the article, or an inline banner: nothing to leave.
  assert.equal(said(decide({...base, placement: 'bottom', epicCampaigns: new Set(['other'])})), 'live:v1');
  assert.equal(said(decide({...base, placement: 'inline', epicCampaigns: new Set(['live'])})), 'live:v1');
});

test('closedForDays: the close, «Нагадати пізніше» and «Я вже підтримую» each keep their own time', async () => {
  const {closedForDays} = await import('../../dist/campaign/memory.js');
  const c = parseConfig({version: 1, campaigns: [{id: 'c', dismiss_days: 7, remind_days: 2, variants: [{id: 'v', message: 'x', cta}]}]}, BASE).value.campaigns[0];
  assert.deepEqual(['close', 'escape', 'remind-later', 'already-support'].map((reason) => closedForDays(c, reason)), [7, 7, 2, 365]);
});
