import {expect} from '@open-wc/testing';
import '../../src/define.js';
import type {ArticleCard} from '../../src/components/article-card/article-card.js';
import type {RelatedArticles} from '../../src/components/related-articles/related-articles.js';
import {renderArticleCard, renderRelatedArticles} from '../../src/server/render.js';
import {feedUrl, nextEvent, OSTROV, release, requestCount, serveDoc} from './helpers.js';

/**
 * Adoption of server-rendered markup (src/server/) by the defined elements. The server's HTML is
 * parsed into a document of its own (no custom element definitions there, so nothing upgrades),
 * its nodes are noted, and then the element is moved into this page, where it upgrades with its
 * declarative shadow root already attached: as on a server-rendered page that loads the script.
 */
function parseServerHtml<E extends Element>(html: string): E {
  const doc = (Document as unknown as {parseHTMLUnsafe(html: string): Document}).parseHTMLUnsafe(`<!doctype html><body>${html}`);
  const el = doc.body.firstElementChild as E;
  expect(el.shadowRoot, 'a declarative shadow root').to.not.equal(null);
  return el;
}

/** Counts nodes removed from anywhere inside a shadow root, from now on. */
function removals(root: ShadowRoot): {count: () => number; stop: () => void} {
  let removed = 0;
  const observer = new MutationObserver((records) => {
    for (const record of records) removed += record.removedNodes.length;
  });
  observer.observe(root, {childList: true, subtree: true});
  return {
    count: () => {
      removed += observer.takeRecords().reduce((sum, record) => sum + record.removedNodes.length, 0);
      return removed;
    },
    stop: () => observer.disconnect(),
  };
}

/**
 * Puts a server-rendered list on the page above a line of text, and waits for its first update: the
 * line's top as the list first showed (before any script work), and the removals counted from then on.
 */
async function showAboveLine(el: RelatedArticles): Promise<{line: HTMLElement; top: number; removed: ReturnType<typeof removals>}> {
  const line = document.createElement('p');
  line.textContent = 'below';
  host.append(el, line);
  const top = line.getBoundingClientRect().top;
  await el.updateComplete;
  return {line, top, removed: removals(el.shadowRoot!)};
}

const SITE = {site: location.hostname};
let host: HTMLDivElement;
beforeEach(() => {
  host = document.createElement('div');
  host.style.width = '900px';
  document.body.append(host);
});
afterEach(() => host.remove());

describe('server-rendered <related-articles> adopted by the script', () => {
  it('keeps the server’s nodes: no node replaced, focus kept, no shift, and click and load events fire', async () => {
    const hold = `adopt-${Math.random()}`;
    const src = feedUrl(OSTROV, {hold});
    // The same feed, rendered on the "server" from its text.
    const feed = await (await fetch(feedUrl(OSTROV))).text();
    const html = await renderRelatedArticles({src, feed, 'time-zone': 'Europe/Kyiv'}, SITE);
    const el = parseServerHtml<RelatedArticles>(html);
    const serverItems = [...el.shadowRoot!.querySelectorAll('li')];
    const serverLinks = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part~="link"]')];
    const serverAllLink = el.shadowRoot!.querySelector('[part="all-link"]');
    expect(serverAllLink).to.not.equal(null);
    expect(serverItems).to.have.length(3);

    // Shown at once, before the element has its feed: the server's cards, not placeholders.
    const {line: marker, top, removed} = await showAboveLine(el);
    expect([...el.shadowRoot!.querySelectorAll('li')]).to.deep.equal(serverItems);
    expect(el.shadowRoot!.querySelector('.skeleton')).to.equal(null);
    expect(el.shadowRoot!.querySelector('slot'), 'no fallback slot over the cards').to.equal(null);
    serverLinks[1]!.focus();

    const loaded = nextEvent<{count: number}>(el, 'related-articles-load');
    await release(hold);
    expect((await loaded).detail.count).to.equal(3);
    await el.updateComplete;
    expect(await requestCount(src), 'the element fetched its feed').to.equal(1);
    expect([...el.shadowRoot!.querySelectorAll('li')], 'the same card nodes').to.deep.equal(serverItems);
    expect(removed.count(), 'nodes removed from the shadow root').to.equal(0);
    expect(el.shadowRoot!.querySelector('[part="all-link"]'), 'the same «Всі статті» link').to.equal(serverAllLink);
    removed.stop();
    expect(el.shadowRoot!.activeElement).to.equal(serverLinks[1]);
    expect(marker.getBoundingClientRect().top).to.equal(top);

    const clicked = nextEvent<{id: string; position: number}>(el, 'related-articles-click');
    serverLinks[1]!.addEventListener('click', (e) => e.preventDefault(), {once: true});
    serverLinks[1]!.click();
    expect((await clicked).detail).to.include({position: 2, id: 'https://ostrov.example/articles/2026/01/28/rosiiski-zmi-pro-ukrainu'});
  });

  it('a feed that changed since the server rendered replaces the cards once, cleanly', async () => {
    const live = await (await fetch(feedUrl(OSTROV))).json();
    const old = structuredClone(live);
    old.items[0].title = 'Заголовок, який відтоді змінився';
    const src = await serveDoc(JSON.stringify(live));
    const el = parseServerHtml<RelatedArticles>(await renderRelatedArticles({src, feed: JSON.stringify(old), 'time-zone': 'Europe/Kyiv'}, SITE));
    const serverList = el.shadowRoot!.querySelector('ul');
    const serverHeading = el.shadowRoot!.querySelector('[part="heading"]');
    const loaded = nextEvent(el, 'related-articles-load');
    host.append(el);
    await loaded;
    await el.updateComplete;
    const lists = el.shadowRoot!.querySelectorAll('ul');
    expect(lists, 'one list').to.have.length(1);
    expect(lists[0]).not.to.equal(serverList);
    expect(el.shadowRoot!.querySelector('[part~="title"]')!.textContent).to.equal(live.items[0].title);
    // What did not change is kept.
    expect(el.shadowRoot!.querySelector('[part="heading"]')).to.equal(serverHeading);
    // Replaced once: a later update keeps the new list.
    const list = lists[0];
    el.heading = 'Інше';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('ul')).to.equal(list);
  });

  it('an empty list (nothing matched on the server) stays as it is while the feed loads: no placeholders, no shift', async () => {
    const hold = `empty-${Math.random()}`;
    const src = feedUrl(OSTROV, {hold});
    const feed = await (await fetch(feedUrl(OSTROV))).text();
    // A partner page nothing in the feed is about, with fallback="hide": the server writes the empty state.
    const html = await renderRelatedArticles({src, feed, topics: 'жодного-збігу', fallback: 'hide', 'time-zone': 'Europe/Kyiv'}, SITE);
    const el = parseServerHtml<RelatedArticles>(html);
    const serverSlot = el.shadowRoot!.querySelector('section > slot');
    expect(serverSlot, 'the server’s empty state').to.not.equal(null);
    const {line: marker, top, removed} = await showAboveLine(el);
    expect(el.shadowRoot!.querySelector('.skeleton'), 'placeholders over the server’s empty state').to.equal(null);
    expect(el.shadowRoot!.querySelector('section > slot')).to.equal(serverSlot);
    expect(marker.getBoundingClientRect().top).to.equal(top);

    const loaded = nextEvent<{count: number}>(el, 'related-articles-load');
    await release(hold);
    expect((await loaded).detail.count).to.equal(0);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('section > slot'), 'the same empty state').to.equal(serverSlot);
    expect(removed.count(), 'nodes removed from the shadow root').to.equal(0);
    removed.stop();
    expect(marker.getBoundingClientRect().top).to.equal(top);
  });

  it('markup for other options is replaced by the element’s own', async () => {
    const src = feedUrl(OSTROV);
    const feed = await (await fetch(src)).text();
    // Rendered for limit=2; the element, told limit=3 later, shows three.
    const el = parseServerHtml<RelatedArticles>(await renderRelatedArticles({src, feed, limit: 2, 'time-zone': 'Europe/Kyiv'}, SITE));
    el.setAttribute('limit', '3');
    const loaded = nextEvent<{count: number}>(el, 'related-articles-load');
    host.append(el);
    expect((await loaded).detail.count).to.equal(3);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('li')).to.have.length(3);
  });
});

describe('server-rendered <article-card> adopted by the script', () => {
  it('keeps the server’s card node', async () => {
    const el = parseServerHtml<ArticleCard>(
      renderArticleCard({href: 'https://ostrov.example/a/1', heading: 'Заголовок', excerpt: 'Текст', category: 'Країна', datetime: '2026-01-29T14:00:00+02:00', 'time-zone': 'Europe/Kyiv'}, SITE),
    );
    const card = el.shadowRoot!.querySelector('[part~="card"]');
    host.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="card"]')).to.equal(card);
    expect(el.shadowRoot!.querySelectorAll('[part~="card"]')).to.have.length(1);
    expect(el.shadowRoot!.querySelector('[part~="clock"]')!.textContent).to.equal('14:00');
  });
});
