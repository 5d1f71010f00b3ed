// Issue 26: a banner's `reserve` fits what it shows. The reserve is the box kept while the config
// loads; once a variant shows, the banner is as tall as its content (no empty band above or below
// the text), and the demo's reserve is close to each fixture variant's height at 1280 and 390 px.
// Every engine.
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/define.js';
import type {SupportBanner} from '../../src/components/support-banner/support-banner.js';
import {box, part, resetBanner, until} from './banner-helpers.js';
import {demoFrame} from './demo-frame.js';
import {serveDoc} from './helpers.js';

/** The fixture config with one variant and no schedule, so the test never depends on today's date. */
async function oneVariant(variant: string): Promise<string> {
  const config = await (await fetch('/test/fixtures/ostrov/banner.json')).json();
  for (const c of config.campaigns) {
    delete c.start;
    delete c.end;
    delete c.max_views;
    c.variants = c.variants.filter((v: {id: string}) => v.id === variant);
  }
  return serveDoc(JSON.stringify(config));
}

/** demo/index.html in a frame of this viewport width, its inline banner reading `src`. */
async function demoBanner(width: number, src: string): Promise<{doc: Document; el: SupportBanner}> {
  const doc = await demoFrame('/demo/index.html', width, 900, src);
  const el = doc.querySelector<SupportBanner>('support-banner:not([placement])')!;
  await until(() => el.shadowRoot?.querySelector('section'));
  box(el)!.getAnimations().forEach((a) => a.finish());
  return {doc, el};
}

/** A CSS height where the banner is, in px. */
function resolve(doc: Document, el: Element, height: string): number {
  const probe = doc.createElement('div');
  probe.style.height = height;
  el.after(probe);
  const px = probe.getBoundingClientRect().height;
  probe.remove();
  return px;
}

describe('<support-banner> reserve', function () {
  this.timeout(30_000);
  beforeEach(() => resetBanner());

  for (const variant of ['grants', 'grants-goal']) {
    for (const width of [1280, 390]) {
      it(`the demo's reserve is within two lines of variant ${variant} at ${width}px, which shows with no empty band`, async () => {
        const {doc, el} = await demoBanner(width, await oneVariant(variant));
        const section = box(el)!;
        expect(section.style.minHeight, 'no height forced on the shown banner').to.equal('');
        // No band: the section is its content plus its padding.
        const style = getComputedStyle(section);
        const content = el.shadowRoot!.querySelector('.body')!.getBoundingClientRect().height;
        const shown = section.getBoundingClientRect().height;
        expect(shown).to.be.closeTo(content + parseFloat(style.paddingTop) + parseFloat(style.paddingBottom), 1);
        // One reserve serves both variants (which one a reader gets is decided after the config
        // arrives), and they are four lines apart on a phone: it sits between them, so either moves
        // the text below by about two lines at most (the rounding of two fonts' line boxes aside).
        const reserve = resolve(doc, el, el.reserve!);
        const line = parseFloat(getComputedStyle(part(el, 'message')!).lineHeight);
        expect(Math.abs(shown - reserve), `${variant}: ${shown}px shown, ${reserve}px reserved`).to.be.at.most(2 * line + 2);
      });
    }
  }

  it('keeps the reserve while loading, then the variant’s own height', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
    const src = await oneVariant('grants');
    wrapper.innerHTML = `<support-banner reserve="20rem"></support-banner>`;
    const el = wrapper.firstElementChild as SupportBanner;
    el.src = `${src}&delay=300`;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="placeholder"]')!.getBoundingClientRect().height).to.equal(320);
    await until(() => box(el));
    expect(box(el)!.getBoundingClientRect().height).to.be.below(200);
  });
});
