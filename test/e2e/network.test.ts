// Items 4 and 5 of issue 5: a feed without a CORS header, and publishers'
// servers misbehaving for real (scripts/feed-server.mjs), against the built
// bundle on a partner page. Driven through iframes from the test runner; see
// harness.ts for why. Every fault ends in the documented error state
// (`related-articles-error` with `detail.kind`, the fallback children shown),
// with one console error naming the URL and nothing thrown into the page.
import {expect} from '@open-wc/testing';
import {BANNER, closePages, EXPOSING, feedUrl, openPage, OSTROV, type Page, requestCount} from './harness.js';

const FALLBACK = (id: string) => `<a class="fallback" href="https://ostrov.example/articles/">Статті ОстроВ (${id})</a>`;

/** The error state as a reader sees it: no cards, the partner's fallback link shown in their place. */
async function showsFallback(page: Page, id: string): Promise<void> {
  const slot = await page.query([`#${id}`, 'slot']);
  expect(slot.map((s) => s.assigned), `${id}: the fallback is slotted`).to.deep.equal([['a']]);
  const link = await page.query([`#${id} > a.fallback`]);
  expect(link[0]!.rect.height, `${id}: the fallback is laid out`).to.be.above(0);
  expect(await page.query([`#${id}`, 'li:not(.skeleton) > [part~="card"]']), `${id}: no cards`).to.deep.equal([]);
  const section = await page.query([`#${id}`, 'section']);
  expect(section[0]!.attrs['aria-busy']).to.equal('false');
}

describe('e2e: feed without a CORS header', () => {
  afterEach(closePages);

  it('shows the fallback and prints one console message naming the URL and the missing header', async () => {
    const src = feedUrl(OSTROV, {nocors: 1});
    const page = await openPage({body: `<related-articles id="feed" src="${src}">${FALLBACK('feed')}</related-articles>`});
    const [event] = await page.events(/^related-articles-error$/, 1);
    expect(event!.detail.kind).to.equal('network');
    await showsFallback(page, 'feed');
    const rec = await page.record();
    const about = rec.console.filter((c) => c.text.includes(src));
    expect(about, JSON.stringify(rec.console)).to.have.length(1);
    expect(about[0]!.level).to.equal('error');
    expect(about[0]!.text).to.include('Access-Control-Allow-Origin');
    expect(rec.errors).to.deep.equal([]);
  });
});

describe('e2e: faulty feed servers', () => {
  afterEach(closePages);

  it('500, 404, 429, a stall, HTML, truncated JSON and 5 MB each end in their documented state', async function () {
    // The stall is cut by the default 8 s timeout; everything else is quicker. All run side by side.
    this.timeout(40_000);
    const faults = {
      e500: {src: feedUrl(OSTROV, {status: 500}), kind: 'http', status: 500, attempts: 3},
      e404: {src: feedUrl(OSTROV, {status: 404}), kind: 'http', status: 404, attempts: 1},
      // Retry-After longer than the widgets wait, from a publisher that exposes the header
      // to cross-origin pages: the error shows at once and the server is not asked again.
      e429: {src: `${EXPOSING}/feed.json?status=429&retry-after=120&t=${Date.now()}`, kind: 'http', status: 429, attempts: 1},
      // The same from scripts/feed-server.mjs, which does not expose Retry-After: Chromium and
      // WebKit cannot read it (not a CORS-safelisted header), Firefox does; the bounded
      // backoff still stops after two retries.
      e429hidden: {src: feedUrl(OSTROV, {status: 429, 'retry-after': 120}), kind: 'http', status: 429, attempts: [1, 3]},
      stall: {src: feedUrl(OSTROV, {delay: 20_000}), kind: 'timeout', status: undefined, attempts: 1},
      html: {src: feedUrl(OSTROV, {html: 1}), kind: 'not-a-feed', status: undefined, attempts: 1},
      truncated: {src: feedUrl(OSTROV, {truncate: 700}), kind: 'parse', status: undefined, attempts: 1},
      huge: {src: feedUrl(OSTROV, {size: 5 * 1024 * 1024}), kind: 'too-large', status: 200, attempts: 1},
    };
    const page = await openPage({
      body: Object.entries(faults)
        .map(([id, f]) => `<related-articles id="${id}" src="${f.src}">${FALLBACK(id)}</related-articles>`)
        .join('\n'),
    });
    const events = await page.events(/^related-articles-(load|error)$/, Object.keys(faults).length, 30_000);
    const rec = await page.record();
    for (const [id, f] of Object.entries(faults)) {
      const mine = events.filter((e) => e.id === id);
      expect(mine.map((e) => e.type), id).to.deep.equal(['related-articles-error']);
      expect(mine[0]!.detail.kind, `${id}: kind`).to.equal(f.kind);
      expect(mine[0]!.detail.status, `${id}: status`).to.equal(f.status);
      await showsFallback(page, id);
      expect(await requestCount(f.src), `${id}: requests`).to.be.oneOf(([] as number[]).concat(f.attempts));
      const said = rec.console.filter((c) => c.text.includes(f.src));
      expect(said.map((c) => c.level), `${id}: one console error naming the URL`).to.deep.equal(['error']);
    }
    expect(rec.errors, 'uncaught errors').to.deep.equal([]);
  });

  it('a server that recovers after a 503 is retried and the cards appear', async () => {
    const src = feedUrl(OSTROV, {status: 503, fail: 1});
    const page = await openPage({body: `<related-articles id="feed" src="${src}">${FALLBACK('feed')}</related-articles>`});
    const [event] = await page.events(/^related-articles-(load|error)$/, 1);
    expect(event!.type).to.equal('related-articles-load');
    expect(await page.query(['#feed', 'li:not(.skeleton) > [part~="card"]'])).to.have.length(3);
    expect(await requestCount(src)).to.equal(2);
    expect((await page.record()).errors).to.deep.equal([]);
  });
});

describe('e2e: the banner against a faulty config server', () => {
  afterEach(closePages);

  it('no CORS header, 500, HTML and truncated JSON: nothing shown, skip with reason error, one console error each', async function () {
    this.timeout(40_000);
    const faults = {
      nocors: feedUrl(BANNER, {nocors: 1}),
      e500: feedUrl(BANNER, {status: 500}),
      html: feedUrl(BANNER, {html: 1}),
      truncated: feedUrl(BANNER, {truncate: 300}),
    };
    const page = await openPage({
      body: Object.entries(faults)
        .map(([id, src]) => `<support-banner id="${id}" src="${src}" reserve="9rem"></support-banner>`)
        .join('\n'),
    });
    const events = await page.events(/^support-banner-(skip|view)$/, Object.keys(faults).length, 30_000);
    const rec = await page.record();
    for (const [id, src] of Object.entries(faults)) {
      const mine = events.filter((e) => e.id === id);
      expect(mine.map((e) => [e.type, e.detail.reason]), id).to.deep.equal([['support-banner-skip', 'error']]);
      // No empty box is left behind: neither the banner nor the reserved placeholder.
      expect(await page.query([`#${id}`, 'section']), `${id}: no banner`).to.deep.equal([]);
      expect(await page.query([`#${id}`, '[part~="placeholder"]']), `${id}: no placeholder`).to.deep.equal([]);
      const said = rec.console.filter((c) => c.text.includes(src));
      expect(said.map((c) => c.level), `${id}: one console error naming the URL`).to.deep.equal(['error']);
    }
    expect(rec.console.find((c) => c.text.includes(faults.nocors))!.text).to.include('Access-Control-Allow-Origin');
    expect(rec.errors, 'uncaught errors').to.deep.equal([]);
  });
});
