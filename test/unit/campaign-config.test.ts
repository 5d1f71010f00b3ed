import {expect} from '@open-wc/testing';
import sinon from 'sinon';
import {campaignLoader} from '../../src/campaign/loader.js';
import {parseConfig} from '../../src/campaign/model.js';
import {ConfigError} from '../../src/campaign/model.js';
import {BANNER, feedUrl, serveDoc} from './helpers.js';
import {END, fixtureConfig, rawConfig, resetBanner, SEED_MESSAGE, START} from './banner-helpers.js';

const BASE = 'https://ostrov.example/feeds/banner.json';
const cta = {label: 'Підтримати', url: 'https://ostrov.example/support/'};

describe('campaign config', () => {
  beforeEach(resetBanner);
  afterEach(() => sinon.restore());

  it('reads the fixture into the model', async () => {
    const {value, warnings} = parseConfig(await fixtureConfig(), BASE);
    expect(warnings).to.deep.equal([]);
    expect(value.campaigns).to.have.length(1);
    const c = value.campaigns[0]!;
    expect(c).to.include({id: 'independence-2026', start: START, end: END, dismissDays: 14, remindLater: false, remindDays: 3, showDeadline: false});
    expect(c.languages).to.deep.equal(['uk']);
    expect(c.maxViews).to.deep.equal({count: 5, days: 30});
    expect(c.variants.map((v) => v.id)).to.deep.equal(['grants', 'grants-goal']);
    const goal = c.variants[1]!;
    expect(goal.heading).to.equal('Незалежна журналістика з Донбасу');
    expect(goal.message).to.deep.equal([SEED_MESSAGE]);
    expect(goal.cta).to.deep.equal(cta);
    expect(goal.goal).to.deep.equal({raised: 182500, target: 300000, currency: 'UAH', reachedMessage: undefined, hideWhenReached: false});
    expect(c.variants[0]!.goal).to.equal(undefined);
  });

  it('skips a bad variant with a warning and keeps the rest', () => {
    const {value, warnings} = parseConfig(
      rawConfig({}, [
        {id: 'ok', message: 'Так', cta},
        {id: 'no-message', cta},
        {id: 'script', message: 'x', cta: {label: 'x', url: 'javascript:alert(1)'}},
        {id: 'bad-goal', message: 'x', cta, goal: {raised: 1, target: 0, currency: 'UAH'}},
        {id: 'bad-weight', message: 'x', cta, weight: -1},
        'not an object' as unknown as Record<string, unknown>,
      ]),
      BASE,
    );
    expect(value.campaigns[0]!.variants.map((v) => v.id)).to.deep.equal(['ok']);
    expect(warnings).to.have.length(5);
    expect(warnings[0]).to.equal('campaign c1 variant 1 skipped: bad message');
    expect(warnings[1]).to.equal('campaign c1 variant 2 skipped: bad cta');
  });

  it('resolves a relative CTA URL against the config URL and clamps text', () => {
    const {value} = parseConfig(rawConfig({}, [{id: 'v', message: `  ${'a'.repeat(700)} `, cta: {label: 'Так', url: '/support/?a=1'}}]), BASE);
    const v = value.campaigns[0]!.variants[0]!;
    expect(v.cta.url).to.equal('https://ostrov.example/support/?a=1');
    expect(Array.from(v.message).length).to.be.at.most(600);
  });

  it('skips a bad campaign with a warning and keeps the rest', () => {
    const good = rawConfig().campaigns as unknown[];
    const doc = {
      version: 1,
      campaigns: [
        {...(good[0] as object), id: 'bad-start', start: 'soon'},
        {...(good[0] as object), id: 'no-variants', variants: []},
        {...(good[0] as object), id: 'bad-cap', max_views: {count: 0, days: 1}},
        {...(good[0] as object), id: 'all-paused', variants: [{id: 'p', weight: 0, message: 'x', cta}]},
        {...(good[0] as object), id: 'fine'},
      ],
    };
    const {value, warnings} = parseConfig(doc, BASE);
    expect(value.campaigns.map((c) => c.id)).to.deep.equal(['fine']);
    expect(warnings).to.deep.equal([
      'campaign 0 skipped: bad start',
      'campaign 1 skipped: bad variants',
      'campaign 2 skipped: bad max_views',
      'campaign 3 skipped: bad variants',
    ]);
  });

  it('defaults: open schedule, every language, 14 dismiss days, weight 1, no cap', () => {
    const {value} = parseConfig({version: 1, campaigns: [{id: 'x', variants: [{id: 'v', message: 'm', cta}]}]}, BASE);
    const c = value.campaigns[0]!;
    expect(c).to.include({start: undefined, end: undefined, dismissDays: 14, maxViews: undefined});
    expect(c.languages).to.deep.equal([]);
    expect(c.variants[0]!.weight).to.equal(1);
  });

  it('throws a ConfigError for a document that is no version 1 config', () => {
    for (const doc of [null, [], {campaigns: []}, {version: 2, campaigns: []}, {version: 1, campaigns: {}}, 'text']) {
      expect(() => parseConfig(doc, BASE), JSON.stringify(doc)).to.throw(ConfigError).with.property('kind', 'not-a-config');
    }
  });

  it('loads the fixture through the shared loader, one request per URL', async () => {
    const url = feedUrl(BANNER);
    const [a, b] = await Promise.all([campaignLoader.load(url), campaignLoader.load(url)]);
    expect(a.value).to.equal(b.value);
    expect(a.value.campaigns[0]!.id).to.equal('independence-2026');
    // Kept in session storage under the documented key, JSON as it stands (written in a task after the load).
    await new Promise((r) => setTimeout(r));
    expect(JSON.parse(sessionStorage.getItem(`newsroom-widgets:campaign:${url}`)!).value).to.deep.equal(JSON.parse(JSON.stringify(a.value)));
  });

  it('gives invalid JSON a parse error and prints warnings once', async () => {
    const error = sinon.stub(console, 'error');
    const bad = await serveDoc('{"version": 1, "campaigns": [');
    const e = await campaignLoader.load(bad).catch((x: unknown) => x);
    expect(e).to.be.instanceOf(ConfigError).with.property('kind', 'parse');
    expect(error.calledOnce).to.equal(true);
    const warn = sinon.stub(console, 'warn');
    await campaignLoader.load(await serveDoc(JSON.stringify(rawConfig({}, [{id: 'x'}, {id: 'ok', message: 'm', cta}]))));
    expect(warn.calledOnce).to.equal(true);
    expect(String(warn.firstCall.args[0])).to.contain('campaign c1 variant 0 skipped: bad message');
  });
});
