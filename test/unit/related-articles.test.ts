import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define.js';
import type {RelatedArticles} from '../../src/components/related-articles/related-articles.js';
import {nextTask} from '../../src/components/render-turns.js';
import {feedLoader} from '../../src/feed/index.js';
import {feedUrl, nextEvent, OSTROV, release, requestCount, resetLoaders, serveJsonFeed, text} from './helpers.js';

/**
 * Runs `body` on a clock that gains 0.5 ms more at every reading, as on a slow machine: a thousand
 * renders then outlast the 40 ms turn on any machine, so the tests of the turns do not depend on how
 * fast this one is (a quiet host once rendered a thousand one-card lists within one turn).
 */
async function onSlowClock<T>(body: () => Promise<T>): Promise<T> {
  const stub = sinon.stub(performance, 'now');
  let extra = 0;
  stub.callsFake(() => stub.wrappedMethod.call(performance) + (extra += 0.5));
  try {
    return await body();
  } finally {
    stub.restore();
  }
}

const SEED = [
  {
    category: 'Країна',
    date: '29.01.2026',
    time: '14:00',
    title: 'Фейкові перемоги російської армії, морська піхота під Покровськом, та енергетична криза — Іван Ступак про плани РФ',
    excerpt: '...Це виглядає як постійна спроба демонструвати позитивні результати. Бо на горі їх чекають. У них логіка проста: ні дня без результату, ні дня без захоплення.',
  },
  {
    category: 'Світ',
    date: '28.01.2026',
    time: '12:55',
    title: '«Хочемо максимально зберегти населення України. Це дуже ювелірна робота, тут сокирою не помахаєш». Російські ЗМІ про Україну',
    excerpt: 'Формально йде мова тільки про виведення військ ЗСУ з території Донбасу, але ніхто не говорить про те, щоб Київ офіційно визнав Донбас російською територією.',
  },
  {
    category: 'Донбас',
    date: '25.01.2026',
    time: '13:00',
    title: 'Мистецтво промовчати і майстерність не договорювати. Огляд ЗМІ окупованого Донбасу',
    excerpt: 'Минулого тижня ЗМІ окупованого Донбасу щосили намагалися згладити гостроту деяких проблем, що звалилися на «молоді республіки». Неприємність у непідконтрольному законній владі Дебальцевому буквально прилетіла з неба – місто, точніше військові...',
  },
];

// Cards are rendered in the list's own shadow root: no nested element, no shadow root per card.
const cards = (el: RelatedArticles) => [...el.shadowRoot!.querySelectorAll('li:not(.skeleton) > [part~="card"]')];
const part = (card: Element, name: string) => card.querySelector(`[part~="${name}"]`);

/** Resolves once the element has left its loading state (however fast that was). */
async function settled(el: RelatedArticles): Promise<RelatedArticles> {
  await el.updateComplete;
  if (!el.shadowRoot!.querySelector('section[aria-busy="false"]')) {
    await Promise.race([nextEvent(el, 'related-articles-load'), nextEvent(el, 'related-articles-error')]);
    await el.updateComplete;
  }
  return el;
}

/** Fetches the feed again and resolves once the answer is in the loader and the element has updated. */
async function refreshed(el: RelatedArticles, src: string): Promise<void> {
  const before = feedLoader.peek(src)!.fetchedAt;
  el.refresh();
  await waitUntil(() => feedLoader.peek(src)!.fetchedAt !== before, 'the refreshed feed arrives');
  await nextTask();
  await el.updateComplete;
}

async function loaded(template: ReturnType<typeof html>): Promise<RelatedArticles> {
  const wrapper = await fixture<HTMLDivElement>(html`<div>${template}</div>`);
  return settled(wrapper.firstElementChild as RelatedArticles);
}

describe('<related-articles>', () => {
  beforeEach(resetLoaders);

  it('shows the publisher page’s «Статті» block from the seed feed, exactly', async () => {
    const el = await loaded(html`<related-articles src=${feedUrl(OSTROV)} time-zone="Europe/Kyiv"></related-articles>`);
    const root = el.shadowRoot!;
    expect(text(root.querySelector('h2[part="heading"]'))).to.equal('Статті');
    const list = cards(el);
    expect(list).to.have.length(3);
    list.forEach((card, i) => {
      const seed = SEED[i]!;
      expect(text(part(card, 'category')), 'category').to.equal(seed.category);
      expect(text(part(card, 'date')), 'date').to.equal(seed.date);
      expect(text(part(card, 'clock')), 'time').to.equal(seed.time);
      expect(text(part(card, 'title')), 'title').to.equal(seed.title);
      expect(text(part(card, 'excerpt')), 'excerpt').to.equal(seed.excerpt);
      const link = part(card, 'title')!.querySelector('a')!;
      expect(link.getAttribute('rel')).to.equal('noopener');
      expect(card.querySelectorAll('a[href]:not([part~="category"])')).to.have.length(1);
    });
    expect(part(list[0]!, 'time')!.getAttribute('datetime')).to.equal('2026-01-29T12:00:00.000Z');
    expect((part(list[0]!, 'category') as HTMLAnchorElement).href).to.equal('https://ostrov.example/country/');
    const all = root.querySelector('a[part="all-link"]') as HTMLAnchorElement;
    expect(text(all)).to.equal('Всі статті');
    expect(all.href).to.equal('https://ostrov.example/articles/');
    expect(root.querySelector('ul[part="list"]')!.children).to.have.length(3);
    expect(root.querySelector('section')!.getAttribute('aria-labelledby')).to.equal('heading');
    await expect(el).to.be.accessible();
  });

  it('reads the feed from a second origin with a CORS GET that sends no cookies', async () => {
    document.cookie = 'partner_session=1; SameSite=None; Secure';
    const src = feedUrl(OSTROV);
    const el = await loaded(html`<related-articles src=${src}></related-articles>`);
    expect(new URL(src).origin).to.not.equal(location.origin);
    expect(cards(el)).to.have.length(3);
    expect(await requestCount(src)).to.equal(1);
  });

  it('limit, heading, heading-level, all-href and all-label', async () => {
    const el = await loaded(html`<related-articles
      src=${feedUrl(OSTROV)}
      limit="2"
      heading="Новини партнера"
      heading-level="3"
      all-href="https://partner.example/ostrov"
      all-label="Більше від ОстроВ"
    ></related-articles>`);
    const root = el.shadowRoot!;
    expect(cards(el)).to.have.length(2);
    expect(text(root.querySelector('h3[part="heading"]'))).to.equal('Новини партнера');
    expect(part(cards(el)[0]!, 'title')!.tagName).to.equal('H4');
    const all = root.querySelector('a[part="all-link"]') as HTMLAnchorElement;
    expect(all.href).to.equal('https://partner.example/ostrov');
    expect(text(all)).to.equal('Більше від ОстроВ');
  });

  it('category keeps only items with that tag; exclude drops the article being read', async () => {
    const el = await loaded(html`<related-articles
      src=${feedUrl(OSTROV)}
      category="світ"
      exclude="https://ostrov.example/articles/2026/01/28/rosiiski-zmi-pro-ukrainu"
    ></related-articles>`);
    const list = cards(el);
    expect(list).to.have.length(1);
    expect(text(part(list[0]!, 'title'))).to.contain('Вашингтонський саміт НАТО');
  });

  it('exclude also matches an item id, and limit=0 is the empty state', async () => {
    const el = await loaded(html`<related-articles src=${feedUrl(OSTROV)} limit="10"
      exclude="https://ostrov.example/articles/2024/02/16/umerov-nato-samit"></related-articles>`);
    expect(cards(el)).to.have.length(3);
    el.limit = 0;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('ul')).to.equal(null);
    expect(el.shadowRoot!.querySelector('slot')).to.not.equal(null);
  });

  it('time-zone changes the shown time; lang="en" changes heading, link and date format', async () => {
    const el = await loaded(html`<related-articles src=${feedUrl(OSTROV)} time-zone="UTC" lang="en"></related-articles>`);
    const first = cards(el)[0]!;
    expect(text(part(first, 'clock'))).to.match(/^12:00/);
    expect(text(part(first, 'date'))).to.equal('29 Jan 2026');
    expect(text(el.shadowRoot!.querySelector('[part="heading"]'))).to.equal('Articles');
    expect(text(el.shadowRoot!.querySelector('[part="all-link"]'))).to.equal('All articles');
  });

  it('follows the nearest lang of an ancestor', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><related-articles src=${feedUrl(OSTROV)}></related-articles></div>`);
    const el = await settled(wrapper.querySelector('related-articles')!);
    expect(text(el.shadowRoot!.querySelector('[part="heading"]'))).to.equal('Articles');
  });

  it('link-target and images', async () => {
    const src = await serveJsonFeed([
      {id: 'a', url: '/a', title: 'With image', image: '/img/a.png', date_published: '2026-01-02T10:00:00Z', _newsroom: {image_alt: 'A photo', image_width: 800, image_height: 450}},
    ]);
    const el = await loaded(html`<related-articles src=${src} link-target="_blank" images no-utm></related-articles>`);
    const card = cards(el)[0]!;
    const link = part(card, 'link') as HTMLAnchorElement;
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.equal('noopener');
    // Relative URLs resolve against the feed's URL, not the partner page.
    expect(link.href).to.equal(new URL('/a', src).href);
    const img = part(card, 'image') as HTMLImageElement;
    expect(img.getAttribute('src')).to.equal(new URL('/img/a.png', src).href);
    expect(img.alt).to.equal('A photo');
    expect(img.getAttribute('width')).to.equal('800');
    expect(img.getAttribute('height')).to.equal('450');
    expect(img.getAttribute('loading')).to.equal('lazy');
  });

  it('hides the «all articles» link when neither the feed nor all-href gives one', async () => {
    const src = await serveJsonFeed([{id: '1', url: 'https://ostrov.example/1', title: 'One'}], {home_page_url: undefined});
    const el = await loaded(html`<related-articles src=${src}></related-articles>`);
    expect(cards(el)).to.have.length(1);
    expect(el.shadowRoot!.querySelector('[part="all-link"]')).to.equal(null);
  });

  it('loading state: aria-busy, the exact final height reserved, fallback hidden', async () => {
    const slow = feedUrl(OSTROV, {delay: 1500});
    // Placeholders reserve three title lines, what a list's titles take at least: exact whenever the
    // titles fit three lines, as the seed's (up to 124 characters) do in a 560px column.
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 560px">
      <related-articles src=${slow}><a href="https://ostrov.example/articles/">Статті ОстроВ</a></related-articles>
      <p id="below">below</p>
    </div>`);
    const el = wrapper.querySelector('related-articles')!;
    await el.updateComplete;
    const section = el.shadowRoot!.querySelector('section')!;
    expect(section.getAttribute('aria-busy')).to.equal('true');
    expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('.skeleton')).to.have.length(3);
    await expect(el).to.be.accessible();
    const below = wrapper.querySelector('#below')!;
    const before = below.getBoundingClientRect().top;
    expect(el.getBoundingClientRect().height).to.be.greaterThan(300);
    await nextEvent(el, 'related-articles-load');
    expect(section.getAttribute('aria-busy')).to.equal('false');
    expect(below.getBoundingClientRect().top).to.be.closeTo(before, 1);
  });

  it('placeholders are empty boxes, yet reserve the exact final height with images, card styles and line settings', async () => {
    const hold = `empty-placeholders-${Math.random()}`;
    const slow = feedUrl(OSTROV, {hold});
    // A partner's card padding and border, and the line settings, change the card's height: the
    // placeholder has the card's own box, so they change the placeholder's too.
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 560px">
      <style>
        #styled::part(card) { padding: 2em; border: 5px solid; }
      </style>
      <related-articles src=${slow} images></related-articles><p>1</p>
      <related-articles src=${slow} id="styled"></related-articles><p>2</p>
      <related-articles src=${slow} style="--newsroom-title-lines: 2; --newsroom-excerpt-lines: 1"></related-articles><p>3</p>
      <related-articles src=${slow} images style="--newsroom-excerpt-lines: 0; --newsroom-card-padding: .5em"></related-articles><p>4</p>
    </div>`);
    const lists = [...wrapper.querySelectorAll('related-articles')];
    await Promise.all(lists.map((l) => l.updateComplete));
    const items = lists.flatMap((l) => [...l.shadowRoot!.querySelectorAll('li.skeleton')]);
    expect(items).to.have.length(12);
    // The card box, its text box and, with images, the image box: no text to lay out.
    expect(items.map((li) => li.textContent)).to.deep.equal(Array(12).fill(''));
    expect(items.map((li) => li.querySelectorAll('*').length)).to.deep.equal([3, 3, 3, 2, 2, 2, 2, 2, 2, 3, 3, 3]);
    const marks = () => [...wrapper.querySelectorAll('p')].map((p) => p.getBoundingClientRect().top);
    const before = marks();
    const loaded = Promise.all(lists.map((l) => nextEvent(l, 'related-articles-load')));
    await release(hold);
    await loaded;
    expect(lists.every((l) => !l.shadowRoot!.querySelector('.skeleton'))).to.equal(true);
    marks().forEach((top, i) => expect(top, `marker ${i + 1}`).to.be.closeTo(before[i]!, 1));
  });

  it('lists loading side by side each show their own placeholders (copies of one), with the height of the first', async () => {
    const src = feedUrl(OSTROV, {stall: 1, n: Math.random()});
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 560px">
      <related-articles src=${src} limit="2"></related-articles><related-articles src=${src} limit="2"></related-articles>
      <related-articles src=${src} limit="4"></related-articles>
    </div>`);
    const lists = [...wrapper.querySelectorAll('related-articles')];
    await Promise.all(lists.map((l) => l.updateComplete));
    const skeletons = lists.map((l) => [...l.shadowRoot!.querySelectorAll('li.skeleton')]);
    expect(skeletons.map((s) => s.length)).to.deep.equal([2, 2, 4]);
    // No node is shared: each list holds its own copy, as tall as the one built.
    expect(new Set(skeletons.flat()).size).to.equal(8);
    expect(lists[1]!.getBoundingClientRect().height).to.equal(lists[0]!.getBoundingClientRect().height);
    expect(lists[1]!.shadowRoot!.querySelector('ul')!.outerHTML).to.equal(lists[0]!.shadowRoot!.querySelector('ul')!.outerHTML);
    // No pulse while a feed may still come quickly (this one stalls): the placeholders start still.
    const ul = lists[2]!.shadowRoot!.querySelector('ul')!;
    expect(ul.getAnimations(), 'pulse at once').to.deep.equal([]);
    // After a second without the feed, one pulse per loading list, not one per placeholder: a hundred
    // lists animate a hundred boxes, not 300.
    await waitUntil(() => ul.getAnimations().length > 0, 'no pulse for a slow feed', {timeout: 5000});
    expect(ul.getAnimations().length).to.equal(1);
    expect(skeletons[2]!.flatMap((li) => li.getAnimations())).to.deep.equal([]);
    // A copied list (the second one) pulses too: its timer starts where it is copied, not only where one is built.
    const copy = lists[1]!.shadowRoot!.querySelector('ul')!;
    await waitUntil(() => copy.getAnimations().length > 0, 'no pulse for a copied list', {timeout: 5000});
    expect(copy.getAnimations().length).to.equal(1);
  });

  it('error state: shows the fallback children and fires related-articles-error with the status', async () => {
    const src = feedUrl('/does-not-exist.json');
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const errors: unknown[] = [];
    const origError = console.error;
    console.error = (...a: unknown[]) => errors.push(a);
    try {
      const el = document.createElement('related-articles');
      el.innerHTML = '<a href="https://ostrov.example/articles/">Статті ОстроВ</a>';
      const event = nextEvent<{error: string; status: number; kind: string}>(wrapper, 'related-articles-error');
      el.src = src;
      wrapper.append(el);
      const e = await event;
      expect(e.detail.status).to.equal(404);
      expect(e.detail.kind).to.equal('http');
      expect(e.detail.error).to.contain(src);
      expect(e.bubbles && e.composed).to.equal(true);
      await el.updateComplete;
      const slot = el.shadowRoot!.querySelector('slot')!;
      expect(slot.assignedElements()[0]!.textContent).to.equal('Статті ОстроВ');
      expect(el.shadowRoot!.querySelector('[part="all-link"]')).to.equal(null);
      expect(errors.length).to.equal(1);
      await expect(el).to.be.accessible();
    } finally {
      console.error = origError;
    }
  });

  it('error state without fallback children shows a message', async () => {
    const el = await loaded(html`<related-articles src=${feedUrl(OSTROV, {status: 404})}></related-articles>`);
    expect(text(el.shadowRoot!.querySelector('[part="message"]'))).to.equal('Не вдалося завантажити статті.');
  });

  it('empty state: nothing matched shows the fallback; load fires with count 0; the message names the category', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('related-articles');
    el.setAttribute('category', 'Спорт');
    el.innerHTML = '<p>Нічого немає</p>';
    const loaded = nextEvent<{count: number; total: number}>(wrapper, 'related-articles-load');
    el.src = feedUrl(OSTROV);
    wrapper.append(el);
    const e = await loaded;
    expect(e.detail.count).to.equal(0);
    expect(e.detail.total).to.equal(4);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('slot')!.assignedElements()[0]!.textContent).to.equal('Нічого немає');
    // The feed has articles, just none in «Спорт»: the message says that, not «no articles yet».
    expect(text(el.shadowRoot!.querySelector('[part="message"]'))).to.equal('У категорії «Спорт» статей немає.');
    await expect(el).to.be.accessible();
    el.lang = 'en';
    el.requestUpdate(); // `lang` is read at each render, not observed
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('[part="message"]'))).to.equal('No articles in the category “Спорт”.');
    // The category is text: `$&` and `$'` in it are not replacement patterns.
    el.category = "R$&D $'";
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('[part="message"]'))).to.equal("No articles in the category “R$&D $'”.");
    el.removeAttribute('category');
    el.limit = 0;
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('[part="message"]'))).to.equal('No articles yet.');
  });

  it('related-articles-load bubbles out of shadow roots with the count', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const shadow = host.attachShadow({mode: 'open'});
    const el = document.createElement('related-articles');
    el.setAttribute('limit', '2');
    const event = nextEvent<{count: number}>(host, 'related-articles-load');
    el.src = feedUrl(OSTROV);
    shadow.append(el);
    const e = await event;
    expect(e.detail.count).to.equal(2);
    expect(e.composed).to.equal(true);
  });

  it('three elements with one src make one request', async () => {
    const src = feedUrl(OSTROV, {delay: 200});
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <related-articles src=${src}></related-articles>
      <related-articles src=${src} limit="1"></related-articles>
      <related-articles src=${src} category="Світ"></related-articles>
    </div>`);
    const els = [...wrapper.querySelectorAll('related-articles')];
    await Promise.all(els.map((el) => nextEvent(el, 'related-articles-load')));
    expect(els.map((el) => cards(el).length)).to.deep.equal([3, 1, 2]);
    expect(await requestCount(src)).to.equal(1);
    // A fourth element later on the same page reuses the result too.
    const late = document.createElement('related-articles');
    late.src = src;
    const done = nextEvent(late, 'related-articles-load');
    wrapper.append(late);
    await done;
    expect(await requestCount(src)).to.equal(1);
  });

  it('aborts the request when the element leaves the page, and when src changes', async () => {
    const signals: AbortSignal[] = [];
    const realFetch = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      if (init?.signal) signals.push(init.signal);
      return realFetch(input, init);
    };
    try {
      const el = await fixture<RelatedArticles>(html`<related-articles src=${feedUrl(OSTROV, {stall: 1})}></related-articles>`);
      await el.updateComplete;
      expect(signals).to.have.length(1);
      el.src = feedUrl(OSTROV);
      await nextEvent(el, 'related-articles-load');
      expect(signals[0]!.aborted, 'old src aborted').to.equal(true);
      el.src = feedUrl(OSTROV, {stall: 1});
      await el.updateComplete;
      expect(signals).to.have.length(3);
      el.remove();
      expect(signals[2]!.aborted, 'aborted on removal').to.equal(true);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('a feed title with markup shows as text and creates no element', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const src = await serveJsonFeed([
      {id: '1', url: 'https://ostrov.example/1', title: evil, summary: '<script>alert(2)</script><b>bold</b>', date_published: '2026-01-01T00:00:00Z'},
    ]);
    const el = await loaded(html`<related-articles src=${src}></related-articles>`);
    const card = cards(el)[0]!;
    expect(text(part(card, 'title'))).to.equal(evil);
    expect(el.shadowRoot!.querySelector('img, script, b')).to.equal(null);
  });

  it('a JSON Feed title written HTML-escaped (WordPress) shows its characters, still as text', async () => {
    // The server renderer reads the same file to the same text (server-render.test.mjs).
    const el = await loaded(html`<related-articles src=${feedUrl('/test/fixtures/wordpress-escaped.json')}></related-articles>`);
    const card = cards(el)[0]!;
    expect(text(part(card, 'title'))).to.equal('FCC Says Releasing ‘Jokes’ & <img src=x onerror=alert(1)>');
    expect(text(part(card, 'excerpt'))).to.equal('AT&T «ОстроВ» <script>alert(2)</script>');
    expect(text(part(card, 'category'))).to.equal('Tom & Jerry');
    expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
  });

  it('an item with a javascript: URL renders without a link', async () => {
    const src = await serveJsonFeed([
      {id: '1', url: 'javascript:alert(1)', title: 'No link here', _newsroom: {category: 'X', category_url: 'javascript:alert(2)'}},
      {id: '2', url: 'data:text/html,hi', title: 'Nor here'},
    ]);
    const el = await loaded(html`<related-articles src=${src}></related-articles>`);
    const list = cards(el);
    expect(list).to.have.length(2);
    for (const card of list) expect(card.querySelector('a')).to.equal(null);
    expect(text(part(list[0]!, 'title'))).to.equal('No link here');
  });

  it('an item without a title shows the start of its text; one with neither is skipped with a warning', async () => {
    const warnings: unknown[][] = [];
    const origWarn = console.warn;
    console.warn = (...a: unknown[]) => warnings.push(a);
    try {
      const long = 'Мікроблог без заголовка. '.repeat(20);
      const src = await serveJsonFeed([
        {id: '1', url: 'https://ostrov.example/1', content_text: long, date_published: '2026-01-03T00:00:00Z'},
        {id: '2', url: 'https://ostrov.example/2', date_published: '2026-01-02T00:00:00Z'},
        {id: '3', url: 'https://ostrov.example/3', title: 'Третій', date_published: '2026-01-01T00:00:00Z'},
        'not even an object',
      ]);
      const el = await loaded(html`<related-articles src=${src}></related-articles>`);
      const list = cards(el);
      expect(list).to.have.length(2);
      const derived = text(part(list[0]!, 'title'));
      expect(derived.startsWith('Мікроблог без заголовка.')).to.equal(true);
      expect(derived.endsWith('…')).to.equal(true);
      expect(Array.from(derived).length).to.be.at.most(100);
      expect(text(part(list[1]!, 'title'))).to.equal('Третій');
      expect(warnings).to.have.length(1);
      expect(String(warnings[0]![0])).to.contain('item 2 skipped').and.contain('item 4 skipped');
    } finally {
      console.warn = origWarn;
    }
  });

  it('without src shows the fallback and makes no request', async () => {
    const realFetch = window.fetch;
    let calls = 0;
    window.fetch = (...args: Parameters<typeof fetch>) => (calls++, realFetch(...args));
    try {
      const el = await fixture<RelatedArticles>(html`<related-articles><a href="https://ostrov.example/">ОстроВ</a></related-articles>`);
      await new Promise((r) => setTimeout(r, 50));
      expect(el.shadowRoot!.querySelector('slot')!.assignedElements()).to.have.length(1);
      expect(calls, 'fetch calls').to.equal(0);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('an unsafe src is an error, not a request', async () => {
    const origError = console.error;
    console.error = () => {};
    let requests: sinon.SinonSpy | undefined;
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('related-articles');
      const event = nextEvent<{kind: string; error: string}>(wrapper, 'related-articles-error');
      // Every request of the page goes through fetch: the "not a request" half of the name.
      requests = sinon.spy(window, 'fetch');
      el.setAttribute('src', 'javascript:alert(1)');
      wrapper.append(el);
      expect((await event).detail.error).to.contain('not an http(s) URL');
      await el.updateComplete;
      expect(requests.callCount, 'fetch calls').to.equal(0);
    } finally {
      console.error = origError;
      requests?.restore();
    }
  });

  it(':host([hidden]) hides the element', async () => {
    const el = await fixture<RelatedArticles>(html`<related-articles hidden src=${feedUrl(OSTROV)}></related-articles>`);
    expect(getComputedStyle(el).display).to.equal('none');
  });

  it('columns follow the element’s own width: one below 36em; above it three cards go in three columns or one, never two and one alone', async () => {
    const src = feedUrl(OSTROV);
    const widths = [160, 320, 540, 600, 1000];
    const wrapper = await fixture<HTMLDivElement>(html`<div style="font-size: 16px">
      ${widths.map((w) => html`<div style="width: ${w}px"><related-articles src=${src}></related-articles></div>`)}
    </div>`);
    const lists = [...wrapper.querySelectorAll('related-articles')];
    await Promise.all(lists.map(settled));
    // auto-fit collapses unused tracks to 0px: count the tracks cards occupy.
    const columns = (el: Element) =>
      getComputedStyle(el.shadowRoot!.querySelector('ul')!).gridTemplateColumns.split(' ').filter((w) => parseFloat(w) > 0).length;
    // Below 36em (576px): one column. Three cards need three 14em columns and their gaps (704px): 600px
    // holds two, which would leave one card alone on a row, so it stays one column. 160px does not hold
    // even one card, and the card shrinks to fit.
    expect(lists.map(columns)).to.deep.equal([1, 1, 1, 1, 3]);
    const narrowCard = cards(lists[0] as RelatedArticles)[0]!.getBoundingClientRect();
    expect(narrowCard.width).to.be.at.most(160);
  });

  it('::part() and --newsroom-* custom properties style the inside from the page', async () => {
    const style = document.createElement('style');
    style.textContent = `
      .styled { --newsroom-accent: rgb(200, 0, 0); --newsroom-font: monospace; }
      .styled::part(title) { color: rgb(0, 128, 0); }
      .styled::part(heading) { font-size: 40px; }
      .styled::part(all-link) { color: rgb(0, 0, 255); }`;
    document.head.append(style);
    try {
      const el = await loaded(html`<related-articles class="styled" src=${feedUrl(OSTROV)}></related-articles>`);
      const card = cards(el)[0]!;
      expect(getComputedStyle(part(card, 'category')!).color).to.equal('rgb(200, 0, 0)');
      expect(getComputedStyle(part(card, 'title')!).color).to.equal('rgb(0, 128, 0)');
      expect(getComputedStyle(part(card, 'title')!).fontFamily).to.equal('monospace');
      expect(getComputedStyle(el.shadowRoot!.querySelector('[part="heading"]')!).fontSize).to.equal('40px');
      expect(getComputedStyle(el.shadowRoot!.querySelector('[part="all-link"]')!).color).to.equal('rgb(0, 0, 255)');
    } finally {
      style.remove();
    }
  });

  it('renders its cards in its own shadow root: no nested custom element, one shadow root per list', async () => {
    const el = await loaded(html`<related-articles src=${feedUrl(OSTROV)} images></related-articles>`);
    const all = [...el.shadowRoot!.querySelectorAll('*')];
    expect(cards(el)).to.have.length(3);
    expect(all.filter((n) => n.localName.includes('-')).map((n) => n.localName)).to.deep.equal([]);
    expect(all.filter((n) => n.shadowRoot)).to.deep.equal([]);
    // The card stylesheet is adopted by the list itself: a card looks like a card.
    expect(getComputedStyle(cards(el)[0]!).display).to.equal('flex');
  });

  it('a feed already in memory renders cards on the first render, never placeholders', async () => {
    const src = feedUrl(OSTROV);
    await loaded(html`<related-articles src=${src}></related-articles>`);
    const second = document.createElement('related-articles');
    second.src = src;
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.append(second);
    // Lit renders in a microtask after connecting: watch the shadow root before it does.
    const added: string[] = [];
    new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) if (n instanceof Element) added.push(n.outerHTML);
    }).observe(second.shadowRoot!, {childList: true, subtree: true});
    await second.updateComplete;
    expect(cards(second)).to.have.length(3);
    expect(second.shadowRoot!.querySelector('section')!.getAttribute('aria-busy')).to.equal('false');
    expect(added.join('')).not.to.contain('skeleton');
    expect(await requestCount(src)).to.equal(1);
  });

  it('lists on one feed with the same options copy one list of cards; their clicks are their own; other options build anew', async () => {
    const src = feedUrl(OSTROV);
    const first = await loaded(html`<related-articles src=${src}></related-articles>`);
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    // The feed is in memory: the second list shows cards on its first render. Count the elements it creates.
    const create = document.createElement;
    let created = 0;
    document.createElement = function (this: Document, ...args: Parameters<Document['createElement']>) {
      created++;
      return create.apply(this, args);
    } as Document['createElement'];
    const second = document.createElement('related-articles');
    try {
      second.src = src;
      wrapper.append(second);
      await second.updateComplete;
    } finally {
      document.createElement = create;
    }
    // Building 3 cards takes about 40 elements; a copy takes none (section, heading, footer, link are the element's own).
    expect(created - 1, 'elements created for the second list').to.be.at.most(6);
    expect(cards(second)).to.have.length(3);
    expect(second.shadowRoot!.querySelector('ul')!.outerHTML).to.equal(first.shadowRoot!.querySelector('ul')!.outerHTML);
    expect(cards(second).some((c) => cards(first).includes(c))).to.equal(false);
    // A click in the copy names its own element, position and item.
    const seen: [EventTarget | null, unknown][] = [];
    const onClick = (e: Event) => seen.push([e.target, (e as CustomEvent).detail]);
    document.addEventListener('related-articles-click', onClick);
    second.addEventListener('click', (e) => e.preventDefault());
    try {
      (part(cards(second)[2]!, 'link') as HTMLAnchorElement).click();
    } finally {
      document.removeEventListener('related-articles-click', onClick);
    }
    expect(seen.map(([target, detail]) => [target, (detail as {position: number}).position])).to.deep.equal([[second, 3]]);
    // Another campaign is another list: its links carry its own tag.
    const third = document.createElement('related-articles');
    third.src = src;
    third.campaign = 'autumn';
    wrapper.append(third);
    await third.updateComplete;
    const href = (part(cards(third)[0]!, 'link') as HTMLAnchorElement).href;
    expect(new URL(href).searchParams.get('utm_campaign')).to.equal('autumn');
  });

  it('a thousand lists added at once render over several tasks, each showing its fallback until then', () => onSlowClock(async () => {
    const src = feedUrl(OSTROV, {stall: 1, n: Math.random()});
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const lists = Array.from({length: 1000}, () => {
      const el = document.createElement('related-articles');
      el.src = src;
      el.limit = 1;
      el.innerHTML = '<a href="https://ostrov.example/articles/">Статті ОстроВ</a>';
      return el;
    });
    // A task posted before the lists exist, the way the render turns post theirs, runs first after the one that adds them.
    const afterFirstTask = nextTask().then(() => lists.filter((l) => l.hasUpdated).length);
    wrapper.append(...lists);
    const renderedInFirstTask = await afterFirstTask;
    expect(renderedInFirstTask, 'rendered in the task that added them').to.be.above(0).and.below(1000);
    // Those still waiting show their fallback link, as before the script ran.
    const waiting = lists.find((l) => !l.hasUpdated)!;
    const slot = waiting.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal(['Статті ОстроВ']);
    await Promise.all(lists.map((l) => l.updateComplete));
    expect(lists.every((l) => l.shadowRoot!.querySelectorAll('li.skeleton').length === 1)).to.equal(true);
    expect(waiting.shadowRoot!.querySelector(':scope > slot')).to.equal(null);
  }));

  it('a feed arriving for a thousand lists renders their cards over several tasks, none lost', () => onSlowClock(async () => {
    const hold = `thousand-${Math.random()}`;
    const src = feedUrl(OSTROV, {hold});
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const lists = Array.from({length: 1000}, () => Object.assign(document.createElement('related-articles'), {src, limit: 1}));
    wrapper.append(...lists);
    await Promise.all(lists.map((l) => l.updateComplete));
    const withCards = () => lists.filter((l) => l.shadowRoot!.querySelector('li:not(.skeleton)')).length;
    expect(withCards(), 'still loading').to.equal(0);
    // The first list's load event comes in the task the feed arrived in, after that task's renders.
    const first = nextEvent(wrapper, 'related-articles-load').then(withCards);
    const loads = new Promise<void>((resolve) => {
      let n = 0;
      wrapper.addEventListener('related-articles-load', () => ++n === 1000 && resolve());
    });
    await release(hold);
    const early = await first;
    expect(early, 'cards rendered in the task the feed arrived in').to.be.above(0).and.below(1000);
    await loads;
    expect(withCards()).to.equal(1000);
  }));

  it('costs what hand-written markup costs: no Lit marker per card field (node count of one list)', async () => {
    const el = await loaded(html`<related-articles src=${feedUrl(OSTROV)}></related-articles>`);
    let nodes = 0;
    let comments = 0;
    const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_ALL);
    while (walker.nextNode()) {
      nodes++;
      if (walker.currentNode.nodeType === Node.COMMENT_NODE) comments++;
    }
    // 3 cards of 11 elements and their text, the section, heading, footer and link:
    // about 90 nodes. No lit-html template, so not one marker comment (a binding per card
    // field would add 12 per card).
    expect(comments, 'marker comments').to.equal(0);
    expect(nodes, 'nodes').to.be.at.most(100);
  });

  it('an unrelated update keeps the cards (and the focus in them)', async () => {
    const el = await loaded(html`<related-articles src=${feedUrl(OSTROV)}></related-articles>`);
    const before = cards(el);
    (part(before[1]!, 'link') as HTMLAnchorElement).focus();
    const section = el.shadowRoot!.querySelector('section');
    el.heading = 'Читайте також';
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('[part="heading"]'))).to.equal('Читайте також');
    expect(el.shadowRoot!.querySelector('section')).to.equal(section);
    expect(cards(el)).to.deep.equal(before);
    expect(el.shadowRoot!.activeElement).to.equal(part(before[1]!, 'link'));
    // A change the cards show rebuilds them.
    el.timeZone = 'Asia/Tokyo';
    await el.updateComplete;
    expect(cards(el)[0]).not.to.equal(before[0]);
    expect(text(part(cards(el)[0]!, 'clock'))).to.equal('21:00');
  });

  it('focus on «Всі статті» and on a card link survives a refresh of the same feed and a heading change', async () => {
    const src = feedUrl(OSTROV);
    const el = await loaded(html`<related-articles src=${src}></related-articles>`);
    const allLink = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="all-link"]')!;
    const heading = el.shadowRoot!.querySelector('[part="heading"]');
    const before = cards(el);
    allLink.focus();
    await refreshed(el, src);
    expect(await requestCount(src), 'a second request').to.equal(2);
    // The refreshed answer has arrived and been compared; nothing the list shows changed.
    expect(el.shadowRoot!.querySelector('[part="all-link"]'), 'the same link node').to.equal(allLink);
    expect(el.shadowRoot!.querySelector('[part="heading"]'), 'the same heading node').to.equal(heading);
    expect(cards(el)).to.deep.equal(before);
    expect(el.shadowRoot!.activeElement).to.equal(allLink);

    el.heading = 'Читайте також';
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('[part="heading"]'))).to.equal('Читайте також');
    expect(el.shadowRoot!.activeElement, 'focus stays on the link after a heading change').to.equal(allLink);

    const cardLink = part(before[2]!, 'link') as HTMLAnchorElement;
    cardLink.focus();
    await refreshed(el, src);
    expect(el.shadowRoot!.activeElement).to.equal(cardLink);
    // A new label is a new link; only what changed is built again.
    el.allLabel = 'Усі матеріали';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="all-link"]')).not.to.equal(allLink);
    expect(el.shadowRoot!.activeElement).to.equal(cardLink);
  });
});
