// The ranking table (issue 27): one feed of 32 tagged Ukrainian items (test/fixtures/ranking/feed.json,
// read by the real JSON Feed reader, so the editors' picks come through `_newsroom` as a partner's feed
// sends them) and the orders the list's pure selection gives for `related-to`, `topics`, `freshness`,
// `max-days`, pins, the fallbacks and `exclude-category`, at a fixed `now`.
// test/unit/related-articles-ranking.test.ts runs the same table through the element in the browsers.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {parseFeed} from '../../dist/feed/parse.js';
import {rankItems, selectItems} from '../../dist/feed/select.js';
import {RANKING_CASES, RANKING_NOW} from '../fixtures/ranking/cases.mjs';

const read = () => parseFeed(readFileSync('test/fixtures/ranking/feed.json', 'utf8'), 'https://ostrov.example/feeds/ranking.json').feed;
const feed = read();

/** `r05:topics`: an item's id and why it is listed, as the table writes them. */
const described = (ranking) => ranking.items.map(({item, strategy}) => `${item.id}:${strategy}`);

test('the ranking feed is read whole, with its picks: r29 pinned for good, r31 until March, r30\'s pin over', () => {
  assert.equal(feed.items.length, 32);
  const pins = feed.items.filter((item) => item.pinned).map((item) => [item.id, item.pinnedUntil && new Date(item.pinnedUntil).toISOString()]);
  assert.deepEqual(pins, [
    ['r29', undefined],
    ['r30', '2026-01-20T00:00:00.000Z'],
    ['r31', '2026-03-01T00:00:00.000Z'],
  ]);
});

for (const {name, options, strategy, expected} of RANKING_CASES) {
  test(`ranking: ${name}`, () => {
    const ranking = rankItems(feed.items, {now: RANKING_NOW, ...options});
    assert.deepEqual(described(ranking), expected);
    assert.equal(ranking.strategy, strategy);
    // selectItems is the same selection without the reasons.
    assert.deepEqual(selectItems(feed.items, {now: RANKING_NOW, ...options}), ranking.items.map((ranked) => ranked.item));
  });
}

test('ranking leaves its input alone and is the same for the same input', () => {
  // A feed read for this test, compared with another read: an item changed in place (its tags lower-cased,
  // a score left on it), here or by an earlier test on the shared feed, shows, not only a reordering.
  const {items} = read();
  const options = {now: RANKING_NOW, topics: 'Покровськ, енергетика', limit: 10};
  const expected = ['r29:pinned', 'r31:pinned', 'r01:topics', 'r02:topics', 'r05:topics', 'r06:topics', 'r12:topics', 'r13:topics', 'r15:topics', 'r09:topics'];
  assert.deepEqual(described(rankItems(items, options)), expected);
  assert.deepEqual(described(rankItems(items, options)), expected, 'the second run ranks the same');
  assert.deepEqual(items, read().items);
});

test('a pin ends when pinned_until passes: r31 at the start of March is no longer first', () => {
  const march = Date.parse('2026-03-01T00:00:01Z');
  assert.deepEqual(described(rankItems(feed.items, {now: march, limit: 2})), ['r29:pinned', 'r01:latest']);
});

test('a freshness or min-related that is no number of days or count is the default', () => {
  const base = {now: RANKING_NOW, topics: 'Покровськ, енергетика', limit: 10};
  const expected = described(rankItems(feed.items, base));
  for (const odd of [{freshness: 0}, {freshness: -5}, {freshness: NaN}, {minRelated: 1.5}, {minRelated: -1}]) {
    assert.deepEqual(described(rankItems(feed.items, {...base, ...odd})), expected, JSON.stringify(odd));
  }
});
