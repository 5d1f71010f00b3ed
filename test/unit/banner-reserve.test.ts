// Issue 26: a banner's `reserve` fits what it shows. The reserve is the box kept while the config
// loads; once a variant shows, the banner is as tall as its content (no empty band above or below
// the text), and the demo's reserve lies between the fixture variants' heights at 1280 and 390 px.
// Every engine.
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/define.js';
import type {SupportBanner} from '../../src/components/support-banner/support-banner.js';
import {box, resetBanner, until} from './banner-helpers.js';
import {demoFrame, oneVariantConfig} from './demo-frame.js';
import {serveDoc} from './helpers.js';

const FIXTURE = '/test/fixtures/ostrov/banner.json';

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

  for (const width of [1280, 390]) {
    it(`at ${width}px each fixture variant shows with no empty band, and the demo's reserve lies between their heights`, async () => {
      const shown: Record<string, number> = {};
      let reserve = 0;
      for (const variant of ['grants', 'grants-goal']) {
        const {doc, el} = await demoBanner(width, await serveDoc(JSON.stringify(await oneVariantConfig(FIXTURE, variant))));
        const section = box(el)!;
        expect(section.style.minHeight, 'no height forced on the shown banner').to.equal('');
        // No band: the section is its content plus its padding.
        const style = getComputedStyle(section);
        const content = el.shadowRoot!.querySelector('.body')!.getBoundingClientRect().height;
        shown[variant] = section.getBoundingClientRect().height;
        expect(shown[variant], variant).to.be.closeTo(content + parseFloat(style.paddingTop) + parseFloat(style.paddingBottom), 1);
        reserve = resolve(doc, el, el.reserve!);
      }
      // Which variant a reader gets is decided after the config arrives, so one reserve serves both: it is
      // never taller than the taller one nor shorter than the shorter one, so the page below moves by less
      // than the variants differ, whichever shows.
      const heights = Object.values(shown);
      expect(reserve, JSON.stringify({shown, reserve})).to.be.within(Math.min(...heights), Math.max(...heights));
    });
  }

  it('keeps the reserve while loading, then the variant’s own height', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
    const src = await serveDoc(JSON.stringify(await oneVariantConfig(FIXTURE, 'grants')));
    wrapper.innerHTML = `<support-banner reserve="20rem"></support-banner>`;
    const el = wrapper.firstElementChild as SupportBanner;
    el.src = `${src}&delay=300`;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="placeholder"]')!.getBoundingClientRect().height).to.equal(320);
    await until(() => box(el));
    expect(box(el)!.getBoundingClientRect().height).to.be.below(200);
  });
});
