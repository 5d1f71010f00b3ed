// Generates custom-elements.json (committed, and shipped in the package) with
// the analyzer's Lit plugin and our own (custom-elements-manifest.config.mjs:
// tags, event types, shipped paths), so the README's tables and the manifest
// come from the same JSDoc. `--check` generates it into a scratch folder and
// fails when the committed file differs (it is left as it is).
import {execFileSync} from 'node:child_process';
import {readFileSync, rmSync} from 'node:fs';

const check = process.argv.includes('--check');
const outdir = check ? `node_modules/.cache/cem-check-${process.pid}` : '.';
execFileSync(
  'node_modules/.bin/cem',
  ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', outdir, '--quiet'],
  {stdio: 'inherit'},
);
if (check) {
  const fresh = readFileSync(`${outdir}/custom-elements.json`, 'utf8');
  rmSync(outdir, {recursive: true, force: true});
  if (fresh !== readFileSync('custom-elements.json', 'utf8')) {
    console.error('custom-elements.json is out of date: run `node scripts/manifest.mjs` and commit it.');
    process.exit(1);
  }
}
