import {expect, fixture, html} from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define.js';
import type {SupportBanner} from '../../src/components/support-banner/support-banner.js';
import {feedUrl, release, serveDoc} from './helpers.js';
import {banner, box, events, frames, log, memoryStorage, rawConfig, resetBanner, until} from './banner-helpers.js';

/** Whether this engine has `:state()`: where it has not, the `state` attribute is the selector (and `matches` would throw). */
const hasStateSelector = CSS.supports('selector(:state(shown))');

/** The state as a script, the attribute selector and (where the engine has it) the CSS custom state each read it. */
function expectState(el: SupportBanner, state: string): void {
  expect(el.state).to.equal(state);
  expect(el.getAttribute('state')).to.equal(state);
  expect(el.matches(`[state=${state}]`)).to.equal(true);
  if (hasStateSelector) {
    expect(el.matches(`:state(${state})`), `:state(${state})`).to.equal(true);
    for (const other of ['loading', 'shown', 'hidden'].filter((s) => s !== state)) {
      expect(el.matches(`:state(${other})`), `not :state(${other})`).to.equal(false);
    }
  }
}

/** A config no Ukrainian reader gets anything from. */
const englishOnly = () => rawConfig({languages: ['en']});

let hold = 0;

describe('<support-banner> state', () => {
  it('checks the CSS custom state in Chromium at least (the checks below skip it where the engine lacks :state())', () => {
    if (navigator.userAgent.includes('Chrome/')) expect(hasStateSelector).to.equal(true);
  });

  beforeEach(() => {
    resetBanner();
    log.length = 0;
    // The console lines of a hidden banner are not what these tests are about (support-banner-diagnostics.test.ts).
    sinon.stub(console, 'info');
    sinon.stub(console, 'warn');
    sinon.stub(console, 'error');
  });
  afterEach(() => {
    sinon.restore();
    document.querySelectorAll('meta[name=newsroom-widgets]').forEach((m) => m.remove());
  });

  it('is `loading` while the config is on its way, then `shown`; whenSettled() waits for it', async () => {
    const name = `state-${++hold}`;
    const src = await serveDoc(JSON.stringify(rawConfig()), 'application/json', {hold: name});
    const el = await fixture<SupportBanner>(html`<support-banner src=${src} .storage=${memoryStorage()}></support-banner>`);
    await el.updateComplete;
    expectState(el, 'loading');
    let settled: string | undefined;
    const whenSettled = el.whenSettled().then((state) => {
      settled = state;
      return state;
    });
    await frames(5);
    expect(settled, 'not settled before the config arrives').to.equal(undefined);
    await release(name);
    expect(await whenSettled).to.equal('shown');
    // Resolved once the banner is on screen: a script reading the DOM then finds it.
    expect(box(el)).to.not.equal(null);
    expectState(el, 'shown');
    await expect(el).to.be.accessible();
  });

  it('is `hidden` when nothing is shown, and whenSettled() resolves at once after the skip event', async () => {
    const el = await banner(html`<support-banner .config=${englishOnly()} .storage=${memoryStorage()}></support-banner>`);
    expect(events(el, 'support-banner-skip').length).to.equal(1);
    expectState(el, 'hidden');
    // A script that missed the event still learns the outcome.
    expect(await el.whenSettled()).to.equal('hidden');
    await expect(el).to.be.accessible();
  });

  it('is `hidden` under the page’s no-appeal meta', async () => {
    const meta = Object.assign(document.createElement('meta'), {name: 'newsroom-widgets', content: 'no-appeal'});
    document.head.append(meta);
    const el = await banner(html`<support-banner .config=${rawConfig()} .storage=${memoryStorage()}></support-banner>`);
    expectState(el, 'hidden');
  });

  it('is `hidden` once the reader closes it', async () => {
    const el = await banner(html`<support-banner .config=${rawConfig()} .storage=${memoryStorage()}></support-banner>`);
    expectState(el, 'shown');
    el.close();
    await el.updateComplete;
    expectState(el, 'hidden');
    expect(box(el)).to.equal(null);
  });

  it('a new src: whenSettled() does not answer with the state before it, but with the new config’s', async () => {
    const el = await banner(html`<support-banner .config=${rawConfig()} .storage=${memoryStorage()}></support-banner>`);
    expectState(el, 'shown');
    const name = `state-${++hold}`;
    el.config = undefined;
    el.src = await serveDoc(JSON.stringify(englishOnly()), 'application/json', {hold: name});
    let settled: string | undefined;
    const whenSettled = el.whenSettled().then((state) => {
      settled = state;
      return state;
    });
    await frames(5);
    expect(settled).to.equal(undefined);
    expectState(el, 'loading');
    await release(name);
    expect(await whenSettled).to.equal('hidden');
    expectState(el, 'hidden');
  });

  it('a failed load settles as `hidden`', async () => {
    const el = await banner(html`<support-banner src=${feedUrl('/no-such-banner.json')} .storage=${memoryStorage()}></support-banner>`);
    expect(await el.whenSettled()).to.equal('hidden');
    expectState(el, 'hidden');
  });

  it('page CSS can select the state: the attribute everywhere, :state() where the engine has it', async () => {
    const style = document.createElement('style');
    style.textContent = hasStateSelector
      ? 'support-banner[state=hidden] { opacity: 0.5 } support-banner:state(hidden) { opacity: 0.25 }'
      : 'support-banner[state=hidden] { opacity: 0.5 }';
    document.head.append(style);
    try {
      const hidden = await banner(html`<support-banner .config=${englishOnly()} .storage=${memoryStorage()}></support-banner>`);
      const shown = await banner(html`<support-banner .config=${rawConfig()} .storage=${memoryStorage()}></support-banner>`);
      expect(getComputedStyle(hidden).opacity).to.equal(hasStateSelector ? '0.25' : '0.5');
      expect(getComputedStyle(shown).opacity).to.equal('1');
    } finally {
      style.remove();
    }
  });

  it('before it is connected: `loading`, no attribute written by the constructor', async () => {
    const el = document.createElement('support-banner');
    expect(el.state).to.equal('loading');
    expect(el.hasAttribute('state')).to.equal(false);
    el.config = rawConfig();
    el.storage = memoryStorage();
    const settled = el.whenSettled();
    document.body.append(el);
    try {
      expect(await settled).to.equal('shown');
      await until(() => box(el));
      expectState(el, 'shown');
    } finally {
      el.remove();
    }
  });
});
