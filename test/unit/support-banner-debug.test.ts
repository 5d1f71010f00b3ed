import {expect, fixture, html} from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define.js';
import type {SupportBanner} from '../../src/components/support-banner/support-banner.js';
import {debug, debugOn} from '../../src/internal/debug.js';
import {memoryStorage, rawConfig, resetBanner, settle} from './banner-helpers.js';

// The page URL carries `newsroom-debug=1` before any banner decides: the switch is read once per page
// (each test file runs in a page of its own, so the other files see it off).
const ORIGINAL = location.href;
const debugUrl = new URL(ORIGINAL);
debugUrl.searchParams.set('newsroom-debug', '1');
history.replaceState(history.state, '', debugUrl);

/** Two banners of the same config, settled. */
async function twoBanners(cfg: unknown): Promise<SupportBanner[]> {
  const wrapper = await fixture<HTMLElement>(html`<div>
    <support-banner .config=${cfg} .storage=${memoryStorage()}></support-banner>
    <support-banner .config=${cfg} .storage=${memoryStorage()}></support-banner>
  </div>`);
  const banners = [...wrapper.querySelectorAll('support-banner')];
  for (const el of banners) await settle(el);
  return banners;
}

describe('<support-banner> under newsroom-debug=1', () => {
  let info: sinon.SinonStub;
  beforeEach(() => {
    resetBanner();
    info = sinon.stub(console, 'info');
    sinon.stub(console, 'warn');
  });
  afterEach(() => sinon.restore());
  after(() => history.replaceState(history.state, '', ORIGINAL));

  it('every banner says what it shows, naming itself', async () => {
    const campaign = (rawConfig().campaigns as Record<string, unknown>[])[0];
    const cfg = {
      version: 1,
      campaigns: [
        {...campaign, id: 'english', languages: ['en']},
        {...campaign, id: 'ukrainian'},
      ],
    };
    const banners = await twoBanners(cfg);
    expect(banners.map((el) => el.state)).to.deep.equal(['shown', 'shown']);
    const lines = info.getCalls().map((call) => call.args);
    expect(lines).to.deep.equal(
      banners.map((el) => ['[newsroom-widgets]', 'Banner shows "ukrainian" variant "v1"', el]),
    );
  });

  it('a hidden banner’s reason is said by each banner, naming itself, not once for the page', async () => {
    const cfg = rawConfig({id: 'debug-lang', languages: ['en']});
    const banners = await twoBanners(cfg);
    expect(info.getCalls().map((call) => call.args)).to.deep.equal(
      banners.map((el) => ['[newsroom-widgets]', 'Banner hidden: no campaign for lang="uk", only en', el]),
    );
  });

  it('debug() prints with the prefix, for the other layers', () => {
    expect(debugOn()).to.equal(true);
    debug('https://ostrov.example/feed.json', 200);
    expect(info.lastCall.args).to.deep.equal(['[newsroom-widgets]', 'https://ostrov.example/feed.json', 200]);
  });
});
