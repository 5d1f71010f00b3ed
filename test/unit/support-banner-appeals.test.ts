// Issue 28's appeals, in the element: what readers see and what the publisher can measure.
import {expect, fixture, html} from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define.js';
import {SupportBanner} from '../../src/components/support-banner/support-banner.js';
import {DAY} from '../../src/campaign/memory.js';
import {banner, bannerTestPage, box, events, memoryStorage, MID, part, rawConfig, settle, spaces, until} from './banner-helpers.js';

const CTA = {label: 'Підтримати', url: 'https://ostrov.example/support/'};

describe('<support-banner> appeals', () => {
  const page = bannerTestPage();

  describe('control group', () => {
    const abConfig = rawConfig({}, [
      {id: 'ask', weight: 1, message: 'Ask', cta: CTA},
      {id: 'none', weight: 1, control: true},
    ]);
    /** Storage whose reader already has a bucket: below 0.5 asks, above is the control. */
    const reader = (bucket: number) => {
      const storage = memoryStorage();
      storage.set('newsroom-widgets:banner:c1', JSON.stringify({b: bucket}));
      return storage;
    };

    it('shows nothing to a reader bucketed into the control, and says so with the campaign and variant', async () => {
      const el = await banner(html`<support-banner lang="uk" .config=${abConfig} .storage=${reader(0.75)}></support-banner>`);
      expect(box(el)).to.equal(null);
      expect(el.state).to.equal('hidden');
      expect(el.shadowRoot!.childElementCount).to.equal(0);
      expect(events(el, 'support-banner-skip').map((e) => e.detail)).to.deep.equal([{reason: 'control', campaign: 'c1', variant: 'none'}]);
      expect(events(el, 'support-banner-view')).to.have.length(0);
    });

    it('asks the other readers, the CTA tagged with campaign, variant and placement', async () => {
      const el = await banner(html`<support-banner lang="uk" .config=${abConfig} .storage=${reader(0.25)}></support-banner>`);
      expect(el.state).to.equal('shown');
      const tags = Object.fromEntries(new URL((part(el, 'cta') as HTMLAnchorElement).href).searchParams);
      expect(tags).to.deep.include({utm_campaign: 'c1', utm_content: 'ask', utm_term: 'inline'});
      expect(events(el, 'support-banner-skip')).to.have.length(0);
    });
  });

  it('keeps its box, and the focus in it, through a config that changes only what the box does not show (a weight)', async () => {
    const weighted = (weight: number) => rawConfig({}, [{id: 'ask', weight, message: 'Ask', cta: CTA}]);
    const el = await banner(html`<support-banner lang="uk" .config=${weighted(1)}></support-banner>`);
    const shown = box(el);
    el.config = weighted(2);
    await el.updateComplete;
    expect(box(el)).to.equal(shown);
    el.config = rawConfig({}, [{id: 'ask', weight: 2, message: 'Ask again', cta: CTA}]);
    await el.updateComplete;
    expect(box(el)).to.not.equal(shown);
    expect(part(el, 'message')!.textContent).to.equal('Ask again');
  });

  describe('supporters and sensitive pages', () => {
    const thanks = {id: 'thanks', audience: 'supporters', variants: [{id: 't', message: 'Дякуємо, що Ви з нами!', cta: CTA}]};
    const askAndThanks = {
      version: 1,
      supporter_days: 30,
      campaigns: [...(rawConfig({id: 'ask', exclude_paths: ['/support/'], exclude_utm_medium: ['email']}).campaigns as unknown[]), thanks],
    };
    const pageUrl = location.href;
    let meta: HTMLMetaElement | undefined;
    afterEach(() => {
      meta?.remove();
      meta = undefined;
      history.replaceState(null, '', pageUrl);
    });

    it('the thank-you page’s supporter meta marks the reader: the ask gives way to the thank-you, on later pages too, until reset', async () => {
      expect((await banner(html`<support-banner lang="uk" .config=${askAndThanks}></support-banner>`)).choice!.campaign.id).to.equal('ask');
      meta = document.head.appendChild(Object.assign(document.createElement('meta'), {name: 'newsroom-widgets', content: 'supporter'}));
      const onThankYouPage = await banner(html`<support-banner lang="uk" .config=${askAndThanks}></support-banner>`);
      expect(onThankYouPage.choice!.campaign.id).to.equal('thanks');
      expect(Number(localStorage.getItem('newsroom-widgets:supporter'))).to.equal(MID);
      meta.remove();
      // A later page, without the meta: the mark is remembered.
      const later = await banner(html`<support-banner lang="uk" .config=${askAndThanks}></support-banner>`);
      expect(part(later, 'message')!.textContent).to.equal('Дякуємо, що Ви з нами!');
      SupportBanner.resetMemory();
      expect(localStorage.getItem('newsroom-widgets:supporter')).to.equal(null);
      expect((await banner(html`<support-banner lang="uk" .config=${askAndThanks}></support-banner>`)).choice!.campaign.id).to.equal('ask');
    });

    it('newsroom-supporter=1 in the URL marks the reader too; with no campaign for supporters nothing shows (skip reason supporter)', async () => {
      history.replaceState(null, '', '?newsroom-supporter=1');
      const askOnly = rawConfig({id: 'ask'});
      const el = await banner(html`<support-banner lang="uk" .config=${askOnly}></support-banner>`);
      expect(box(el)).to.equal(null);
      expect(events(el, 'support-banner-skip').map((e) => e.detail)).to.deep.equal([{reason: 'supporter'}]);
      expect(localStorage.getItem('newsroom-widgets:supporter')).to.equal(String(MID));
    });

    it('skips the paths in exclude_paths and readers from an excluded utm_medium, and says why on the console', async () => {
      const info = sinon.stub(console, 'info');
      history.replaceState(null, '', '/support/monthly?x=1');
      const onSupportPage = await banner(html`<support-banner lang="uk" .config=${askAndThanks}></support-banner>`);
      expect(box(onSupportPage)).to.equal(null);
      expect(events(onSupportPage, 'support-banner-skip').map((e) => e.detail)).to.deep.equal([{reason: 'no-campaign'}]);
      history.replaceState(null, '', `${new URL(pageUrl).pathname}?utm_medium=email&utm_source=newsletter`);
      const fromNewsletter = await banner(html`<support-banner lang="uk" .config=${askAndThanks}></support-banner>`);
      expect(box(fromNewsletter)).to.equal(null);
      expect(events(fromNewsletter, 'support-banner-skip').map((e) => e.detail)).to.deep.equal([{reason: 'no-campaign'}]);
      // One line for the page, however many banners say the same.
      const lines = info.getCalls().map((call) => call.args.join(' '));
      expect(lines).to.deep.equal(['[newsroom-widgets] Banner hidden: "ask" excludes this page; "thanks" is for supporters']);
      info.restore();
      history.replaceState(null, '', `${new URL(pageUrl).pathname}?utm_medium=social`);
      const fromSocial = await banner(html`<support-banner lang="uk" .config=${askAndThanks}></support-banner>`);
      expect(fromSocial.choice!.campaign.id).to.equal('ask');
    });
  });

  describe('each way of closing keeps its own time', () => {
    const remindable = rawConfig({dismiss_days: 7, remind_later: true});
    const cases: [part: string, reason: string, days: number][] = [
      ['close', 'close', 7],
      ['remind', 'remind-later', 3],
      ['already', 'already-support', 365],
    ];
    for (const [name, reason, days] of cases) {
      it(`«${name}» hides the campaign for ${days} days`, async () => {
        const storage = memoryStorage();
        const show = () => banner(html`<support-banner lang="uk" .config=${remindable} .storage=${storage}></support-banner>`);
        const el = await show();
        part(el, name)!.click();
        expect(events(el, 'support-banner-dismiss').map((e) => e.detail.reason)).to.deep.equal([reason]);
        expect(JSON.parse(storage.get('newsroom-widgets:banner:c1')!).d).to.equal(MID + days * DAY);
        page.clock.setSystemTime(MID + days * DAY - 1);
        expect(box(await show())).to.equal(null);
        page.clock.setSystemTime(MID + days * DAY);
        expect(box(await show())).to.not.equal(null);
      });
    }

    it('«Нагадати пізніше» shows only where the campaign offers it, after the CTA, named in the reader’s language; remind_days sets its time', async () => {
      const plain = await banner(html`<support-banner lang="uk" .config=${rawConfig()}></support-banner>`);
      expect(part(plain, 'remind')).to.equal(null);
      const en = await banner(html`<support-banner lang="en" .config=${rawConfig({languages: [], remind_later: true, remind_days: 10})}></support-banner>`);
      const actions = [...part(en, 'actions')!.children].map((child) => child.getAttribute('part'));
      expect(actions).to.deep.equal(['cta', 'remind', 'already']);
      expect(part(en, 'remind')!.textContent).to.equal('Remind me later');
      await expect(en).to.be.accessible();
      part(en, 'remind')!.click();
      expect(JSON.parse(localStorage.getItem('newsroom-widgets:banner:c1')!).d).to.equal(MID + 10 * DAY);
    });
  });

  describe('a goal that is reached', () => {
    const goalConfig = (raised: number, reachedMessage = 'Дякуємо! Ми зібрали все.') =>
      rawConfig({languages: []}, [{id: 'v1', message: 'Ask', cta: CTA, goal: {raised, target: 300000, currency: 'UAH', reached_message: reachedMessage}}]);

    it('shows reached_message in place of the ask once raised reaches the target, the bar full and labelled as reached', async () => {
      const reached = await banner(html`<support-banner lang="uk" .config=${goalConfig(312000)}></support-banner>`);
      expect(part(reached, 'message')!.textContent).to.equal('Дякуємо! Ми зібрали все.');
      expect(part(reached, 'goal-fill')!.style.width).to.equal('100%');
      expect(part(reached, 'goal-bar')!.getAttribute('aria-valuenow')).to.equal('300000');
      // Said once: the bar's value carries the words, the visible label is hidden from readers.
      expect(spaces(part(reached, 'goal-bar')!.getAttribute('aria-valuetext'))).to.equal('Ціль досягнуто! 312 000 ₴ з 300 000 ₴');
      expect(spaces(part(reached, 'goal-label')!.textContent)).to.equal('Ціль досягнуто! 312 000 ₴ з 300 000 ₴');
      await expect(reached).to.be.accessible();
      const short = await banner(html`<support-banner lang="uk" .config=${goalConfig(299999)}></support-banner>`);
      expect(part(short, 'message')!.textContent).to.equal('Ask');
      expect(spaces(part(short, 'goal-label')!.textContent)).to.equal('299 999 ₴ з 300 000 ₴');
    });

    it('labels a reached goal in English too, keeping the ask when there is no reached_message', async () => {
      const noThanks = rawConfig({languages: []}, [{id: 'v1', message: 'Ask', cta: CTA, goal: {raised: 300000, target: 300000, currency: 'UAH'}}]);
      const en = await banner(html`<support-banner lang="en" .config=${noThanks}></support-banner>`);
      expect(part(en, 'message')!.textContent).to.equal('Ask');
      expect(spaces(part(en, 'goal-label')!.textContent)).to.match(/^Goal reached! (UAH|₴) ?300,000 of (UAH|₴) ?300,000$/);
      await expect(en).to.be.accessible();
    });

    it('hide_when_reached: nothing shows once raised reaches the target, and the skip names the campaign and variant', async () => {
      const hiding = (raised: number) =>
        rawConfig({languages: []}, [{id: 'v1', message: 'Ask', cta: CTA, goal: {raised, target: 300000, currency: 'UAH', hide_when_reached: true}}]);
      const hidden = await banner(html`<support-banner lang="uk" .config=${hiding(300000)}></support-banner>`);
      expect(box(hidden)).to.equal(null);
      expect(hidden.state).to.equal('hidden');
      expect(events(hidden, 'support-banner-skip').map((e) => e.detail)).to.deep.equal([{reason: 'goal-reached', campaign: 'c1', variant: 'v1'}]);
      const short = await banner(html`<support-banner lang="uk" .config=${hiding(299999)}></support-banner>`);
      expect(box(short)).to.not.equal(null);
      expect(events(short, 'support-banner-skip')).to.have.length(0);
    });

    it('follows the config: the thank-you once raised crosses the target, and a new thank-you text at once', async () => {
      const el = await banner(html`<support-banner lang="uk" .config=${goalConfig(299000)}></support-banner>`);
      expect(part(el, 'message')!.textContent).to.equal('Ask');
      el.config = goalConfig(300000);
      await el.updateComplete;
      expect(part(el, 'message')!.textContent).to.equal('Дякуємо! Ми зібрали все.');
      // Only reached_message differs: the box must still be built again.
      el.config = goalConfig(300000, 'Дякуємо! Рік роботи редакції оплачено.');
      await el.updateComplete;
      expect(part(el, 'message')!.textContent).to.equal('Дякуємо! Рік роботи редакції оплачено.');
    });
  });

  describe('deadlines', () => {
    const withGoal = (campaign: Record<string, unknown>) =>
      rawConfig({languages: [], ...campaign}, [{id: 'v1', message: 'Ask', cta: CTA, goal: {raised: 182500, target: 300000, currency: 'UAH'}}]);
    const end = new Date(MID + 4.5 * DAY).toISOString();

    it('show_deadline: the days left in the bar’s accessible value once, and beside the amounts, not read again', async () => {
      const el = await banner(html`<support-banner lang="uk" .config=${withGoal({end, show_deadline: true})}></support-banner>`);
      const valueText = spaces(part(el, 'goal-bar')!.getAttribute('aria-valuetext'));
      expect(valueText).to.equal('182 500 ₴ з 300 000 ₴ · Залишилось 5 днів');
      expect(part(el, 'deadline')!.textContent).to.equal('Залишилось 5 днів');
      expect(part(el, 'deadline')!.getAttribute('aria-hidden')).to.equal('true');
      await expect(el).to.be.accessible();
    });

    it('without a goal, on its own line; in English; the plural follows the count; nothing without show_deadline', async () => {
      const noGoal = rawConfig({languages: [], end, show_deadline: true});
      const en = await banner(html`<support-banner lang="en" .config=${noGoal}></support-banner>`);
      expect(part(en, 'deadline')!.textContent).to.equal('5 days left');
      expect(part(en, 'deadline')!.getAttribute('aria-hidden')).to.equal(null);
      page.clock.setSystemTime(MID + 3.75 * DAY);
      const lastDay = await banner(html`<support-banner lang="uk" .config=${noGoal}></support-banner>`);
      expect(part(lastDay, 'deadline')!.textContent).to.equal('Залишилось 1 день');
      page.clock.setSystemTime(MID + 2.5 * DAY);
      const twoDays = await banner(html`<support-banner lang="uk" .config=${noGoal}></support-banner>`);
      expect(part(twoDays, 'deadline')!.textContent).to.equal('Залишилось 2 дні');
      const quiet = await banner(html`<support-banner lang="uk" .config=${withGoal({end})}></support-banner>`);
      expect(part(quiet, 'deadline')).to.equal(null);
      expect(spaces(part(quiet, 'goal-bar')!.getAttribute('aria-valuetext'))).to.equal('182 500 ₴ з 300 000 ₴');
    });
  });

  describe('the end-of-article appeal (placement="epic")', () => {
    const long = rawConfig({}, [{id: 'long', heading: 'Чому ми просимо', message: ['Перший абзац.', 'Другий абзац.', 'Третій абзац.'], cta: CTA}]);
    /** A bottom bar and an epic of the same campaign on one page, in the order given. */
    const barAndEpic = async (order: ['bottom', 'epic'] | ['epic', 'bottom']) => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        ${order.map((placement) => html`<support-banner lang="uk" placement=${placement} .config=${long}></support-banner>`)}
      </div>`);
      const banners = [...wrapper.querySelectorAll('support-banner')];
      return {wrapper, bar: banners[order.indexOf('bottom')]!, epic: banners[order.indexOf('epic')]!};
    };

    it('a heading and every paragraph, larger than the inline banner, the CTA tagged utm_term=epic', async () => {
      const epic = await banner(html`<support-banner lang="uk" placement="epic" .config=${long}></support-banner>`);
      const inline = await banner(html`<support-banner lang="uk" .config=${long}></support-banner>`);
      const paragraphs = (el: SupportBanner) => [...el.shadowRoot!.querySelectorAll('[part~="message"]')].map((p) => p.textContent);
      expect(paragraphs(epic)).to.deep.equal(['Перший абзац.', 'Другий абзац.', 'Третій абзац.']);
      expect(paragraphs(inline)).to.deep.equal(paragraphs(epic));
      const size = (el: SupportBanner, name: string) => parseFloat(getComputedStyle(part(el, name)!).fontSize);
      expect(size(epic, 'heading')).to.be.greaterThan(size(inline, 'heading'));
      expect(size(epic, 'message')).to.be.greaterThan(size(inline, 'message'));
      expect(new URL((part(epic, 'cta') as HTMLAnchorElement).href).searchParams.get('utm_term')).to.equal('epic');
      await expect(epic).to.be.accessible();
    });

    it('counts a view only after its second in view, against its own cap (max_views.epic), not the inline one', async () => {
      page.clock.restore();
      const timers = sinon.useFakeTimers({now: MID, toFake: ['Date', 'setTimeout', 'clearTimeout']});
      page.clock = timers;
      const storage = memoryStorage();
      const capped = rawConfig({max_views: {count: 5, days: 30, epic: {count: 1, days: 7}}});
      const epic = await banner(html`<support-banner lang="uk" placement="epic" .config=${capped} .storage=${storage}></support-banner>`);
      expect(await until(() => timers.countTimers() > 0), 'timers.countTimers() > 0').to.equal(true);
      timers.tick(999);
      expect(storage.get('newsroom-widgets:banner:c1')).to.not.include('"e"');
      timers.tick(1);
      expect(events(epic, 'support-banner-view')).to.have.length(1);
      const stored = JSON.parse(storage.get('newsroom-widgets:banner:c1')!);
      expect([stored.e, stored.v]).to.deep.equal([[MID + 1000], undefined]);
      const next = await banner(html`<support-banner lang="uk" placement="epic" .config=${capped} .storage=${storage}></support-banner>`);
      expect(events(next, 'support-banner-skip').map((e) => e.detail)).to.deep.equal([{reason: 'capped'}]);
      expect(box(await banner(html`<support-banner lang="uk" .config=${capped} .storage=${storage}></support-banner>`))).to.not.equal(null);
      timers.setSystemTime(MID + 8 * DAY);
      expect(box(await banner(html`<support-banner lang="uk" placement="epic" .config=${capped} .storage=${storage}></support-banner>`))).to.not.equal(null);
    });

    it('a bottom bar of the same campaign stays hidden while the epic shows it, and says why; it shows when the epic leaves the page', async () => {
      // The bar comes first in the page, so it decides before the epic shows.
      const {wrapper, bar, epic} = await barAndEpic(['bottom', 'epic']);
      await settle(epic);
      expect(await until(() => events(bar, 'support-banner-skip').length), "events(bar, 'support-banner-skip').length").to.equal(true);
      expect([box(epic)?.className, box(bar), bar.state]).to.deep.equal(['epic', null, 'hidden']);
      expect(events(bar, 'support-banner-skip').map((e) => e.detail)).to.deep.equal([{reason: 'epic-shown', campaign: 'c1', variant: 'long'}]);
      epic.remove();
      expect(await until(() => box(bar)), 'box(bar)').to.equal(true);
      expect(box(bar)!.className).to.equal('bottom');
      // Put back, it shows its campaign again and the bar gives way again.
      wrapper.append(epic);
      expect(await until(() => !box(bar)), '!box(bar)').to.equal(true);
      expect([box(epic)?.className, box(bar), bar.state]).to.deep.equal(['epic', null, 'hidden']);
      // No longer an end-of-article appeal: the bar may show beside an inline banner.
      epic.placement = 'inline';
      expect(await until(() => box(bar)), 'box(bar)').to.equal(true);
      expect([box(epic)?.className, box(bar)?.className]).to.deep.equal(['inline', 'bottom']);
    });

    it('closed by the reader, it leaves the bottom bar hidden: the campaign is dismissed', async () => {
      const {bar, epic} = await barAndEpic(['epic', 'bottom']);
      await settle(epic);
      await settle(bar);
      expect(box(bar)).to.equal(null);
      part(epic, 'close')!.click();
      expect(await until(() => events(bar, 'support-banner-skip').length > 1), "events(bar, 'support-banner-skip').length > 1").to.equal(true);
      expect(events(bar, 'support-banner-skip').map((e) => e.detail.reason)).to.deep.equal(['epic-shown', 'dismissed']);
      expect(box(bar)).to.equal(null);
    });
  });
});
