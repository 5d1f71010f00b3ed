// `npm start`: the partner's page on one origin, the publisher's feeds on another.
//   partner  http://127.0.0.1:8080/  (demo/ + the built dist/newsroom-widgets.js)
//   publisher http://127.0.0.1:8081/ (demo/feeds/, with Access-Control-Allow-Origin)
//   docs      http://127.0.0.1:8080/docs/ (docs/, built by Vite here on every start)
// Ports: PORT and FEED_PORT. The page refers to the feed origin as {{FEED_ORIGIN}}.
import {createServer} from 'node:http';
import {readFile} from 'node:fs/promises';
import {extname, join, normalize} from 'node:path';
import {fileURLToPath} from 'node:url';
import {buildSite} from '../scripts/docs-build.mjs';
import {createFeedServer} from '../scripts/feed-server.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const port = Number(process.env.PORT || 8080);
const feedPort = Number(process.env.FEED_PORT || 8081);
const host = '127.0.0.1';
const root = fileURLToPath(new URL('../', import.meta.url));
const docs = join(root, 'docs', 'dist');

/** Listens, or stops with one line when another program holds the port (often an earlier `npm start`). */
async function listenOrExit(listen, portNumber, variable) {
  try {
    return await listen();
  } catch (error) {
    if (error.code !== 'EADDRINUSE') throw error;
    console.error(`Port ${portNumber} on ${host} is in use (an earlier \`npm start\`?): stop that program, or pick another port, e.g. ${variable}=${portNumber + 10} npm start`);
    process.exit(1);
  }
}

const feeds = createFeedServer({root: join(here, 'feeds')});
const feedOrigin = await listenOrExit(() => feeds.listen(feedPort, host), feedPort, 'FEED_PORT');

const types = {'.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript; charset=utf-8', '.map': 'application/json', '.json': 'application/json', '.sri': 'text/plain'};

const pages = createServer(async (req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  const file =
    path === '/' ? join(here, 'index.html')
    : path.startsWith('/newsroom-widgets.js') ? join(dist, path.slice(1))
    : path.startsWith('/dist/') ? normalize(join(dist, path.slice(6)))
    : path === '/custom-elements.json' ? join(root, 'custom-elements.json')
    : path.startsWith('/docs/') ? normalize(join(docs, path.slice(6) || 'index.html'))
    : normalize(join(here, path));
  if (path === '/docs') return res.writeHead(301, {Location: '/docs/'}).end();
  if (![here, dist, docs].some((dir) => file.startsWith(dir)) && file !== join(root, 'custom-elements.json')) return res.writeHead(403).end();
  try {
    let body = await readFile(file);
    if (file.endsWith('.html')) body = Buffer.from(body.toString('utf8').replaceAll('{{FEED_ORIGIN}}', feedOrigin).replaceAll('{{PAGE_ORIGIN}}', `http://${host}:${port}`));
    // CORS on everything, as a CDN sends it: the docs' snippets load the bundle with `integrity`, which needs it.
    res.writeHead(200, {'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache', 'Access-Control-Allow-Origin': '*'});
    res.end(body);
  } catch {
    res.writeHead(404, {'Content-Type': 'text/plain'}).end('not found');
  }
});
await listenOrExit(
  () =>
    new Promise((listening, failed) => {
      pages.once('error', failed);
      pages.listen(port, host, listening);
    }),
  port,
  'PORT',
);
// Both ports are ours before the docs take their build time: a busy one is said at once.
// The docs' API tables come from custom-elements.json as it is now: build them on every start,
// as `npm run docs` does, but with the live examples on this server's feed origin.
await buildSite({outDir: docs, sampleFeeds: false});
console.log(`\n  Partner page:   http://${host}:${port}/   (bottom banner: http://${host}:${port}/bottom.html)`);
console.log(`  Docs:           http://${host}:${port}/docs/   (snippet builder: http://${host}:${port}/docs/builder.html)`);
console.log(`  Publisher feeds: ${feedOrigin}/articles.json, ${feedOrigin}/articles-long.json, ${feedOrigin}/banner.json`);
console.log('  Ctrl+C stops both.\n');

