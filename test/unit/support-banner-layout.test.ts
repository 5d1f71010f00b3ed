import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../src/define.js';
import type {SupportBanner} from '../../src/components/support-banner/support-banner.js';
import {banner, box, part, resetBanner, settle, until} from './banner-helpers.js';
import {demoFrame, oneVariantConfig} from './demo-frame.js';
import {serveDoc} from './helpers.js';

/** The demo's config (demo/feeds/banner.json): one variant, no dates. */
const demoConfig = (variant = 'grants-goal') => oneVariantConfig('/demo/feeds/banner.json', variant);

/**
 * demo/bottom.html in a frame of exactly this viewport, its banner reading the demo's config
 * (longest variant, no dates) from the feed origin.
 */
async function demoPage(width: number, height: number): Promise<{frame: HTMLIFrameElement; doc: Document; banner: SupportBanner}> {
  const doc = await demoFrame('/demo/bottom.html', width, height, await serveDoc(JSON.stringify(await demoConfig())));
  const el = doc.querySelector('support-banner')!;
  await until(() => el.shadowRoot?.querySelector('section') && doc.querySelector('related-articles')?.shadowRoot?.querySelector('a'));
  const section = el.shadowRoot!.querySelector('section')!;
  section.getAnimations().forEach((a) => a.finish());
  return {frame: doc.defaultView!.frameElement as HTMLIFrameElement, doc, banner: el};
}

describe('<support-banner> on phones, at zoom, with the keyboard', () => {
  beforeEach(() => resetBanner());

  // The bound at 390 × 844; on the smallest phone and at 200 % zoom (a 1280 × 900 window) the bar
  // must stay usable: everything in view and at least 45 % of the screen left to the page.
  for (const [width, height, share] of [
    [390, 844, 0.3],
    [320, 568, 0.55],
    [640, 450, 0.55],
  ] as const) {
    it(`the bottom bar with the longest variant takes at most ${share * 100} % of a ${width} × ${height} viewport, everything in view`, async () => {
      const {doc, banner: el} = await demoPage(width, height);
      const bar = box(el)!.getBoundingClientRect();
      expect(bar.height / height, `${bar.height}px of ${height}px`).to.be.at.most(share);
      expect(bar.bottom).to.be.closeTo(height, 1);
      for (const name of ['heading', 'message', 'goal-bar', 'goal-label', 'cta', 'already', 'close']) {
        const r = part(el, name)!.getBoundingClientRect();
        expect(r.left >= 0 && r.right <= doc.documentElement.clientWidth && r.top >= bar.top && r.bottom <= height, name).to.equal(true);
      }
      // The close button covers no text, and the two buttons share a row where they fit.
      const close = part(el, 'close')!.getBoundingClientRect();
      const text = doc.createRange();
      text.selectNodeContents(part(el, 'heading')!);
      for (const r of text.getClientRects()) {
        expect(r.right <= close.left || r.left >= close.right || r.bottom <= close.top || r.top >= close.bottom, 'close button over the heading').to.equal(true);
      }
      if (width >= 390) expect(part(el, 'cta')!.getBoundingClientRect().top).to.be.closeTo(part(el, 'already')!.getBoundingClientRect().top, 8);
    });
  }

  it('with the reader’s font at 200 % and the longest message a config allows, the bar leaves 45 % of a phone’s screen to the page and scrolls: its close button and CTA are reachable', async () => {
    const config = await demoConfig();
    const campaign = (config.campaigns as {id: string; variants: {message: string}[]}[])[0]!;
    campaign.variants[0]!.message = 'Раніше «ОстроВ» підтримували грантодавці. '.repeat(14).slice(0, 600);
    const doc = await demoFrame('/demo/bottom.html', 390, 844, await serveDoc(JSON.stringify(config)));
    // The reader's default font at 32px, as the host's `medium` would be (font-size.test.mjs sets the setting itself).
    doc.documentElement.style.setProperty('--newsroom-font-size', '32px');
    const el = doc.querySelector('support-banner')!;
    await until(() => el.shadowRoot?.querySelector('section'));
    const section = box(el)!;
    section.getAnimations().forEach((a) => a.finish());
    await new Promise(requestAnimationFrame);
    const bar = section.getBoundingClientRect();
    expect(bar.height, `${bar.height}px of 844px`).to.be.at.most(0.55 * 844 + 1);
    expect(bar.bottom).to.be.closeTo(844, 1);
    const close = part(el, 'close')!.getBoundingClientRect();
    expect(close.top >= bar.top && close.bottom <= 844, `close button at ${close.top}px, the bar from ${bar.top}px`).to.equal(true);
    // The rest scrolls within the bar: tabbing to the CTA brings it into view.
    part(el, 'cta')!.focus();
    await new Promise(requestAnimationFrame);
    const cta = part(el, 'cta')!.getBoundingClientRect();
    expect(cta.top >= bar.top && cta.bottom <= 844, `CTA at ${cta.top}–${cta.bottom}px`).to.equal(true);
    // axe runs in this document only: the same bar, scrolling within, here.
    campaign.id = 'long-here';
    const wrapper = await fixture<HTMLElement>(html`<div style="--newsroom-font-size: 32px"><support-banner placement="bottom" .config=${config}></support-banner></div>`);
    const here = await settle(wrapper.querySelector('support-banner')!);
    expect(box(here)!.scrollHeight, 'scrolls within').to.be.above(box(here)!.clientHeight);
    await expect(here).to.be.accessible();
  });

  it('on a wide screen the content is at most 900px wide and centred', async () => {
    const {doc, banner: el} = await demoPage(1400, 700);
    const body = el.shadowRoot!.querySelector('.body')!.getBoundingClientRect();
    expect(body.width).to.be.at.most(900);
    expect(Math.abs(body.left - (doc.documentElement.clientWidth - body.right))).to.be.below(2);
  });

  it('Tab through demo/bottom.html at 390 × 844: no focused element is ever hidden under the bar', async () => {
    const {doc, banner: el} = await demoPage(390, 844);
    const bar = box(el)!;
    (doc.querySelector('a') as HTMLElement).focus();
    const seen: string[] = [];
    // The banner comes last in the page: the walk ends on its close button (one more Tab would leave the frame).
    for (let i = 0; i < 40; i++) {
      let focused = doc.activeElement as Element | null;
      while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
      expect(focused && focused !== doc.body, `focus lost after ${seen.join(', ')}`).to.equal(true);
      // Scrolling into view may be smooth in some engines: let it settle.
      await new Promise(requestAnimationFrame);
      await new Promise(requestAnimationFrame);
      const r = focused!.getBoundingClientRect();
      const inBar = el.shadowRoot!.contains(focused);
      seen.push(`${focused!.localName}${inBar ? ' (bar)' : ''}`);
      if (!inBar) expect(r.bottom, `${focused!.outerHTML.slice(0, 80)} under the bar`).to.be.at.most(bar.getBoundingClientRect().top + 0.5);
      if (focused === part(el, 'close')) break;
      await sendKeys({press: 'Tab'});
    }
    expect(seen.filter((s) => s === 'a').length, `walked: ${seen.join(', ')}`).to.be.at.least(6);
    expect(seen.at(-1), 'reached the bar’s close button').to.equal('button (bar)');
  });

  it('pads and scroll-pads the page for the bar’s height while it shows, over the page’s own values, which it never touches', async () => {
    const html_ = document.documentElement;
    html_.style.scrollPaddingBottom = '7px';
    html_.style.paddingBottom = '3px';
    const applied = () => [getComputedStyle(html_).paddingBottom, getComputedStyle(html_).scrollPaddingBottom];
    const el = await banner(html`<support-banner placement="bottom" message="x" cta-href="https://ostrov.example/"></support-banner>`);
    expect(await until(() => applied()[1] !== '7px'), 'the bar pads the page').to.equal(true);
    const height = box(el)!.getBoundingClientRect().height;
    expect(parseFloat(applied()[0]!)).to.be.closeTo(height, 1);
    expect(parseFloat(applied()[1]!)).to.be.closeTo(height, 1);
    expect([html_.style.paddingBottom, html_.style.scrollPaddingBottom], 'inline values untouched').to.deep.equal(['3px', '7px']);
    part(el, 'close')!.click();
    await el.updateComplete;
    expect(applied()).to.deep.equal(['3px', '7px']);
    html_.style.scrollPaddingBottom = html_.style.paddingBottom = '';
    // Removed from the page while shown: the same.
    const again = await banner(html`<support-banner placement="bottom" message="x" cta-href="https://ostrov.example/" campaign="other"></support-banner>`);
    expect(await until(() => applied()[1] !== 'auto'), 'the second bar pads the page').to.equal(true);
    again.remove();
    expect(applied()).to.deep.equal(['0px', 'auto']);
    // An inline banner leaves the page alone.
    await banner(html`<support-banner message="x" cta-href="https://ostrov.example/" campaign="inline"></support-banner>`);
    expect(applied()).to.deep.equal(['0px', 'auto']);
    expect(html_.getAttribute('style') ?? '').to.equal('');
  });

  describe('focus after closing', () => {
    async function page(placement: string, campaign: string) {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <a href="#before">before</a>
        <support-banner placement=${placement} message="x" cta-href="https://ostrov.example/" campaign=${campaign}></support-banner>
        <button type="button">after</button>
      </div>`);
      const el = await settle(wrapper.querySelector('support-banner')!);
      return {el, after: wrapper.querySelector('button')!};
    }

    for (const [how, placement] of [
      ['close', 'inline'],
      ['close', 'bottom'],
      ['already', 'inline'],
      ['escape', 'bottom'],
    ] as const) {
      it(`${how} (${placement}): focus lands where the banner was, never on <body>, and Tab goes on from there`, async () => {
        const {el, after} = await page(placement, `${how}-${placement}`);
        if (how === 'escape') {
          part(el, 'cta')!.focus();
          await sendKeys({press: 'Escape'});
        } else {
          part(el, how)!.focus();
          await sendKeys({press: 'Enter'});
        }
        await el.updateComplete;
        expect(box(el)).to.equal(null);
        expect(document.activeElement).to.equal(el);
        await sendKeys({press: 'Tab'});
        expect(document.activeElement).to.equal(after);
      });
    }

    it('a script closing the banner while the reader types elsewhere leaves focus alone', async () => {
      const {el} = await page('bottom', 'script');
      const input = document.createElement('input');
      el.before(input);
      input.focus();
      expect(el.state, 'shown before the script closes it').to.equal('shown');
      el.close();
      await el.updateComplete;
      // Closed for real: a close() that did nothing would leave the focus alone too.
      expect(el.state).to.equal('hidden');
      expect(box(el) === null, 'no banner box').to.equal(true);
      expect(document.activeElement).to.equal(input);
    });
  });

  it('heading-level sets the heading element (2 by default; out of range falls back to 2)', async () => {
    const cfg = await demoConfig();
    for (const [level, tag] of [[null, 'H2'], ['3', 'H3'], ['1', 'H1'], ['9', 'H2'], ['x', 'H2']] as const) {
      const el = await banner(html`<support-banner .config=${cfg} heading-level=${level ?? undefined}></support-banner>`);
      expect(part(el, 'heading')!.tagName, String(level)).to.equal(tag);
      await expect(el).to.be.accessible();
    }
  });

  it('the goal bar is one progressbar with a name and a value; the visible amounts are not read a second time', async () => {
    const el = await banner(html`<support-banner .config=${await demoConfig()}></support-banner>`);
    const bar = part(el, 'goal-bar')!;
    expect(bar.getAttribute('role')).to.equal('progressbar');
    expect(bar.getAttribute('aria-label')).to.equal('Зібрано');
    expect(bar.getAttribute('aria-valuetext')!.replace(/\s/g, ' ')).to.equal('182 500 ₴ з 300 000 ₴');
    expect(bar.hasAttribute('aria-labelledby')).to.equal(false);
    expect(part(el, 'goal-label')!.getAttribute('aria-hidden')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('every size grows with the base size (a 24px default: 1.5×): text, buttons, goal bar, padding', async () => {
    const measure = async (size: string) => {
      const config = await demoConfig();
      (config.campaigns as {id: string}[])[0]!.id = `font-${size}`;
      const wrapper = await fixture<HTMLElement>(html`<div style="--newsroom-font-size: ${size}"><support-banner .config=${config}></support-banner></div>`);
      const el = await settle(wrapper.querySelector('support-banner')!);
      const sizes = ['heading', 'message', 'goal-label', 'cta', 'already', 'close'].map((n) => parseFloat(getComputedStyle(part(el, n)!).fontSize));
      const close = part(el, 'close')!.getBoundingClientRect();
      return [...sizes, part(el, 'goal-bar')!.getBoundingClientRect().height, close.width, parseFloat(getComputedStyle(box(el)!).paddingTop)];
    };
    const small = await measure('16px');
    const large = await measure('24px');
    large.forEach((v, i) => expect(v / small[i]!, `size #${i}`).to.be.closeTo(1.5, 0.01));
  });

});
