// `npm test`: everything a fresh Debian machine needs, then every test.
// 1. Finds the browsers BROWSERS asks for (default: chromium, firefox, webkit);
//    when some are missing and we are root with apt, installs Debian's packages,
//    otherwise prints the one command that does and stops.
// 2. Builds the package (the end-to-end group loads the real bundle).
// 3. Runs the Node tests (server-side import, build output) once on each Node version
//    package.json's devEngines names: on this Node if it is one of them, otherwise on the
//    registry's `node` package through npx (a failed fetch is a failure, not a skip).
// 4. Starts Xvfb and WebKitWebDriver when WebKit is wanted, runs web-test-runner
//    once per engine, and stops what it started, whatever happens.
import {execFileSync, spawn, spawnSync} from 'node:child_process';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {missingLine, missingPackages, selectedBrowsers} from './browsers.mjs';
import {freePort, portOpen} from './ports.mjs';

const log = (msg) => console.log(`[test] ${msg}`);
const started = Date.now();
let engines;
try {
  engines = selectedBrowsers();
} catch (e) {
  console.error(e.message);
  process.exit(2);
}

const missing = missingPackages(engines);
if (missing.length) {
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    log(`installing Debian packages: ${missing.join(' ')}`);
    const env = {...process.env, DEBIAN_FRONTEND: 'noninteractive'};
    spawnSync('apt-get', ['update', '-qq'], {stdio: 'inherit', env});
    spawnSync('apt-get', ['install', '-y', '-qq', ...missing], {stdio: 'inherit', env});
  }
}
// Also when nothing is left to install: a CHROME_PATH (or FIREFOX_PATH, WEBKIT_PATH) naming no file.
const missingBrowsers = missingLine(engines);
if (missingBrowsers) {
  console.error(missingBrowsers);
  process.exit(1);
}

const children = [];
const stopAll = () => {
  for (const child of children.reverse()) if (child.exitCode === null) child.kill('SIGTERM');
};
process.on('exit', stopAll);
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => process.exit(130));

async function waitPort(port, what) {
  for (let i = 0; i < 100; i++) {
    if (await portOpen(port)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what} did not start on port ${port}`);
}

/** Xvfb -displayfd writes the display it found free, then a newline. */
const displayNumber = (xvfb) =>
  new Promise((resolve, reject) => {
    let written = '';
    xvfb.stdio[3].on('data', (chunk) => {
      written += chunk;
      if (written.includes('\n')) resolve(written.trim());
    });
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it had a display`)));
  });

/**
 * The Node major versions the Node tests run on: the ones devEngines.runtime names
 * (`^20.20.2 || ^24.21.0` → 20 and 24), so the README's claim, package.json and this agree.
 */
function nodeVersions() {
  const {devEngines} = JSON.parse(readFileSync('package.json', 'utf8'));
  return devEngines.runtime.version.split('||').map((range) => {
    const major = /^\s*\^(\d+)\./.exec(range);
    if (!major) throw new Error(`devEngines.runtime.version: expected ^MAJOR.MINOR.PATCH ranges, got "${range.trim()}"`);
    return Number(major[1]);
  });
}

/**
 * Runs every test/node/*.test.mjs on one Node major: this process's Node when it is that
 * major, otherwise the registry's `node@MAJOR` package through npx (whose `node` is first
 * on PATH, so the tests' own child processes run on it too). The files are named: Node ≥ 22
 * takes files or globs, and reports a folder argument as one failed test.
 * One file at a time: several drive Chromium or run tsc, and side by side they would
 * compete for the machine's two cores.
 */
function runNodeTests(major) {
  const runStarted = Date.now();
  const files = readdirSync(join('test', 'node'))
    .filter((name) => name.endsWith('.test.mjs'))
    .sort()
    .map((name) => join('test', 'node', name));
  const here = Number(process.versions.node.split('.')[0]) === major;
  const [command, prefix] = here ? [process.execPath, []] : ['npx', ['-y', '-p', `node@${major}`, 'node']];
  const version = spawnSync(command, [...prefix, '-p', 'process.version'], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit']});
  const node = version.status === 0 ? version.stdout.trim() : `Node ${major}`;
  const seconds = () => Math.round((Date.now() - runStarted) / 1000);
  if (version.status !== 0 || !node.startsWith(`v${major}.`)) {
    console.error(`[test] could not start Node ${major} (${[command, ...prefix].join(' ')}): ${version.error?.message ?? node}`);
    return {node, passed: false, seconds: seconds()};
  }
  log(`node tests on ${node}: ${files.length} files`);
  const run = spawnSync(command, [...prefix, '--test', '--test-concurrency=1', ...files], {stdio: 'inherit'});
  return {node, passed: run.status === 0, seconds: seconds()};
}

async function main() {
  log('building');
  execFileSync('node', ['scripts/build.mjs'], {stdio: 'inherit'});

  // A failure here still lets the browser groups run: CI should show every failure at once.
  const nodeResults = nodeVersions().map(runNodeTests);
  // The WordPress plugin in a real WordPress (test/wordpress/: installs Debian's packages as root), once, on this Node.
  const wordpressStarted = Date.now();
  const wordpressFiles = readdirSync(join('test', 'wordpress')).filter((name) => name.endsWith('.test.mjs')).map((name) => join('test', 'wordpress', name));
  const wordpress = spawnSync(process.execPath, ['--test', ...wordpressFiles], {stdio: 'inherit'});
  nodeResults.push({node: `${process.version}, test/wordpress`, passed: wordpress.status === 0, seconds: Math.round((Date.now() - wordpressStarted) / 1000)});

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
  const runEngine = (engine) =>
    new Promise((resolve) => {
      const wtr = spawn('node_modules/.bin/web-test-runner', args, {stdio: 'inherit', env: {...env, BROWSERS: engine}});
      wtr.on('exit', (exitCode) => resolve(exitCode ?? 1));
    });
  for (const engine of engines) {
    log(`${engine}: web-test-runner ${args.slice(2).join(' ')}`.trim());
    const engineStarted = Date.now();
    const code = await runEngine(engine);
    results.push({engine, code, seconds: Math.round((Date.now() - engineStarted) / 1000)});
  }
  for (const run of nodeResults) log(`node tests on ${run.node}: ${run.passed ? 'passed' : 'FAILED (see above)'} in ${run.seconds} s`);
  for (const run of results) log(`${run.engine}: ${run.code === 0 ? 'passed' : 'FAILED'} in ${run.seconds} s`);
  const failed = results.some((run) => run.code !== 0) || nodeResults.some((run) => !run.passed);
  process.exitCode = failed ? 1 : 0;
  log(`done in ${Math.round((Date.now() - started) / 1000)} s`);
}

main().catch((e) => {
  console.error(e.message ?? e);
  process.exitCode = 1;
}).finally(stopAll);
