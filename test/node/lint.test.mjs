// Static checks in `npm test`: ESLint (eslint.config.mjs) and lit-analyzer in strict
// mode (template bindings against the elements' types, CSS, tags). Both run side by side.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
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
