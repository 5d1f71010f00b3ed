// The ranking table (issue 27) through the element: the cards <related-articles> shows for each case of
// test/fixtures/ranking/cases.mjs, set as attributes, and the `strategy` its load and click events
// carry. test/node/ranking.test.mjs runs the same table on the pure function.
import {expect, fixture, html} from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define.js';
import type {RelatedArticles, RelatedArticlesClickDetail, RelatedArticlesLoadDetail} from '../../src/components/related-articles/related-articles.js';
import {RANKING_CASES, RANKING_NOW} from '../fixtures/ranking/cases.mjs';
import {feedUrl, nextEvent, resetLoaders, text} from './helpers.js';

const RANKING = '/test/fixtures/ranking/feed.json';

/** The option names of the table as the element's attributes. */
const ATTRIBUTES: Record<string, string> = {
  limit: 'limit',
  category: 'category',
  exclude: 'exclude',
  excludeCategory: 'exclude-category',
  relatedTo: 'related-to',
  topics: 'topics',
  freshness: 'freshness',
  maxDays: 'max-days',
  minRelated: 'min-related',
  fallback: 'fallback',
};

const links = (el: RelatedArticles) => [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part~="link"]')];
/** A card's item id: the last segment of its article URL (https://ostrov.example/articles/r05). */
const cardIds = (el: RelatedArticles) => links(el).map((link) => new URL(link.href).pathname.split('/').pop());

/** A list with the case's options as attributes, once loaded, with its load event. */
async function list(src: string, options: Record<string, unknown>): Promise<{el: RelatedArticles; load: RelatedArticlesLoadDetail}> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('related-articles');
  for (const [name, value] of Object.entries(options)) el.setAttribute(ATTRIBUTES[name]!, String(value));
  el.append(Object.assign(document.createElement('a'), {href: 'https://ostrov.example/articles/', textContent: 'Статті ОстроВ'}));
  el.src = src;
  const loaded = nextEvent<RelatedArticlesLoadDetail>(el, 'related-articles-load');
  wrapper.append(el);
  const {detail} = await loaded;
  await el.updateComplete;
  return {el, load: detail};
}

describe('<related-articles> ranking: the table through the element', () => {
  let clock: sinon.SinonFakeTimers;
  // One URL for the whole table: the lists share one request, as lists on a page do.
  const src = feedUrl(RANKING);

  before(resetLoaders);
  // Ages and pins are counted from the table's fixed moment: only Date is faked, timers run.
  beforeEach(() => {
    clock = sinon.useFakeTimers({now: RANKING_NOW, toFake: ['Date']});
  });
  afterEach(() => clock.restore());

  for (const {name, options, strategy, expected} of RANKING_CASES) {
    it(`${name}: ${expected.length ? expected.join(' ') : 'no cards'} (${strategy})`, async () => {
      const {el, load} = await list(src, options);
      expect(cardIds(el)).to.deep.equal(expected.map((entry) => entry.split(':')[0]));
      expect(load.strategy).to.equal(strategy);
      expect(load.count).to.equal(expected.length);
      if (expected.length === 0) {
        // `fallback="hide"`: the empty state, which shows the element's fallback content.
        const slot = el.shadowRoot!.querySelector('slot');
        expect(slot?.assignedElements().map((node) => text(node))).to.deep.equal(['Статті ОстроВ']);
      }
    });
  }

  it('related-articles-click carries each card\'s strategy: pinned, topics, latest', async () => {
    const {el} = await list(src, {topics: 'мобілізація', minRelated: 2, limit: 5});
    const seen: string[] = [];
    const onClick = (event: Event) => seen.push((event as CustomEvent<RelatedArticlesClickDetail>).detail.strategy);
    el.addEventListener('related-articles-click', onClick);
    el.addEventListener('click', (event) => event.preventDefault());
    for (const link of links(el)) link.click();
    expect(seen).to.deep.equal(['pinned', 'pinned', 'topics', 'latest', 'latest']);
  });

  it('a changed topic ranks the list again, and a pin ends with its date', async () => {
    const {el} = await list(src, {topics: 'енергетика', limit: 3});
    expect(cardIds(el)).to.deep.equal(['r29', 'r31', 'r01']);
    el.topics = 'Покровськ';
    el.limit = 4;
    await el.updateComplete;
    expect(cardIds(el)).to.deep.equal(['r29', 'r31', 'r02', 'r05']);
    clock.setSystemTime(Date.parse('2026-03-01T00:00:01Z'));
    el.requestUpdate();
    await el.updateComplete;
    expect(cardIds(el)[1]).to.equal('r02');
  });
});
