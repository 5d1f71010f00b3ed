// scripts/feed-server.mjs, the publisher's origin under `npm start` and the browser tests: a
// request it cannot make sense of is answered, and the server goes on serving.
import assert from 'node:assert/strict';
import {after, before, test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {createFeedServer} from '../../scripts/feed-server.mjs';

const feeds = createFeedServer({root: fileURLToPath(new URL('../../demo/feeds/', import.meta.url))});
let origin;
before(async () => {
  origin = await feeds.listen();
});
after(() => feeds.close());

test('a malformed escape in the path is a 400, and the next request is served', async () => {
  // Once an uncaught URIError: the server's process stopped, `npm start`'s demo with it.
  const bad = await fetch(`${origin}/%E0%A4%A`);
  assert.equal(bad.status, 400);
  assert.equal(bad.headers.get('access-control-allow-origin'), '*', 'readable by the page that asked');
  const good = await fetch(`${origin}/articles.json`);
  assert.equal(good.status, 200);
  assert.ok((await good.json()).items.length > 0);
});
