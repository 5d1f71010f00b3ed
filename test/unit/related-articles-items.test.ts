// `RelatedArticles.items`, the public getter for bundler users: the items whose cards the element shows,
// in their order, from the same ranking render uses (editors' picks, relevance, fallback, limit).
import {expect, fixture, html} from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define.js';
import type {RelatedArticles, RelatedArticlesLoadDetail} from '../../src/components/related-articles/related-articles.js';
import {RANKING_NOW} from '../fixtures/ranking/cases.mjs';
import {feedUrl, nextEvent, resetLoaders} from './helpers.js';

/** A card's item id: the last segment of its article URL (https://ostrov.example/articles/r05). */
const cardIds = (el: RelatedArticles) =>
  [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part~="link"]')].map((link) => new URL(link.href).pathname.split('/').pop());

describe('<related-articles> items', () => {
  let clock: sinon.SinonFakeTimers;

  beforeEach(() => {
    resetLoaders();
    // The ranking feed's ages and pins count from its fixed moment: only Date is faked, timers run.
    clock = sinon.useFakeTimers({now: RANKING_NOW, toFake: ['Date']});
  });
  afterEach(() => clock.restore());

  it('is empty before the feed is in, then the shown cards in order, following the ranking options', async () => {
    const el = await fixture<RelatedArticles>(html`<related-articles topics="енергетика" limit="3"></related-articles>`);
    expect(el.items).to.deep.equal([]);

    const loaded = nextEvent<RelatedArticlesLoadDetail>(el, 'related-articles-load');
    el.src = feedUrl('/test/fixtures/ranking/feed.json');
    await loaded;
    await el.updateComplete;
    const ids = el.items.map((item) => item.id);
    expect(ids).to.deep.equal(['r29', 'r31', 'r01']);
    expect(ids).to.deep.equal(cardIds(el));

    el.topics = 'Покровськ';
    el.limit = 4;
    await el.updateComplete;
    expect(el.items.map((item) => item.id)).to.deep.equal(cardIds(el));
    expect(cardIds(el)).to.deep.equal(['r29', 'r31', 'r02', 'r05']);
  });

  it('follows category, exclude and limit: the shown cards, in order', async () => {
    const el = await fixture<RelatedArticles>(html`<related-articles category="Донбас" limit="5" exclude="r02"></related-articles>`);
    const loaded = nextEvent<RelatedArticlesLoadDetail>(el, 'related-articles-load');
    el.src = feedUrl('/test/fixtures/ranking/feed.json');
    await loaded;
    await el.updateComplete;
    // The newest of the category, r02 (its newest) left out: a category or an exclude ignored changes these.
    const ids = el.items.map((item) => item.id);
    expect(ids).to.deep.equal(['r05', 'r07', 'r09', 'r30', 'r12']);
    expect(ids).to.deep.equal(cardIds(el));
  });
});
