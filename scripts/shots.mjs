// `npm run shots`: a gallery for design review. Every element in every state,
// on a light page and a dark one (color-scheme: dark), at 1280 and 390 px wide,
// screenshotted with Debian's Chromium and gathered into shots/index.html.
// Serves the built bundle (dist/, run `npm run build` first) and the fixture
// feeds from 127.0.0.1; output is git-ignored.
import {existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {launch} from '../bench/lib/browser.mjs';
import {createFeedServer} from './feed-server.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'shots');
if (!existsSync(join(ROOT, 'dist/newsroom-widgets.js'))) {
  console.error('No dist/newsroom-widgets.js: run `npm run build` first.');
  process.exit(1);
}
rmSync(OUT, {recursive: true, force: true});
mkdirSync(OUT);

const server = createFeedServer({root: ROOT});
const origin = await server.listen();
const FEED = '/test/fixtures/ostrov/feed.json';
const IMAGES = '/demo/feeds/articles-long.json';
const CARD = `<article-card style="max-width: 22rem" heading="Мистецтво промовчати і майстерність не договорювати. Огляд ЗМІ окупованого Донбасу"
  href="https://ostrov.example/a" category="Донбас" category-href="https://ostrov.example/donbas/"
  datetime="2026-01-25T13:00:00+02:00" time-zone="Europe/Kyiv" sponsored
  excerpt="Минулого тижня ЗМІ окупованого Донбасу щосили намагалися згладити гостроту деяких проблем."></article-card>`;

// A feed with its own icon and no item images (issue 26: the icon fills the image box), and the icon.
const ICON_FEED = '/shots/feed-icon.json';
writeFileSync(
  join(OUT, 'icon.svg'),
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><circle cx="32" cy="32" r="30" fill="#0057b8"/><text x="32" y="41" font-family="sans-serif" font-size="24" font-weight="700" text-anchor="middle" fill="#fff">ОВ</text></svg>',
);
writeFileSync(
  join(OUT, 'feed-icon.json'),
  JSON.stringify({...JSON.parse(readFileSync(join(ROOT, 'test/fixtures/ostrov/feed.json'), 'utf8')), icon: '/shots/icon.svg'}),
);
const BANNER = '/test/fixtures/ostrov/banner.json';
// A goal that is reached: the fixture's goal variant with more raised than its target, and its thank-you.
const REACHED = '/shots/banner-reached.json';
const fixtureBanner = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/ostrov/banner.json'), 'utf8'));
const goalVariant = fixtureBanner.campaigns[0].variants.find((variant) => variant.goal);
const reachedMessage = 'Дякуємо! Ми зібрали на рік роботи редакції, і кожна нова підтримка піде на розслідування.';
writeFileSync(
  join(OUT, 'banner-reached.json'),
  JSON.stringify({
    version: 1,
    campaigns: [
      {id: 'reached', variants: [{...goalVariant, id: 'v', goal: {...goalVariant.goal, raised: 312400, reached_message: reachedMessage}}]},
      // «Нагадати пізніше» beside «Я вже підтримую»: the actions row at its fullest.
      {id: 'remind', remind_later: true, variants: [{...goalVariant, id: 'v'}]},
      // Four and a half days from the shot: «Залишилось 5 днів» beside the amounts.
      {id: 'deadline', end: new Date(Date.now() + 4.5 * 864e5).toISOString(), show_deadline: true, remind_later: true, variants: [{...goalVariant, id: 'v'}]},
      // The end of an article: a heading, two paragraphs, the goal.
      {
        id: 'epic',
        variants: [
          {
            ...goalVariant,
            id: 'v',
            heading: 'Чому ми просимо',
            message: [goalVariant.message, 'Ми пишемо з Донбасу для тих, хто там живе, і для тих, хто мусив виїхати. Без реклами і без платного доступу.'],
          },
        ],
      },
    ],
  }),
);
/** The banner variant every banner shows, through the editors' preview (see README, For editors), unless a state names another. */
const PREVIEW = 'independence-2026:grants-goal';

/**
 * Each state: a name, the markup, whether it is the fixed bottom bar (a viewport shot), Tab presses
 * before the shot, and the preview's variant when not the goal one.
 */
const STATES = [
  ['list: loading', `<related-articles src="${FEED}?stall=1"></related-articles>`],
  ['list: loaded', `<related-articles src="${FEED}" time-zone="Europe/Kyiv"></related-articles>`],
  ['list: images', `<related-articles src="${IMAGES}" images limit="3"></related-articles>`],
  // Placeholders are empty card boxes; with images each keeps the image box above its text box.
  ['list: images, loading', `<related-articles src="${IMAGES}?stall=1" images limit="3"></related-articles>`],
  // No item has an image: the feed's icon on a tint of the accent, else the category there.
  ['list: images, feed icon in the image box', `<related-articles src="${ICON_FEED}" images limit="3"></related-articles>`],
  ['list: images, no icon: the category in the image box', `<related-articles src="${FEED}" images limit="3"></related-articles>`],
  ['list: four cards (2 + 2, never 3 + 1)', `<related-articles src="${FEED}" limit="4" time-zone="Europe/Kyiv"></related-articles>`],
  // A forced theme paints its own background: readable on a page of the other scheme.
  ['list: theme="dark" (on both pages)', `<related-articles theme="dark" src="${FEED}" time-zone="Europe/Kyiv"></related-articles>`],
  ['list: theme="light" (on both pages)', `<related-articles theme="light" src="${FEED}" time-zone="Europe/Kyiv"></related-articles>`],
  ['list: no excerpts (--newsroom-excerpt-lines: 0)', `<related-articles style="--newsroom-excerpt-lines: 0" src="${FEED}" time-zone="Europe/Kyiv"></related-articles>`],
  // The first card's focus ring, at the list's edge: nothing in the list may clip it.
  ['list: title link focused (Tab)', `<related-articles src="${FEED}" time-zone="Europe/Kyiv"></related-articles>`, false, 1],
  ['list: loaded, en', `<related-articles lang="en" src="${FEED}" time-zone="Europe/Kyiv"></related-articles>`],
  ['list: empty (category)', `<related-articles src="${FEED}" category="Спорт"></related-articles>`],
  ['list: error', `<related-articles src="${FEED}?status=404"></related-articles>`],
  ['card', CARD],
  // The focus ring, once per link: around the card for the title link, on the category link alone.
  ['card: title link focused (Tab)', CARD, false, 1],
  ['card: category link focused (Tab, Tab)', CARD, false, 2],
  ['banner: inline, goal', `<support-banner src="${BANNER}"></support-banner>`],
  // The short variant: the banner is as tall as its text, with no empty band above or below it.
  ['banner: inline, no goal', `<support-banner src="${BANNER}"></support-banner>`, false, 0, 'independence-2026:grants'],
  // While the config loads, the demo's reserve keeps the box (between the two variants' heights).
  ['banner: inline, loading (reserve)', `<support-banner src="${BANNER}?stall=1" reserve="max(8.75rem, 12.85rem - 5vw)"></support-banner>`],
  ['banner: bottom bar, goal', `<support-banner placement="bottom" src="${BANNER}"></support-banner>`, true],
  ['banner: goal reached (reached_message)', `<support-banner src="${REACHED}"></support-banner>`, false, 0, 'reached:v'],
  ['banner: remind later', `<support-banner src="${REACHED}"></support-banner>`, false, 0, 'remind:v'],
  ['banner: bottom bar, remind later', `<support-banner placement="bottom" src="${REACHED}"></support-banner>`, true, 0, 'remind:v'],
  ['banner: deadline, remind later', `<support-banner src="${REACHED}"></support-banner>`, false, 0, 'deadline:v'],
  ['banner: bottom bar, deadline, remind later', `<support-banner placement="bottom" src="${REACHED}"></support-banner>`, true, 0, 'deadline:v'],
  ['banner: end of an article (placement="epic")', `<support-banner placement="epic" src="${REACHED}"></support-banner>`, false, 0, 'epic:v'],
];
const SCHEMES = {
  light: '',
  dark: 'html { color-scheme: dark; background: #121212; color: #ececec; }',
};
const WIDTHS = [1280, 390];

const page = (scheme, body) => `<!doctype html><html lang="uk"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body { margin: 0; font-family: Georgia, serif; } main { max-width: 750px; margin: 0 auto; padding: 16px; }
${SCHEMES[scheme]}</style>
<script src="/dist/newsroom-widgets.js"></script></head>
<body><main><p>Текст статті партнера перед віджетом.</p>${body}<p>Текст після віджета.</p></main></body></html>`;

const browser = await launch();
const rows = [];
try {
  // `npm run shots -- banner` takes only the states whose name holds "banner" (index.html then lists only those).
  const only = process.argv[2] ?? '';
  for (const [name, markup, fixed, tabs = 0, preview = PREVIEW] of STATES.filter(([stateName]) => stateName.includes(only))) {
    const cells = [];
    for (const scheme of Object.keys(SCHEMES)) {
      for (const width of WIDTHS) {
        const file = `${name.replace(/[^a-z0-9]+/gi, '-')}-${scheme}-${width}.png`.toLowerCase();
        writeFileSync(join(OUT, 'page.html'), page(scheme, markup));
        const context = await browser.newContext({viewport: {width, height: fixed ? 844 : 900}, reducedMotion: 'reduce'});
        const p = await context.newPage();
        // A preview shows that variant whatever the schedule or memory.
        await p.goto(`${origin}/shots/page.html?newsroom-preview=${preview}`);
        await p.waitForTimeout(1200); // feeds, fonts and (stalled) placeholders settle; images decode
        for (let i = 0; i < tabs; i++) await p.keyboard.press('Tab');
        if (fixed) await p.screenshot({path: join(OUT, file)});
        else await p.locator('main').screenshot({path: join(OUT, file)});
        await context.close();
        cells.push(`<figure><img src="${file}" alt="${name}, ${scheme}, ${width}px" width="${Math.min(width, 640)}"><figcaption>${scheme}, ${width}px</figcaption></figure>`);
      }
    }
    rows.push(`<section><h2>${name}</h2><div class="row">${cells.join('')}</div></section>`);
  }
} finally {
  await browser.close();
  await server.close();
  for (const file of ['page.html', 'feed-icon.json', 'icon.svg', 'banner-reached.json']) rmSync(join(OUT, file), {force: true});
}
writeFileSync(
  join(OUT, 'index.html'),
  `<!doctype html><meta charset="utf-8"><title>newsroom-widgets: screenshots</title>
<style>body { font: 14px system-ui; margin: 1rem; } .row { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-start; }
figure { margin: 0; } img { border: 1px solid #ccc; height: auto; } h2 { font-size: 1rem; }</style>
<h1>Every element, every state: light and dark, 1280 and 390 px</h1>${rows.join('\n')}`,
);
console.log(`shots/index.html: ${rows.length} states × ${Object.keys(SCHEMES).length} schemes × ${WIDTHS.length} widths`);
