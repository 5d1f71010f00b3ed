// The browser test runner itself: a failed assertion whose value is a DOM node is reported with
// the node, not lost in a run that hangs until its timeout (test/setup/cloneable-failures.ts).
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
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
