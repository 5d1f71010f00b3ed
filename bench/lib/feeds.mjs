// The feed origin's files: the publisher's fixtures and a generated 1000-item
// JSON Feed (the model's item cap) for the worst case a partner can ask for.
import {cpSync, existsSync, mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {ROOT} from './build.mjs';

const CATEGORIES = [
  ['Країна', 'country'],
  ['Світ', 'world'],
  ['Донбас', 'donbas'],
  ['Економіка', 'economy'],
  ['Культура', 'culture'],
];
const WORDS = ('Донбас громада війна енергетика місто уряд переговори волонтери Маріуполь Краматорськ ' +
  'освіта відбудова журналісти фронт окупація економіка світло вода школа лікарня').split(' ');

/** Deterministic, so every run measures the same bytes. */
function words(seed, n) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(WORDS[(seed * 7 + i * 13) % WORDS.length]);
  const s = out.join(' ');
  return s[0].toUpperCase() + s.slice(1);
}

export function generateFeed(count) {
  const start = Date.parse('2026-01-29T14:00:00+02:00');
  const items = [];
  for (let i = 0; i < count; i++) {
    const [category, slug] = CATEGORIES[i % CATEGORIES.length];
    const url = `https://ostrov.example/articles/gen/${i}`;
    items.push({
      id: url,
      url,
      title: `${words(i, 9)} (${i + 1})`,
      summary: `${words(i + 3, 24)}.`,
      date_published: new Date(start - i * 3_600_000).toISOString(),
      tags: [category],
      _newsroom: {category, category_url: `https://ostrov.example/${slug}/`},
    });
  }
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'ОстроВ — Статті (generated)',
    home_page_url: 'https://ostrov.example/articles/',
    language: 'uk',
    items,
  };
}

const xmlEscape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/**
 * The same items as RSS 2.0, the way CMSs write it: escaped HTML descriptions
 * full of HTML's named references (`&nbsp;`, «», dashes), which XML does not know.
 */
export function generateRss(count) {
  const feed = generateFeed(count);
  const items = feed.items.map((i) => {
    const html = `<p>${i.summary.replace(/ /, '&nbsp;').replace(/ /, ' &mdash; ')} &laquo;${i._newsroom.category}&raquo; &#8211; <b>ОстроВ</b></p>`;
    return `<item><title>${xmlEscape(i.title)}</title><link>${i.url}</link><guid>${i.id}</guid>` +
      `<pubDate>${new Date(i.date_published).toUTCString()}</pubDate><category>${i.tags[0]}</category>` +
      `<description>${xmlEscape(html)}</description></item>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${feed.title}</title>` +
    `<link>${feed.home_page_url}</link>${items.join('')}</channel></rss>`;
}

/** Writes work/feeds/: feed.json, banner.json (when present), feed-1000.json and .rss. */
export function writeFeeds(work) {
  const dir = join(work, 'feeds');
  mkdirSync(dir, {recursive: true});
  for (const name of ['feed.json', 'banner.json']) {
    const from = join(ROOT, 'test/fixtures/ostrov', name);
    if (existsSync(from)) cpSync(from, join(dir, name));
  }
  writeFileSync(join(dir, 'feed-1000.json'), JSON.stringify(generateFeed(1000)));
  writeFileSync(join(dir, 'feed-1000.rss'), generateRss(1000));
  return dir;
}
