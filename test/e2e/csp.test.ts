// Item 1 of issue 5: the script-tag bundle on a partner page with a strict CSP and
// Trusted Types enforced. Driven through iframes from the test runner; see
// harness.ts for why that is the one way the same test runs in all three engines.
import {expect} from '@open-wc/testing';
import {
  bannerConfig,
  closePages,
  FEED,
  feedWithImages,
  openPage,
  PAGES,
  PHOTO,
  problems,
  serveDoc,
  STRICT_CSP,
} from './harness.js';

// Well-formed on purpose: a feed with HTML entities such as &nbsp; makes Chromium
// build a parsererror document with inline styles, which trips style-src-attr
// (reported on issue 5 for the feed layer).
const RSS = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>ОстроВ</title><link>https://ostrov.example/</link><description>RSS</description>
<item><title>Стаття з RSS</title><link>https://ostrov.example/rss/1</link><guid>rss-1</guid>
<description>&lt;p&gt;Опис &lt;b&gt;статті&lt;/b&gt;&lt;/p&gt;</description><pubDate>Thu, 29 Jan 2026 12:00:00 GMT</pubDate><category>Донбас</category></item>
</channel></rss>`;

describe('e2e: strict CSP with Trusted Types', () => {
  afterEach(closePages);

  it('renders all three elements (JSON and RSS feeds, images, banners) without a single violation', async () => {
    const csp = STRICT_CSP();
    const page = await openPage({
      headers: {'Content-Security-Policy': csp},
      body: `
        <related-articles id="json" src="${await feedWithImages()}" images time-zone="Europe/Kyiv">
          <a href="https://ostrov.example/articles/">Статті ОстроВ</a>
        </related-articles>
        <related-articles id="noimg" src="${await feedWithImages('https://cdn.ostrov.example/photo.jpg')}" limit="1"></related-articles>
        <related-articles id="rss" src="${await serveDoc(RSS, {type: 'application/rss+xml'})}"></related-articles>
        <article-card id="card" heading="Окрема стаття" href="https://ostrov.example/a/1" category="Донбас"
          datetime="2026-01-29T14:00:00+02:00" excerpt="Текст" image-src="${FEED}${PHOTO}" image-width="640" image-height="360"></article-card>
        <support-banner id="campaign" src="${await bannerConfig()}"></support-banner>
        <support-banner id="goal" src="${await bannerConfig('grants-goal')}"></support-banner>
        <support-banner id="static" message="Підтримайте нас" cta-label="Підтримати" cta-href="https://ostrov.example/support/"></support-banner>`,
    });

    const results = await page.events(/^related-articles-(load|error)$/, 3);
    expect(results.map((e) => `${e.id}:${e.type}`).sort()).to.deep.equal([
      'json:related-articles-load',
      'noimg:related-articles-load',
      'rss:related-articles-load',
    ]);
    // Without `images` no picture is requested, so a CDN missing from img-src costs nothing.
    expect(await page.query(['#noimg', 'img'])).to.deep.equal([]);

    const links = await page.query(['#json', '[part~="link"]']);
    expect(links).to.have.length(3);
    expect(links[0]!.text).to.match(/^Фейкові перемоги російської армії/);
    // The XML path parses through the `newsroom-widgets` Trusted Types policy.
    const rss = await page.query(['#rss', '[part~="link"]']);
    expect(rss.map((l) => l.text)).to.deep.equal(['Стаття з RSS']);

    // Images are fetched (img-src) and drawn, inside the related list and in the lone card.
    await page.until('images to load', async (p) => {
      const imgs = [...(await p.query(['#json', 'img'], {scroll: true})), ...(await p.query(['#card', 'img'], {scroll: true}))];
      return imgs.length === 4 && imgs.every((i) => i.complete);
    });
    const lone = await page.query(['#card', '[part~="link"]']);
    expect(lone.map((l) => l.text)).to.deep.equal(['Окрема стаття']);

    // The banners: two from configs (connect-src) and one from attributes.
    const ctas = await page.until('both banners', async (p) => {
      const found = await p.query(['support-banner', '[part~="cta"]']);
      return found.length === 3 && found;
    });
    expect(ctas.map((c) => c.text)).to.deep.equal(['Підтримати', 'Підтримати', 'Підтримати']);
    // The goal bar's width is set through the CSSOM, which style-src does not govern.
    const fill = await page.query(['#goal', '[part~="goal-fill"]']);
    expect(fill[0]!.rect.width).to.be.above(0);
    expect((await page.query(['#goal', '[part~="goal-label"]']))[0]!.text).to.match(/182\s?500\s?₴ з 300\s?000\s?₴/);
    const messages = await page.query(['#campaign', '[part~="message"]']);
    expect(messages[0]!.text).to.equal('Раніше «ОстроВ» підтримували грантодавці. Сьогодні нашу незалежність збереже тільки Ваша підтримка');

    const rec = await page.record();
    expect(rec.violations, `violations under ${csp}`).to.deep.equal([]);
    expect(problems(rec)).to.deep.equal([]);
    // The probe sees violations at all: a control that the listener works on this page.
    expect(rec.version).to.be.a('string');
  });

  it('the docs/security.md snippet: the bundle from another origin with integrity and crossorigin', async () => {
    // The feed server plays the CDN here: another origin that sends Access-Control-Allow-Origin.
    const integrity = (await (await fetch(`${FEED}/dist/newsroom-widgets.js.sri?t=${Date.now()}`)).text()).trim();
    const tag = (hash: string) =>
      `<script src="${FEED}/dist/newsroom-widgets.js" integrity="${hash}" crossorigin="anonymous" async></script>`;
    const csp = STRICT_CSP().replace(`script-src ${PAGES}`, `script-src ${PAGES} ${FEED}`);
    const body = `<article-card heading="Окрема стаття" href="https://ostrov.example/a/1"></article-card>`;

    const page = await openPage({head: tag(integrity), body, headers: {'Content-Security-Policy': csp}});
    await page.until('the card', async (p) => (await p.query(['article-card', '[part~="link"]'])).length === 1);
    const rec = await page.record();
    expect(rec.violations).to.deep.equal([]);
    expect(problems(rec)).to.deep.equal([]);

    // Control: a hash that does not match keeps the script out, so the check above is real.
    const wrong = `sha384-${btoa('x'.repeat(48))}`;
    const tampered = await openPage({head: tag(wrong), body, headers: {'Content-Security-Policy': csp}});
    const refused = await tampered.until('the script to be refused', async (p) => {
      const r = await p.record();
      return r.failed.length > 0 && r;
    });
    expect(refused.failed).to.deep.equal([`${FEED}/dist/newsroom-widgets.js`]);
    expect(refused.defines).to.deep.equal({});
  });

  it('the probe does report a violation when the page breaks the policy (control)', async () => {
    // Without this, an empty violation list could just mean the listener never fires.
    const page = await openPage({
      headers: {'Content-Security-Policy': STRICT_CSP()},
      body: `<img src="${PAGES}/test/e2e/fixtures/photo.svg" alt="">`,
    });
    const rec = await page.until('a violation', async (p) => {
      const r = await p.record();
      return r.violations.length > 0 && r;
    });
    expect(rec.violations[0]!.directive).to.equal('img-src');
  });
});
