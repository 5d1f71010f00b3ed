import {expect, waitUntil} from '@open-wc/testing';
import {ELEMENT_CSS} from '../../src/server/styles.js';
import {parseFeed} from '../../src/feed/parse.js';
import {renderArticleCard, renderRelatedArticles} from '../../src/server/render.js';
import {feedUrl, OSTROV} from './helpers.js';

/**
 * Server-rendered HTML as a reader without JavaScript gets it: a page in an iframe sandboxed without
 * `allow-scripts` (no script runs in it, ours included), same-origin so the test can look inside.
 */
async function pageWithoutScripts(body: string, head = ''): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-same-origin');
  frame.style.cssText = 'width: 900px; height: 700px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.srcdoc = `<!doctype html><html lang="uk"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
  document.body.append(frame);
  await loaded;
  return frame.contentDocument!;
}

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return btoa(String.fromCharCode(...new Uint8Array(digest)));
}

const heading = (doc: Document) => doc.querySelector('related-articles')!.shadowRoot!.querySelector<HTMLElement>('[part="heading"]')!;

describe('server-rendered HTML with scripts off', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('shows the list and a card: styled, with their links and spoken dates, no element defined', async () => {
    const src = feedUrl(OSTROV);
    const feed = await (await fetch(src)).text();
    const list = await renderRelatedArticles({src, feed, 'time-zone': 'Europe/Kyiv'}, {site: 'partner.example'});
    const card = renderArticleCard({href: 'https://ostrov.example/a/1', heading: 'Окрема стаття', datetime: '2026-01-29T14:00:00+02:00', 'time-zone': 'Europe/Kyiv'});
    const doc = await pageWithoutScripts(list + card);
    expect(doc.defaultView!.customElements.get('related-articles'), 'nothing ran').to.equal(undefined);
    const root = doc.querySelector('related-articles')!.shadowRoot!;
    expect(root, 'the declarative shadow root').to.not.equal(null);
    const links = [...root.querySelectorAll<HTMLAnchorElement>('[part~="link"]')];
    expect(links).to.have.length(3);
    expect(links[0]!.href).to.match(/^https:\/\/ostrov\.example\/articles\/2026\/01\/29\/stupak-plany-rf\?utm_source=partner\.example&/);
    expect(root.querySelector('.sr')!.textContent).to.equal('29 січня 2026, 14:00');
    expect(root.querySelector('[part="all-link"]')!.getAttribute('href')).to.equal('https://ostrov.example/articles/');
    // The element's own styles apply: the heading's weight, the cards laid out in a grid, the fallback hidden.
    expect(getComputedStyle(heading(doc)).fontWeight).to.equal('800');
    expect(getComputedStyle(root.querySelector('ul')!).display).to.equal('grid');
    expect(doc.querySelector('related-articles > a')!.getBoundingClientRect().height, 'fallback link not shown').to.equal(0);
    const cardRoot = doc.querySelector('article-card')!.shadowRoot!;
    expect(cardRoot.querySelector('[part~="link"]')!.textContent).to.equal('Окрема стаття');
    expect(cardRoot.querySelector('[part~="clock"]')!.textContent).to.equal('14:00');
  });

  it('under a strict CSP: the inline style by its published sha256, or the shipped stylesheet by {href}', async () => {
    const src = feedUrl(OSTROV);
    const feed = await (await fetch(src)).text();
    const hash = await sha256(ELEMENT_CSS['related-articles']);
    const published = (await (await fetch('/dist/styles/hashes.json')).json())['style-src']['related-articles'];
    expect(published).to.equal(`'sha256-${hash}'`);
    const csp = (styleSrc: string) => `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${styleSrc}">`;

    const inline = await renderRelatedArticles({src, feed});
    expect(getComputedStyle(heading(await pageWithoutScripts(inline, csp(published)))).fontWeight).to.equal('800');
    // The same page with another hash: the style is refused, so the check above means something.
    expect(getComputedStyle(heading(await pageWithoutScripts(inline, csp(`'sha256-${btoa('x'.repeat(32))}'`)))).fontWeight).not.to.equal('800');

    const linked = await renderRelatedArticles({src, feed}, {styles: {href: `${location.origin}/dist/styles/related-articles.css`}});
    const doc = await pageWithoutScripts(linked, csp(location.origin));
    // The stylesheet may still be on its way when the frame's load event fires.
    await waitUntil(() => getComputedStyle(heading(doc)).fontWeight === '800', 'the linked stylesheet applies');
  });

  it('a hostile feed through the server renderer: no element or handler from it, and the output parses to the feed’s text', async () => {
    const titles = ['<img src=x onerror="window.hacked=1">', '</template></related-articles><script>window.hacked=2</script>', '" onmouseover="window.hacked=3', '&lt;b&gt; & ‘quotes’ <!-- comment -->'];
    const feed = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: '<svg onload=alert(1)>',
      home_page_url: 'javascript:alert(1)',
      items: titles.map((title, i) => ({id: String(i), url: `https://ostrov.example/a/${i}?q="><script>`, title, summary: title, tags: ['<i>x</i>']})),
    });
    const html = await renderRelatedArticles({src: 'https://ostrov.example/feed.json', feed, limit: 4, heading: '<b>Статті</b>'});
    const doc = await pageWithoutScripts(html);
    const host = doc.querySelector('related-articles')!;
    const root = host.shadowRoot!;
    expect(doc.querySelectorAll('related-articles')).to.have.length(1);
    expect(host.querySelectorAll('template'), 'the template became the shadow root').to.have.length(0);
    const made = [...root.querySelectorAll('*')].map((el) => el.localName);
    expect(made.filter((tag) => !['style', 'section', 'h2', 'ul', 'li', 'article', 'div', 'h3', 'a', 'p', 'span', 'footer'].includes(tag))).to.deep.equal([]);
    const handlers = [...root.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.name)).filter((name) => name.startsWith('on'));
    expect(handlers).to.deep.equal([]);
    expect(root.querySelector('[part="heading"]')!.textContent).to.equal('<b>Статті</b>');
    // Each title and excerpt reads as the text the browser's own reading of the feed gives.
    const model = parseFeed(feed, 'https://ostrov.example/feed.json').feed.items;
    expect([...root.querySelectorAll('[part~="title"]')].map((h) => h.textContent)).to.deep.equal(model.map((item) => item.title));
    expect([...root.querySelectorAll('[part~="excerpt"]')].map((p) => p.textContent)).to.deep.equal(model.map((item) => item.summary));
    expect(model[1]!.title).to.equal(titles[1]);
    expect([...root.querySelectorAll('a')].every((a) => /^https:\/\/ostrov\.example\//.test(a.getAttribute('href')!))).to.equal(true);
    expect((window as {hacked?: number}).hacked).to.equal(undefined);
  });
});
