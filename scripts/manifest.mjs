// Generates custom-elements.json (committed, and shipped in the package) with
// the analyzer's Lit plugin and our own (custom-elements-manifest.config.mjs:
// tags, event types, shipped paths), so the README's tables and the manifest
// come from the same JSDoc. `--check` generates it into a scratch folder and
// fails when the committed file differs (it is left as it is).
import {execFileSync} from 'node:child_process';
import {readFileSync, rmSync, writeFileSync} from 'node:fs';

const check = process.argv.includes('--check');
const outdir = check ? `node_modules/.cache/cem-check-${process.pid}` : '.';
execFileSync(
  'node_modules/.bin/cem',
  ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', outdir, '--quiet'],
  {stdio: 'inherit'},
);
// The analyzer lists modules in the order its file reads finish, which changes from run to run;
// sorted by path, the same sources always give the same file (and --check a stable answer).
const out = `${outdir}/custom-elements.json`;
const generated = JSON.parse(readFileSync(out, 'utf8'));
generated.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
writeFileSync(out, `${JSON.stringify(generated, null, 2)}\n`);
if (check) {
  const fresh = readFileSync(out, 'utf8');
  rmSync(outdir, {recursive: true, force: true});
  if (fresh !== readFileSync('custom-elements.json', 'utf8')) {
    console.error('custom-elements.json is out of date: run `node scripts/manifest.mjs` and commit it.');
    process.exit(1);
  }
}
