// Item 7 of issue 5: browser storage that throws. Two ways a partner's reader
// gets there: a sandboxed document (CSP `sandbox allow-scripts`, an opaque origin,
// where the browser itself throws on localStorage) and blocked site data, shown by a
// page script whose storage getters throw. Driven through iframes from the test
// runner; see harness.ts for why.
import {expect} from '@open-wc/testing';
import {bannerConfig, BUNDLE, closePages, feedUrl, openPage, OSTROV, type Page, problems} from './harness.js';

async function body(): Promise<string> {
  return `
    <support-banner id="banner" src="${await bannerConfig()}"></support-banner>
    <related-articles id="feed" src="${feedUrl(OSTROV)}"></related-articles>`;
}

async function bothRender(page: Page): Promise<void> {
  const [event] = await page.events(/^related-articles-(load|error)$/, 1);
  expect(event!.type).to.equal('related-articles-load');
  expect(await page.query(['#feed', 'li:not(.skeleton) > [part~="card"]'])).to.have.length(3);
  const cta = await page.until('the banner', async (p) => {
    const found = await p.query(['#banner', '[part~="cta"]']);
    return found.length === 1 && found;
  });
  expect(cta[0]!.text).to.equal('Підтримати');
  // Closing still works: the dismissal is kept in memory for the page.
  await page.ask('click', {path: ['#banner', '[part~="close"]']});
  const [dismissed] = await page.events(/^support-banner-dismiss$/, 1);
  expect(dismissed!.detail.reason).to.equal('close');
  await page.until('the banner to go', async (p) => (await p.query(['#banner', '[part~="container"]'])).length === 0);
  expect(problems(await page.record())).to.deep.equal([]);
}

describe('e2e: storage blocked', () => {
  afterEach(closePages);

  it('in a sandboxed page, where the browser throws on localStorage, the banner and the articles render', async () => {
    const page = await openPage({body: await body(), headers: {'Content-Security-Policy': 'sandbox allow-scripts'}});
    expect(await page.ask('storage')).to.match(/^throws /);
    await bothRender(page);
  });

  it('with site data blocked (storage getters throw), the banner and the articles render', async () => {
    const page = await openPage({head: `<script src="/test/e2e/fixtures/block-storage.js"></script>${BUNDLE}`, body: await body()});
    expect(await page.ask('storage')).to.equal('throws SecurityError');
    await bothRender(page);
  });
});
