// The list's selection (src/feed/select.ts) as a pure function, without a DOM:
// items + {limit, category, exclude} → the items a <related-articles> shows.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {limitOf, selectItems} from '../../dist/feed/select.js';

const item = (id, extra = {}) => ({id, url: `https://ostrov.example/a/${id}`, title: `T${id}`, summary: '', tags: [], authors: [], sponsored: false, ...extra});
const freshItems = () => [
  item('1', {category: 'Країна', tags: ['Країна', 'Покровськ']}),
  item('2', {category: 'Світ', tags: ['Світ']}),
  item('3', {category: 'Донбас', tags: ['донбас', 'Покровськ']}),
  item('4', {tags: ['Країна']}),
  item('5', {category: 'Країна', url: undefined}),
];
const ITEMS = freshItems();
const ids = (items) => items.map((i) => i.id);

const CASES = [
  ['no options: the first three, in feed order', {}, ['1', '2', '3']],
  ['limit', {limit: 4}, ['1', '2', '3', '4']],
  ['limit 0 shows nothing', {limit: 0}, []],
  ['a limit that is no count is the default', {limit: -1}, ['1', '2', '3']],
  ['a fractional limit is the default', {limit: 2.5}, ['1', '2', '3']],
  ['NaN is the default', {limit: NaN}, ['1', '2', '3']],
  ['category matches the category, case-insensitively', {category: 'країна', limit: 10}, ['1', '4', '5']],
  ['category matches a tag', {category: 'ПОКРОВСЬК', limit: 10}, ['1', '3']],
  ['a blank category is no filter', {category: '  ', limit: 10}, ['1', '2', '3', '4', '5']],
  ['category nobody has', {category: 'Спорт'}, []],
  ['exclude by URL', {exclude: 'https://ostrov.example/a/1'}, ['2', '3', '4']],
  ['exclude by id, several, any white space', {exclude: ' 2\n3\t', limit: 10}, ['1', '4', '5']],
  ['exclude, category and limit together', {exclude: '1', category: 'Країна', limit: 1}, ['4']],
];

for (const [name, options, expected] of CASES) {
  test(`selectItems: ${name}`, () => {
    assert.deepEqual(ids(selectItems(ITEMS, options)), expected);
  });
}

test('selectItems leaves its input alone and returns the same item objects', () => {
  // Items of its own, compared with a second set made alike: an item changed in place (here or by an
  // earlier test on ITEMS) would show, not only a reordered or shortened array.
  const input = freshItems();
  const same = input.slice();
  const selected = selectItems(input, {limit: 2, category: 'країна', exclude: '4'});
  assert.deepEqual(ids(selected), ['1', '5']);
  assert.deepEqual(input, freshItems());
  assert.deepEqual(input, same);
  assert.equal(selected[0], input[0]);
});

test('limitOf: whole numbers ≥ 0 as they are, anything else the default', () => {
  assert.deepEqual([0, 7, undefined, -2, 1.5, Infinity].map(limitOf), [0, 7, 3, 3, 3, 3]);
});
