import {expect, fixture, html} from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define.js';
import {choose} from '../../src/campaign/choose.js';
import {SupportBanner} from '../../src/components/support-banner/support-banner.js';
import {strings} from '../../src/i18n/strings.js';
import {BANNER, feedUrl} from './helpers.js';
import {banner, box, config, events, log, memoryStorage, part, resetBanner, SEED_MESSAGE, settle, spaces, until} from './banner-helpers.js';

/** The test page's own URL (the runner's session id is in it): every test puts it back. */
const ORIGINAL = location.href;
function visit(query: string): void {
  const url = new URL(ORIGINAL);
  for (const [k, v] of new URLSearchParams(query)) url.searchParams.set(k, v);
  history.replaceState(history.state, '', url);
}

const cta = {label: 'Підтримати', url: 'https://ostrov.example/support/'};
/**
 * Three campaigns: `live` is what readers get; `ended` is past its end, in
 * English only and capped; `spring` has not started.
 */
const editorConfig = () => ({
  version: 1,
  campaigns: [
    {id: 'live', languages: ['uk'], variants: [{id: 'v1', message: SEED_MESSAGE, cta}]},
    {
      id: 'ended',
      end: '2020-01-01T00:00:00Z',
      languages: ['en'],
      max_views: {count: 1, days: 30},
      variants: [
        {id: 'a', message: 'Ended, variant a', cta},
        {id: 'b', heading: 'B', message: 'Ended, variant b', cta, goal: {raised: 10, target: 20, currency: 'UAH'}},
      ],
    },
    {id: 'spring', start: '2099-03-01T00:00:00Z', variants: [{id: 'x', message: 'Spring', cta}]},
  ],
});

/** A reader who dismissed `ended` and `live` long ago (for another year) and has buckets for both. */
function dismissedEverything() {
  const storage = memoryStorage();
  const until = Date.now() + 365 * 864e5;
  storage.set('newsroom-widgets:banner:ended', JSON.stringify({b: 0.9, d: until, v: [Date.now()]}));
  storage.set('newsroom-widgets:banner:live', JSON.stringify({b: 0.1, d: until}));
  return storage;
}
const snapshot = (storage: ReturnType<typeof memoryStorage>) => JSON.stringify([...storage.backing.map]);
const localSnapshot = () => JSON.stringify(Object.entries(localStorage));

describe('<support-banner> for editors', () => {
  let info: sinon.SinonStub;
  let error: sinon.SinonStub;
  beforeEach(() => {
    resetBanner();
    log.length = 0;
    info = sinon.stub(console, 'info');
    error = sinon.stub(console, 'error');
  });
  afterEach(() => {
    sinon.restore();
    history.replaceState(history.state, '', ORIGINAL);
    document.querySelectorAll('meta[name=newsroom-widgets]').forEach((m) => m.remove());
  });

  describe('newsroom-preview', () => {
    it('by campaign: its first variant on every banner, past its end, in another language, dismissed and capped; events say preview; nothing stored', async () => {
      const storage = dismissedEverything();
      const before = snapshot(storage);
      const local = localSnapshot();
      visit('newsroom-preview=ended');
      const timers = sinon.useFakeTimers({toFake: ['setTimeout', 'clearTimeout']});
      const wrapper = await fixture<HTMLElement>(html`<div>
        <support-banner .config=${editorConfig()} .storage=${storage}></support-banner>
        <support-banner .config=${editorConfig()} placement="bottom"></support-banner>
      </div>`);
      const [one, two] = [...wrapper.querySelectorAll('support-banner')];
      await settle(one!);
      await settle(two!);
      for (const el of [one!, two!]) {
        expect(el.choice && [el.choice.campaign.id, el.choice.variant.id]).to.deep.equal(['ended', 'a']);
        expect(part(el, 'message')!.textContent).to.equal('Ended, variant a');
      }
      // One console line for the page, however many banners preview.
      expect(info.callCount).to.equal(1);
      expect(info.firstCall.args.join(' ')).to.match(/preview.*ended/i);
      // A view (the one-second rule) and a dismissal: both announced, neither remembered.
      await until(() => timers.countTimers() >= 2);
      timers.tick(1000);
      timers.restore();
      one!.addEventListener('click', (e) => e.preventDefault());
      const href = (part(one!, 'cta') as HTMLAnchorElement).href;
      part(one!, 'cta')!.click();
      part(one!, 'close')!.click();
      part(two!, 'already')!.click();
      const details = log.filter((e) => e.target === one).map((e) => [e.type, e.detail]);
      expect(details).to.deep.equal([
        ['support-banner-view', {campaign: 'ended', variant: 'a', preview: true}],
        ['support-banner-click', {campaign: 'ended', variant: 'a', preview: true, href}],
        ['support-banner-dismiss', {reason: 'close', campaign: 'ended', variant: 'a', preview: true}],
      ]);
      expect(events(two!, 'support-banner-dismiss')[0]!.detail).to.deep.equal({reason: 'already-support', campaign: 'ended', variant: 'a', preview: true});
      expect(snapshot(storage)).to.equal(before);
      expect(localSnapshot(), 'nothing in local storage either (the second banner uses it)').to.equal(local);
    });

    it('by campaign:variant, whatever the schedule; without the parameter the reader gets the usual choice', async () => {
      const storage = dismissedEverything();
      const before = snapshot(storage);
      visit('newsroom-preview=ended:b');
      const el = await banner(html`<support-banner .config=${editorConfig()} .storage=${storage}></support-banner>`);
      expect([el.choice!.campaign.id, el.choice!.variant.id]).to.deep.equal(['ended', 'b']);
      expect(part(el, 'heading')!.textContent).to.equal('B');
      expect(part(el, 'goal')).to.not.equal(null);
      visit('newsroom-preview=spring:x');
      const spring = await banner(html`<support-banner .config=${editorConfig()} .storage=${storage}></support-banner>`);
      expect(spring.choice!.campaign.id, 'not started yet').to.equal('spring');
      expect(snapshot(storage)).to.equal(before);
      history.replaceState(history.state, '', ORIGINAL);
      const reader = await banner(html`<support-banner .config=${editorConfig()} .storage=${storage}></support-banner>`);
      expect(box(reader)).to.equal(null);
      expect(events(reader, 'support-banner-skip')[0]!.detail).to.deep.equal({reason: 'dismissed'});
    });

    it('works on a static banner and on a fetched config alike', async () => {
      visit('newsroom-preview=independence-2026:grants-goal');
      const fetched = await banner(html`<support-banner src=${feedUrl(BANNER)}></support-banner>`);
      expect(fetched.choice!.variant.id).to.equal('grants-goal');
      visit('newsroom-preview=spring-static');
      const el = await banner(html`<support-banner campaign="spring-static" message="x" cta-href="https://ostrov.example/"></support-banner>`);
      expect(el.choice!.variant.id).to.equal('static');
      expect(localStorage.length).to.equal(0);
    });

    it('an unknown id: nothing shown, one console error naming the ids there are, a skip marked preview', async () => {
      visit('newsroom-preview=edned');
      const el = await banner(html`<support-banner .config=${editorConfig()}></support-banner>`);
      expect(box(el)).to.equal(null);
      expect(events(el, 'support-banner-skip').map((e) => e.detail)).to.deep.equal([{reason: 'no-campaign', preview: true}]);
      expect(error.callCount).to.equal(1);
      const line = error.firstCall.args.join(' ');
      expect(line).to.include('edned');
      for (const id of ['live:v1', 'ended:a', 'ended:b', 'spring:x']) expect(line).to.include(id);
      // A variant the campaign does not have is unknown too.
      visit('newsroom-preview=ended:c');
      expect(box(await banner(html`<support-banner .config=${editorConfig()}></support-banner>`))).to.equal(null);
      expect(error.callCount).to.equal(2);
      expect(localStorage.length).to.equal(0);
    });
  });

  describe('reset', () => {
    it('SupportBanner.resetMemory() forgets every campaign of this site, keeps other keys, and says so', async () => {
      localStorage.setItem('newsroom-widgets:banner:a', '{"b":0.5,"d":9e15}');
      localStorage.setItem('newsroom-widgets:banner:b', '{"v":[1]}');
      localStorage.setItem('partner-key', 'kept');
      SupportBanner.resetMemory();
      expect(Object.keys(localStorage)).to.deep.equal(['partner-key']);
      expect(info.callCount).to.equal(1);
      expect(info.firstCall.args.join(' ')).to.match(/reset/i);
      localStorage.removeItem('partner-key');
    });

    it('newsroom-reset=1: forgets when the element is defined, so a dismissed campaign shows again and a new dismissal holds', async () => {
      const cfg = editorConfig();
      const dismissed = async () => {
        const el = await banner(html`<support-banner .config=${cfg}></support-banner>`);
        return events(el, 'support-banner-skip').map((e) => e.detail.reason);
      };
      localStorage.setItem('newsroom-widgets:banner:live', JSON.stringify({b: 0.1, d: Date.now() + 864e5}));
      expect(await dismissed()).to.deep.equal(['dismissed']);
      // The dismissed banner has said why it is hidden; what follows is the reset's own line.
      info.resetHistory();
      visit('newsroom-reset=1');
      // What the script tag (or the define module) does as the page loads.
      SupportBanner.define();
      expect(info.callCount).to.equal(1);
      expect(info.firstCall.args.join(' ')).to.equal('[newsroom-widgets] Banner memory reset');
      const el = await banner(html`<support-banner .config=${cfg}></support-banner>`);
      expect(el.choice!.campaign.id).to.equal('live');
      part(el, 'close')!.click();
      expect(await dismissed()).to.deep.equal(['dismissed']);
    });
  });

  describe('suppression', () => {
    const meta = () => {
      const m = document.createElement('meta');
      m.name = 'newsroom-widgets';
      m.content = 'no-appeal';
      document.head.append(m);
    };

    it('<meta name="newsroom-widgets" content="no-appeal"> keeps every banner hidden (no box, no reserved space), with reason suppressed', async () => {
      meta();
      const wrapper = await fixture<HTMLElement>(html`<div>
        <support-banner message="x" cta-href="https://ostrov.example/" reserve="200px"></support-banner>
        <support-banner .config=${editorConfig()} placement="bottom"></support-banner>
      </div>`);
      for (const el of wrapper.querySelectorAll('support-banner')) {
        await settle(el);
        expect(el.shadowRoot!.children.length, 'no box, no placeholder').to.equal(0);
        expect(el.getBoundingClientRect().height).to.equal(0);
        expect(events(el, 'support-banner-skip').map((e) => e.detail)).to.deep.equal([{reason: 'suppressed'}]);
      }
      expect(localStorage.length, 'no bucket drawn').to.equal(0);
    });

    it('counts a meta added by a single-page app before a banner connects, not one that was never added', async () => {
      const late = document.createElement('support-banner');
      late.message = 'x';
      late.ctaHref = 'https://ostrov.example/';
      const before = document.createElement('support-banner');
      before.message = 'x';
      before.ctaHref = 'https://ostrov.example/';
      before.campaign = 'other';
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      wrapper.append(before);
      await settle(before);
      expect(box(before)).to.not.equal(null);
      meta();
      wrapper.append(late);
      await settle(late);
      expect(box(late)).to.equal(null);
      expect(events(late, 'support-banner-skip')[0]!.detail).to.deep.equal({reason: 'suppressed'});
      // The meta wins over a preview too: it is the page's editorial choice.
      visit('newsroom-preview=static');
      const third = await banner(html`<support-banner message="x" cta-href="https://ostrov.example/"></support-banner>`);
      expect(box(third)).to.equal(null);
    });
  });

  describe('outside input never reaches Object.prototype', () => {
    const NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];

    it('language tags: strings() and the banner fall back to Ukrainian, a goal still formats', async () => {
      for (const tag of NAMES) expect(strings(tag), tag).to.equal(strings('uk'));
      for (const tag of NAMES) {
        const el = await banner(html`<support-banner lang=${tag} message="x" cta-href="https://ostrov.example/" goal-raised="5" goal-target="10" campaign=${`lang-${tag}`}></support-banner>`);
        expect(part(el, 'close')!.getAttribute('aria-label'), tag).to.equal('Закрити');
        expect(part(el, 'cta')!.textContent, tag).to.equal('Підтримати');
        expect(spaces(part(el, 'goal-label')!.textContent), tag).to.match(/5\D.*10/);
      }
    });

    it('campaign and variant ids: shown, dismissed and remembered under their own key, previewed', async () => {
      for (const id of NAMES) {
        const raw = {version: 1, campaigns: [{id, variants: [{id, message: `m ${id}`, cta}]}]};
        expect(choose(config(raw), {lang: 'uk', now: Date.now()}, memoryStorage()), id).to.deep.include({campaign: config(raw).campaigns[0]});
        const el = await banner(html`<support-banner campaign=${id} message="x" cta-href="https://ostrov.example/"></support-banner>`);
        expect(el.choice!.campaign.id, id).to.equal(id);
        part(el, 'close')!.click();
        expect(JSON.parse(localStorage.getItem(`newsroom-widgets:banner:${id}`)!).d, id).to.be.a('number');
        const again = await banner(html`<support-banner campaign=${id} message="x" cta-href="https://ostrov.example/"></support-banner>`);
        expect(events(again, 'support-banner-skip')[0]!.detail, id).to.deep.equal({reason: 'dismissed'});
        visit(`newsroom-preview=${id}:${id}`);
        expect((await banner(html`<support-banner .config=${raw}></support-banner>`)).choice!.variant.id, id).to.equal(id);
        history.replaceState(history.state, '', ORIGINAL);
      }
      // A preview naming a prototype member of no campaign is unknown, not Object.prototype.toString.
      visit('newsroom-preview=toString');
      expect(box(await banner(html`<support-banner .config=${editorConfig()}></support-banner>`))).to.equal(null);
    });
  });
});
