// The partner's side for the end-to-end tests: a plain Node HTTP server on
// 127.0.0.1 (an origin of its own, apart from the test runner's and the feed
// server's) that serves the pages a partner would write, with whatever response
// headers each page needs (a strict CSP, a sandbox that blocks storage).
//
//   POST /__page  body = JSON {html, headers?} (sent as text/plain, a simple
//                 request, so the test page needs no preflight) → {"url": "/p/N"}
//   GET  /p/N     that page, with its headers
//   GET  /dist/…  the built package, copied when the server starts so another
//                 engineer's `npm run build` emptying dist/ cannot break a run
//   GET  /alt/newsroom-widgets.js  the same bundle built with another version
//                 number (built on first request), for the "two versions" page
//   GET  /node_modules/…, /test/e2e/…  Lit for import maps, and the test pages' scripts
import {createServer} from 'node:http';
import {cpSync, existsSync, mkdtempSync, rmSync} from 'node:fs';
import {readFile, stat} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {extname, join, normalize, resolve} from 'node:path';

export const ALT_VERSION = '9.9.9-e2e';

const TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
};

/** Builds the script-tag bundle again with another version baked in, into a temp dir. */
async function buildAltBundle(root, outDir) {
  const {build} = await import('vite');
  await build({
    root,
    configFile: join(root, 'vite.config.ts'),
    mode: 'embed',
    logLevel: 'warn',
    define: {__NEWSROOM_VERSION__: JSON.stringify(ALT_VERSION)},
    // Unminified: only the version matters, and terser would add seconds to every run.
    build: {outDir, emptyOutDir: true, sourcemap: false, minify: false},
  });
  return join(outDir, 'newsroom-widgets.js');
}

export function createPageServer({root = '.'} = {}) {
  const base = resolve(root);
  const work = mkdtempSync(join(tmpdir(), 'newsroom-e2e-'));
  const distDir = join(work, 'dist');
  const pages = new Map();
  const sockets = new Set();
  let alt;

  function snapshotDist() {
    const live = join(base, 'dist');
    if (!existsSync(join(live, 'newsroom-widgets.js'))) return false;
    rmSync(distDir, {recursive: true, force: true});
    cpSync(live, distDir, {recursive: true});
    return true;
  }

  async function sendFile(res, file) {
    if (!(await stat(file).then((s) => s.isFile(), () => false))) {
      res.writeHead(404, {'Content-Type': 'text/plain'});
      return res.end('not found');
    }
    const body = await readFile(file);
    res.writeHead(200, {'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store'});
    res.end(body);
  }

  const inside = (dir, path) => {
    const file = normalize(join(dir, decodeURIComponent(path)));
    return file.startsWith(dir) ? file : undefined;
  };

  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://x');
      const path = url.pathname;
      if (path === '/__page' && req.method === 'POST') {
        const chunks = [];
        for await (const c of req) chunks.push(c);
        const {html, headers = {}} = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        const id = `/p/${pages.size + 1}`;
        pages.set(id, {html, headers});
        res.writeHead(200, {'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*'});
        return res.end(JSON.stringify({url: id}));
      }
      if (pages.has(path)) {
        const {html, headers} = pages.get(path);
        res.writeHead(200, {'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', ...headers});
        return res.end(html);
      }
      if (path === '/alt/newsroom-widgets.js') {
        alt ??= buildAltBundle(base, join(work, 'alt'));
        return sendFile(res, await alt);
      }
      if (path.startsWith('/dist/')) {
        if (!existsSync(distDir) && !snapshotDist()) {
          res.writeHead(503, {'Content-Type': 'text/plain'});
          return res.end('dist/ is missing: run `npm run build` first');
        }
        const file = inside(distDir, path.slice('/dist'.length));
        if (file) return sendFile(res, file);
      }
      if (path.startsWith('/node_modules/') || path.startsWith('/test/e2e/')) {
        const file = inside(base, path);
        if (file) return sendFile(res, file);
      }
      res.writeHead(404, {'Content-Type': 'text/plain'});
      res.end('not found');
    } catch (error) {
      res.writeHead(500, {'Content-Type': 'text/plain'});
      res.end(String(error?.stack ?? error));
    }
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });

  return {
    server,
    /** Resolves to the origin, e.g. http://127.0.0.1:43212 */
    listen(port = 0, host = '127.0.0.1') {
      snapshotDist();
      return new Promise((ok, fail) => {
        server.once('error', fail);
        server.listen(port, host, () => ok(`http://${host}:${server.address().port}`));
      });
    },
    close() {
      for (const s of sockets) s.destroy();
      return new Promise((ok) => server.close(() => {
        rmSync(work, {recursive: true, force: true});
        ok();
      }));
    },
  };
}

/**
 * A publisher that answers every GET with `?status=N` (and `retry-after=S`) and
 * sends the header scripts/feed-server.mjs does not: Access-Control-Expose-Headers:
 * Retry-After, without which a cross-origin page may not read Retry-After at all.
 * GET /__count?url=<path?query> → {"count": n}.
 */
export function createExposingServer() {
  const counts = new Map();
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const cors = {'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': 'Retry-After', 'Cache-Control': 'no-store'};
    if (url.pathname === '/__count') {
      res.writeHead(200, {...cors, 'Content-Type': 'application/json'});
      return res.end(JSON.stringify({count: counts.get(url.searchParams.get('url')) ?? 0}));
    }
    const key = url.pathname + url.search;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    const headers = {...cors, 'Content-Type': 'text/plain'};
    if (url.searchParams.has('retry-after')) headers['Retry-After'] = url.searchParams.get('retry-after');
    res.writeHead(Number(url.searchParams.get('status')) || 200, headers);
    res.end('fault');
  });
  return {
    listen: () => new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(`http://127.0.0.1:${server.address().port}`))),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
