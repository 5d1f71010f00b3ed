// Item 2 of issue 5: the widgets on a page whose stylesheet (fixtures/hostile.css)
// resets everything with !important. The same widgets on a clean page are the
// reference: inside the shadow roots nothing a reader sees may differ. Driven
// through iframes from the test runner; see harness.ts for why.
import {expect} from '@open-wc/testing';
import {closePages, FEED, feedWithImages, openPage, type Page, PHOTO} from './harness.js';

/** Every inherited property the hostile sheet sets, plus what makes things visible. */
const LOOK = [
  'color',
  'font-family',
  'font-size',
  'font-style',
  'font-weight',
  'line-height',
  'letter-spacing',
  'word-spacing',
  'text-transform',
  'text-align',
  'text-indent',
  'text-shadow',
  'white-space',
  'visibility',
  'display',
  'opacity',
  'background-color',
  'pointer-events',
];

/** What the reader sees and clicks, as paths through the shadow roots. */
const TARGETS: Record<string, string[]> = {
  heading: ['related-articles', '[part~="heading"]'],
  'card title': ['related-articles', '[part~="title"]'],
  'card link': ['related-articles', '[part~="link"]'],
  'card category': ['related-articles', '[part~="category"]'],
  'card date': ['related-articles', '[part~="date"]'],
  'card excerpt': ['related-articles', '[part~="excerpt"]'],
  'card image': ['related-articles', '[part~="image"]'],
  'all link': ['related-articles', '[part~="all-link"]'],
  'lone card link': ['#card', '[part~="link"]'],
  'banner message': ['support-banner', '[part~="message"]'],
  'banner cta': ['support-banner', '[part~="cta"]'],
  'banner close': ['support-banner', '[part~="close"]'],
};
const CLICKABLE = ['card link', 'card category', 'all link', 'lone card link', 'banner cta', 'banner close'];

async function widgetsPage(feed: string, hostile: boolean): Promise<Page> {
  const page = await openPage({
    head: `${hostile ? '<link rel="stylesheet" href="/test/e2e/fixtures/hostile.css">' : ''}
      <script src="/dist/newsroom-widgets.js"></script>`,
    body: `
      <main>
        <p>Partner article text.</p>
        <related-articles src="${feed}" images limit="2" time-zone="Europe/Kyiv"></related-articles>
        <article-card id="card" heading="Окрема стаття" href="https://ostrov.example/a/1" category="Донбас"
          datetime="2026-01-29T14:00:00+02:00" excerpt="Текст" image-src="${FEED}${PHOTO}"></article-card>
        <support-banner message="Раніше «ОстроВ» підтримували грантодавці." cta-label="Підтримати"
          cta-href="https://ostrov.example/support/"></support-banner>
      </main>`,
  });
  await page.events(/^related-articles-load$/, 1);
  await page.until('the banner and images', async (p) => {
    const cta = await p.query(TARGETS['banner cta']!);
    const imgs = await p.query(TARGETS['card image']!, {scroll: true});
    return cta.length === 1 && imgs.length === 2 && imgs.every((i) => i.complete);
  });
  return page;
}

describe('e2e: hostile host CSS', () => {
  afterEach(closePages);

  it('leaves every title, link, button and image looking as on a clean page, and clickable', async () => {
    const feed = await feedWithImages();
    const clean = await widgetsPage(feed, false);
    const hostile = await widgetsPage(feed, true);

    // Control: the hostile sheet did apply to the partner's own content.
    const own = await hostile.query(['main > p'], {styles: ['color', 'font-size']});
    expect(own[0]!.styles).to.deep.equal({color: 'rgb(255, 0, 0)', 'font-size': '5px'});

    for (const [name, path] of Object.entries(TARGETS)) {
      const want = await clean.query(path, {styles: LOOK});
      const got = await hostile.query(path, {styles: LOOK});
      expect(got.length, `${name}: count`).to.equal(want.length);
      expect(got.length, `${name}: count`).to.be.above(0);
      got.forEach((g, i) => {
        expect(g.styles, `${name} #${i}`).to.deep.equal(want[i]!.styles);
        expect(g.rect.width, `${name} #${i} width`).to.be.above(0);
        expect(g.rect.height, `${name} #${i} height`).to.be.above(0);
      });
    }

    // elementFromPoint honours pointer-events, so a hit means a real click lands there.
    for (const name of CLICKABLE) {
      const found = await hostile.query(TARGETS[name]!, {hit: true});
      expect(
        found.map((f) => f.hit),
        `${name} is the element under the pointer`,
      ).to.deep.equal(found.map(() => true));
    }
  });

  it('keeps the bottom bar fixed, on top and clickable', async () => {
    const page = await openPage({
      head: '<link rel="stylesheet" href="/test/e2e/fixtures/hostile.css"><script src="/dist/newsroom-widgets.js"></script>',
      body: `<main>${'<p>Partner text.</p>'.repeat(40)}</main>
        <support-banner placement="bottom" message="Раніше «ОстроВ» підтримували грантодавці." cta-label="Підтримати"
          cta-href="https://ostrov.example/support/"></support-banner>`,
    });
    const bar = await page.until('the bottom bar', async (p) => {
      const found = await p.query(['support-banner', '[part~="container"]'], {styles: ['position', 'visibility']});
      return found.length === 1 && found;
    });
    expect(bar[0]!.styles).to.deep.equal({position: 'fixed', visibility: 'visible'});
    for (const part of ['cta', 'close']) {
      // The bar slides in from below the viewport; a reader clicks once it is there.
      const found = await page.until(`${part} under the pointer`, async (p) => {
        const f = await p.query(['support-banner', `[part~="${part}"]`], {hit: true, styles: ['font-size', 'color']});
        return f.length === 1 && f[0]!.hit === true && f;
      });
      expect(found[0]!.styles['font-size'], part).to.not.equal('5px');
      expect(found[0]!.styles.color, part).to.not.equal('rgb(255, 0, 0)');
    }
  });
});
