// Generates custom-elements.json (committed, and shipped in the package) with
// the analyzer's Lit plugin, so the README's tables and the manifest come from
// the same JSDoc. `--check` fails when the committed file is out of date.
import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';

const check = process.argv.includes('--check');
const before = check ? readFileSync('custom-elements.json', 'utf8') : '';
execFileSync(
  'node_modules/.bin/cem',
  ['analyze', '--litelement', '--globs', 'src/components/*/*.ts', '--exclude', 'src/components/**/*.styles.ts', '--exclude', 'src/components/*/define.ts', '--quiet'],
  {stdio: 'inherit'},
);
if (check && readFileSync('custom-elements.json', 'utf8') !== before) {
  console.error('custom-elements.json was out of date; it has been regenerated: commit it.');
  process.exit(1);
}
