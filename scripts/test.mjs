// `npm test`: everything a fresh Debian machine needs, then every test.
// 1. Finds the browsers BROWSERS asks for (default: chromium, firefox, webkit);
//    when some are missing and we are root with apt, installs Debian's packages,
//    otherwise prints the one command that does and stops.
// 2. Builds the package (the end-to-end group loads the real bundle).
// 3. Runs the Node tests (server-side import, build output).
// 4. Starts Xvfb and WebKitWebDriver when WebKit is wanted, runs web-test-runner
//    once per engine, and stops what it started, whatever happens.
import {execFileSync, spawn, spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {connect, createServer} from 'node:net';
import {missingLine, missingPackages, selectedBrowsers} from './browsers.mjs';

const log = (msg) => console.log(`[test] ${msg}`);
const started = Date.now();
let engines;
try {
  engines = selectedBrowsers();
} catch (e) {
  console.error(e.message);
  process.exit(2);
}

let missing = missingPackages(engines);
if (missing.length) {
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    log(`installing Debian packages: ${missing.join(' ')}`);
    const env = {...process.env, DEBIAN_FRONTEND: 'noninteractive'};
    spawnSync('apt-get', ['update', '-qq'], {stdio: 'inherit', env});
    spawnSync('apt-get', ['install', '-y', '-qq', ...missing], {stdio: 'inherit', env});
    missing = missingPackages(engines);
  }
  if (missing.length) {
    console.error(missingLine(engines, missing));
    process.exit(1);
  }
}

const children = [];
const stopAll = () => {
  for (const c of children.reverse()) if (c.exitCode === null) c.kill('SIGTERM');
};
process.on('exit', stopAll);
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => process.exit(130));

const portOpen = (port) =>
  new Promise((ok) => {
    const s = connect(port, '127.0.0.1');
    s.once('connect', () => (s.destroy(), ok(true)));
    s.once('error', () => ok(false));
  });

async function waitPort(port, what) {
  for (let i = 0; i < 100; i++) {
    if (await portOpen(port)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} did not start on port ${port}`);
}

const freePort = () =>
  new Promise((ok, fail) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const {port} = srv.address();
      srv.close(() => ok(port));
    });
    srv.once('error', fail);
  });

/** Xvfb -displayfd writes the display it found free, then a newline. */
const displayNumber = (xvfb) =>
  new Promise((ok, fail) => {
    let out = '';
    xvfb.stdio[3].on('data', (d) => {
      out += d;
      if (out.includes('\n')) ok(out.trim());
    });
    xvfb.once('exit', (c) => fail(new Error(`Xvfb exited (${c}) before it had a display`)));
  });

async function main() {
  log('building');
  execFileSync('node', ['scripts/build.mjs'], {stdio: 'inherit'});

  log('node tests');
  // A failure here still lets the browser groups run: CI should show every failure at once.
  // One file at a time: the packing test runs `prepack` (a build that rewrites dist/ and
  // custom-elements.json), which other files read; side by side, one could read a half-written file.
  const nodeTests = spawnSync('node', ['--test', '--test-concurrency=1', 'test/node/'], {stdio: 'inherit'});

  const env = {...process.env, BROWSERS: engines.join(',')};
  if (engines.includes('webkit')) {
    // Our own display and driver on free numbers: another engineer's run on this
    // machine may hold :99 or 4444 and stop them in the middle of ours.
    if (!env.DISPLAY) {
      const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
        stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
      });
      children.push(xvfb);
      env.DISPLAY = `:${await displayNumber(xvfb)}`;
    }
    const port = Number(env.WEBKIT_DRIVER_PORT) || (await freePort());
    env.WEBKIT_DRIVER_PORT = String(port);
    if (!(await portOpen(port))) {
      const driver = spawn('WebKitWebDriver', [`--port=${port}`, '--host=127.0.0.1'], {stdio: 'ignore', env});
      children.push(driver);
      await waitPort(port, 'WebKitWebDriver');
    }
  }

  // One web-test-runner per engine, one after the other: its reporter prints a file's
  // failures only once every browser has finished that file, so one engine that hangs
  // (WebKit on a pathological document) would otherwise hide the others' failures.
  const args = ['--config', 'web-test-runner.config.mjs', ...process.argv.slice(2)];
  const results = [];
  for (const engine of engines) {
    log(`${engine}: web-test-runner ${args.slice(2).join(' ')}`.trim());
    const t0 = Date.now();
    const wtr = spawn('node_modules/.bin/web-test-runner', args, {stdio: 'inherit', env: {...env, BROWSERS: engine}});
    const code = await new Promise((ok) => wtr.on('exit', (c) => ok(c ?? 1)));
    results.push({engine, code, seconds: Math.round((Date.now() - t0) / 1000)});
  }
  log(`node tests: ${nodeTests.status === 0 ? 'passed' : 'FAILED (see above)'}`);
  for (const r of results) log(`${r.engine}: ${r.code === 0 ? 'passed' : 'FAILED'} in ${r.seconds} s`);
  process.exitCode = results.some((r) => r.code !== 0) || nodeTests.status !== 0 ? 1 : 0;
  log(`done in ${Math.round((Date.now() - started) / 1000)} s`);
}

main().catch((e) => {
  console.error(e.message ?? e);
  process.exitCode = 1;
}).finally(stopAll);
