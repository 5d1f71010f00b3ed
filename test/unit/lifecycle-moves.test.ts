import {expect, fixture, fixtureCleanup, html} from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define.js';
import type {RelatedArticles} from '../../src/components/related-articles/related-articles.js';
import type {SupportBanner} from '../../src/components/support-banner/support-banner.js';
import {parseConfig} from '../../src/campaign/model.js';
import {feedLoader} from '../../src/feed/index.js';
import {BANNER, feedUrl, OSTROV, requestCount, resetLoaders, serveDoc, serveJsonFeed} from './helpers.js';
import {bannerTestPage, box, events, part, rawConfig} from './banner-helpers.js';

// Captured before any test fakes the clock: polling needs real time.
const realSetTimeout = window.setTimeout.bind(window);
const pause = (ms: number) => new Promise((r) => realSetTimeout(r, ms));

/** Waits (real time, at most 6 s) for `check`; says whether it came. */
async function until(check: () => Promise<boolean> | boolean): Promise<boolean> {
  for (let i = 0; i < 300; i++) {
    if (await check()) return true;
    await pause(20);
  }
  return Boolean(await check());
}

const cards = (el: Element) => el.shadowRoot?.querySelectorAll('li:not(.skeleton)').length ?? 0;
const skeletons = (el: Element) => el.shadowRoot?.querySelectorAll('.skeleton').length ?? 0;
const titles = (el: Element) => [...(el.shadowRoot?.querySelectorAll('[part~="title"]') ?? [])].map((t) => t.textContent?.trim());

/** The list's cards are all there, no placeholder left, and its state says so. */
async function showsCards(el: RelatedArticles, count = 3): Promise<boolean> {
  return until(() => cards(el) === count && skeletons(el) === 0 && el.state === 'complete');
}

/** A list of `src` in a wrapper of its own, to be moved out of and back into. */
async function mountList(src: string): Promise<{holder: HTMLElement; list: RelatedArticles}> {
  const holder = await fixture<HTMLElement>(html`<div><related-articles src=${src}></related-articles></div>`);
  return {holder, list: holder.querySelector<RelatedArticles>('related-articles')!};
}

/** Every event of these types reaching `document`. */
function record(...types: string[]) {
  const seen: CustomEvent[] = [];
  const keep = (e: Event) => seen.push(e as CustomEvent);
  for (const t of types) document.addEventListener(t, keep);
  return {
    seen,
    of: (type: string, target?: Element) => seen.filter((e) => e.type === type && (!target || e.target === target)),
    stop: () => types.forEach((t) => document.removeEventListener(t, keep)),
  };
}

describe('lifecycle: <related-articles> moved, removed, replaced', () => {
  let errors: sinon.SinonSpy;
  let rec: ReturnType<typeof record>;
  beforeEach(() => {
    resetLoaders();
    errors = sinon.spy(console, 'error');
    rec = record('related-articles-load', 'related-articles-view', 'related-articles-error');
  });
  afterEach(() => {
    rec.stop();
    sinon.restore();
    window.scrollTo(0, 0);
    // Not left to @open-wc's own hook alone: in a Firefox-then-WebKit run, WebKit's fixtures piled up (19 on the
    // page by the 20th test), old lists stayed live and pushed later ones out of view. Cleaning twice is harmless.
    fixtureCleanup();
  });
  const noConsoleErrors = () => expect(errors.getCalls().map((c) => c.args.join(' '))).to.deep.equal([]);

  it('moved in the same task after its cards came: keeps them, no second load event, no new request', async () => {
    const src = feedUrl(OSTROV);
    const holder = await fixture<HTMLElement>(html`<div><section></section><aside><related-articles src=${src}></related-articles></aside></div>`);
    const list = holder.querySelector<RelatedArticles>('related-articles')!;
    expect(await showsCards(list), 'first load').to.equal(true);
    holder.querySelector('section')!.append(list);
    await pause(100);
    expect(await showsCards(list), 'after the move').to.equal(true);
    expect(rec.of('related-articles-load', list)).to.have.length(1);
    expect(await requestCount(src)).to.equal(1);
    noConsoleErrors();
  });

  it('removed while loading and put back a task later: shows its cards', async () => {
    const src = feedUrl(OSTROV, {delay: 300});
    const {holder, list} = await mountList(src);
    await pause(20);
    list.remove();
    await pause(50);
    expect(list.state).to.equal('loading');
    holder.append(list);
    expect(await showsCards(list)).to.equal(true);
    expect(rec.of('related-articles-load', list)).to.have.length(1);
    noConsoleErrors();
  });

  it('removed after its feed came and put back later: the same cards at once, no new request within max-age', async () => {
    const src = feedUrl(OSTROV);
    const {holder, list} = await mountList(src);
    expect(await showsCards(list)).to.equal(true);
    const ul = list.shadowRoot!.querySelector('ul');
    list.remove();
    await pause(50);
    holder.append(list);
    await list.updateComplete;
    expect(cards(list)).to.equal(3);
    expect(list.shadowRoot!.querySelector('ul'), 'the same list node').to.equal(ul);
    await pause(100);
    expect(await requestCount(src)).to.equal(1);
    expect(rec.of('related-articles-load', list)).to.have.length(1);
    noConsoleErrors();
  });

  it('removed, and put back once max-age has passed: asks for the feed again and shows the new one', async () => {
    const src = await serveJsonFeed([{id: 'a', title: 'Перша'}]);
    const holder = await fixture<HTMLElement>(html`<div><related-articles src=${src} max-age="1"></related-articles></div>`);
    const list = holder.querySelector<RelatedArticles>('related-articles')!;
    expect(await showsCards(list, 1)).to.equal(true);
    list.remove();
    // Older than max-age (1 s) by the time it comes back.
    await pause(1100);
    holder.append(list);
    expect(await until(async () => (await requestCount(src)) === 2), 'a revalidation request').to.equal(true);
    noConsoleErrors();
  });

  it('moved in the same task while revalidating a stale kept copy: the fresh feed still replaces it', async () => {
    const url = (await serveJsonFeed([{id: 'new', title: 'Fresh'}])) + '&delay=300';
    const feed = {title: 'Old', items: [{id: 'old', title: 'Kept', summary: '', tags: [], authors: [], sponsored: false}], format: 'json'};
    sessionStorage.setItem(`newsroom-widgets:feed:${url}`, JSON.stringify({fetchedAt: Date.now() - 10 * 60_000, value: feed}));
    const holder = await fixture<HTMLElement>(html`<div><section></section><aside><related-articles src=${url}></related-articles></aside></div>`);
    const list = holder.querySelector<RelatedArticles>('related-articles')!;
    await list.updateComplete;
    expect(titles(list)).to.deep.equal(['Kept']);
    // A framework re-mounting the block: out and back in one task, while the refresh runs.
    holder.querySelector('section')!.append(list);
    expect(await until(() => titles(list)[0] === 'Fresh'), 'the refreshed title').to.equal(true);
    noConsoleErrors();
  });

  it('replaced via innerHTML by an identical copy after loading: the copy shows the cards at once, one request', async () => {
    const src = feedUrl(OSTROV);
    const {holder} = await mountList(src);
    expect(await showsCards(holder.querySelector<RelatedArticles>('related-articles')!)).to.equal(true);
    holder.innerHTML = `<related-articles src="${src}"></related-articles>`;
    const copy = holder.querySelector<RelatedArticles>('related-articles')!;
    await copy.updateComplete;
    expect(cards(copy)).to.equal(3);
    expect(copy.state).to.equal('complete');
    expect(await requestCount(src)).to.equal(1);
    noConsoleErrors();
  });

  // Pointed back within the task (no update ran for the second URL), or after an update that started it.
  for (const updatedBetween of [false, true]) {
    it(`src changed while loading and back to the first URL ${updatedBetween ? 'after an update' : 'in the same task'}: loads the first feed`, async () => {
      const first = feedUrl(OSTROV, {delay: 300});
      const second = feedUrl(OSTROV, {delay: 300});
      const {list} = await mountList(first);
      await pause(20);
      list.src = second;
      if (updatedBetween) await list.updateComplete;
      list.src = first;
      expect(await showsCards(list)).to.equal(true);
      // Never asked for when the element did not update in between.
      if (!updatedBetween) expect(await requestCount(second)).to.equal(0);
      expect(rec.of('related-articles-load', list).map((e) => e.detail.src)).to.deep.equal([first]);
      noConsoleErrors();
    });
  }

  it('two lists on one URL, one removed mid-load and a third added: both left show the cards, one request', async () => {
    const src = feedUrl(OSTROV, {delay: 300});
    const holder = await fixture<HTMLElement>(html`<div><related-articles src=${src}></related-articles><related-articles src=${src}></related-articles></div>`);
    const [a, b] = [...holder.querySelectorAll<RelatedArticles>('related-articles')];
    await pause(20);
    a!.remove();
    holder.insertAdjacentHTML('beforeend', `<related-articles src="${src}"></related-articles>`);
    const c = holder.querySelectorAll<RelatedArticles>('related-articles')[1]!;
    expect(await showsCards(b!)).to.equal(true);
    expect(await showsCards(c)).to.equal(true);
    expect(a!.state).to.equal('loading');
    expect(await requestCount(src)).to.equal(1);
    noConsoleErrors();
  });

  it('the last list on a URL removed mid-load, a new one added a task later: it shows the cards', async () => {
    const src = feedUrl(OSTROV, {delay: 300});
    const {holder} = await mountList(src);
    await pause(20);
    holder.querySelector('related-articles')!.remove();
    await pause(0);
    holder.insertAdjacentHTML('beforeend', `<related-articles src="${src}"></related-articles>`);
    expect(await showsCards(holder.querySelector<RelatedArticles>('related-articles')!)).to.equal(true);
    noConsoleErrors();
  });

  it('moved into a <template>’s content while loading and back: shows its cards, styled', async () => {
    const src = feedUrl(OSTROV, {delay: 300});
    const holder = await fixture<HTMLElement>(html`<div><template></template><related-articles src=${src}></related-articles></div>`);
    const list = holder.querySelector<RelatedArticles>('related-articles')!;
    const sheets = list.shadowRoot!.adoptedStyleSheets.length;
    const display = getComputedStyle(list).display;
    await pause(20);
    holder.querySelector('template')!.content.append(list);
    await pause(20);
    holder.append(list);
    expect(await showsCards(list)).to.equal(true);
    expect(list.shadowRoot!.adoptedStyleSheets.length, 'its styles').to.equal(sheets);
    expect(getComputedStyle(list).display).to.equal(display);
    noConsoleErrors();
  });

  it('created with createElement, connected, disconnected and reconnected before its first update: shows the cards', async () => {
    const src = feedUrl(OSTROV, {delay: 100});
    const holder = await fixture<HTMLElement>(html`<div></div>`);
    const list = document.createElement('related-articles');
    list.src = src;
    holder.append(list);
    list.remove();
    holder.append(list);
    expect(await showsCards(list)).to.equal(true);
    expect(rec.of('related-articles-load', list)).to.have.length(1);
    expect(await requestCount(src)).to.equal(1);
    noConsoleErrors();
  });

  it('created, connected and disconnected before its first update, reconnected later: shows the cards', async () => {
    const src = feedUrl(OSTROV);
    const holder = await fixture<HTMLElement>(html`<div></div>`);
    const list = document.createElement('related-articles');
    list.src = src;
    holder.append(list);
    list.remove();
    await pause(50);
    expect(await requestCount(src)).to.equal(0);
    holder.append(list);
    expect(await showsCards(list)).to.equal(true);
    noConsoleErrors();
  });

  it('loading="lazy", moved in the same task while waiting for the viewport, then scrolled to: loads', async () => {
    const src = feedUrl(OSTROV);
    const holder = await fixture<HTMLElement>(html`<div><section style="margin-top: 300vh"></section><aside style="margin-top: 300vh"><related-articles loading="lazy" src=${src}></related-articles></aside></div>`);
    const list = holder.querySelector<RelatedArticles>('related-articles')!;
    await pause(100);
    expect(await requestCount(src)).to.equal(0);
    holder.querySelector('section')!.append(list);
    await pause(100);
    expect(await requestCount(src)).to.equal(0);
    list.scrollIntoView();
    expect(await showsCards(list)).to.equal(true);
    noConsoleErrors();
  });

  it('loading="lazy", hidden (display: none) while in view, then shown: loads once shown', async () => {
    const src = feedUrl(OSTROV);
    const holder = await fixture<HTMLElement>(html`<div style="display: none"><related-articles loading="lazy" src=${src}></related-articles></div>`);
    const list = holder.querySelector<RelatedArticles>('related-articles')!;
    await pause(200);
    expect(await requestCount(src)).to.equal(0);
    expect(list.state).to.equal('loading');
    holder.style.display = '';
    expect(await showsCards(list)).to.equal(true);
    noConsoleErrors();
  });

  it('loading="lazy", removed while waiting and put back in view: loads', async () => {
    const src = feedUrl(OSTROV);
    const holder = await fixture<HTMLElement>(html`<div><div style="margin-top: 300vh"><related-articles loading="lazy" src=${src}></related-articles></div></div>`);
    const list = holder.querySelector<RelatedArticles>('related-articles')!;
    await pause(100);
    list.remove();
    await pause(20);
    holder.prepend(list);
    expect(await showsCards(list)).to.equal(true);
    noConsoleErrors();
  });

  it('related-articles-view: fires once for a list moved (in view) before its second was up', async () => {
    const src = feedUrl(OSTROV);
    const holder = await fixture<HTMLElement>(html`<div><section></section><aside><related-articles src=${src}></related-articles></aside></div>`);
    const list = holder.querySelector<RelatedArticles>('related-articles')!;
    expect(await showsCards(list)).to.equal(true);
    holder.querySelector('section')!.append(list);
    expect(await until(() => rec.of('related-articles-view', list).length > 0), 'a view event').to.equal(true);
    await pause(1200);
    expect(rec.of('related-articles-view', list)).to.have.length(1);
    noConsoleErrors();
  });

  it('related-articles-view: once only, for a list moved after it was viewed', async () => {
    const src = feedUrl(OSTROV);
    const holder = await fixture<HTMLElement>(html`<div><section></section><aside><related-articles src=${src}></related-articles></aside></div>`);
    const list = holder.querySelector<RelatedArticles>('related-articles')!;
    expect(await showsCards(list)).to.equal(true);
    expect(await until(() => rec.of('related-articles-view', list).length === 1), 'the first view').to.equal(true);
    holder.querySelector('section')!.append(list);
    list.limit = 2;
    await pause(1500);
    expect(rec.of('related-articles-view', list)).to.have.length(1);
    noConsoleErrors();
  });

  it('a list in its error state moved: one error event, one console error, no new request', async () => {
    const src = feedUrl(OSTROV, {status: 404});
    const holder = await fixture<HTMLElement>(html`<div><section></section><aside><related-articles src=${src}></related-articles></aside></div>`);
    const list = holder.querySelector<RelatedArticles>('related-articles')!;
    expect(await list.whenSettled()).to.equal('error');
    holder.querySelector('section')!.append(list);
    await pause(300);
    expect(list.state).to.equal('error');
    expect(rec.of('related-articles-error', list)).to.have.length(1);
    expect(errors.callCount).to.equal(1);
    expect(await requestCount(src)).to.equal(1);
  });

  it('whenSettled() of a list moved in the same task while loading resolves with complete', async () => {
    const src = feedUrl(OSTROV, {delay: 200});
    const holder = await fixture<HTMLElement>(html`<div><section></section><aside><related-articles src=${src}></related-articles></aside></div>`);
    const list = holder.querySelector<RelatedArticles>('related-articles')!;
    const settled = list.whenSettled();
    await pause(20);
    holder.querySelector('section')!.append(list);
    expect(await settled).to.equal('complete');
    expect(cards(list)).to.equal(3);
    noConsoleErrors();
  });

  it('two lists on one URL, one moved in the same task while loading: both show the cards, one request', async () => {
    const src = feedUrl(OSTROV, {delay: 200});
    const holder = await fixture<HTMLElement>(html`<div><section></section><related-articles src=${src}></related-articles><related-articles src=${src}></related-articles></div>`);
    const [a, b] = [...holder.querySelectorAll<RelatedArticles>('related-articles')];
    await pause(20);
    holder.querySelector('section')!.append(a!);
    expect(await showsCards(a!)).to.equal(true);
    expect(await showsCards(b!)).to.equal(true);
    expect(await requestCount(src)).to.equal(1);
    noConsoleErrors();
  });

  it('src removed while loading: empty, no load event; set again: loads', async () => {
    const src = feedUrl(OSTROV, {delay: 200});
    const {list} = await mountList(src);
    await pause(20);
    list.removeAttribute('src');
    expect(await list.whenSettled()).to.equal('empty');
    await pause(300);
    expect(list.state).to.equal('empty');
    expect(skeletons(list)).to.equal(0);
    expect(rec.of('related-articles-load', list)).to.have.length(0);
    list.setAttribute('src', src);
    expect(await showsCards(list)).to.equal(true);
    expect(rec.of('related-articles-load', list)).to.have.length(1);
    noConsoleErrors();
  });

  it('refresh() and the online event leave a removed list alone; put back, it refreshes on online again', async () => {
    const src = feedUrl(OSTROV);
    const {holder, list} = await mountList(src);
    expect(await showsCards(list)).to.equal(true);
    list.remove();
    list.refresh();
    window.dispatchEvent(new Event('online'));
    await pause(200);
    expect(await requestCount(src)).to.equal(1);
    holder.append(list);
    window.dispatchEvent(new Event('online'));
    expect(await until(async () => (await requestCount(src)) === 2), 'the refresh request').to.equal(true);
    await pause(100);
    expect(await requestCount(src)).to.equal(2);
    expect(cards(list)).to.equal(3);
    noConsoleErrors();
  });

  it('an <article-card> created, connected, disconnected and reconnected before its first update renders its card once', async () => {
    const holder = await fixture<HTMLElement>(html`<div></div>`);
    const card = document.createElement('article-card');
    card.setAttribute('heading', 'Заголовок');
    card.setAttribute('href', 'https://ostrov.example/a/1');
    holder.append(card);
    card.remove();
    holder.append(card);
    await card.updateComplete;
    expect(await until(() => card.shadowRoot?.querySelector('[part~="title"]')?.textContent?.trim() === 'Заголовок')).to.equal(true);
    expect(card.shadowRoot!.querySelectorAll('[part~="card"]')).to.have.length(1);
    noConsoleErrors();
  });

  it('moved into another element’s shadow root in the same task while loading: shows the cards', async () => {
    const src = feedUrl(OSTROV, {delay: 200});
    const holder = await fixture<HTMLElement>(html`<div><div class="host"></div><related-articles src=${src}></related-articles></div>`);
    const list = holder.querySelector<RelatedArticles>('related-articles')!;
    const host = holder.querySelector('.host')!;
    const root = host.attachShadow({mode: 'open'});
    // Seen from the document, the list's events come from the host it is in now.
    let loads = 0;
    list.addEventListener('related-articles-load', () => loads++);
    await pause(20);
    root.append(list);
    expect(await showsCards(list)).to.equal(true);
    expect(loads).to.equal(1);
    expect(rec.of('related-articles-load', host)).to.have.length(1);
    noConsoleErrors();
  });

  it('loading="lazy" far from view switched to eager: loads at once', async () => {
    const src = feedUrl(OSTROV);
    const holder = await fixture<HTMLElement>(html`<div style="margin-top: 300vh"><related-articles loading="lazy" src=${src}></related-articles></div>`);
    const list = holder.querySelector<RelatedArticles>('related-articles')!;
    await pause(100);
    expect(await requestCount(src)).to.equal(0);
    list.loading = 'eager';
    expect(await showsCards(list)).to.equal(true);
    expect(await requestCount(src)).to.equal(1);
    noConsoleErrors();
  });

  it('the loader forgets nothing it should keep: a removed list leaves no shared request behind', async () => {
    const src = feedUrl(OSTROV, {delay: 300});
    const {holder} = await mountList(src);
    await pause(20);
    holder.querySelector('related-articles')!.remove();
    await pause(500);
    expect(feedLoader.peek(src)).to.equal(undefined);
    noConsoleErrors();
  });
});

describe('lifecycle: <support-banner> moved, removed, replaced', () => {
  bannerTestPage();
  let errors: sinon.SinonSpy;
  beforeEach(() => {
    errors = sinon.spy(console, 'error');
  });
  afterEach(() => {
    window.scrollTo(0, 0);
    fixtureCleanup();
    document.documentElement.style.paddingBottom = '';
    document.documentElement.style.scrollPaddingBottom = '';
  });
  const noConsoleErrors = () => expect(errors.getCalls().map((c) => c.args.join(' '))).to.deep.equal([]);
  const shows = (el: SupportBanner) => until(() => el.state === 'shown' && box(el) !== null && part(el, 'cta') !== null);
  /** The page's bottom padding and scroll padding as the browser applies them. */
  const pagePadding = () => {
    const {paddingBottom, scrollPaddingBottom} = getComputedStyle(document.documentElement);
    return [paddingBottom, scrollPaddingBottom];
  };
  /** The page is padded (and scroll-padded) for this bar's height (the style keeps a rounded figure). */
  const paddedFor = (bar: SupportBanner) => {
    const height = box(bar)?.getBoundingClientRect().height ?? 0;
    return height > 0 && pagePadding().every((value) => Math.abs(parseFloat(value) - height) < 0.5);
  };
  const STATIC = {message: 'Підтримайте нас', cta: 'https://ostrov.example/support/'};

  it('moved in the same task while its config loads: shows the banner', async () => {
    const src = feedUrl(BANNER, {delay: 200});
    const holder = await fixture<HTMLElement>(html`<div><section></section><aside><support-banner src=${src}></support-banner></aside></div>`);
    const el = holder.querySelector('support-banner')!;
    await pause(20);
    holder.querySelector('section')!.append(el);
    expect(await shows(el)).to.equal(true);
    noConsoleErrors();
  });

  it('replaced via innerHTML by its copy while the config loads: the copy shows the banner', async () => {
    const src = feedUrl(BANNER, {delay: 200});
    const holder = await fixture<HTMLElement>(html`<div><support-banner src=${src}></support-banner></div>`);
    await pause(20);
    holder.innerHTML = `<support-banner src="${src}"></support-banner>`;
    expect(await shows(holder.querySelector('support-banner')!)).to.equal(true);
    noConsoleErrors();
  });

  it('removed while loading and put back later: shows the banner', async () => {
    const src = feedUrl(BANNER, {delay: 200});
    const holder = await fixture<HTMLElement>(html`<div><support-banner src=${src}></support-banner></div>`);
    const el = holder.querySelector('support-banner')!;
    await pause(20);
    el.remove();
    await pause(300);
    expect(el.state).to.equal('loading');
    holder.append(el);
    expect(await shows(el)).to.equal(true);
    noConsoleErrors();
  });

  it('removed after it showed and put back: the same box, no new request, no skip event', async () => {
    const src = feedUrl(BANNER);
    const holder = await fixture<HTMLElement>(html`<div><support-banner src=${src}></support-banner></div>`);
    const el = holder.querySelector('support-banner')!;
    expect(await shows(el)).to.equal(true);
    const section = box(el);
    el.remove();
    await pause(50);
    holder.append(el);
    await el.updateComplete;
    expect(box(el)).to.equal(section);
    expect(el.state).to.equal('shown');
    expect(await requestCount(src)).to.equal(1);
    expect(events(el, 'support-banner-skip')).to.have.length(0);
    noConsoleErrors();
  });

  it('src changed while loading and back in the same task: shows the banner from the first', async () => {
    const first = feedUrl(BANNER, {delay: 200});
    const second = feedUrl(BANNER, {delay: 200});
    const holder = await fixture<HTMLElement>(html`<div><support-banner src=${first}></support-banner></div>`);
    const el = holder.querySelector('support-banner')!;
    await pause(20);
    el.src = second;
    el.src = first;
    expect(await shows(el)).to.equal(true);
    expect(await requestCount(second)).to.equal(0);
    noConsoleErrors();
  });

  it('loading="lazy", hidden (display: none) then shown: loads and shows once shown', async () => {
    const src = feedUrl(BANNER);
    const holder = await fixture<HTMLElement>(html`<div style="display: none"><support-banner loading="lazy" src=${src}></support-banner></div>`);
    const el = holder.querySelector('support-banner')!;
    await pause(200);
    expect(await requestCount(src)).to.equal(0);
    expect(el.state).to.equal('loading');
    holder.style.display = '';
    expect(await shows(el)).to.equal(true);
    noConsoleErrors();
  });

  it('moved in the same task while revalidating a stale kept config: the fresh config replaces it', async () => {
    const cta = {label: 'Підтримати', url: 'https://ostrov.example/support/'};
    const src = await serveDoc(JSON.stringify(rawConfig({}, [{id: 'v1', message: 'Новий заклик', cta}])), 'application/json', {delay: 300});
    const kept = parseConfig(rawConfig({}, [{id: 'v1', message: 'Старий заклик', cta}]), src).value;
    sessionStorage.setItem(`newsroom-widgets:campaign:${src}`, JSON.stringify({fetchedAt: Date.now() - 10 * 60_000, value: kept}));
    const holder = await fixture<HTMLElement>(html`<div><section></section><aside><support-banner lang="uk" src=${src}></support-banner></aside></div>`);
    const el = holder.querySelector('support-banner')!;
    await el.updateComplete;
    expect(part(el, 'message')?.textContent).to.equal('Старий заклик');
    holder.querySelector('section')!.append(el);
    expect(await until(() => part(el, 'message')?.textContent === 'Новий заклик'), 'the refreshed config shown').to.equal(true);
    noConsoleErrors();
  });

  it('a banner that shows nothing, moved and put back: one skip event', async () => {
    const cfg = rawConfig({languages: ['en']});
    const holder = await fixture<HTMLElement>(html`<div><section></section><aside><support-banner lang="uk" .config=${cfg}></support-banner></aside></div>`);
    const el = holder.querySelector('support-banner')!;
    expect(await until(() => events(el, 'support-banner-skip').length === 1), 'the skip event').to.equal(true);
    holder.querySelector('section')!.append(el);
    el.remove();
    await pause(50);
    holder.append(el);
    await el.updateComplete;
    await pause(100);
    expect(el.state).to.equal('hidden');
    expect(events(el, 'support-banner-skip').map((e) => e.detail.reason)).to.deep.equal(['no-campaign']);
    noConsoleErrors();
  });

  it('support-banner-view: fires once for a banner moved (in view) before its second was up', async () => {
    const holder = await fixture<HTMLElement>(html`<div><section></section><aside><support-banner message=${STATIC.message} cta-href=${STATIC.cta} campaign="v"></support-banner></aside></div>`);
    const el = holder.querySelector('support-banner')!;
    expect(await shows(el)).to.equal(true);
    holder.querySelector('section')!.append(el);
    expect(await until(() => events(el, 'support-banner-view').length > 0), 'a view event').to.equal(true);
    await pause(1200);
    expect(events(el, 'support-banner-view')).to.have.length(1);
    noConsoleErrors();
  });

  it('support-banner-view: once only, for a banner moved after it was viewed', async () => {
    const holder = await fixture<HTMLElement>(html`<div><section></section><aside><support-banner message=${STATIC.message} cta-href=${STATIC.cta} campaign="v"></support-banner></aside></div>`);
    const el = holder.querySelector('support-banner')!;
    expect(await until(() => events(el, 'support-banner-view').length === 1), 'the first view').to.equal(true);
    holder.querySelector('section')!.append(el);
    el.message = 'Інший текст';
    await pause(1500);
    expect(events(el, 'support-banner-view')).to.have.length(1);
    noConsoleErrors();
  });

  it('a bottom bar removed and put back: the page’s own padding comes back each time, never doubled', async () => {
    const root = document.documentElement.style;
    root.paddingBottom = '3px';
    const holder = await fixture<HTMLElement>(html`<div><support-banner placement="bottom" message=${STATIC.message} cta-href=${STATIC.cta}></support-banner></div>`);
    const el = holder.querySelector('support-banner')!;
    expect(await shows(el)).to.equal(true);
    expect(await until(() => paddedFor(el)), 'padded for the bar').to.equal(true);
    el.remove();
    expect(pagePadding()).to.deep.equal(['3px', 'auto']);
    holder.append(el);
    await el.updateComplete;
    expect(await until(() => paddedFor(el)), 'padded again').to.equal(true);
    // Moved in one task: still padded once, and back to the page's own when it goes.
    document.body.append(el);
    expect(await until(() => paddedFor(el)), 'padded after the move').to.equal(true);
    el.remove();
    expect(pagePadding()).to.deep.equal(['3px', 'auto']);
    expect(root.paddingBottom, 'the page’s inline style untouched').to.equal('3px');
    noConsoleErrors();
  });

  it('two bottom bars, the second before the first went: the page is padded for the one still shown, then is its own again', async () => {
    document.documentElement.style.paddingBottom = '3px';
    const bar = (campaign: string) => html`<support-banner placement="bottom" campaign=${campaign} message=${STATIC.message} cta-href=${STATIC.cta}></support-banner>`;
    const holder = await fixture<HTMLElement>(html`<div>${bar('a')}</div>`);
    const a = holder.querySelector('support-banner')!;
    expect(await shows(a)).to.equal(true);
    expect(await until(() => paddedFor(a)), 'padded for the first bar').to.equal(true);
    // The next page's bar comes before the last one goes (a single-page app's route change with a transition).
    const b = document.createElement('support-banner');
    Object.assign(b, {placement: 'bottom', campaign: 'b', message: STATIC.message + ' і ще один рядок', ctaHref: STATIC.cta});
    holder.append(b);
    expect(await shows(b)).to.equal(true);
    a.remove();
    await pause(100);
    expect(paddedFor(b), 'padded for the bar still shown').to.equal(true);
    b.remove();
    expect(pagePadding()).to.deep.equal(['3px', 'auto']);
    noConsoleErrors();
  });

  it('a banner closed by the reader, moved and put back: stays closed, one dismiss event, no skip event', async () => {
    const holder = await fixture<HTMLElement>(html`<div><section></section><aside><support-banner campaign="closed" message=${STATIC.message} cta-href=${STATIC.cta}></support-banner></aside></div>`);
    const el = holder.querySelector('support-banner')!;
    expect(await shows(el)).to.equal(true);
    part(el, 'close')!.click();
    await el.updateComplete;
    holder.querySelector('section')!.append(el);
    el.remove();
    holder.append(el);
    await el.updateComplete;
    await pause(100);
    expect([el.state, box(el)]).to.deep.equal(['hidden', null]);
    expect(events(el, 'support-banner-dismiss')).to.have.length(1);
    expect(events(el, 'support-banner-skip')).to.have.length(0);
    noConsoleErrors();
  });

  it('a bottom bar removed is deaf to Esc; put back, Esc closes it once', async () => {
    const holder = await fixture<HTMLElement>(html`<div><support-banner placement="bottom" campaign="esc" message=${STATIC.message} cta-href=${STATIC.cta}></support-banner></div>`);
    const el = holder.querySelector('support-banner')!;
    expect(await shows(el)).to.equal(true);
    el.remove();
    document.body.dispatchEvent(new KeyboardEvent('keydown', {key: 'Escape', bubbles: true}));
    expect(events(el, 'support-banner-dismiss')).to.have.length(0);
    holder.append(el);
    holder.append(el);
    document.body.dispatchEvent(new KeyboardEvent('keydown', {key: 'Escape', bubbles: true}));
    expect(events(el, 'support-banner-dismiss').map((e) => e.detail.reason)).to.deep.equal(['escape']);
    expect(await until(() => el.state === 'hidden' && box(el) === null)).to.equal(true);
    noConsoleErrors();
  });

  it('an end-of-article appeal moved in the same task: the bottom bar of its campaign stays hidden, one skip event', async () => {
    const cfg = rawConfig();
    const holder = await fixture<HTMLElement>(html`<div><section></section>
      <support-banner lang="uk" placement="bottom" .config=${cfg}></support-banner><support-banner lang="uk" placement="epic" .config=${cfg}></support-banner>
    </div>`);
    const [bar, epic] = [...holder.querySelectorAll('support-banner')];
    expect(await shows(epic!)).to.equal(true);
    expect(await until(() => events(bar!, 'support-banner-skip').length === 1), 'the bar gives way').to.equal(true);
    const padding = pagePadding();
    holder.querySelector('section')!.append(epic!);
    await pause(200);
    expect([bar!.state, box(bar!), epic!.state]).to.deep.equal(['hidden', null, 'shown']);
    expect(events(bar!, 'support-banner-skip').map((e) => e.detail.reason)).to.deep.equal(['epic-shown']);
    expect(pagePadding()).to.deep.equal(padding);
    noConsoleErrors();
  });

});
