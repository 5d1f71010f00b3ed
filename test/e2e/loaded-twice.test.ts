// Item 3 of issue 5: the script tag twice, the ES build imported beside it, and a
// second version of the bundle. Driven through iframes from the test runner; see
// harness.ts for why. The other version is the same bundle built with another
// __NEWSROOM_VERSION__ by scripts/page-server.mjs (/alt/newsroom-widgets.js).
import {expect} from '@open-wc/testing';
import {bannerConfig, BUNDLE, closePages, feedUrl, openPage, OSTROV, type Page, problems, STRICT_CSP} from './harness.js';

const ALT = '<script src="/alt/newsroom-widgets.js"></script>';
const TAGS = ['article-card', 'related-articles', 'support-banner'];

/** Lit (its ReactiveElement, the one dependency) and the ES build resolved the way a partner without a bundler would: an import map. */
const ES_BUILD = `<script type="importmap">${JSON.stringify({
  imports: {
    '@lit/reactive-element': '/node_modules/@lit/reactive-element/reactive-element.js',
    '@lit/reactive-element/': '/node_modules/@lit/reactive-element/',
  },
})}</script>
<script type="module">import '/dist/define.js'; document.documentElement.dataset.es = 'ran';</script>`;

async function body(): Promise<string> {
  return `
    <related-articles src="${feedUrl(OSTROV)}"></related-articles>
    <article-card heading="Окрема стаття" href="https://ostrov.example/a/1"></article-card>
    <support-banner src="${await bannerConfig()}"></support-banner>`;
}

/** Everything rendered: three cards, the lone card, the banner's CTA. */
async function rendered(page: Page): Promise<void> {
  await page.events(/^related-articles-load$/, 1);
  await page.until('all widgets', async (p) => {
    const cards = await p.query(['related-articles', '[part~="link"]']);
    const lone = await p.query(['body > article-card', '[part~="link"]']);
    const cta = await p.query(['support-banner', '[part~="cta"]']);
    return cards.length === 3 && lone.length === 1 && cta.length === 1;
  });
}

const ours = (page: Awaited<ReturnType<Page['record']>>) => page.console.filter((c) => c.text.includes('[newsroom-widgets]'));

describe('e2e: loaded twice', () => {
  afterEach(closePages);

  it('the same script tag twice: no error, each tag defined once, no warning', async () => {
    const page = await openPage({head: BUNDLE + BUNDLE, body: await body()});
    await rendered(page);
    const rec = await page.record();
    expect(problems(rec)).to.deep.equal([]);
    expect(rec.defines).to.deep.equal(Object.fromEntries(TAGS.map((t) => [t, 1])));
    expect(ours(rec)).to.deep.equal([]);
  });

  it('twice under the strict CSP: Lit’s and our Trusted Types policies may be created twice', async () => {
    const page = await openPage({head: BUNDLE + BUNDLE, body: await body(), headers: {'Content-Security-Policy': STRICT_CSP()}});
    await rendered(page);
    const rec = await page.record();
    expect(problems(rec)).to.deep.equal([]);
    expect(rec.violations).to.deep.equal([]);
    expect(rec.defines).to.deep.equal(Object.fromEntries(TAGS.map((t) => [t, 1])));
  });

  it('the script tag and the ES build of the same version: no error, no warning', async () => {
    const page = await openPage({head: BUNDLE + ES_BUILD, body: await body()});
    await rendered(page);
    // The module runs after the page is parsed: wait until it has tried to register.
    await page.until('the ES build to run', async (p) => (await p.query(['html[data-es="ran"]'])).length === 1);
    const rec = await page.record();
    expect(problems(rec)).to.deep.equal([]);
    expect(rec.defines).to.deep.equal(Object.fromEntries(TAGS.map((t) => [t, 1])));
    expect(ours(rec)).to.deep.equal([]);
  });

  it('two versions: the first wins, one warning names both versions, all widgets render', async () => {
    const page = await openPage({head: BUNDLE + ALT, body: await body()});
    await rendered(page);
    const rec = await page.record();
    expect(problems(rec)).to.deep.equal([]);
    expect(rec.defines).to.deep.equal(Object.fromEntries(TAGS.map((t) => [t, 1])));
    const warnings = ours(rec);
    expect(warnings, JSON.stringify(warnings)).to.have.length(1);
    expect(warnings[0]!.level).to.equal('warn');
    expect(warnings[0]!.text).to.include(rec.version!).and.to.include('9.9.9-e2e');
    expect(rec.version).to.not.equal('9.9.9-e2e');
  });
});
