// The browser test runner itself: a failed assertion whose value is a DOM node is reported with
// the node, not lost in a run that hangs until its timeout (test/setup/cloneable-failures.ts).
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {tmpdir} from 'node:os';
import {test} from 'node:test';

test('a failed assertion on a DOM node is reported, naming the node', () => {
  const run = spawnSync(
    'node_modules/.bin/web-test-runner',
    ['--config', 'web-test-runner.config.mjs', '--files', 'test/fixtures/wtr/dom-failure.probe.ts'],
    {encoding: 'utf8', env: {...process.env, BROWSERS: 'chromium'}, timeout: 300_000},
  );
  const output = `${run.stdout}${run.stderr}`;
  assert.notEqual(run.status, 0, 'the probe fails');
  assert.match(output, /AssertionError: expected <div><p>probe<\/p><\/div> to equal null/);
  assert.doesNotMatch(output, /did not finish within/);
});

test('npm test with CHROME_PATH naming no file says so, instead of asking to install the chromium package that is there', () => {
  // As a user without root, as on a developer's machine: root with apt would install packages first.
  const asUser = process.getuid?.() === 0 ? ['setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath]] : [process.execPath, []];
  const run = spawnSync(asUser[0], [...asUser[1], 'scripts/test.mjs'], {
    encoding: 'utf8',
    env: {...process.env, HOME: tmpdir(), BROWSERS: 'chromium', CHROME_PATH: '/nonexistent/chromium'},
    timeout: 60_000,
  });
  assert.equal(run.status, 1, run.stdout + run.stderr);
  const line = run.stderr.trim();
  assert.match(line, /CHROME_PATH=\/nonexistent\/chromium/);
  assert.doesNotMatch(line, /apt-get/, 'no package to install');
  // The engines it suggests instead are the installed ones, never the missing one.
  assert.doesNotMatch(line, /BROWSERS=\S*chromium/);
  assert.doesNotMatch(run.stdout, /building/, 'it stops before the build');
});
