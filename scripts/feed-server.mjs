// The publisher's side for the demo, the tests and the benchmark: a plain
// Node HTTP server on 127.0.0.1 serving feeds from a second origin with the
// CORS header a publisher must send, plus switchable faults so the widgets
// can be tested against a misbehaving network for real, not through mocks.
//
// Query parameters on any path (combine freely):
//   status=N        answer with status N (body: a short text)
//   retry-after=S   add Retry-After: S (with status=429/503)
//   fail=N          fail the first N requests for this exact URL with `status`, then serve normally
//   delay=MS        wait before answering (stall=1 never answers)
//   hold=NAME       wait until POST /__release?name=NAME (30 s at most): a test decides when the feed arrives
//   nocors=1        omit Access-Control-Allow-Origin
//   cors-origin=1   Access-Control-Allow-Origin: the request's Origin (not *)
//   html=1          an HTML page with status 200
//   truncate=N      only the first N bytes of the file
//   size=BYTES      a body of that many bytes (valid JSON prefix, never finished)
//   drip=MS         with size: wait MS between 64 KB chunks
//   pause=NAME      with size: after the first 64 KB, wait until POST /__release?name=NAME (a body in two reads at least)
//   type=MIME       Content-Type to send (default from the extension)
//   charset=NAME    add ;charset=NAME to the Content-Type
//   any other       ignored: tests use e.g. ?t=42 to get a URL no cache has seen
// Special paths: GET /__count?url=<path?query> → {"count": n} (`OPTIONS <path?query>` counts preflights,
// `SENT <path?query>` the bytes a size= body had sent when the client closed, `WRITTEN <path?query>`
// the bytes written so far); POST /__reset clears counts; POST /__release?name=NAME answers the held requests;
// POST /__doc (body = any document) → {"path": "/__doc/N"}, served back like a file.
import {createServer} from 'node:http';
import {readFile, stat} from 'node:fs/promises';
import {extname, join, normalize, resolve} from 'node:path';
import {gzipSync} from 'node:zlib';

const TYPES = {
  '.json': 'application/feed+json',
  '.xml': 'application/xml',
  '.rss': 'application/rss+xml',
  '.atom': 'application/atom+xml',
  '.rdf': 'application/rdf+xml',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
};

/**
 * `gzip`: compress the files it serves (gzip level 9) for a client that accepts it, as a CDN
 * would; off by default, so the tests see the bytes the files hold.
 */
export function createFeedServer({root, routes = {}, gzip = false} = {}) {
  const base = resolve(root);
  const counts = new Map();
  const sockets = new Set();
  const docs = new Map();
  /** Held requests' callbacks by hold name. */
  const held = new Map();

  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    const q = url.searchParams;
    const key = url.pathname + url.search;
    const cors = {'Access-Control-Allow-Origin': '*', 'Timing-Allow-Origin': '*'};

    if (url.pathname === '/__count') {
      res.writeHead(200, {'Content-Type': 'application/json', ...cors, 'Cache-Control': 'no-store'});
      return res.end(JSON.stringify({count: counts.get(q.get('url')) ?? 0}));
    }
    if (url.pathname === '/__release') {
      for (const answer of held.get(q.get('name')) ?? []) answer();
      held.delete(q.get('name'));
      res.writeHead(204, cors);
      return res.end();
    }
    if (url.pathname === '/__reset') {
      counts.clear();
      res.writeHead(204, cors);
      return res.end();
    }
    if (url.pathname === '/__doc' && req.method === 'POST') {
      const chunks = [];
      for await (const c of req) chunks.push(c);
      const path = `/__doc/${docs.size + 1}`;
      docs.set(path, {body: Buffer.concat(chunks), type: req.headers['content-type'] || 'application/json'});
      res.writeHead(200, {'Content-Type': 'application/json', ...cors});
      return res.end(JSON.stringify({path}));
    }
    if (req.method === 'OPTIONS') {
      // A preflight means the widgets sent a non-simple request: count it so tests notice.
      counts.set(`OPTIONS ${key}`, (counts.get(`OPTIONS ${key}`) ?? 0) + 1);
      res.writeHead(204, cors);
      return res.end();
    }
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);

    const headers = q.has('nocors') ? {} : {...cors};
    // The request's own origin instead of *, as a server that allows named sites answers.
    if (q.has('cors-origin')) headers['Access-Control-Allow-Origin'] = req.headers.origin ?? 'null';
    headers['Cache-Control'] = 'no-cache';
    if (q.has('stall')) return; // never answers; the client's timeout must act
    if (q.has('hold')) {
      await new Promise((answer) => {
        held.set(q.get('hold'), [...(held.get(q.get('hold')) ?? []), answer]);
        setTimeout(answer, 30_000).unref();
      });
    }
    if (q.has('delay')) await new Promise((r) => setTimeout(r, Math.min(Number(q.get('delay')) || 0, 30_000)));
    if (res.destroyed) return;

    const status = Number(q.get('status')) || 0;
    const failFirst = Number(q.get('fail')) || 0;
    if (status && (!failFirst || n <= failFirst)) {
      if (q.has('retry-after')) {
        headers['Retry-After'] = q.get('retry-after');
        // Not a CORS-safelisted response header: unexposed, the client cannot honour it.
        headers['Access-Control-Expose-Headers'] = 'Retry-After';
      }
      res.writeHead(status, {...headers, 'Content-Type': 'text/plain'});
      return res.end(`fault: ${status}`);
    }
    if (q.has('html')) {
      res.writeHead(200, {...headers, 'Content-Type': 'text/html; charset=utf-8'});
      return res.end('<!doctype html><html><head><title>Sign in</title></head><body><h1>Please sign in</h1></body></html>');
    }
    if (q.has('size')) {
      const size = Math.min(Number(q.get('size')) || 0, 50 * 1024 * 1024);
      // Connection: close, so no client drains the rest to reuse the connection.
      res.writeHead(200, {...headers, 'Content-Type': 'application/feed+json', Connection: 'close'});
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      res.write('{"version":"https://jsonfeed.org/version/1.1","title":"big","items":[],"pad":"');
      let sent = 0;
      // drip=MS pauses between 64 KB chunks, like a slow network: on loopback a
      // browser's network process can otherwise take the whole body before the
      // page has read its first chunk.
      const drip = Number(q.get('drip')) || 0;
      const pause = q.get('pause');
      const pump = () => {
        while (sent < size) {
          sent += chunk.length;
          counts.set(`WRITTEN ${key}`, sent);
          const flowing = res.write(chunk);
          if (pause && sent === chunk.length) return held.set(pause, [...(held.get(pause) ?? []), pump]);
          if (!flowing) return res.once('drain', pump);
          if (drip) return setTimeout(pump, drip);
        }
        res.end('"}');
      };
      res.on('close', () => {
        // How much went out before the client hung up: tests check a capped read stops early.
        counts.set(`SENT ${key}`, sent);
        sent = size;
      });
      return pump();
    }

    const routed = routes[url.pathname] ?? (docs.has(url.pathname) ? async () => docs.get(url.pathname) : undefined);
    let body;
    let type;
    if (routed) {
      ({body, type} = await routed(url));
    } else {
      // A malformed escape (`/%E0%A4%A`) would throw here and, unhandled, stop the whole server.
      let file;
      try {
        file = normalize(join(base, decodeURIComponent(url.pathname)));
      } catch {
        res.writeHead(400, {...headers, 'Content-Type': 'text/plain'});
        return res.end('malformed URL');
      }
      if (!file.startsWith(base) || !(await stat(file).then((s) => s.isFile(), () => false))) {
        res.writeHead(404, {...headers, 'Content-Type': 'text/plain'});
        return res.end('not found');
      }
      body = await readFile(file);
      type = TYPES[extname(file)] ?? 'application/octet-stream';
    }
    if (q.has('type')) type = q.get('type');
    if (q.has('charset')) type += `; charset=${q.get('charset')}`;
    if (q.has('truncate')) body = body.subarray(0, Number(q.get('truncate')) || 0);
    if (gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      body = gzipSync(body, {level: 9});
      headers['Content-Encoding'] = 'gzip';
    }
    res.writeHead(200, {...headers, 'Content-Type': type, 'Content-Length': body.length});
    res.end(body);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });

  return {
    server,
    counts,
    /** Resolves to the origin, e.g. http://127.0.0.1:43211 */
    listen(port = 0, host = '127.0.0.1') {
      return new Promise((ok, fail) => {
        server.once('error', fail);
        server.listen(port, host, () => ok(`http://${host}:${server.address().port}`));
      });
    },
    close() {
      for (const s of sockets) s.destroy();
      return new Promise((ok) => server.close(() => ok()));
    },
  };
}
