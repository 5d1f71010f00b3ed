import {expect, fixture, html} from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define.js';
import {DAY} from '../../src/campaign/memory.js';
import type {SupportBanner} from '../../src/components/support-banner/support-banner.js';
import {banner, memoryStorage, rawConfig, resetBanner, settle} from './banner-helpers.js';

/**
 * The console of a page without `newsroom-debug`: a banner that shows nothing says why, once for
 * the page; a banner that shows says nothing. (support-banner-debug.test.ts has the debug switch on.)
 */
describe('<support-banner> console: why nothing shows', () => {
  let info: sinon.SinonStub;
  let warn: sinon.SinonStub;
  let error: sinon.SinonStub;
  /** Every console line of the test, as the partner reads it. */
  const said = () => [...info.getCalls(), ...warn.getCalls(), ...error.getCalls()].map((call) => call.args.join(' '));
  beforeEach(() => {
    resetBanner();
    info = sinon.stub(console, 'info');
    warn = sinon.stub(console, 'warn');
    error = sinon.stub(console, 'error');
  });
  afterEach(() => {
    sinon.restore();
    document.querySelectorAll('meta[name=newsroom-widgets]').forEach((m) => m.remove());
  });

  it('a lang="en" page with only Ukrainian campaigns: one line naming both, however many banners', async () => {
    // Its own campaign id: lines about the page are said once per page, and this test must not follow another's.
    const cfg = rawConfig({id: 'lang-test', languages: ['uk']});
    const wrapper = await fixture<HTMLElement>(html`<div lang="en">
      <support-banner .config=${cfg} .storage=${memoryStorage()}></support-banner>
      <support-banner .config=${cfg} .storage=${memoryStorage()}></support-banner>
    </div>`);
    for (const el of wrapper.querySelectorAll('support-banner')) await settle(el);
    expect(said()).to.deep.equal(['[newsroom-widgets] Banner hidden: no campaign for lang="en", only uk']);
    expect(info.callCount).to.equal(1);
  });

  it('a dismissal: the campaign, the date it ends and the reset parameter', async () => {
    const storage = memoryStorage();
    const until = Date.now() + 3 * DAY;
    storage.set('newsroom-widgets:banner:closed-test', JSON.stringify({b: 0.5, d: until}));
    const el = await banner(html`<support-banner .config=${rawConfig({id: 'closed-test'})} .storage=${storage}></support-banner>`);
    expect(el.state).to.equal('hidden');
    expect(said()).to.deep.equal([
      `[newsroom-widgets] Banner hidden: "closed-test" dismissed until ${new Date(until).toISOString()}; ?newsroom-reset=1 forgets it`,
    ]);
  });

  it('the view cap: how many views in how many days, and the reset parameter', async () => {
    const storage = memoryStorage();
    storage.set('newsroom-widgets:banner:capped-test', JSON.stringify({b: 0.5, v: [Date.now() - DAY, Date.now() - 2 * DAY]}));
    await banner(html`<support-banner .config=${rawConfig({id: 'capped-test', max_views: {count: 2, days: 7}})} .storage=${storage}></support-banner>`);
    expect(said()).to.deep.equal(['[newsroom-widgets] Banner hidden: "capped-test" seen 2 times in 7 days (max_views); ?newsroom-reset=1 forgets it']);
  });

  it('a schedule that has not started, or has ended: with the dates', async () => {
    const campaign = (rawConfig().campaigns as Record<string, unknown>[])[0];
    const cfg = {
      version: 1,
      campaigns: [
        {...campaign, id: 'next-year', start: '2099-01-01T00:00:00Z'},
        {...campaign, id: 'last-year', end: '2020-12-31T22:00:00Z'},
      ],
    };
    await banner(html`<support-banner .config=${cfg} .storage=${memoryStorage()}></support-banner>`);
    expect(said()).to.deep.equal(['[newsroom-widgets] Banner hidden: "next-year" starts 2099-01-01T00:00:00.000Z; "last-year" ended 2020-12-31T22:00:00.000Z']);
  });

  it('the suppression meta, said once for the page', async () => {
    document.head.append(Object.assign(document.createElement('meta'), {name: 'newsroom-widgets', content: 'no-appeal'}));
    await banner(html`<support-banner .config=${rawConfig()} .storage=${memoryStorage()}></support-banner>`);
    await banner(html`<support-banner .config=${rawConfig()} .storage=${memoryStorage()}></support-banner>`);
    const lines = said();
    expect(lines).to.deep.equal(['[newsroom-widgets] Banner hidden: the page has the no-appeal meta']);
  });

  it('nothing at all on a page where the banner shows', async () => {
    const el: SupportBanner = await banner(html`<support-banner .config=${rawConfig({id: 'shown-test'})} .storage=${memoryStorage()}></support-banner>`);
    el.theme = 'dark';
    await el.updateComplete;
    expect(el.state).to.equal('shown');
    expect(said()).to.deep.equal([]);
  });
});
