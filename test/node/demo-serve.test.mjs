// `npm start` as a newcomer meets it (demo/serve.mjs, after `npm run build`): the partner's page
// and the docs on one origin, the feeds on a second one with the CORS header; a port another
// program holds is one line naming the variable that moves it; Ctrl+C leaves no server behind.
import assert from 'node:assert/strict';
import {spawn} from 'node:child_process';
import {createServer} from 'node:net';
import {fileURLToPath} from 'node:url';
import {after, before, test} from 'node:test';
import {freePort, portOpen} from '../../scripts/ports.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Starts demo/serve.mjs; resolves with the child and its output once it printed its URLs, or once it exited. */
function start(env) {
  const child = spawn(process.execPath, ['demo/serve.mjs'], {cwd: root, env: {...process.env, ...env}, stdio: ['ignore', 'pipe', 'pipe']});
  const out = {stdout: '', stderr: ''};
  child.stdout.on('data', (chunk) => (out.stdout += chunk));
  child.stderr.on('data', (chunk) => (out.stderr += chunk));
  return new Promise((resolve) => {
    child.stdout.on('data', () => {
      if (out.stdout.includes('Ctrl+C')) resolve({child, out});
    });
    child.once('exit', (code) => resolve({child, out, code}));
  });
}

let demo;
let port;
let feedPort;

before(async () => {
  port = await freePort();
  feedPort = await freePort();
  demo = await start({PORT: String(port), FEED_PORT: String(feedPort)});
  assert.equal(demo.code, undefined, `demo/serve.mjs started:\n${demo.out.stdout}${demo.out.stderr}`);
});
after(() => {
  if (demo.child.exitCode === null) demo.child.kill('SIGKILL');
});

test('the pages it names are served, the feeds from the second origin with CORS', async () => {
  const page = `http://127.0.0.1:${port}`;
  const feeds = `http://127.0.0.1:${feedPort}`;
  for (const url of [`${page}/`, `${page}/bottom.html`, `${page}/docs/`, `${page}/docs/builder.html`]) {
    const response = await fetch(url);
    assert.equal(response.status, 200, url);
    assert.match(response.headers.get('content-type'), /^text\/html/, url);
    const html = await response.text();
    assert.doesNotMatch(html, /\{\{FEED_ORIGIN\}\}/, `${url} has its feed origin filled in`);
  }
  assert.match(await (await fetch(`${page}/`)).text(), new RegExp(`${feeds}/articles\\.json`));
  for (const url of [`${page}/newsroom-widgets.js`, `${page}/dist/newsroom-widgets.js`, `${page}/docs/dist/newsroom-widgets.js`]) {
    const response = await fetch(url);
    assert.equal(response.status, 200, url);
    assert.match(response.headers.get('content-type'), /^text\/javascript/, url);
  }
  assert.match(await (await fetch(`${page}/newsroom-widgets.js.sri`)).text(), /^sha384-/);
  for (const file of ['articles.json', 'articles-long.json', 'banner.json']) {
    const response = await fetch(`${feeds}/${file}`, {headers: {Origin: page}});
    assert.equal(response.status, 200, file);
    assert.equal(response.headers.get('access-control-allow-origin'), '*', file);
    assert.ok(Array.isArray((await response.json()).items ?? []), file);
  }
});

test('a port already in use is one line that names the port and the variable, not a stack trace', async () => {
  const holder = createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => holder.once('listening', resolve));
  const busy = holder.address().port;
  try {
    for (const [env, variable] of [[{PORT: String(busy), FEED_PORT: String(await freePort())}, 'PORT'], [{PORT: String(await freePort()), FEED_PORT: String(busy)}, 'FEED_PORT']]) {
      const run = await start(env);
      const code = run.code ?? (await new Promise((resolve) => run.child.once('exit', resolve)));
      assert.notEqual(code, 0, `${variable} busy: exits with an error`);
      assert.match(run.out.stderr, new RegExp(`${busy}.*in use.*${variable}=`), `${variable} busy: names the port and the variable`);
      assert.doesNotMatch(run.out.stderr, /^\s+at /m, `${variable} busy: no stack trace`);
      assert.equal(await portOpen(Number(env.PORT === String(busy) ? env.FEED_PORT : env.PORT)), false, `${variable} busy: the other server is not left running`);
    }
  } finally {
    holder.close();
  }
});

test('Ctrl+C stops both servers', async () => {
  assert.ok(await portOpen(port));
  assert.ok(await portOpen(feedPort));
  const exited = new Promise((resolve) => demo.child.once('exit', resolve));
  demo.child.kill('SIGINT');
  await exited;
  assert.equal(await portOpen(port), false, 'the page port is free');
  assert.equal(await portOpen(feedPort), false, 'the feed port is free');
});
