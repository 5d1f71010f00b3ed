import {expect, fixture, html} from '@open-wc/testing';
import '../../src/define.js';
import type {ArticleCard} from '../../src/components/article-card/article-card.js';
import {text} from './helpers.js';

const part = (el: ArticleCard, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);

describe('<article-card> on its own', () => {
  it('renders every attribute', async () => {
    const el = await fixture<ArticleCard>(html`<article-card
      heading="Мистецтво промовчати"
      href="/articles/1"
      excerpt="Минулого тижня ЗМІ окупованого Донбасу…"
      category="Донбас"
      category-href="https://ostrov.example/donbas/"
      datetime="2026-01-25T13:00:00+02:00"
      time-zone="Europe/Kyiv"
      image-src="https://ostrov.example/img/1.jpg"
      image-alt="Фото"
      image-width="800"
      image-height="450"
      heading-level="4"
      link-target="_blank"
      sponsored
      no-utm
    ></article-card>`);
    expect(text(part(el, 'title'))).to.equal('Мистецтво промовчати');
    expect(part(el, 'title')!.tagName).to.equal('H4');
    const link = part(el, 'link') as HTMLAnchorElement;
    expect(link.href).to.equal(new URL('/articles/1', document.baseURI).href);
    expect([link.target, link.rel]).to.deep.equal(['_blank', 'sponsored noopener']);
    expect(text(part(el, 'excerpt'))).to.equal('Минулого тижня ЗМІ окупованого Донбасу…');
    expect((part(el, 'category') as HTMLAnchorElement).href).to.equal('https://ostrov.example/donbas/');
    expect(text(part(el, 'date'))).to.equal('25.01.2026');
    expect(text(part(el, 'clock'))).to.equal('13:00');
    expect(part(el, 'time')!.getAttribute('datetime')).to.equal('2026-01-25T11:00:00.000Z');
    const img = part(el, 'image') as HTMLImageElement;
    expect([img.alt, img.getAttribute('width'), img.getAttribute('height'), img.loading]).to.deep.equal(['Фото', '800', '450', 'lazy']);
    expect(text(part(el, 'sponsored'))).to.equal('Партнерський матеріал');
    await expect(el).to.be.accessible();
  });

  it('the item property wins over the attributes', async () => {
    const el = await fixture<ArticleCard>(html`<article-card heading="From attributes"></article-card>`);
    el.item = {id: '1', url: 'https://ostrov.example/1', title: 'From the model', summary: 'S', tags: [], authors: [], sponsored: false};
    await el.updateComplete;
    expect(text(part(el, 'title'))).to.equal('From the model');
  });

  it('follows a feed’s rules: unsafe URLs lose their link, no heading takes the excerpt’s start, neither renders nothing', async () => {
    const unsafe = await fixture<ArticleCard>(html`<article-card heading="X" href="javascript:alert(1)" image-src="data:image/png,x"></article-card>`);
    expect(unsafe.shadowRoot!.querySelector('a, img')).to.equal(null);
    expect(text(part(unsafe, 'title'))).to.equal('X');
    const untitled = await fixture<ArticleCard>(html`<article-card excerpt="Лише текст допису"></article-card>`);
    expect(text(part(untitled, 'title'))).to.equal('Лише текст допису');
    const empty = await fixture<ArticleCard>(html`<article-card></article-card>`);
    expect(empty.shadowRoot!.querySelector('article')).to.equal(null);
  });

  it('reserve-image keeps an image box without an image; an unreadable date is left out', async () => {
    const el = await fixture<ArticleCard>(html`<article-card heading="X" reserve-image datetime="not a date"></article-card>`);
    expect(el.shadowRoot!.querySelector('.media')).to.not.equal(null);
    expect(part(el, 'image')).to.equal(null);
    expect(part(el, 'time')).to.equal(null);
  });

  it('keeps its nodes (and the focus in them) on a theme change; a change it shows builds the card again', async () => {
    const el = await fixture<ArticleCard>(html`<article-card href="https://ostrov.example/a/1" heading="Заголовок" excerpt="Текст"></article-card>`);
    const card = el.shadowRoot!.querySelector('[part~="card"]');
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="link"]')!;
    link.focus();
    el.theme = 'dark';
    await el.updateComplete;
    expect(el.getAttribute('theme')).to.equal('dark');
    expect(el.shadowRoot!.querySelector('[part~="card"]')).to.equal(card);
    expect(el.shadowRoot!.activeElement).to.equal(link);
    el.heading = 'Інший заголовок';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="card"]')).not.to.equal(card);
    expect(el.shadowRoot!.querySelector('[part~="link"]')!.textContent).to.equal('Інший заголовок');
  });
});
