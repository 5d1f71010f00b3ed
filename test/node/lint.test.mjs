// Static checks in `npm test`: ESLint (eslint.config.mjs) and lit-analyzer in strict
// mode (template bindings against the elements' types, CSS, tags), side by side; and
// a decision in package.json's allowScripts for every dependency with an install script.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {promisify} from 'node:util';

const run = promisify(execFile);

async function clean(bin, args) {
  try {
    await run(`node_modules/.bin/${bin}`, args, {encoding: 'utf8', env: {...process.env, NO_COLOR: '1', FORCE_COLOR: '0'}});
  } catch (e) {
    assert.fail(`${bin} ${args.join(' ')}:\n${e.stdout}${e.stderr}`);
  }
}

test('ESLint finds nothing (typescript-eslint, wc, the style rules)', () => clean('eslint', ['--max-warnings', '0', '.']));
test('lit-analyzer --strict finds nothing in src/', () => clean('lit-analyzer', ['--strict', '--maxWarnings', '0', '--noColor', 'src']));

// npm 11 runs no dependency's install script unless allowScripts approves it, npm 10 runs
// them all: a package whose script nobody looked at could make the two installs differ
// unnoticed. Each one gets an entry, with the reason in the README (Development).
test('every dependency with an install script has an allowScripts entry', () => {
  const {allowScripts = {}} = JSON.parse(readFileSync('package.json', 'utf8'));
  const {packages} = JSON.parse(readFileSync('package-lock.json', 'utf8'));
  const withScripts = Object.entries(packages)
    .filter(([, entry]) => entry.hasInstallScript)
    .map(([path]) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length));
  assert.ok(withScripts.length > 0, 'the lockfile marks install scripts (hasInstallScript)');
  assert.deepEqual([...new Set(withScripts)].filter((name) => !(name in allowScripts)), []);
});
