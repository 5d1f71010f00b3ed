// Issue 26: what readers see in the cards. Excerpts end on a whole line (with «…» where cut),
// three cards never sit 2 + 1, and an item without an image shows the feed's icon or its category
// in the image box. Every engine.
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/define.js';
import type {ArticleCard} from '../../src/components/article-card/article-card.js';
import type {RelatedArticles} from '../../src/components/related-articles/related-articles.js';
import {parseJsonFeed} from '../../src/feed/json-feed.js';
import {parseXmlFeed} from '../../src/feed/xml-feed.js';
import {renderRelatedArticles} from '../../src/server/render.js';
import {cardItemsMarkup, listMarkup} from '../../src/components/related-articles/list-markup.js';
import {relatedArticlesStyles} from '../../src/components/related-articles/related-articles.styles.js';
import {h} from '../../src/components/dom.js';
import {nextEvent, serveDoc, serveJsonFeed, text} from './helpers.js';

const EXCERPT = 'Минулого тижня ЗМІ окупованого Донбасу щосили намагалися згладити гостроту деяких проблем. '.repeat(6);
const TITLES = [
  'Коротко',
  'Мистецтво промовчати і майстерність не договорювати',
  'Мистецтво промовчати і майстерність не договорювати. Огляд ЗМІ окупованого Донбасу за тиждень',
  '«Хочемо максимально зберегти населення України. Це дуже ювелірна робота, тут сокирою не помахаєш». Російські ЗМІ про Україну і про все інше, що трапилося',
];

const item = (n: number, title: string, extra: Record<string, unknown> = {}) => ({
  id: String(n),
  url: `https://ostrov.example/a/${n}`,
  title,
  summary: EXCERPT,
  date_published: `2026-01-2${n}T10:00:00+02:00`,
  _newsroom: {category: 'Донбас'},
  ...extra,
});

/** A list at this width, its feed requested: the element (its placeholders up) and its first load. */
async function startList(src: string, width: number, attrs = ''): Promise<{el: RelatedArticles; loaded: Promise<unknown>}> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px; font-size: 16px"></div>`);
  wrapper.innerHTML = `<related-articles ${attrs}></related-articles>`;
  const el = wrapper.firstElementChild as RelatedArticles;
  const loaded = nextEvent(el, 'related-articles-load');
  el.src = src;
  await el.updateComplete;
  return {el, loaded};
}

async function list(src: string, width: number, attrs = ''): Promise<RelatedArticles> {
  const {el, loaded} = await startList(src, width, attrs);
  await loaded;
  await el.updateComplete;
  return el;
}

const all = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];

/**
 * What a reader sees of a list card's title and excerpt, each clipped by its own box: the lines of each
 * (in the excerpt's line height, which is the title's too), the lines shown, and any line cut through.
 */
function visibleText(article: Element): {excerptLines: number; titleLines: number; shown: number; cutThrough: number} {
  const excerpt = article.querySelector<HTMLElement>('[part~="excerpt"]')!;
  const title = article.querySelector<HTMLElement>('[part~="title"]')!;
  const lineHeight = parseFloat(getComputedStyle(excerpt).lineHeight);
  const lines = (el: Element) => el.getBoundingClientRect().height / lineHeight;
  let shown = 0;
  let cutThrough = 0;
  for (const el of [title, excerpt]) {
    const clip = el.getBoundingClientRect().bottom;
    const range = document.createRange();
    range.selectNodeContents(el);
    const tops = new Set<number>();
    for (const r of range.getClientRects()) {
      if (r.height === 0 || r.top >= clip - 0.5) continue;
      if (r.bottom > clip + 0.5) cutThrough++;
      else tops.add(Math.round(r.top));
    }
    shown += tops.size;
  }
  return {excerptLines: lines(excerpt), titleLines: lines(title), shown, cutThrough};
}

/** Whether the excerpt's text ends below its box (cut), and whether its «…» is drawn on its last line. */
function excerptEnd(excerpt: HTMLElement): {cut: boolean; ellipsisOnLastLine: boolean} {
  const text = excerpt.firstChild!;
  const end = document.createRange();
  end.setStart(text, text.textContent!.trimEnd().length - 1);
  end.setEnd(text, text.textContent!.trimEnd().length);
  const cut = end.getBoundingClientRect().top >= excerpt.getBoundingClientRect().bottom - 0.5;
  // The «…» sits at the bottom of a float as tall as the box; the cover that hides it starts where the
  // text ends, so it is shown exactly when the text is cut.
  const before = getComputedStyle(excerpt, '::before');
  const ellipsisOnLastLine = before.content === '"…"' && Math.abs(parseFloat(before.height) - excerpt.clientHeight) < 0.5;
  return {cut, ellipsisOnLastLine};
}

describe('excerpts end on a whole line', () => {
  for (const width of [1280, 750, 390]) {
    it(`in a list at ${width}px: whatever the title's length, whole lines, «…» where cut, no shift`, async () => {
      const src = await serveJsonFeed(TITLES.slice(1, 4).map((t, i) => item(i + 1, t)));
      const el = await list(src, width, 'limit="3"');
      const articles = all(el, 'article');
      expect(articles).to.have.length(3);
      const heights = new Set<number>();
      for (const article of articles) {
        const seen = visibleText(article);
        const what = JSON.stringify(seen);
        expect(seen.cutThrough, `no line cut through its letters: ${what}`).to.equal(0);
        // The excerpt's visible height is whole lines: the ones a title (whole up to five) leaves of six.
        expect(Math.abs(seen.excerptLines - Math.round(seen.excerptLines)), what).to.be.below(0.05);
        expect(Math.abs(seen.titleLines - Math.round(seen.titleLines)), what).to.be.below(0.05);
        expect(Math.round(seen.titleLines) + Math.round(seen.excerptLines), what).to.equal(6);
        expect(seen.shown, what).to.equal(6);
        expect(Math.round(seen.excerptLines), `an excerpt line beside any title: ${what}`).to.be.at.least(1);
        // Six repeats of a sentence never fit: the excerpt is cut and its last line ends with «…».
        const excerpt = article.querySelector<HTMLElement>('[part~="excerpt"]')!;
        expect(excerptEnd(excerpt)).to.deep.equal({cut: true, ellipsisOnLastLine: true});
        // The cover starts where the text ends, below the box here: the «…» stays uncovered.
        expect(parseFloat(getComputedStyle(excerpt, '::after').top), what).to.be.at.least(excerpt.clientHeight - 0.5);
        expect(getComputedStyle(excerpt).maskImage ?? 'none').to.equal('none');
        heights.add(Math.round(article.getBoundingClientRect().height));
      }
      expect(heights.size, 'every card one height').to.equal(1);
    });
  }

  it('a short excerpt that fits shows no «…»: the card’s colour covers it from the text’s end', async () => {
    const src = await serveJsonFeed([item(1, TITLES[0]!, {summary: 'Коротко.'})]);
    const el = await list(src, 390, 'limit="1"');
    const excerpt = all(el, '[part~="excerpt"]')[0]!;
    expect(excerptEnd(excerpt).cut).to.equal(false);
    const after = getComputedStyle(excerpt, '::after');
    expect(after.position).to.equal('absolute');
    expect(after.backgroundColor).to.equal(getComputedStyle(all(el, 'article')[0]!).backgroundColor);
    // The cover starts on the text's (only) line, so it reaches the «…» at that line's end.
    expect(parseFloat(after.top)).to.be.below(parseFloat(getComputedStyle(excerpt).lineHeight));
  });
  it('a click on the excerpt, its «…» or its cover is the title link’s (the whole card is the link)', async () => {
    const src = await serveJsonFeed([item(1, TITLES[1]!), item(2, TITLES[0]!, {summary: 'Коротко.'})]);
    const el = await list(src, 390, 'limit="2"');
    const excerpts = all(el, '[part~="excerpt"]');
    expect(excerpts).to.have.length(2);
    for (const excerpt of excerpts) {
      const box = excerpt.getBoundingClientRect();
      // Its middle, and its last line's end, where the «…» or the cover is.
      for (const [x, y] of [[box.left + box.width / 2, box.top + box.height / 2], [box.right - 4, box.bottom - 4]] as const) {
        const hit = el.shadowRoot!.elementFromPoint(x, y);
        expect(hit?.matches('[part~="link"]'), `${x},${y}: ${hit?.outerHTML.slice(0, 60)}`).to.equal(true);
      }
    }
  });

  it('a list keeps the placeholders’ height with titles of one to six lines', async () => {
    const src = await serveJsonFeed(TITLES.map((t, i) => item(i + 1, t)), {});
    const slow = await serveDoc(
      JSON.stringify({version: 'https://jsonfeed.org/version/1.1', title: 'T', items: TITLES.map((t, i) => item(i + 1, t))}),
      'application/json',
      {delay: 400},
    );
    for (const url of [slow, src]) {
      const {el, loaded} = await startList(url, 300, 'limit="4"');
      // Both feeds are new to the loader, so the list is still loading here: no placeholder is a failure, not a skipped check.
      const placeholder = el.shadowRoot!.querySelector('.skeleton article');
      expect(placeholder, 'a placeholder card while loading').to.not.equal(null);
      const before = placeholder!.getBoundingClientRect().height;
      expect(before).to.be.above(0);
      await loaded;
      const cards = all(el, 'article');
      expect(cards, 'the four cards of limit="4"').to.have.length(4);
      for (const article of cards) {
        expect(article.getBoundingClientRect().height).to.be.closeTo(before, 0.5);
        const seen = visibleText(article);
        expect(seen.cutThrough, 'no line cut through its letters').to.equal(0);
        expect(Math.abs(seen.excerptLines - Math.round(seen.excerptLines))).to.be.below(0.05);
        // A title of up to five lines is whole; a longer one ends on the fifth, with the clamp's «…»; the
        // excerpt keeps at least a line.
        const title = article.querySelector<HTMLElement>('[part~="title"]')!;
        expect(Math.round(seen.titleLines)).to.be.at.most(5);
        if (seen.titleLines < 4.5) expect(title.scrollHeight, text(title)).to.be.at.most(title.clientHeight + 1);
        expect(Math.round(seen.excerptLines)).to.equal(6 - Math.round(seen.titleLines));
      }
    }
  });

  it('focusing a long, clamped title keeps the card’s text in place (nothing scrolls inside the card)', async () => {
    const src = await serveJsonFeed([item(1, TITLES[3]!)]);
    const el = await list(src, 230, 'limit="1"');
    const textBox = all(el, '.text')[0]!;
    const title = textBox.querySelector<HTMLElement>('[part~="title"]')!;
    const top = title.getBoundingClientRect().top;
    textBox.querySelector('a')!.focus();
    await new Promise(requestAnimationFrame);
    expect(textBox.scrollTop).to.equal(0);
    expect(title.getBoundingClientRect().top).to.equal(top);
  });

  it('the meta line is one line in a list: what does not fit is hidden whole, never a sponsored label', async () => {
    const src = await serveJsonFeed([item(1, TITLES[0]!, {_newsroom: {category: 'Суспільство', sponsored: true}})]);
    const el = await list(src, 230, 'limit="1"');
    const meta = all(el, '.meta')[0]!;
    const box = meta.getBoundingClientRect();
    const sponsored = meta.querySelector('[part~="sponsored"]')!.getBoundingClientRect();
    expect(sponsored.top >= box.top - 0.5 && sponsored.bottom <= box.bottom + 0.5, 'the sponsored label is on the line').to.equal(true);
    // Nothing of a wrapped item shows: each item is wholly inside the line or wholly below it.
    for (const child of meta.querySelectorAll(':scope > :not(.sr)')) {
      const r = child.getBoundingClientRect();
      expect(r.bottom <= box.bottom + 0.5 || r.top >= box.bottom - 0.5, child.textContent!).to.equal(true);
    }
    expect(box.bottom).to.be.at.most(all(el, '[part~="title"]')[0]!.getBoundingClientRect().top);
  });

  it('a focused category link in the one-line meta shows its whole focus ring', async () => {
    const src = await serveJsonFeed([item(1, TITLES[0]!, {_newsroom: {category: 'Донбас', category_url: 'https://ostrov.example/d/'}})]);
    const el = await list(src, 390, 'limit="1"');
    const box = all(el, '.meta')[0]!.getBoundingClientRect();
    // The ring is 2px wide, 2px outside the link: it must lie inside the line's clip.
    const category = all(el, '[part~="category"]')[0]!;
    category.focus();
    expect(getComputedStyle(category).outlineStyle).to.equal('solid');
    const ring = category.getBoundingClientRect();
    expect(ring.top - 4 >= box.top - 0.5 && ring.bottom + 4 <= box.bottom + 0.5 && ring.left - 4 >= box.left - 0.5, 'ring inside the clip').to.equal(true);
    category.blur();
  });

  it('a standalone card: the excerpt box is a whole number of lines, clamped with «…»', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`);
    wrapper.innerHTML = `<article-card heading="Заголовок" href="https://ostrov.example/a" excerpt="${EXCERPT}"></article-card>`;
    const card = wrapper.firstElementChild as ArticleCard;
    await card.updateComplete;
    const excerpt = card.shadowRoot!.querySelector<HTMLElement>('[part~="excerpt"]')!;
    const lines = excerpt.clientHeight / parseFloat(getComputedStyle(excerpt).lineHeight);
    expect(lines).to.be.closeTo(3, 0.05);
    expect(excerpt.scrollHeight).to.be.above(excerpt.clientHeight);
    expect(getComputedStyle(excerpt).getPropertyValue('-webkit-line-clamp')).to.equal('3');
  });
});

describe('columns that leave no card alone', () => {
  const columns = (el: Element) =>
    new Set(all(el, 'li').map((li) => Math.round(li.getBoundingClientRect().left))).size;

  it('three cards: three columns at 750px, one at 600px; never two', async () => {
    const src = await serveJsonFeed(TITLES.slice(0, 3).map((t, i) => item(i + 1, t)));
    expect(columns(await list(src, 750, 'limit="3"'))).to.equal(3);
    expect(columns(await list(src, 1000, 'limit="3"'))).to.equal(3);
    expect(columns(await list(src, 600, 'limit="3"'))).to.equal(1);
    expect(columns(await list(src, 390, 'limit="3"'))).to.equal(1);
  });

  it('four cards: two columns or one, never three', async () => {
    const src = await serveJsonFeed(TITLES.map((t, i) => item(i + 1, t)));
    expect(columns(await list(src, 1000, 'limit="4"'))).to.equal(2);
    expect(columns(await list(src, 750, 'limit="4"'))).to.equal(2);
    expect(columns(await list(src, 390, 'limit="4"'))).to.equal(1);
  });

  it('two cards: two columns side by side from 464px', async () => {
    const src = await serveJsonFeed(TITLES.slice(0, 2).map((t, i) => item(i + 1, t)));
    expect(columns(await list(src, 750, 'limit="2"'))).to.equal(2);
    expect(columns(await list(src, 390, 'limit="2"'))).to.equal(1);
  });
});

describe('an item without an image, in a list with images', () => {
  const ICON = 'https://ostrov.example/icon.png';
  const pixel = 'data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==';

  it('shows the feed’s icon on a tinted box; an item with its own image keeps it', async () => {
    // The list's cards, from the one card builder with the feed's icon in their options, in a shadow root
    // with the list's stylesheets.
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 750px"></div>`);
    const root = wrapper.attachShadow({mode: 'open'});
    root.adoptedStyleSheets = relatedArticlesStyles.map((sheet) => sheet.styleSheet!);
    const options = {lang: 'uk', headingLevel: 3, image: true, reserveImage: true, icon: ICON};
    const {items} = parseJsonFeed({version: 'https://jsonfeed.org/version/1.1', items: [item(1, TITLES[0]!), item(2, TITLES[1]!, {image: 'https://ostrov.example/photo.jpg'})]}, ICON).feed;
    root.append(listMarkup(h, cardItemsMarkup(h, items, options)));
    // Newest first: the item with its own image (the 22nd) is the first card.
    const [second, first] = [...root.querySelectorAll('.media')];
    const icon = first!.querySelector('img')!;
    expect(icon.getAttribute('src')).to.equal(ICON);
    expect(icon.className).to.equal('icon');
    expect(icon.alt, 'decoration: the card says what it is').to.equal('');
    expect(second!.querySelector('img')!.getAttribute('part')).to.equal('image');
    expect(second!.querySelector('img')!.getAttribute('src')).to.equal('https://ostrov.example/photo.jpg');
    // A tint of the accent, not the placeholders' grey, behind the icon.
    const tint = getComputedStyle(first!).backgroundColor;
    expect(tint).to.not.equal('rgb(238, 238, 238)');
    expect(tint).to.not.equal(getComputedStyle(first!.closest('article')!).backgroundColor);
    const iconBox = icon.getBoundingClientRect();
    const box = first!.getBoundingClientRect();
    expect(Math.abs(iconBox.left + iconBox.width / 2 - (box.left + box.width / 2)), 'centred').to.be.below(1);
  });

  it('the element passes its feed’s icon to its cards: an item without an image shows it', async () => {
    const doc = {version: 'https://jsonfeed.org/version/1.1', title: 'T', icon: ICON, items: [item(1, TITLES[0]!), item(2, TITLES[1]!, {image: 'https://ostrov.example/photo.jpg'})]};
    const src = await serveDoc(JSON.stringify(doc), 'application/json');
    const el = await list(src, 750, 'images limit="2"');
    const icons = all(el, 'img.icon');
    expect(icons.map((icon) => icon.getAttribute('src'))).to.deep.equal([ICON]);
    expect(all(el, 'span.icon')).to.deep.equal([]);
    expect(all(el, 'img[part~="image"]').map((image) => image.getAttribute('src'))).to.deep.equal(['https://ostrov.example/photo.jpg']);
  });

  it('shows the category on the box when the feed has no icon, hidden from screen readers (the meta line says it)', async () => {
    const src = await serveJsonFeed([item(1, TITLES[0]!), item(2, TITLES[1]!, {image: 'https://ostrov.example/photo.jpg'})]);
    const el = await list(src, 750, 'images limit="2"');
    const [photo, media] = all(el, '.media') as [HTMLElement, HTMLElement];
    const label = media.querySelector('span.icon')!;
    expect(label.textContent).to.equal('Донбас');
    expect(label.getAttribute('aria-hidden')).to.equal('true');
    expect(media.querySelector('img')).to.equal(null);
    // The image box of the card beside it, whose image is the same 16:9 box.
    expect(media.getBoundingClientRect().height).to.be.closeTo(photo.getBoundingClientRect().height, 0.5);
    expect(media.getBoundingClientRect().height).to.be.above(media.getBoundingClientRect().width / 2);
    expect(getComputedStyle(media).backgroundColor).to.not.equal('rgb(238, 238, 238)');
    // The word is no link: a click on it reaches the title's stretched link, as anywhere on the card.
    const box = label.getBoundingClientRect();
    const hit = el.shadowRoot!.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    expect(hit).to.equal(media.closest('article')!.querySelector('[part~="title"] a'));
  });

  it('placeholders keep the image box: the cards replace them without a shift', async () => {
    const doc = {version: 'https://jsonfeed.org/version/1.1', title: 'T', icon: pixel, items: [item(1, TITLES[1]!), item(2, TITLES[2]!, {image: pixel})]};
    const slow = await serveDoc(JSON.stringify(doc), 'application/json', {delay: 400});
    const {el, loaded} = await startList(slow, 750, 'images limit="2"');
    const placeholder = el.shadowRoot!.querySelector('.skeleton .media')!;
    const before = [placeholder.getBoundingClientRect().height, el.getBoundingClientRect().height];
    await loaded;
    // data: URLs are not http(s): the icon is dropped and the category shows instead.
    expect(all(el, 'span.icon').map((s) => s.textContent)).to.deep.equal(['Донбас', 'Донбас']);
    expect([all(el, '.media')[0]!.getBoundingClientRect().height, el.getBoundingClientRect().height]).to.deep.equal(before);
  });

  it('the server renderer writes the same boxes: the icon, else the category', async () => {
    const feed = (extra: object) =>
      JSON.stringify({version: 'https://jsonfeed.org/version/1.1', title: 'T', items: [item(1, TITLES[0]!)], ...extra});
    const src = 'https://ostrov.example/feeds/articles.json';
    const withIcon = await renderRelatedArticles({src, feed: feed({icon: '/icon.png'}), images: true});
    expect(withIcon).to.contain('<div class="media"><img loading="lazy" decoding="async" class="icon" alt="" src="https://ostrov.example/icon.png">');
    const without = await renderRelatedArticles({src, feed: feed({}), images: true});
    expect(without).to.contain('<div class="media"><span class="icon" aria-hidden="true">Донбас</span></div>');
  });

  it('the feed’s icon from each format, checked as any URL: JSON Feed icon/favicon, RSS <image>, Atom <logo>/<icon>', () => {
    const base = 'https://ostrov.example/feeds/x';
    const json = (extra: object) => parseJsonFeed({version: 'https://jsonfeed.org/version/1.1', items: [], ...extra}, base).feed.icon;
    expect(json({icon: '/i.png', favicon: '/f.ico'})).to.equal('https://ostrov.example/i.png');
    expect(json({favicon: 'f.ico'})).to.equal('https://ostrov.example/feeds/f.ico');
    expect(json({icon: 'javascript:alert(1)'})).to.equal(undefined);
    expect(json({})).to.equal(undefined);
    const rss = parseXmlFeed(
      '<rss version="2.0"><channel><title>T</title><link>https://ostrov.example/</link><image><url>/logo.png</url><title>T</title><link>https://ostrov.example/</link></image></channel></rss>',
      base,
    ).feed;
    expect(rss.icon).to.equal('https://ostrov.example/logo.png');
    const rdf = parseXmlFeed(
      '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel rdf:about="x"><title>T</title></channel><image rdf:about="x"><url>https://ostrov.example/r.png</url></image></rdf:RDF>',
      base,
    ).feed;
    expect(rdf.icon).to.equal('https://ostrov.example/r.png');
    const atom = (children: string) => parseXmlFeed(`<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>${children}</feed>`, base).feed.icon;
    expect(atom('<icon>/favicon.ico</icon><logo>/logo.svg</logo>')).to.equal('https://ostrov.example/logo.svg');
    expect(atom('<icon>/favicon.ico</icon>')).to.equal('https://ostrov.example/favicon.ico');
    expect(atom('<logo>data:image/png;base64,AAAA</logo>')).to.equal(undefined);
    expect(atom('')).to.equal(undefined);
  });
});
