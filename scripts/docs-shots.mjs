// Screenshots of the docs site for design review: every page at 1280 and 390 px, light and
// dark (the site follows prefers-color-scheme), full length, into shots/docs/ (git-ignored).
// Builds the static site first (scripts/docs-build.mjs, which needs `npm run build`'s dist/)
// and serves it from 127.0.0.1, as any static host would. DIST names another folder with the
// bundle (a copy, while others rebuild dist/). Arguments: page files, to shoot only those.
import {mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:http';
import {extname, join, normalize, resolve} from 'node:path';
import {launch} from '../bench/lib/browser.mjs';
import {buildSite} from './docs-build.mjs';
import {docsPageSettled} from './docs-settled.mjs';
import {PAGES} from '../docs/site-plugin.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const SITE = join(ROOT, 'shots/docs/site');
const OUT = join(ROOT, 'shots/docs');
rmSync(OUT, {recursive: true, force: true});
mkdirSync(OUT, {recursive: true});
await buildSite({outDir: SITE, dist: process.env.DIST ? resolve(process.env.DIST) : undefined});

const TYPES = {'.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml'};
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const file = normalize(join(SITE, path.endsWith('/') ? `${path}index.html` : path));
  try {
    if (!file.startsWith(SITE)) throw new Error('outside');
    const body = readFileSync(file);
    res.writeHead(200, {'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream'}).end(body);
  } catch {
    res.writeHead(404).end('not found');
  }
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

const only = process.argv.slice(2);
const browser = await launch();
const rows = [];
try {
  for (const [file] of PAGES.filter(([f]) => !only.length || only.includes(f))) {
    for (const scheme of ['light', 'dark']) {
      for (const width of [1280, 390]) {
        const page = await browser.newPage({viewport: {width, height: 900}, colorScheme: scheme, deviceScaleFactor: 1});
        await page.goto(`${origin}/${file}`, {waitUntil: 'load'});
        // The live examples and the builder's preview load their feeds, and the builder measures.
        await page.waitForFunction(docsPageSettled);
        const name = `${file.replace('.html', '')}-${width}-${scheme}.png`;
        // Animations at their end state: a bar that slides in is photographed in its place.
        await page.screenshot({path: join(OUT, name), fullPage: true, animations: 'disabled'});
        // Anything wider than the window is a sideways scroll a reader did not ask for.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
        rows.push(`<figure><figcaption>${file} · ${width} px · ${scheme}${overflow > 0 ? ` · <b>${overflow} px wider than the window</b>` : ''}</figcaption><img src="${name}" width="${Math.min(width, 640)}"></figure>`);
        if (overflow > 0) console.warn(`${file} at ${width} px (${scheme}) is ${overflow} px wider than the window`);
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
writeFileSync(join(OUT, 'index.html'), `<!doctype html><meta charset="utf-8"><title>Docs shots</title><style>figure{display:inline-block;vertical-align:top;margin:8px}</style>${rows.join('\n')}`);
console.log(`Docs screenshots: ${join(OUT, 'index.html')}`);
