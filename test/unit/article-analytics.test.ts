import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../src/define.js';
import {RelatedArticles} from '../../src/components/related-articles/related-articles.js';
import type {ArticleCard} from '../../src/components/article-card/article-card.js';
import fc from 'fast-check';
import {withUtm} from '../../src/internal/utm.js';
import {feedUrl, nextEvent, OSTROV, resetLoaders, serveJsonFeed} from './helpers.js';

const IDS = [
  'https://ostrov.example/articles/2026/01/29/stupak-plany-rf',
  'https://ostrov.example/articles/2026/01/28/rosiiski-zmi-pro-ukrainu',
  'https://ostrov.example/articles/2026/01/25/ogliad-zmi-okupovanogo-donbasu',
];

const links = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part~="link"]')];

async function loaded(template: ReturnType<typeof html>): Promise<RelatedArticles> {
  const wrapper = await fixture<HTMLDivElement>(html`<div>${template}</div>`);
  const el = wrapper.firstElementChild as RelatedArticles;
  await el.updateComplete;
  if (!links(el).length) await nextEvent(el, 'related-articles-load');
  return el;
}

/** Records every event of these types that reaches `document`, and keeps links from navigating the test page. */
function record(...types: string[]) {
  const seen: CustomEvent[] = [];
  const keep = (e: Event) => seen.push(e as CustomEvent);
  const stay = (e: Event) => e.preventDefault();
  for (const t of types) document.addEventListener(t, keep);
  document.addEventListener('click', stay);
  document.addEventListener('auxclick', stay);
  return {
    seen,
    stop() {
      for (const t of types) document.removeEventListener(t, keep);
      document.removeEventListener('click', stay);
      document.removeEventListener('auxclick', stay);
    },
  };
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('article analytics: events, UTM tags, rel', () => {
  beforeEach(resetLoaders);

  it('related-articles-click: pointer click on a card link, with id, url as followed, position and src, once', async () => {
    const src = feedUrl(OSTROV);
    const el = await loaded(html`<related-articles src=${src} campaign="spring"></related-articles>`);
    const rec = record('related-articles-click');
    try {
      links(el)[1]!.click();
      expect(rec.seen).to.have.length(1);
      const {detail, composed, bubbles} = rec.seen[0]!;
      expect({composed, bubbles}).to.deep.equal({composed: true, bubbles: true});
      const url = new URL(IDS[1]!);
      url.search = new URLSearchParams({
        utm_source: location.hostname,
        utm_medium: 'related-articles',
        utm_campaign: 'spring',
        utm_content: '2',
      }).toString();
      expect(detail).to.deep.equal({id: IDS[1], url: url.href, position: 2, strategy: 'latest', src});
      // A click elsewhere in the list (the heading) is no article click.
      el.shadowRoot!.querySelector<HTMLElement>('[part~="heading"]')!.click();
      expect(rec.seen).to.have.length(1);
    } finally {
      rec.stop();
    }
  });

  it('keyboard activation (Enter on a focused link) fires the click event too', async () => {
    const el = await loaded(html`<related-articles src=${feedUrl(OSTROV)}></related-articles>`);
    const rec = record('related-articles-click');
    try {
      links(el)[2]!.focus();
      await sendKeys({press: 'Enter'});
      expect(rec.seen.map((e) => e.detail.position)).to.deep.equal([3]);
    } finally {
      rec.stop();
    }
  });

  it('related-articles-view: once, after the cards (never placeholders) were half in view for a second', async () => {
    const src = feedUrl(OSTROV, {delay: 1500});
    const rec = record('related-articles-view', 'related-articles-load');
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div><related-articles src=${src}></related-articles></div>`);
      const el = wrapper.firstElementChild as RelatedArticles;
      await nextEvent(el, 'related-articles-load');
      // In view for the whole of the 1.5 s of loading: no view event for placeholders.
      expect(rec.seen.map((e) => e.type)).to.deep.equal(['related-articles-load']);
      await nextEvent(el, 'related-articles-view', 5000);
      expect(rec.seen.map((e) => e.type)).to.deep.equal(['related-articles-load', 'related-articles-view']);
      expect(rec.seen[1]!.detail).to.deep.equal({ids: IDS, src});
      // Out of view and back: still once per element.
      window.scrollTo(0, 0);
      el.style.marginTop = '200vh';
      await wait(300);
      el.style.marginTop = '';
      await wait(1400);
      expect(rec.seen.filter((e) => e.type === 'related-articles-view')).to.have.length(1);
    } finally {
      rec.stop();
    }
  });

  it('no view event for an element that stays out of view', async () => {
    const rec = record('related-articles-view');
    try {
      const el = await loaded(html`<related-articles style="margin-top: 300vh" src=${feedUrl(OSTROV)}></related-articles>`);
      expect(links(el)).to.have.length(3);
      await wait(1500);
      expect(rec.seen).to.have.length(0);
    } finally {
      rec.stop();
    }
  });

  it('every article link is tagged; a URL already tagged stays exactly as it is; no-utm turns tagging off', async () => {
    const tagged = 'https://ostrov.example/a/2?utm_source=newsletter&x=1';
    const src = await serveJsonFeed([
      {id: '1', url: 'https://ostrov.example/a/1?x=1#top', title: 'One'},
      {id: '2', url: tagged, title: 'Two'},
      {id: '3', url: 'https://ostrov.example/a/3', title: 'Three'},
    ]);
    const el = await loaded(html`<related-articles src=${src}></related-articles>`);
    const hrefs = links(el).map((a) => a.getAttribute('href'));
    const one = new URL(hrefs[0]!);
    expect([...one.searchParams]).to.deep.equal([
      ['x', '1'],
      ['utm_source', location.hostname],
      ['utm_medium', 'related-articles'],
      ['utm_campaign', 'newsroom-widgets'],
      ['utm_content', '1'],
    ]);
    expect(one.hash).to.equal('#top');
    expect(hrefs[1]).to.equal(tagged);
    expect(new URL(hrefs[2]!).searchParams.get('utm_content')).to.equal('3');
    // The category and «all articles» links are the publisher's pages, not articles: untouched.
    expect(el.shadowRoot!.querySelector('[part="all-link"]')!.getAttribute('href')).to.equal('https://ostrov.example/articles/');

    el.noUtm = true;
    await el.updateComplete;
    expect(links(el).map((a) => a.getAttribute('href'))).to.deep.equal(['https://ostrov.example/a/1?x=1#top', tagged, 'https://ostrov.example/a/3']);
  });

  it('withUtm writes what URLSearchParams.set() on the link writes, for any URL and values (fast-check)', () => {
    // The plain way, one set() per tag on the URL itself: withUtm must give the same href.
    const plain = (url: string, medium: string, campaign: string, content: string | undefined, source: string) => {
      const u = new URL(url);
      if ([...u.searchParams.keys()].some((k) => k.startsWith('utm_'))) return url;
      for (const [k, v] of [['utm_source', source], ['utm_medium', medium], ['utm_campaign', campaign], ['utm_content', content]]) if (v) u.searchParams.set(k!, v);
      return u.href;
    };
    const part = fc.stringMatching(/^[\w .~!$&'()*+,;=:@%/?#\u0400-\u04ff-]{0,12}$/);
    const url = fc
      .tuple(fc.constantFrom('https://ostrov.example', 'http://[::1]:8080', 'https://xn--80ak6aa92e.com'), part, fc.option(part), fc.option(part))
      .map(([origin, path, query, hash]) => `${origin}/${encodeURI(path)}${query === null ? '' : `?${query}`}${hash === null ? '' : `#${hash}`}`);
    const content = fc.option(fc.oneof(fc.nat().map(String), fc.string({maxLength: 8})), {nil: undefined});
    fc.assert(
      fc.property(url, fc.constantFrom('related-articles', 'support-banner'), fc.string({maxLength: 10}), content, fc.constantFrom('', 'partner.example'), (u, medium, campaign, c, source) => {
        expect(withUtm(u, {medium, campaign, content: c, source})).to.equal(plain(u, medium, campaign, c, source));
      }),
      {numRuns: 3000},
    );
    // The common case, spelled out: a link without a query gets the four tags, the position as digits.
    expect(withUtm('https://ostrov.example/a/#x', {medium: 'related-articles', campaign: 'spring sale', content: '12', source: 'partner.example'})).to.equal(
      'https://ostrov.example/a/?utm_source=partner.example&utm_medium=related-articles&utm_campaign=spring+sale&utm_content=12#x',
    );
  });

  it('utm_medium is the tag the element was defined under', async () => {
    class Renamed extends RelatedArticles {}
    Renamed.define('ostrov-related-utm');
    // Listening before the element exists: a fast loopback feed can load within the frame the fixture waits.
    const loaded = nextEvent(document, 'related-articles-load');
    const wrapper = await fixture<HTMLDivElement>(html`<div><ostrov-related-utm src=${feedUrl(OSTROV)}></ostrov-related-utm></div>`);
    const el = wrapper.firstElementChild!;
    await loaded;
    expect(links(el).map((a) => new URL(a.href).searchParams.get('utm_medium'))).to.deep.equal(Array(3).fill('ostrov-related-utm'));
  });

  it('rel: sponsored items get "sponsored noopener"; link-rel adds tokens to every article link, noopener always kept', async () => {
    const src = await serveJsonFeed([
      {id: '1', url: 'https://ostrov.example/a/1', title: 'Paid', _newsroom: {sponsored: true, category: 'Партнери', category_url: 'https://ostrov.example/p/'}},
      {id: '2', url: 'https://ostrov.example/a/2', title: 'Ours'},
    ]);
    const el = await loaded(html`<related-articles src=${src}></related-articles>`);
    expect(links(el).map((a) => a.rel)).to.deep.equal(['sponsored noopener', 'noopener']);
    el.linkRel = 'nofollow ugc';
    await el.updateComplete;
    expect(links(el).map((a) => a.rel)).to.deep.equal(['nofollow ugc sponsored noopener', 'nofollow ugc noopener']);
    expect(el.shadowRoot!.querySelector<HTMLAnchorElement>('a[part~="category"]')!.rel).to.equal('noopener');
  });

  it('a standalone <article-card> fires article-card-click {id, url} and tags its link as article-card', async () => {
    const card = await fixture<ArticleCard>(
      html`<article-card heading="Окрема" href="https://ostrov.example/a/9" link-rel="nofollow" campaign="feature"></article-card>`,
    );
    const rec = record('article-card-click', 'related-articles-click');
    try {
      const link = card.shadowRoot!.querySelector<HTMLAnchorElement>('a[part~="link"]')!;
      expect(link.rel).to.equal('nofollow noopener');
      const url = new URL(link.href);
      expect([...url.searchParams]).to.deep.equal([
        ['utm_source', location.hostname],
        ['utm_medium', 'article-card'],
        ['utm_campaign', 'feature'],
      ]);
      link.click();
      expect(rec.seen.map((e) => [e.type, e.detail])).to.deep.equal([['article-card-click', {id: 'https://ostrov.example/a/9', url: url.href}]]);
    } finally {
      rec.stop();
    }
  });
});
