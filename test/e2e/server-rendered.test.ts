// Issue 24 through the real script-tag bundle on partner pages (see harness.ts): server-rendered
// elements adopted by the bundle, a declarative root that arrives after the definition, and the
// feed preloaded beside the script, fetched once.
import {expect} from '@open-wc/testing';
import {renderArticleCard, renderRelatedArticles} from '../../src/server/render.js';
import {BUNDLE, closePages, feedUrl, openPage, OSTROV, PAGES, problems, requestCount} from './harness.js';

const CARDS = ['related-articles', 'li'];

/** The page origin's hostname: what the bundle writes as utm_source there. */
const site = new URL(PAGES).hostname;

/** The server's HTML for `src`, from the same feed read at another URL (the page's own request stays the only one for `src`). */
async function serverHtml(src: string): Promise<string> {
  const feed = await (await fetch(feedUrl(OSTROV))).text();
  return renderRelatedArticles({src, feed, 'time-zone': 'Europe/Kyiv'}, {site});
}

describe('e2e: server-rendered elements and the script tag', () => {
  afterEach(closePages);

  it('the bundle adopts server-rendered cards: the same nodes, events fire, nothing logged', async () => {
    const src = feedUrl(OSTROV);
    const card = renderArticleCard({href: 'https://ostrov.example/a/1', heading: 'Окрема', datetime: '2026-01-29T14:00:00+02:00', 'time-zone': 'Europe/Kyiv'}, {site});
    // No script yet: the page as a reader without JavaScript gets it.
    const page = await openPage({head: '', body: `${await serverHtml(src)}\n${card}`});
    expect(await page.ask('markNodes', {name: 'cards', path: CARDS})).to.equal(3);
    expect(await page.ask('markNodes', {name: 'card', path: ['article-card', '[part~="card"]']})).to.equal(1);
    await page.ask('loadScript', {src: `${PAGES}/dist/newsroom-widgets.js`});
    await page.events(/^related-articles-load$/, 1);
    await page.until('the element defined', async (p) => (await p.record()).version);
    expect(await page.ask('sameNodes', {name: 'cards', path: CARDS}), 'the same card nodes').to.equal(true);
    expect(await page.ask('sameNodes', {name: 'card', path: ['article-card', '[part~="card"]']})).to.equal(true);
    expect(await page.query(['related-articles', 'section'])).to.have.length(1);
    expect(await requestCount(src)).to.equal(1);
    expect(problems(await page.record())).to.deep.equal([]);
  });

  it('a definition before the parser reaches the declarative root: one list, the server’s template gone', async () => {
    const src = feedUrl(OSTROV);
    // BUNDLE is a blocking script in <head>: the elements are defined when the parser creates them.
    const page = await openPage({head: BUNDLE, body: `${await serverHtml(src)}<p id="after">after</p>`});
    await page.events(/^related-articles-load$/, 1);
    expect(await page.query(['related-articles > template'])).to.have.length(0);
    expect(await page.query(['related-articles', 'section'])).to.have.length(1);
    expect(await page.query(CARDS)).to.have.length(3);
    expect(problems(await page.record())).to.deep.equal([]);
  });

  it('a feed preloaded beside the script is fetched once: the element’s request uses the preload', async () => {
    const src = feedUrl(OSTROV);
    const page = await openPage({
      head: `<link rel="preload" as="fetch" crossorigin="anonymous" href="${src}">\n<script async src="/dist/newsroom-widgets.js"></script>`,
      body: `<related-articles src="${src}"></related-articles>`,
    });
    await page.events(/^related-articles-load$/, 1);
    expect(await page.query(CARDS)).to.have.length(3);
    expect(await requestCount(src), 'requests for the feed').to.equal(1);
    expect(problems(await page.record())).to.deep.equal([]);
  });
});
