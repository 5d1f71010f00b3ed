// `npm run build`: ES modules, the script-tag bundle, type declarations, the
// Custom Elements Manifest, the typings generated from it, and the bundle's SRI hash. Fails loudly on any step.
import {execFileSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {readFileSync, writeFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';

const run = (cmd, args) => execFileSync(cmd, args, {stdio: 'inherit'});
const bin = (name) => `node_modules/.bin/${name}`;

run(bin('vite'), ['build', '--logLevel', 'warn']);
run(bin('vite'), ['build', '--mode', 'embed', '--logLevel', 'warn']);
run(bin('tsc'), ['-p', 'tsconfig.json']);
run('node', ['scripts/manifest.mjs']);
run('node', ['scripts/typings.mjs']); // React, Vue, event-map and script-tag typings, from the manifest
run('node', ['scripts/server-styles.mjs']); // the server renderer's stylesheets and their CSP hashes

const bundle = readFileSync('dist/newsroom-widgets.js');
const integrity = `sha384-${createHash('sha384').update(bundle).digest('base64')}`;
writeFileSync('dist/newsroom-widgets.js.sri', integrity + '\n');
const {version} = JSON.parse(readFileSync('package.json', 'utf8'));
writeFileSync('dist/sri.json', JSON.stringify({file: 'newsroom-widgets.js', version, integrity}, null, 2) + '\n');
console.log(
  `dist/newsroom-widgets.js: ${bundle.length} bytes, ${gzipSync(bundle, {level: 9}).length} gzip; integrity ${integrity}`,
);
