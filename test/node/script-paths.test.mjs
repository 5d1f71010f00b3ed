// The build's and the docs' scripts do their work in a checkout whose folder name has a space
// or Cyrillic letters (~/Проєкти/newsroom widgets): `npm start` there once stopped on «No
// banner.schema.json … run `npm run build` first» right after `npm run build` had run. Each
// script is a copy here without its inputs, so one that runs stops on the first one missing;
// one that took itself for imported, not run, exited 0 having done nothing.
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {after, test} from 'node:test';

const root = fileURLToPath(new URL('../../', import.meta.url));
const base = mkdtempSync(join(tmpdir(), 'newsroom Проєкти '));
const checkout = join(base, 'newsroom widgets');
mkdirSync(join(checkout, 'scripts'), {recursive: true});
symlinkSync(join(root, 'node_modules'), join(checkout, 'node_modules'), 'dir');
after(() => rmSync(base, {recursive: true, force: true}));

/** Each script, and what it says when it runs without its inputs. */
const SCRIPTS = [
  ['docs-build.mjs', /run `npm run build` first/],
  ['banner-schema.mjs', /ENOENT.*banner\.schema\.json/],
  ['wordpress-zip.mjs', /ENOENT.*custom-elements\.json/],
];
for (const [script] of SCRIPTS) copyFileSync(join(root, 'scripts', script), join(checkout, 'scripts', script));

for (const [script, message] of SCRIPTS) {
  test(`scripts/${script} runs in a folder with a space and Cyrillic letters`, () => {
    // As scripts/build.mjs and npm run it: from the checkout, by a relative path.
    const run = spawnSync(process.execPath, [join('scripts', script)], {cwd: checkout, encoding: 'utf8', timeout: 60_000});
    assert.notEqual(run.status, 0, `it ran and stopped on a missing input:\n${run.stdout}${run.stderr}`);
    assert.match(run.stderr, message);
  });
}
