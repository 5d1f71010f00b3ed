// Two origins on 127.0.0.1, as on a real partner page: the partner's (pages
// and scripts, compressed the way any CDN would) and the publisher's (feeds,
// scripts/feed-server.mjs with its CORS header and request counting).
import {createServer} from 'node:http';
import {readFile} from 'node:fs/promises';
import {extname, join, normalize} from 'node:path';
import {gzipSync} from 'node:zlib';
import {createFeedServer} from '../../scripts/feed-server.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
};

/** Serves work/pages/* at / and work/dist/* at / too (pages first). */
function createPageServer(work) {
  const roots = [join(work, 'pages'), join(work, 'dist')];
  const gz = new Map();
  const sockets = new Set();
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    let body;
    let file;
    for (const root of roots) {
      file = normalize(join(root, decodeURIComponent(url.pathname)));
      if (!file.startsWith(root)) break;
      body = await readFile(file).catch(() => undefined);
      if (body) break;
    }
    if (!body) {
      res.writeHead(404, {'Content-Type': 'text/plain'});
      return res.end('not found');
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    if (extname(file) === '.html') body = Buffer.from(body.toString('utf8').replaceAll('__RUN__', url.searchParams.get('run') ?? '0'));
    const headers = {'Content-Type': type, 'Cache-Control': 'no-store'};
    if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      const key = file + body.length;
      if (!gz.has(key) || extname(file) === '.html') gz.set(key, gzipSync(body, {level: 9}));
      body = gz.get(key);
      headers['Content-Encoding'] = 'gzip';
    }
    res.writeHead(200, {...headers, 'Content-Length': body.length});
    res.end(body);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  return {
    listen: () => new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(`http://127.0.0.1:${server.address().port}`))),
    close() {
      for (const s of sockets) s.destroy();
      return new Promise((ok) => server.close(() => ok()));
    },
  };
}

/**
 * Starts both; `count(path)` asks the feed server how often path?query was requested.
 * `gzipFeeds`: the feed origin compresses too (the Slow 4G pages: every file as a CDN serves it).
 */
export async function startServers(work, feedsDir, {gzipFeeds = false} = {}) {
  const pages = createPageServer(work);
  const feeds = createFeedServer({root: feedsDir, gzip: gzipFeeds});
  const [pageOrigin, feedOrigin] = await Promise.all([pages.listen(), feeds.listen()]);
  return {
    pageOrigin,
    feedOrigin,
    count: (pathAndQuery) => feeds.counts.get(pathAndQuery) ?? 0,
    close: () => Promise.all([pages.close(), feeds.close()]),
  };
}
