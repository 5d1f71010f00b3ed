// Issue 13: themes (the page's color-scheme, theme=…, --newsroom-* overrides), text that scales,
// whole titles, dates a screen reader says as words, one focus ring. Every engine.
import {expect, fixture, html} from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define.js';
import type {ArticleCard} from '../../src/components/article-card/article-card.js';
import type {RelatedArticles} from '../../src/components/related-articles/related-articles.js';
import type {SupportBanner} from '../../src/components/support-banner/support-banner.js';
import {feedUrl, nextEvent, OSTROV, serveDoc, text} from './helpers.js';
import {MID, rawConfig, resetBanner, settle, SEED_MESSAGE} from './banner-helpers.js';

const LONG =
  '«Хочемо максимально зберегти населення України. Це дуже ювелірна робота, тут сокирою не помахаєш». Російські ЗМІ про Україну';

/**
 * The pages: light (nothing declared), dark (declares color-scheme), dark but undeclared with theme="dark",
 * and each forced theme on the other scheme's page (issue 26: the element then paints its own background).
 */
const PAGES = {
  light: {style: 'background: #fff', theme: undefined},
  dark: {style: 'color-scheme: dark; background: #121212', theme: undefined},
  'theme="dark"': {style: 'background: #121212', theme: 'dark'},
  'theme="dark" on a light page': {style: 'background: #fff; color: #1a1a1a', theme: 'dark'},
  'theme="light" on a dark page': {style: 'color-scheme: dark; background: #121212; color: #ececec', theme: 'light'},
  'theme="light" on a light page': {style: 'background: #fff', theme: 'light'},
} as const;

const shadow = (el: Element, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel)!;
const bg = (el: Element) => getComputedStyle(el).backgroundColor;

async function card(attrs = '', style = ''): Promise<ArticleCard> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${style}></div>`);
  // Attributes through innerHTML so each test can pass any set as a string.
  // The first of two same-named attributes wins: the test's own come first.
  wrapper.innerHTML = `<article-card ${attrs} heading="Мистецтво промовчати" href="https://ostrov.example/a/1" category="Донбас"
    category-href="https://ostrov.example/donbas/" datetime="2026-01-29T14:00:00+02:00" time-zone="Europe/Kyiv"
    excerpt="Минулого тижня ЗМІ окупованого Донбасу…"></article-card>`;
  const el = wrapper.firstElementChild as ArticleCard;
  await el.updateComplete;
  return el;
}

describe('themes', () => {
  it('light-dark() is supported in this engine (the palette relies on it)', () => {
    expect(CSS.supports('color', 'light-dark(#000, #fff)')).to.equal(true);
  });

  it('follows the page’s color-scheme; theme forces a palette; --newsroom-* still override', async () => {
    const light = await card();
    expect(bg(shadow(light, 'article'))).to.equal('rgb(255, 255, 255)');
    const dark = await card('', 'color-scheme: dark');
    expect(bg(shadow(dark, 'article'))).to.equal('rgb(31, 31, 31)');
    expect(getComputedStyle(dark).color).to.equal('rgb(236, 236, 236)');
    // `light dark` on the page: the reader's system decides, as for theme="auto".
    const both = await card('', 'color-scheme: light dark');
    const auto = await card('theme="auto"');
    const systemDark = matchMedia('(prefers-color-scheme: dark)').matches;
    const want = systemDark ? 'rgb(31, 31, 31)' : 'rgb(255, 255, 255)';
    expect([bg(shadow(both, 'article')), bg(shadow(auto, 'article'))]).to.deep.equal([want, want]);
    const forcedLight = await card('theme="light"', 'color-scheme: dark');
    expect(bg(shadow(forcedLight, 'article'))).to.equal('rgb(255, 255, 255)');
    const forcedDark = await card('theme="dark"');
    expect(bg(shadow(forcedDark, 'article'))).to.equal('rgb(31, 31, 31)');
    const custom = await card('theme="dark" style="--newsroom-card-background: #003; --newsroom-accent: rgb(255, 200, 0)"');
    expect(bg(shadow(custom, 'article'))).to.equal('rgb(0, 0, 51)');
    expect(getComputedStyle(shadow(custom, '[part~="category"]')).color).to.equal('rgb(255, 200, 0)');
  });

  it('--newsroom-link-color colours the category links and «Всі статті», not the titles; the accent by default', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="--newsroom-link-color: rgb(1, 2, 3)"></div>`);
    wrapper.innerHTML = `<related-articles src="${feedUrl(OSTROV)}"></related-articles>`;
    const list = wrapper.firstElementChild as RelatedArticles;
    await nextEvent(list, 'related-articles-load');
    const color = (sel: string) => getComputedStyle(shadow(list, sel)).color;
    // A title is the element's text colour (--newsroom-title-color).
    expect([color('a[part~="category"]'), color('[part~="all-link"]'), color('[part~="title"] a')]).to.deep.equal([
      'rgb(1, 2, 3)',
      'rgb(1, 2, 3)',
      getComputedStyle(list).color,
    ]);
    const plain = await card('style="--newsroom-accent: rgb(255, 200, 0)"');
    expect(getComputedStyle(shadow(plain, '[part~="category"]')).color).to.equal('rgb(255, 200, 0)');
  });

  it('a category with no URL is text: a click on it opens the article, as anywhere on the card', async () => {
    const el = await card('category-href=""');
    const category = shadow(el, '[part~="category"]');
    expect(category.localName).to.equal('span');
    const box = category.getBoundingClientRect();
    expect(el.shadowRoot!.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)).to.equal(shadow(el, '[part~="link"]'));
    // A category link stays its own target.
    const linked = await card();
    const link = shadow(linked, '[part~="category"]').getBoundingClientRect();
    expect(linked.shadowRoot!.elementFromPoint(link.left + link.width / 2, link.top + link.height / 2)).to.equal(shadow(linked, '[part~="category"]'));
  });

  it('theme is a reflected property on all three elements', async () => {
    for (const tag of ['article-card', 'related-articles', 'support-banner']) {
      const el = document.createElement(tag) as ArticleCard;
      document.body.append(el);
      el.theme = 'dark';
      await el.updateComplete;
      expect(el.getAttribute('theme'), tag).to.equal('dark');
      expect(getComputedStyle(el).colorScheme, tag).to.equal('dark');
      el.remove();
    }
  });

  it('a forced theme draws the list’s heading, link and message on its own canvas (AA on any page)', async () => {
    const rgb = (c: string) => c.match(/[\d.]+/g)!.slice(0, 3).map(Number);
    const luminance = (c: string) =>
      rgb(c)
        .map((v) => v / 255)
        .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
        .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i]!, 0);
    const contrast = (a: string, b: string) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi! + 0.05) / (lo! + 0.05);
    };
    for (const [theme, page] of [
      ['dark', 'background: #fff'],
      ['light', 'color-scheme: dark; background: #121212'],
    ]) {
      for (const category of ['', 'Спорт']) {
        const wrapper = await fixture<HTMLDivElement>(html`<div style=${page}></div>`);
        wrapper.innerHTML = `<related-articles theme="${theme}" category="${category}" src="${feedUrl(OSTROV)}"></related-articles>`;
        const el = wrapper.firstElementChild as RelatedArticles;
        await nextEvent(el, 'related-articles-load');
        await el.updateComplete;
        const canvas = bg(el);
        expect(rgb(canvas).length, `${theme}: an opaque background of its own`).to.equal(3);
        expect(canvas).to.not.match(/rgba\(.*, 0\)/);
        for (const sel of category ? ['[part~="heading"]', '[part~="message"]'] : ['[part~="heading"]', '[part~="all-link"]']) {
          const color = getComputedStyle(shadow(el, sel)).color;
          expect(contrast(color, canvas), `${theme} ${sel}: ${color} on ${canvas}`).to.be.at.least(4.5);
        }
      }
    }
  });

  describe('axe in every state, on a light page, a dark page and with each theme forced on either', function () {
    // Six axe runs per test; WebKit's first, which loads axe, takes longest on a shared machine.
    this.timeout(60_000);
    let clock: sinon.SinonFakeTimers;
    let bannerSrc: string;
    before(async () => {
      const goal = {raised: 182500, target: 300000, currency: 'UAH'};
      const variant = {id: 'v1', heading: 'Незалежна журналістика', message: SEED_MESSAGE, cta: {label: 'Підтримати', url: 'https://ostrov.example/support/'}, goal};
      bannerSrc = await serveDoc(JSON.stringify(rawConfig({languages: ['uk', 'en']}, [variant])));
    });
    beforeEach(() => {
      resetBanner();
      clock = sinon.useFakeTimers({now: MID, toFake: ['Date']});
    });
    afterEach(() => clock.restore());

    for (const [page, {style, theme}] of Object.entries(PAGES)) {
      for (const lang of ['uk', 'en']) {
        it(`${page}, ${lang}: list loading, loaded, empty, error; card; banner with goal`, async () => {
          const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang} style="${style}; padding: 8px"></div>`);
          const list = (src: string, extra = '') => {
            const el = document.createElement('related-articles') as RelatedArticles;
            if (theme) el.setAttribute('theme', theme);
            if (extra) el.setAttribute('category', extra);
            el.src = src;
            wrapper.append(el);
            return el;
          };
          const loading = list(feedUrl(OSTROV, {delay: 3000}));
          await loading.updateComplete;
          expect(shadow(loading, 'section').getAttribute('aria-busy')).to.equal('true');
          await expect(loading).to.be.accessible();
          loading.remove();

          const loaded = list(feedUrl(OSTROV));
          await nextEvent(loaded, 'related-articles-load');
          await expect(loaded).to.be.accessible();
          const empty = list(feedUrl(OSTROV), 'Спорт');
          await nextEvent(empty, 'related-articles-load');
          await empty.updateComplete;
          expect(shadow(empty, '[part="message"]')).to.not.equal(null);
          await expect(empty).to.be.accessible();
          const failed = list(feedUrl('/does-not-exist.json'));
          await nextEvent(failed, 'related-articles-error');
          await failed.updateComplete;
          await expect(failed).to.be.accessible();

          wrapper.insertAdjacentHTML(
            'beforeend',
            `<article-card ${theme ? `theme="${theme}"` : ''} heading="Заголовок" href="https://ostrov.example/a" category="Донбас"
              category-href="https://ostrov.example/d/" datetime="2026-01-29T14:00:00+02:00" excerpt="Текст" sponsored></article-card>`,
          );
          const lone = wrapper.lastElementChild as ArticleCard;
          await lone.updateComplete;
          await expect(lone).to.be.accessible();

          const b = document.createElement('support-banner') as SupportBanner;
          if (theme) b.setAttribute('theme', theme);
          b.src = bannerSrc;
          wrapper.append(b);
          await settle(b);
          expect(shadow(b, '[part~="goal-bar"]'), 'banner with goal shown').to.not.equal(null);
          await expect(b).to.be.accessible();
        });
      }
    }
  });
});

describe('text that scales', () => {
  let root = '';
  beforeEach(() => (root = document.documentElement.style.fontSize));
  afterEach(() => (document.documentElement.style.fontSize = root));

  it('the base size is the reader’s default (medium), not the page’s root size', async () => {
    const probe = document.createElement('div');
    probe.style.fontSize = 'medium';
    document.body.append(probe);
    const medium = getComputedStyle(probe).fontSize;
    probe.remove();
    // A partner's px-rem trick shrinks the root; the widget keeps the reader's size.
    document.documentElement.style.fontSize = '62.5%';
    const el = await card();
    expect(getComputedStyle(el).fontSize).to.equal(medium);
    expect(getComputedStyle(shadow(el, 'article')).paddingTop).to.equal(medium);
  });

  it('every size inside a card and a list grows with the base size (a 24px default: 1.5×)', async () => {
    const measure = async (size: string) => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1200px; --newsroom-font-size: ${size}"></div>`);
      wrapper.innerHTML = `<related-articles src="${feedUrl(OSTROV)}"></related-articles>`;
      const list = wrapper.firstElementChild as RelatedArticles;
      await nextEvent(list, 'related-articles-load');
      const c = list.shadowRoot!.querySelector('article')!;
      const px = (el: Element, prop: string) => parseFloat(getComputedStyle(el).getPropertyValue(prop));
      const q = (s: string) => c.querySelector(s)!;
      return [
        px(q('[part~="title"]'), 'font-size'),
        px(q('[part~="excerpt"]'), 'font-size'),
        px(q('[part~="date"]'), 'font-size'),
        px(c, 'padding-top'),
        px(c, 'row-gap'),
        px(list.shadowRoot!.querySelector('[part="heading"]')!, 'font-size'),
        px(list.shadowRoot!.querySelector('ul')!, 'row-gap'),
        c.getBoundingClientRect().width > 0 ? px(list, 'margin-top') : 0,
      ];
    };
    const small = await measure('16px');
    const large = await measure('24px');
    large.forEach((v, i) => expect(v / small[i]!, `size #${i}`).to.be.closeTo(1.5, 0.01));
  });
});

describe('cards for readers', () => {
  it('a title longer than three lines is shown whole; --newsroom-title-lines clamps it', async () => {
    const el = await card(`heading="${LONG}" style="width: 220px"`);
    const title = shadow(el, '[part~="title"]');
    const line = parseFloat(getComputedStyle(title).lineHeight);
    expect(title.getBoundingClientRect().height / line).to.be.above(3.5);
    expect(title.scrollHeight).to.be.at.most(title.clientHeight + 1);
    el.style.setProperty('--newsroom-title-lines', '2');
    expect(title.getBoundingClientRect().height / line).to.be.closeTo(2, 0.05);
  });

  it('a list’s long title is shown whole too, in a card exactly as tall as its placeholder (no shift)', async () => {
    const src = await serveDoc(
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'T',
        items: [{id: '1', url: 'https://ostrov.example/1', title: LONG, summary: 'Текст статті. '.repeat(30)}],
      }),
      'application/json',
      {delay: 300},
    );
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 400px"><related-articles src=${src} limit="1"></related-articles></div>`);
    const el = wrapper.firstElementChild as RelatedArticles;
    const loading = el.getBoundingClientRect().height;
    expect(el.shadowRoot!.querySelector('.skeleton'), 'placeholder while loading').to.not.equal(null);
    await nextEvent(el, 'related-articles-load');
    const title = el.shadowRoot!.querySelector<HTMLElement>('[part~="title"]')!;
    expect(text(title)).to.equal(LONG);
    expect(title.scrollHeight).to.be.at.most(title.clientHeight + 1);
    expect(title.getBoundingClientRect().height / parseFloat(getComputedStyle(title).lineHeight)).to.be.above(3.5);
    // The excerpt gives up the lines the title took: the list is as tall as while it loaded.
    expect(el.getBoundingClientRect().height).to.be.closeTo(loading, 0.5);
  });

  it('--newsroom-excerpt-lines: 0 hides the excerpt, in a list (whatever room the titles leave) and on a card', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 400px"></div>`);
    const el = Object.assign(document.createElement('related-articles'), {src: feedUrl(OSTROV)});
    // Listening before the element is in: a feed on the same origin can arrive within the fixture's own wait.
    const loaded = nextEvent(el, 'related-articles-load');
    wrapper.append(el);
    await loaded;
    const excerpts = () => [...el.shadowRoot!.querySelectorAll('[part~="excerpt"]')].map((e) => Math.round(e.getBoundingClientRect().height));
    expect(excerpts().every((h) => h > 0), 'shown by default').to.equal(true);
    el.style.setProperty('--newsroom-excerpt-lines', '0');
    expect(excerpts()).to.deep.equal([0, 0, 0]);
    // Without the excerpt's lines to give up, a long title keeps to the box (clamped), never past the card.
    for (const article of el.shadowRoot!.querySelectorAll('article')) {
      const title = article.querySelector('[part~="title"]')!;
      expect(title.getBoundingClientRect().bottom, text(title)).to.be.at.most(article.querySelector('.text')!.getBoundingClientRect().bottom + 1);
    }
    const c = await card();
    c.style.setProperty('--newsroom-excerpt-lines', '0');
    expect(shadow(c, '[part~="excerpt"]').getBoundingClientRect().height).to.equal(0);
  });

  it('title first in the DOM, date and category right after it, shown above it', async () => {
    const el = await card();
    const [first, second] = [...shadow(el, '.text').children];
    expect(first!.getAttribute('part')).to.equal('title');
    expect(second!.className).to.equal('meta');
    expect(second!.getBoundingClientRect().bottom).to.be.at.most(first!.getBoundingClientRect().top + 1);
  });

  it('dates are read as words: the numeric form is hidden from screen readers, the spoken one is not shown', async () => {
    const el = await card();
    const time = shadow(el, 'time');
    expect(time.getAttribute('aria-hidden')).to.equal('true');
    expect(text(shadow(el, '[part~="date"]'))).to.equal('29.01.2026');
    const spoken = shadow(el, '.meta .sr');
    expect(text(spoken)).to.equal('29 січня 2026, 14:00');
    expect(spoken.getBoundingClientRect().width).to.be.at.most(1);
    // What the accessibility tree reads after the title: the date in words, then the category.
    expect(text(shadow(el, '.meta')).startsWith('29 січня 2026, 14:00')).to.equal(true);
  });

  it('English dates: unambiguous for bare en, a regional tag follows its region', async () => {
    const shown = async (lang: string) => {
      const el = await card(`lang="${lang}"`);
      return [text(shadow(el, '[part~="date"]')), text(shadow(el, '[part~="clock"]')), text(shadow(el, '.sr'))];
    };
    expect(await shown('en')).to.deep.equal(['29 Jan 2026', '14:00', '29 January 2026, 14:00']);
    expect(await shown('en-GB')).to.deep.equal(['29 Jan 2026', '14:00', '29 January 2026, 14:00']);
    expect(await shown('en-US')).to.deep.equal(['Jan 29, 2026', '2:00 PM', 'January 29, 2026, 2:00 PM']);
  });

  it('a focused link shows one focus ring: the category its own outline, the title the card’s', async () => {
    const el = await card();
    const article = shadow(el, 'article');
    const category = shadow(el, '[part~="category"]');
    const link = shadow(el, '[part~="link"]');
    category.focus();
    expect(category.matches(':focus-visible'), 'programmatic focus is visible focus here').to.equal(true);
    expect(getComputedStyle(category).outlineStyle).to.equal('solid');
    expect(getComputedStyle(article).boxShadow).to.equal('none');
    expect(getComputedStyle(link, '::after').outlineStyle).to.equal('none');
    link.focus();
    expect(getComputedStyle(link).outlineStyle).to.equal('none');
    expect(getComputedStyle(link, '::after').outlineStyle).to.equal('solid');
    expect(getComputedStyle(category).outlineStyle).to.equal('none');
    link.blur();
  });
});
