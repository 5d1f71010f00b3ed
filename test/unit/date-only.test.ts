// A feed date without a time of day (`"date_published": "2025-10-02"`, Atom `<updated>2025-10-02</updated>`,
// RSS `<pubDate>2 Oct 2025</pubDate>`) names a day, not a moment: every card shows that day as written,
// without a clock, in the reader's zone and in a `time-zone`, and says it without a time.
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/define.js';
import type {ArticleCard} from '../../src/components/article-card/article-card.js';
import type {RelatedArticles, RelatedArticlesLoadDetail} from '../../src/components/related-articles/related-articles.js';
import {renderArticleCard, renderRelatedArticles} from '../../src/server/render.js';
import {nextEvent, resetLoaders, serveDoc, serveJsonFeed, text} from './helpers.js';

const DAY_ITEMS = [
  {id: 'json', url: 'https://ostrov.example/a/json', title: 'JSON Feed', date_published: '2025-10-02'},
  // A timed item beside them keeps its clock (14:00 UTC: 10:00 in New York).
  {id: 'timed', url: 'https://ostrov.example/a/timed', title: 'Timed', date_published: '2025-10-01T14:00:00Z'},
];
const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>https://ostrov.example/</link>
<item><title>RSS</title><link>https://ostrov.example/a/rss</link><pubDate>Thu, 2 Oct 2025</pubDate></item></channel></rss>`;
const ATOM = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><id>urn:t</id><updated>2025-10-02</updated>
<entry><title>Atom</title><id>urn:a</id><link href="https://ostrov.example/a/atom"/><updated>2025-10-02</updated></entry></feed>`;

/** Server HTML as a page parses it, declarative shadow roots attached (nothing upgrades in a document of its own). */
const parseServerHtml = (markup: string) =>
  (Document as unknown as {parseHTMLUnsafe(html: string): Document}).parseHTMLUnsafe(`<!doctype html><body>${markup}`).body.firstElementChild!;

/** Each card's date as shown and said: `[date, clock or null, spoken, datetime]`. */
function cardDates(root: ShadowRoot | Document | Element): [string, string | null, string, string | null][] {
  return [...root.querySelectorAll('article')].map((card) => [
    text(card.querySelector('[part~="date"]')),
    card.querySelector('[part~="clock"]') && text(card.querySelector('[part~="clock"]')),
    text(card.querySelector('.sr')),
    card.querySelector('time')!.getAttribute('datetime'),
  ]);
}

const WRITTEN_DAY: [string, null, string, string] = ['02.10.2025', null, '2 жовтня 2025', '2025-10-02'];

async function list(src: string, timeZone?: string): Promise<RelatedArticles> {
  const el = await fixture<RelatedArticles>(html`<related-articles lang="uk"></related-articles>`);
  if (timeZone) el.setAttribute('time-zone', timeZone);
  const loaded = nextEvent<RelatedArticlesLoadDetail>(el, 'related-articles-load');
  el.src = src;
  await loaded;
  await el.updateComplete;
  return el;
}

describe('dates without a time of day', () => {
  beforeEach(() => resetLoaders());

  for (const timeZone of ['America/New_York', undefined]) {
    it(`show the day written, no clock, and say no time (${timeZone ?? 'the reader’s zone'})`, async () => {
      const json = await list(await serveJsonFeed(DAY_ITEMS), timeZone);
      const [day, timed] = cardDates(json.shadowRoot!);
      expect(day).to.deep.equal(WRITTEN_DAY);
      // The timed item is unchanged: its moment in the zone, with its clock.
      const moment = new Date('2025-10-01T14:00:00Z');
      const clock = new Intl.DateTimeFormat('uk', {timeStyle: 'short', timeZone}).format(moment);
      expect(timed![1]).to.equal(clock);
      expect(timed![2]).to.match(new RegExp(`, ${clock}$`));
      expect(timed![3]).to.equal('2025-10-01T14:00:00.000Z');

      for (const doc of [RSS, ATOM]) {
        const el = await list(await serveDoc(doc, 'application/xml'), timeZone);
        expect(cardDates(el.shadowRoot!)).to.deep.equal([WRITTEN_DAY]);
      }

      const card = await fixture<ArticleCard>(html`<article-card lang="uk" heading="Day" datetime="2025-10-02"></article-card>`);
      if (timeZone) card.setAttribute('time-zone', timeZone);
      await card.updateComplete;
      expect(cardDates(card.shadowRoot!)).to.deep.equal([WRITTEN_DAY]);
    });
  }

  it('in another language too: the day in its words, no time', async () => {
    const el = await fixture<ArticleCard>(html`<article-card lang="en-US" time-zone="America/Los_Angeles" heading="Day" datetime="2 Oct 2025"></article-card>`);
    expect(cardDates(el.shadowRoot!)).to.deep.equal([['Oct 2, 2025', null, 'October 2, 2025', '2025-10-02']]);
  });

  it('the server renderer writes the same cards, and the element adopts them', async () => {
    const feed = JSON.stringify({version: 'https://jsonfeed.org/version/1.1', title: 'T', items: DAY_ITEMS});
    const listHtml = await renderRelatedArticles({src: 'https://ostrov.example/feed.json', feed, lang: 'uk', 'time-zone': 'America/New_York'});
    const cards = cardDates(parseServerHtml(listHtml).shadowRoot!);
    expect(cards[0]).to.deep.equal(WRITTEN_DAY);
    expect(cards[1]![1]).to.equal('10:00');

    // A card from a date-only item writes its day as `datetime`, so the element reads it back the same.
    const item = {id: 'd', url: 'https://ostrov.example/a/d', title: 'Day', summary: '', date: new Date('2025-10-02T00:00:00Z'), dateOnly: true, tags: [], authors: [], sponsored: false};
    const cardHtml = renderArticleCard({item, lang: 'uk', 'time-zone': 'America/New_York'}, {site: location.hostname});
    expect(cardHtml).to.contain('datetime="2025-10-02"');
    const el = parseServerHtml(cardHtml) as ArticleCard;
    const serverCard = el.shadowRoot!.querySelector('article');
    expect(cardDates(el.shadowRoot!)).to.deep.equal([WRITTEN_DAY]);
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('article'), 'the server’s card, adopted').to.equal(serverCard);
    } finally {
      el.remove();
    }
  });
});
