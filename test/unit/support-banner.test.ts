import {expect, fixture, html} from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define.js';
import {DAY} from '../../src/campaign/memory.js';
import type {SupportBanner} from '../../src/components/support-banner/support-banner.js';
import {SupportBanner as SupportBannerClass} from '../../src/components/support-banner/support-banner.js';
import {parseConfig} from '../../src/campaign/model.js';
import {createSafeStorage, type SafeStorage} from '../../src/internal/safe-storage.js';
import {BANNER, feedUrl, release, requestCount, serveDoc, text} from './helpers.js';
import {banner, bannerTestPage, box, events, frames, log, MapStorage, memoryStorage, MID, part, rawConfig, SEED_MESSAGE, settle, spaces, START, END, throwingStorage, until} from './banner-helpers.js';

const KEY = 'newsroom-widgets:banner:independence-2026';
/** Storage already holding a bucket, so the variant is known: 0.9 → «grants-goal», 0.1 → «grants». */
function withBucket(b: number): SafeStorage {
  const s = memoryStorage();
  s.set(KEY, JSON.stringify({b}));
  return s;
}

describe('<support-banner>', () => {
  const page = bannerTestPage();
  afterEach(() => {
    window.scrollTo(0, 0);
  });

  describe('from the campaign config', () => {
    it('shows the publisher page’s appeal and goal from the fixture, exactly', async () => {
      const el = await banner(html`<support-banner src=${feedUrl(BANNER)} .storage=${withBucket(0.9)}></support-banner>`);
      expect(el.choice!.variant.id).to.equal('grants-goal');
      const section = box(el)!;
      expect(section.getAttribute('part')).to.equal('container');
      expect(section.getAttribute('aria-label')).to.equal('Підтримка редакції');
      expect(text(part(el, 'heading'))).to.equal('Незалежна журналістика з Донбасу');
      expect(part(el, 'heading')!.tagName).to.equal('H2');
      expect(text(part(el, 'message'))).to.equal(SEED_MESSAGE);
      const cta = part(el, 'cta') as HTMLAnchorElement;
      expect(text(cta)).to.equal('Підтримати');
      expect(cta.tagName).to.equal('A');
      expect(cta.rel).to.equal('noopener');
      expect(part(el, 'close')!.getAttribute('aria-label')).to.equal('Закрити');
      expect(text(part(el, 'already'))).to.equal('Я вже підтримую');
      const label = spaces(part(el, 'goal-label')!.textContent);
      expect(label).to.equal('182 500 ₴ з 300 000 ₴');
      const bar = part(el, 'goal-bar')!;
      expect(bar.getAttribute('role')).to.equal('progressbar');
      expect(bar.getAttribute('aria-valuemin')).to.equal('0');
      expect(bar.getAttribute('aria-valuemax')).to.equal('300000');
      expect(bar.getAttribute('aria-valuenow')).to.equal('182500');
      expect(spaces(bar.getAttribute('aria-valuetext'))).to.equal(label);
      expect(bar.getAttribute('aria-label')).to.equal('Зібрано');
      const fill = part(el, 'goal-fill')!;
      expect(fill.getBoundingClientRect().width / bar.getBoundingClientRect().width).to.be.closeTo(182500 / 300000, 0.01);
      await expect(el).to.be.accessible();
    });

    it('shows the variant without heading and goal to the readers bucketed there', async () => {
      const el = await banner(html`<support-banner src=${feedUrl(BANNER)} .storage=${withBucket(0.1)}></support-banner>`);
      expect(el.choice!.variant.id).to.equal('grants');
      expect(part(el, 'heading')).to.equal(null);
      expect(part(el, 'goal')).to.equal(null);
      expect(text(part(el, 'message'))).to.equal(SEED_MESSAGE);
      await expect(el).to.be.accessible();
    });

    it('keeps one reader on one variant across page loads, storing only a random bucket', async () => {
      const src = feedUrl(BANNER);
      const first = await banner(html`<support-banner src=${src}></support-banner>`);
      const variant = first.choice!.variant.id;
      const stored = JSON.parse(localStorage.getItem(KEY)!) as Record<string, unknown>;
      expect(Object.keys(stored)).to.deep.equal(['b']);
      expect(stored.b).to.be.a('number').within(0, 1);
      for (let i = 0; i < 5; i++) {
        const again = await banner(html`<support-banner src=${src}></support-banner>`);
        expect(again.choice!.variant.id).to.equal(variant);
      }
    });

    it('follows the schedule by the clock: one second before start, at start, at end, after', async () => {
      const cases: [number, boolean][] = [
        [START - 1000, false],
        [START, true],
        [END, true],
        [END + 1000, false],
      ];
      for (const [now, live] of cases) {
        page.clock.setSystemTime(now);
        log.length = 0;
        const el = await banner(html`<support-banner .config=${await (await fetch(BANNER)).json()} .storage=${memoryStorage()}></support-banner>`);
        expect(!!box(el), new Date(now).toISOString()).to.equal(live);
        expect(events(el, 'support-banner-skip').map((e) => e.detail.reason)).to.deep.equal(live ? [] : ['no-campaign']);
      }
    });

    it('matches the campaign’s languages against the nearest lang', async () => {
      const src = feedUrl(BANNER);
      const en = await fixture<HTMLElement>(html`<div lang="en"><div><support-banner src=${src}></support-banner></div></div>`);
      const enBanner = await settle(en.querySelector('support-banner')!);
      expect(box(enBanner)).to.equal(null);
      expect(events(enBanner, 'support-banner-skip')[0]!.detail).to.deep.equal({reason: 'no-campaign'});
      expect(enBanner.getBoundingClientRect().height).to.equal(0);
      await expect(enBanner).to.be.accessible();
      const ukUA = await fixture<HTMLElement>(html`<div lang="uk-UA"><support-banner src=${src}></support-banner></div>`);
      expect(box(await settle(ukUA.querySelector('support-banner')!))).to.not.equal(null);
      const own = await banner(html`<support-banner lang="en" src=${src}></support-banner>`);
      expect(box(own)).to.equal(null);
    });

    it('reports a failed config as a skip with reason error and leaves no box', async () => {
      sinon.stub(console, 'error');
      for (const src of [feedUrl(BANNER, {status: 404}), await serveDoc(JSON.stringify({version: 2, campaigns: []}))]) {
        const el = await banner(html`<support-banner src=${src} reserve="8rem"></support-banner>`);
        expect(events(el, 'support-banner-skip').map((e) => e.detail)).to.deep.equal([{reason: 'error'}]);
        expect(el.shadowRoot!.children).to.have.length(0);
        expect(el.getBoundingClientRect().height).to.equal(0);
        await expect(el).to.be.accessible();
      }
    });

    it('renders config text as text, never markup', async () => {
      const evil = '<img src=x onerror="window.__pwned=1">';
      const el = await banner(
        html`<support-banner .config=${rawConfig({languages: []}, [{id: 'v', heading: evil, message: evil, cta: {label: evil, url: 'https://ostrov.example/'}}])}></support-banner>`,
      );
      expect(text(part(el, 'message'))).to.equal(evil);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect((window as {__pwned?: number}).__pwned).to.equal(undefined);
    });

    it('makes one request for several banners with one src, and waits for the viewport with loading="lazy"', async () => {
      const src = feedUrl(BANNER);
      const wrapper = await fixture<HTMLElement>(html`<div>
        <support-banner src=${src}></support-banner><support-banner src=${src}></support-banner>
      </div>`);
      const [a, b] = [...wrapper.querySelectorAll('support-banner')];
      await settle(a!);
      await settle(b!);
      expect(await requestCount(src)).to.equal(1);
      const lazySrc = feedUrl(BANNER);
      const far = await fixture<HTMLElement>(html`<div style="margin-top: 300vh"><support-banner loading="lazy" src=${lazySrc}></support-banner></div>`);
      await frames(10);
      expect(await requestCount(lazySrc)).to.equal(0);
      far.scrollIntoView();
      const lazy = await settle(far.querySelector('support-banner')!);
      expect(box(lazy)).to.not.equal(null);
      expect(await requestCount(lazySrc)).to.equal(1);
    });

    it('shows a kept config at once and asks for it again once it is older than five minutes, as the lists do', async () => {
      const cta = {label: 'Підтримати', url: 'https://ostrov.example/support/'};
      const served = JSON.stringify(rawConfig({}, [{id: 'v1', message: 'Новий заклик', cta}]));
      // The server answers only when the test says, so the kept copy is seen first for certain.
      const hold = `kept-config-${Math.random()}`;
      /** A config document that an earlier page of the visit kept `minutes` ago, saying «Старий заклик». */
      const keptFor = async (minutes: number) => {
        const src = await serveDoc(served, 'application/json', {hold});
        const kept = parseConfig(rawConfig({}, [{id: 'v1', message: 'Старий заклик', cta}]), src).value;
        sessionStorage.setItem(`newsroom-widgets:campaign:${src}`, JSON.stringify({fetchedAt: Date.now() - minutes * 60_000, value: kept}));
        return src;
      };
      const staleSrc = await keptFor(10);
      const freshSrc = await keptFor(1);
      const stale = await banner(html`<support-banner lang="uk" src=${staleSrc}></support-banner>`);
      const fresh = await banner(html`<support-banner lang="uk" src=${freshSrc}></support-banner>`);
      expect(part(stale, 'message')!.textContent).to.equal('Старий заклик');
      expect(part(fresh, 'message')!.textContent).to.equal('Старий заклик');
      await release(hold);
      expect(await until(() => part(stale, 'message')!.textContent === 'Новий заклик'), 'the refreshed config shown').to.equal(true);
      expect(await requestCount(staleSrc)).to.equal(1);
      expect(await requestCount(freshSrc)).to.equal(0);
      expect(part(fresh, 'message')!.textContent).to.equal('Старий заклик');
    });
  });

  describe('static, from attributes', () => {
    it('renders message, heading, CTA and goal from attributes, in the element’s language', async () => {
      const el = await banner(html`<div lang="en">
        <support-banner message="Keep us independent" heading="Support" cta-label="Give" cta-href="https://ostrov.example/give/"
          goal-raised="150" goal-target="600" currency="EUR" campaign="spring"></support-banner>
      </div>`);
      expect(text(part(el, 'heading'))).to.equal('Support');
      expect(text(part(el, 'message'))).to.equal('Keep us independent');
      expect(text(part(el, 'cta'))).to.equal('Give');
      expect(spaces(part(el, 'goal-label')!.textContent)).to.equal('€150 of €600');
      expect(part(el, 'goal-bar')!.getAttribute('aria-label')).to.equal('Raised');
      expect(box(el)!.getAttribute('aria-label')).to.equal('Support the newsroom');
      expect(part(el, 'close')!.getAttribute('aria-label')).to.equal('Close');
      expect(text(part(el, 'already'))).to.equal('I already support');
      expect(el.choice!.campaign.id).to.equal('spring');
      expect(el.choice!.variant.id).to.equal('static');
      await expect(el).to.be.accessible();
    });

    it('defaults the CTA label to «Підтримати» and the campaign id to static', async () => {
      const el = await banner(html`<support-banner message=${SEED_MESSAGE} cta-href="https://ostrov.example/support/"></support-banner>`);
      expect(text(part(el, 'cta'))).to.equal('Підтримати');
      expect(text(part(el, 'message'))).to.equal(SEED_MESSAGE);
      expect(new URL((part(el, 'cta') as HTMLAnchorElement).href).searchParams.get('utm_campaign')).to.equal('static');
      expect(part(el, 'goal')).to.equal(null);
    });

    it('shows nothing, with a warning and a skip, without a message or a safe CTA URL', async () => {
      const warn = sinon.stub(console, 'warn');
      for (const t of [
        html`<support-banner cta-href="https://ostrov.example/"></support-banner>`,
        html`<support-banner message="x" cta-href="javascript:alert(1)"></support-banner>`,
      ]) {
        const el = await banner(t);
        expect(box(el)).to.equal(null);
        expect(events(el, 'support-banner-skip')[0]!.detail).to.deep.equal({reason: 'no-campaign'});
        expect(el.getBoundingClientRect().height).to.equal(0);
      }
      expect(warn.called).to.equal(true);
    });

    it('updates when its attributes change', async () => {
      const el = await banner(html`<support-banner message="one" cta-href="https://ostrov.example/"></support-banner>`);
      el.setAttribute('message', 'two');
      await el.updateComplete;
      expect(text(part(el, 'message'))).to.equal('two');
    });

    it('keeps its box, and the focus in it, through an update that changes nothing it shows', async () => {
      const el = await banner(html`<support-banner message="one" cta-href="https://ostrov.example/"></support-banner>`);
      const before = box(el);
      (part(el, 'cta') as HTMLElement).focus();
      el.theme = 'dark';
      el.requestUpdate();
      await el.updateComplete;
      expect(box(el)).to.equal(before);
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'cta'));
      // The built buttons still act: «Закрити» closes it.
      (part(el, 'close') as HTMLElement).click();
      await el.updateComplete;
      expect(box(el)).to.equal(null);
    });

    it('a focused CTA stays the same node, focused, through a theme change; what the box shows changing builds it again', async () => {
      for (const el of [
        await banner(html`<support-banner message="one" cta-href="https://ostrov.example/" campaign="focus-static"></support-banner>`),
        await banner(html`<support-banner .config=${rawConfig({id: 'focus-config'})}></support-banner>`),
      ]) {
        const cta = part(el, 'cta')!;
        cta.focus();
        el.theme = 'dark';
        await el.updateComplete;
        expect(part(el, 'cta'), el.choice!.campaign.id).to.equal(cta);
        expect(el.shadowRoot!.activeElement, el.choice!.campaign.id).to.equal(cta);
        // A new CTA URL is a new box.
        const before = box(el);
        el.noUtm = true;
        await el.updateComplete;
        expect(box(el)).to.not.equal(before);
        expect((part(el, 'cta') as HTMLAnchorElement).href).to.equal(el.choice!.variant.cta.url);
      }
    });
  });

  describe('UTM', () => {
    const href = (el: SupportBanner) => (part(el, 'cta') as HTMLAnchorElement).href;

    it('tags the CTA with the partner’s hostname, the medium, campaign, variant and placement', async () => {
      const el = await banner(html`<support-banner src=${feedUrl(BANNER)} .storage=${withBucket(0.9)}></support-banner>`);
      const u = new URL(href(el));
      expect(u.origin + u.pathname).to.equal('https://ostrov.example/support/');
      expect(Object.fromEntries(u.searchParams)).to.deep.equal({
        utm_source: location.hostname,
        utm_medium: 'support-banner',
        utm_campaign: 'independence-2026',
        utm_content: 'grants-goal',
        utm_term: 'inline',
      });
      const bottom = await banner(html`<support-banner placement="bottom" src=${feedUrl(BANNER)} .storage=${withBucket(0.9)}></support-banner>`);
      expect(new URL(href(bottom)).searchParams.get('utm_term')).to.equal('bottom');
      bottom.remove();
    });

    it('leaves the URL alone with no-utm, or when it already carries UTM parameters', async () => {
      const plain = await banner(html`<support-banner no-utm message="x" cta-href="https://ostrov.example/support/"></support-banner>`);
      expect(href(plain)).to.equal('https://ostrov.example/support/');
      const tagged = 'https://ostrov.example/support/?utm_source=newsletter&utm_campaign=may';
      const kept = await banner(html`<support-banner message="x" cta-href=${tagged}></support-banner>`);
      expect(href(kept)).to.equal(tagged);
    });
  });

  describe('dismissal', () => {
    it('closes with «Закрити», remembers it across a reload, forgets it after dismiss_days', async () => {
      const src = feedUrl(BANNER);
      const el = await banner(html`<support-banner src=${src}></support-banner>`);
      const variant = el.choice!.variant.id;
      part(el, 'close')!.click();
      await el.updateComplete;
      expect(events(el, 'support-banner-dismiss').map((e) => e.detail)).to.deep.equal([
        {reason: 'close', campaign: 'independence-2026', variant},
      ]);
      expect(box(el)).to.equal(null);
      expect(el.getBoundingClientRect().height).to.equal(0);
      // The reader's own close is not also announced as a skip.
      expect(events(el, 'support-banner-skip')).to.deep.equal([]);
      await expect(el).to.be.accessible();
      expect(JSON.parse(localStorage.getItem(KEY)!).d).to.equal(MID + 14 * DAY);

      // "Reload": a new element, the same browser storage, 13 days later.
      page.clock.setSystemTime(MID + 13 * DAY);
      const reloaded = await banner(html`<support-banner src=${src}></support-banner>`);
      expect(box(reloaded)).to.equal(null);
      expect(events(reloaded, 'support-banner-skip').map((e) => e.detail)).to.deep.equal([{reason: 'dismissed'}]);

      page.clock.setSystemTime(MID + 14 * DAY);
      const later = await banner(html`<support-banner src=${src}></support-banner>`);
      expect(box(later)).to.not.equal(null);
      expect(later.choice!.variant.id).to.equal(variant);
    });

    it('hides for a year after «Я вже підтримую»', async () => {
      const storage = memoryStorage();
      const el = await banner(html`<support-banner message="x" cta-href="https://ostrov.example/" campaign="y" .storage=${storage}></support-banner>`);
      part(el, 'already')!.click();
      expect(events(el, 'support-banner-dismiss')[0]!.detail).to.deep.equal({reason: 'already-support', campaign: 'y', variant: 'static'});
      page.clock.setSystemTime(MID + 364 * DAY);
      const hidden = await banner(html`<support-banner message="x" cta-href="https://ostrov.example/" campaign="y" .storage=${storage}></support-banner>`);
      expect(box(hidden)).to.equal(null);
      expect(events(hidden, 'support-banner-skip').map((e) => e.detail)).to.deep.equal([{reason: 'dismissed'}]);
      page.clock.setSystemTime(MID + 365 * DAY);
      expect(box(await banner(html`<support-banner message="x" cta-href="https://ostrov.example/" campaign="y" .storage=${storage}></support-banner>`))).to.not.equal(null);
    });

    it('uses the dismiss-days attribute for a static banner', async () => {
      const storage = memoryStorage();
      const el = await banner(html`<support-banner message="x" cta-href="https://ostrov.example/" dismiss-days="2" .storage=${storage}></support-banner>`);
      part(el, 'close')!.click();
      expect(JSON.parse(storage.get('newsroom-widgets:banner:static')!).d).to.equal(MID + 2 * DAY);
    });

    it('still works, for the page only, when storage throws on access or on write', async () => {
      class FullStorage extends MapStorage {
        override setItem(): void {
          throw new DOMException('quota', 'QuotaExceededError');
        }
      }
      const full = new FullStorage();
      for (const storage of [throwingStorage(), createSafeStorage(() => full)]) {
        const t = () => html`<support-banner message=${SEED_MESSAGE} cta-href="https://ostrov.example/" .storage=${storage}></support-banner>`;
        const el = await banner(t());
        expect(text(part(el, 'message'))).to.equal(SEED_MESSAGE);
        part(el, 'close')!.click();
        await el.updateComplete;
        expect(box(el)).to.equal(null);
        expect(storage.persistent).to.equal(false);
        // Another banner on the same page still knows.
        const again = await banner(t());
        expect(events(again, 'support-banner-skip')[0]!.detail).to.deep.equal({reason: 'dismissed'});
      }
      expect(full.length).to.equal(0);
      expect(localStorage.getItem('newsroom-widgets:banner:static')).to.equal(null);
    });
  });

  describe('views', () => {
    let timers: sinon.SinonFakeTimers;
    beforeEach(() => {
      page.clock.restore();
      // The one-second rule runs on the fake clock; frames (requestAnimationFrame) stay real.
      timers = sinon.useFakeTimers({now: MID, toFake: ['Date', 'setTimeout', 'clearTimeout']});
      page.clock = timers;
    });

    it('fires support-banner-view once, after one continuous second at least half visible', async () => {
      const el = await banner(html`<support-banner message="x" cta-href="https://ostrov.example/" campaign="v"></support-banner>`);
      expect(await until(() => timers.countTimers() > 0), 'timers.countTimers() > 0').to.equal(true);
      timers.tick(999);
      expect(events(el, 'support-banner-view')).to.have.length(0);
      timers.tick(1);
      expect(events(el, 'support-banner-view').map((e) => e.detail)).to.deep.equal([{campaign: 'v', variant: 'static'}]);
      // Out of view and back: still one view per element.
      const spacer = document.createElement('div');
      spacer.style.height = '300vh';
      el.parentElement!.prepend(spacer);
      await frames(5);
      spacer.remove();
      await frames(5);
      timers.tick(5000);
      expect(events(el, 'support-banner-view')).to.have.length(1);
    });

    it('does not count a banner less than half visible, or one that leaves view before the second is up', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="padding-top: calc(100vh - 10px)">
        <support-banner message="x" cta-href="https://ostrov.example/"></support-banner><div style="height: 200vh"></div>
      </div>`);
      const el = await settle(wrapper.querySelector('support-banner')!);
      await frames(5);
      timers.tick(5000);
      expect(events(el, 'support-banner-view')).to.have.length(0);
      // Now fully in view for half a second, then scrolled away.
      el.scrollIntoView();
      // In view, its second starts; out of view, it stops: a banner never timed would pass the count below.
      expect(await until(() => timers.countTimers() > 0), 'the second starts in view').to.equal(true);
      timers.tick(500);
      window.scrollTo(0, 0);
      expect(await until(() => timers.countTimers() === 0), 'the second stops out of view').to.equal(true);
      timers.tick(5000);
      expect(events(el, 'support-banner-view')).to.have.length(0);
    });

    it('caps a campaign at max_views: the next page view skips with reason capped', async () => {
      const storage = memoryStorage();
      const cfg = rawConfig({max_views: {count: 1, days: 30}});
      const el = await banner(html`<support-banner .config=${cfg} .storage=${storage}></support-banner>`);
      expect(await until(() => timers.countTimers() > 0), 'timers.countTimers() > 0').to.equal(true);
      timers.tick(1000);
      expect(events(el, 'support-banner-view')).to.have.length(1);
      // The banner that was just viewed stays on screen, even through a re-render.
      el.message = 'changed';
      await el.updateComplete;
      expect(box(el)).to.not.equal(null);
      expect(events(el, 'support-banner-skip')).to.have.length(0);
      const next = await banner(html`<support-banner .config=${cfg} .storage=${storage}></support-banner>`);
      expect(box(next)).to.equal(null);
      expect(events(next, 'support-banner-skip').map((e) => e.detail)).to.deep.equal([{reason: 'capped'}]);
      timers.setSystemTime(MID + 31 * DAY);
      expect(box(await banner(html`<support-banner .config=${cfg} .storage=${storage}></support-banner>`))).to.not.equal(null);
    });
  });

  describe('events', () => {
    it('announces a CTA click with campaign, variant and href; every event bubbles out composed', async () => {
      const el = await banner(html`<support-banner src=${feedUrl(BANNER)} .storage=${withBucket(0.1)}></support-banner>`);
      el.addEventListener('click', (e) => e.preventDefault()); // stay on the test page
      const cta = part(el, 'cta') as HTMLAnchorElement;
      cta.click();
      expect(events(el, 'support-banner-click').map((e) => e.detail)).to.deep.equal([
        {campaign: 'independence-2026', variant: 'grants', href: cta.href},
      ]);
      part(el, 'close')!.click();
      expect(log.length).to.be.greaterThan(1);
      for (const e of log) expect([e.type, e.bubbles, e.composed]).to.deep.equal([e.type, true, true]);
    });
  });

  describe('placement', () => {
    it('inline: in the page flow; reserve keeps a height while loading, none without it', async () => {
      const stalled = feedUrl(BANNER, {stall: 1});
      const reserved = await fixture<SupportBanner>(html`<support-banner src=${stalled} reserve="120px"></support-banner>`);
      await reserved.updateComplete;
      expect(part(reserved, 'placeholder')!.getBoundingClientRect().height).to.equal(120);
      await expect(reserved).to.be.accessible();
      const bare = await fixture<SupportBanner>(html`<support-banner src=${feedUrl(BANNER, {stall: 1})}></support-banner>`);
      await bare.updateComplete;
      expect(bare.getBoundingClientRect().height).to.equal(0);
      const el = await banner(html`<support-banner src=${feedUrl(BANNER)}></support-banner>`);
      // In the flow (relative only anchors the close button in its corner).
      expect(getComputedStyle(box(el)!).position).to.equal('relative');
      expect(el.getBoundingClientRect().height).to.be.greaterThan(50);
    });

    it('bottom: fixed to the viewport, shifts nothing, keeps focus where it was, closes with Esc', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <input aria-label="search" />
        <support-banner placement="bottom" reserve="200px" src=${feedUrl(BANNER)}></support-banner>
        <p>after</p>
      </div>`);
      const input = wrapper.querySelector('input')!;
      input.focus();
      const after = wrapper.querySelector('p')!;
      const top = after.getBoundingClientRect().top;
      const el = wrapper.querySelector('support-banner')!;
      expect(part(el, 'placeholder'), 'no reserve for an overlay').to.equal(null);
      await settle(el);
      const section = box(el)!;
      expect(getComputedStyle(section).position).to.equal('fixed');
      // It slides in (unless the reader prefers reduced motion); measure where it comes to rest.
      const slides = section.getAnimations();
      expect(slides.map((a) => (a as CSSAnimation).animationName)).to.deep.equal(['slide']);
      slides.forEach((a) => a.finish());
      expect(section.getBoundingClientRect().bottom).to.be.closeTo(window.innerHeight, 1);
      expect(after.getBoundingClientRect().top).to.equal(top);
      expect(document.activeElement).to.equal(input);
      await expect(el).to.be.accessible();

      // Esc in the partner's own field is the partner's.
      input.dispatchEvent(new KeyboardEvent('keydown', {key: 'Escape', bubbles: true, composed: true}));
      expect(box(el)).to.not.equal(null);
      input.blur();
      document.body.dispatchEvent(new KeyboardEvent('keydown', {key: 'Escape', bubbles: true}));
      await el.updateComplete;
      expect(box(el)).to.equal(null);
      expect(events(el, 'support-banner-dismiss')[0]!.detail).to.include({reason: 'escape', campaign: 'independence-2026'});
    });

    it('bottom: Esc while focus is inside the banner closes it; an inline banner ignores Esc', async () => {
      const el = await banner(html`<support-banner placement="bottom" message="x" cta-href="https://ostrov.example/"></support-banner>`);
      part(el, 'cta')!.focus();
      part(el, 'cta')!.dispatchEvent(new KeyboardEvent('keydown', {key: 'Escape', bubbles: true, composed: true}));
      await el.updateComplete;
      expect(box(el)).to.equal(null);
      const inline = await banner(html`<support-banner message="x" cta-href="https://ostrov.example/" campaign="i"></support-banner>`);
      document.body.dispatchEvent(new KeyboardEvent('keydown', {key: 'Escape', bubbles: true}));
      await inline.updateComplete;
      expect(box(inline)).to.not.equal(null);
    });
  });

  it('defines twice without throwing, and under another tag', async () => {
    expect(() => SupportBannerClass.define()).to.not.throw();
    class Renamed extends SupportBannerClass {}
    Renamed.define('ostrov-banner');
    expect(customElements.get('ostrov-banner')).to.equal(Renamed);
    const el = (await fixture(html`<ostrov-banner message="x" cta-href="https://ostrov.example/"></ostrov-banner>`)) as SupportBanner;
    await el.updateComplete;
    expect(text(part(el, 'message'))).to.equal('x');
  });
});
