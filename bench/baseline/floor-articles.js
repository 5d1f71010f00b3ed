// The minimal floor (issue 11): the «Статті» block as a new user would write it
// straight into the page — an inline <script> (bench/lib/pages.mjs copies this
// file's text into each floor page; nothing is fetched for it), plain CSS in a
// <style> per shadow root, one shadow root per widget, innerHTML, one fetch per
// feed URL shared by every element. Same visible content as <related-articles>:
// section, heading, list of cards (category, date and time, title link,
// excerpt) and the «Всі статті» link. No loading state, no reserved height, no
// parts, no validation beyond escaping and http(s) links: the floor, not a rival.
customElements.define('floor-articles', class extends HTMLElement {
  static feeds = new Map();
  static date = new Intl.DateTimeFormat('uk', {day: '2-digit', month: '2-digit', year: 'numeric'});
  static time = new Intl.DateTimeFormat('uk', {hour: '2-digit', minute: '2-digit'});
  static css = `
    :host { display: block; margin: 1.5rem 0; font: 16px/1.4 system-ui, sans-serif; color: #1a1a1a; }
    h2 { margin: 0 0 1rem; font-size: 1.5em; }
    ul { display: grid; grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr)); gap: 1rem; margin: 0; padding: 0; list-style: none; }
    article { display: flex; flex-direction: column; gap: .375rem; box-sizing: border-box; height: 100%; padding: 1rem; border: 1px solid #e3e3e3; border-radius: 6px; }
    .meta { display: flex; flex-wrap: wrap; column-gap: .75em; margin: 0; font-size: .8125em; color: #5c5c5c; }
    .category { font-weight: 600; text-transform: uppercase; color: #0057b8; text-decoration: none; }
    h3, .excerpt { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 3; overflow: hidden; }
    h3 { margin: 0; font-size: 1.125em; line-height: 1.3; }
    h3 a { color: inherit; text-decoration: none; }
    .excerpt { margin: 0; color: #333; }
    footer { margin-top: 1rem; }
    footer a { color: #0057b8; }`;

  static esc(s) {
    return String(s ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  }

  static href(u) {
    return /^https?:\/\//i.test(u ?? '') ? this.esc(u) : '';
  }

  static card(item) {
    const F = this;
    const ext = item._newsroom || {};
    const category = ext.category || (item.tags || [])[0] || '';
    const d = new Date(item.date_published);
    const url = F.href(item.url);
    return `<li><article><p class="meta">${
      category ? (F.href(ext.category_url) ? `<a class="category" href="${F.href(ext.category_url)}">${F.esc(category)}</a>` : `<span class="category">${F.esc(category)}</span>`) : ''
    }${
      isNaN(d) ? '' : `<time datetime="${d.toISOString()}"><span>${F.date.format(d)}</span> <span>${F.time.format(d)}</span></time>`
    }</p><h3>${url ? `<a href="${url}">${F.esc(item.title)}</a>` : F.esc(item.title)}</h3><p class="excerpt">${F.esc(item.summary || item.content_text)}</p></article></li>`;
  }

  connectedCallback() {
    if (this.shadowRoot) return;
    const F = this.constructor;
    const root = this.attachShadow({mode: 'open'});
    const src = new URL(this.getAttribute('src'), document.baseURI).href;
    const limit = Number(this.getAttribute('limit') || 3);
    if (!F.feeds.has(src)) F.feeds.set(src, fetch(src).then((r) => r.json()));
    F.feeds.get(src).then((feed) => {
      const all = F.href(feed.home_page_url);
      root.innerHTML = `<style>${F.css}</style><section><h2>Статті</h2><ul>${
        feed.items.slice(0, limit).map((item) => F.card(item)).join('')
      }</ul><footer>${all ? `<a href="${all}">Всі статті</a>` : ''}</footer></section>`;
      this.dispatchEvent(new Event('floor-articles-load', {bubbles: true}));
    }, (e) => console.error(`floor-articles: ${src}: ${e.message}`));
  }
});
