/**
 * The floor we compare against: the «Статті» block written by hand in plain
 * DOM APIs, no framework. It is what a careful engineer would ship without
 * Lit: one shadow root per element, one constructable stylesheet adopted by
 * every instance, one fetch per feed URL shared by every element, one shared
 * IntersectionObserver for `loading="lazy"`, the same reserved loading space,
 * and the same markup and parts as <related-articles> (its cards flattened
 * into the one shadow root — a hand-written widget has no reason to nest
 * components), links tagged the same way, and the same spoken date for
 * screen readers.
 *
 * `__BASELINE_CSS__` is replaced at build time (bench/lib/build.mjs) by the
 * library's own styles, read from the built modules, so the CSS is the same
 * text byte for byte and the comparison is about the code alone.
 */
/* global __BASELINE_CSS__ */
const sheet = new CSSStyleSheet();
sheet.replaceSync(__BASELINE_CSS__);

const feeds = new Map();
const dateFormat = new Intl.DateTimeFormat('uk', {day: '2-digit', month: '2-digit', year: 'numeric'});
const timeFormat = new Intl.DateTimeFormat('uk', {hour: '2-digit', minute: '2-digit'});

const text = (v) => (typeof v === 'string' ? v.replace(/\s+/g, ' ').trim() : '');

function safeUrl(value, base) {
  if (typeof value !== 'string' || !value) return undefined;
  try {
    const u = new URL(value, base);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

function parse(doc, base) {
  if (!doc || !Array.isArray(doc.items)) throw new Error(`${base} is not a JSON Feed`);
  const items = [];
  for (const raw of doc.items) {
    if (!raw || typeof raw !== 'object') continue;
    const title = text(raw.title);
    if (!title) continue;
    const ext = raw._newsroom || {};
    const date = new Date(raw.date_published);
    items.push({
      url: safeUrl(raw.url, base),
      title,
      summary: text(raw.summary || raw.content_text),
      date: Number.isNaN(date.getTime()) ? undefined : date,
      category: text(ext.category) || (Array.isArray(raw.tags) ? text(raw.tags[0]) : ''),
      categoryUrl: safeUrl(ext.category_url, base),
    });
  }
  items.sort((a, b) => (b.date?.getTime() ?? 0) - (a.date?.getTime() ?? 0));
  return {homePageUrl: safeUrl(doc.home_page_url, base), items};
}

function load(url) {
  let p = feeds.get(url);
  if (!p) {
    p = fetch(url, {credentials: 'omit'}).then((r) => {
      if (!r.ok) throw new Error(`${url} answered HTTP ${r.status}`);
      return r.json();
    }).then((doc) => parse(doc, url));
    feeds.set(url, p);
  }
  return p;
}

const waiting = new Map();
let observer;
function whenNear(el, cb) {
  observer ??= new IntersectionObserver((entries) => {
    for (const e of entries) {
      if (!e.isIntersecting) continue;
      observer.unobserve(e.target);
      const f = waiting.get(e.target);
      waiting.delete(e.target);
      f?.();
    }
  }, {rootMargin: '400px 0px'});
  waiting.set(el, cb);
  observer.observe(el);
}

function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const k in attrs) if (attrs[k] != null) el.setAttribute(k, attrs[k]);
  for (const c of children) if (c != null) el.append(c);
  return el;
}

const MONTHS = 'січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня'.split(' ');

/** The article link as the reader follows it: tagged for the publisher's analytics unless it already is. */
function tagged(url, position) {
  const u = new URL(url);
  const query = new URLSearchParams(u.search);
  if ([...query.keys()].some((k) => k.startsWith('utm_'))) return url;
  query.set('utm_source', location.hostname);
  query.set('utm_medium', 'related-articles');
  query.set('utm_campaign', 'newsroom-widgets');
  query.set('utm_content', String(position));
  u.search = query.toString();
  return u.href;
}

/** The card as <related-articles> writes it: title, then the spoken date, category and time, then the excerpt. */
function card(item, position) {
  const meta = h('p', {class: 'meta'});
  if (item.date) {
    const d = item.date;
    meta.append(h('span', {class: 'sr'}, `${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()}, ${timeFormat.format(d)}`));
  }
  if (item.category) {
    meta.append(item.categoryUrl
      ? h('a', {part: 'category', href: item.categoryUrl, rel: 'noopener'}, item.category)
      : h('span', {part: 'category'}, item.category));
  }
  if (item.date) {
    meta.append(h('time', {part: 'time', datetime: item.date.toISOString(), 'aria-hidden': 'true'},
      h('span', {part: 'date'}, dateFormat.format(item.date)),
      h('span', {part: 'clock'}, timeFormat.format(item.date))));
  }
  const link = item.url ? h('a', {part: 'link', href: tagged(item.url, position), rel: 'noopener'}, item.title) : item.title;
  return h('article', {part: 'card'}, h('div', {class: 'text'}, h('h3', {part: 'title'}, link), meta, h('p', {part: 'excerpt'}, item.summary)));
}

/** A loading placeholder as ours builds it: the card's box around an empty text box of the cards' fixed height. */
const placeholder = () => h('article', {part: 'card'}, h('div', {class: 'text'}));

class BaselineArticles extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({mode: 'open'});
    root.adoptedStyleSheets = [sheet];
    const limit = Number(this.getAttribute('limit') ?? 3);
    this.list = h('ul', {part: 'list', role: 'list'});
    // As ours: the placeholders pulse only after a second without the feed.
    setTimeout(() => this.section.getAttribute('aria-busy') === 'true' && this.list.classList.add('loading'), 1e3);
    for (let i = 0; i < Math.min(limit, 12); i++) this.list.append(h('li', {part: 'item', class: 'skeleton'}, placeholder()));
    this.footer = h('footer', {part: 'footer'});
    this.section = h('section', {part: 'section', 'aria-labelledby': 'heading', 'aria-busy': 'true'},
      h('h2', {part: 'heading', id: 'heading'}, 'Статті'), this.list, this.footer);
    root.append(this.section);
    const src = safeUrl(this.getAttribute('src'), document.baseURI);
    if (!src) return;
    const go = () => load(src).then((feed) => this.show(feed, limit), () => this.fail());
    if (this.getAttribute('loading') === 'lazy') whenNear(this, go);
    else go();
  }

  show(feed, limit) {
    const items = feed.items.slice(0, limit);
    this.list.replaceChildren(...items.map((item, i) => h('li', {part: 'item'}, card(item, i + 1))));
    this.list.removeAttribute('class');
    if (feed.homePageUrl) this.footer.append(h('a', {part: 'all-link', href: feed.homePageUrl, rel: 'noopener'}, 'Всі статті'));
    this.section.setAttribute('aria-busy', 'false');
    this.dispatchEvent(new CustomEvent('baseline-articles-load', {detail: {count: items.length}, bubbles: true, composed: true}));
  }

  fail() {
    this.section.setAttribute('aria-busy', 'false');
    this.list.replaceWith(h('slot'));
  }
}

if (!customElements.get('baseline-articles')) customElements.define('baseline-articles', BaselineArticles);
