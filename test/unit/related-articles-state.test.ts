import {expect, fixture, html} from '@open-wc/testing';
import '../../src/define.js';
import type {RelatedArticles} from '../../src/components/related-articles/related-articles.js';
import {feedLoader} from '../../src/feed/index.js';
import {feedUrl, nextEvent, OSTROV, release} from './helpers.js';

/** Every `related-articles-load` the element fires from now on, as counts. */
function loads(el: RelatedArticles): number[] {
  const counts: number[] = [];
  el.addEventListener('related-articles-load', (e) => counts.push((e as CustomEvent<{count: number}>).detail.count));
  return counts;
}

const supportsCustomStates = (() => {
  try {
    return CSS.supports('selector(:state(x))');
  } catch {
    return false;
  }
})();

/** The state as CSS sees it: the attribute everywhere, and `:state()` where the engine has it. */
function cssStates(el: RelatedArticles): {attribute: string | null; matches: string[]} {
  const states = ['loading', 'complete', 'empty', 'error'];
  return {attribute: el.getAttribute('state'), matches: supportsCustomStates ? states.filter((s) => el.matches(`:state(${s})`)) : []};
}

describe('<related-articles> readable state', () => {
  it('checks the CSS custom state in Chromium at least (the checks below skip it where the engine lacks :state())', () => {
    if (navigator.userAgent.includes('Chrome/')) expect(supportsCustomStates).to.equal(true);
  });

  it('loading → complete, as the property, the attribute and the CSS custom state; whenSettled() waits for it', async () => {
    const hold = `state-${Math.random()}`;
    const el = await fixture<RelatedArticles>(html`<related-articles src=${feedUrl(OSTROV, {hold})}></related-articles>`);
    expect(el.state).to.equal('loading');
    expect(cssStates(el).attribute).to.equal('loading');
    if (supportsCustomStates) expect(cssStates(el).matches).to.deep.equal(['loading']);
    const settled = el.whenSettled();
    await release(hold);
    expect(await settled).to.equal('complete');
    expect(el.state).to.equal('complete');
    expect(cssStates(el).attribute).to.equal('complete');
    if (supportsCustomStates) expect(cssStates(el).matches).to.deep.equal(['complete']);
    // Already settled: at once.
    expect(await el.whenSettled()).to.equal('complete');
  });

  it('empty (nothing matched, or no src) and error; CSS can hide an empty list in every engine', async () => {
    const empty = await fixture<RelatedArticles>(html`<related-articles src=${feedUrl(OSTROV)} category="Спорт" style="display: block"></related-articles>`);
    expect(await empty.whenSettled()).to.equal('empty');
    const noSrc = await fixture<RelatedArticles>(html`<related-articles></related-articles>`);
    expect(await noSrc.whenSettled()).to.equal('empty');
    const failed = await fixture<RelatedArticles>(html`<related-articles src=${feedUrl(OSTROV, {status: 404})}></related-articles>`);
    expect(await failed.whenSettled()).to.equal('error');
    const style = document.createElement('style');
    style.textContent = 'related-articles[state=empty] { display: none !important }';
    document.head.append(style);
    try {
      expect(getComputedStyle(empty).display).to.equal('none');
      expect(getComputedStyle(failed).display).not.to.equal('none');
    } finally {
      style.remove();
    }
  });

  it('related-articles-load fires again whenever the cards shown change, and only then', async () => {
    const src = feedUrl(OSTROV);
    const el = await fixture<RelatedArticles>(html`<related-articles src=${src}></related-articles>`);
    const counts = loads(el);
    await nextEvent(el, 'related-articles-load');
    expect(counts).to.deep.equal([3]);
    el.limit = 2;
    await el.updateComplete;
    expect(counts).to.deep.equal([3, 2]);
    el.category = 'Спорт';
    await el.updateComplete;
    expect(counts).to.deep.equal([3, 2, 0]);
    expect(el.state).to.equal('empty');
    el.category = undefined;
    el.exclude = 'https://ostrov.example/articles/2026/01/29/stupak-plany-rf';
    await el.updateComplete;
    expect(counts).to.deep.equal([3, 2, 0, 2]);
    // Updates that change no card announce nothing: a heading, a theme, a refresh of the same feed.
    el.heading = 'Інше';
    el.theme = 'dark';
    await el.updateComplete;
    const before = feedLoader.peek(src)!.fetchedAt;
    el.refresh();
    await new Promise<void>((resolve) => {
      const check = () => (feedLoader.peek(src)!.fetchedAt !== before ? resolve() : setTimeout(check, 20));
      check();
    });
    await el.updateComplete;
    expect(counts).to.deep.equal([3, 2, 0, 2]);
  });
});
