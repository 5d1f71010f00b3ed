// `npm run build`: ES modules, the script-tag bundle, type declarations, the
// Custom Elements Manifest, the typings generated from it, and the bundle's SRI hash. Fails loudly on any step.
import {execFileSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {copyFileSync, readFileSync, writeFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';

const run = (cmd, args) => execFileSync(cmd, args, {stdio: 'inherit'});
const bin = (name) => `node_modules/.bin/${name}`;

run(bin('vite'), ['build', '--logLevel', 'warn']);
run(bin('vite'), ['build', '--mode', 'embed', '--logLevel', 'warn']);
run(bin('vite'), ['build', '--mode', 'embed-articles', '--logLevel', 'warn']);
run(bin('tsc'), ['-p', 'tsconfig.json']);
run('node', ['scripts/manifest.mjs']);
run('node', ['scripts/typings.mjs']); // React, Vue, event-map and script-tag typings, from the manifest
run('node', ['scripts/server-styles.mjs']); // the server renderer's stylesheets and their CSP hashes
copyFileSync('src/iframe/embed.html', 'dist/embed.html'); // the iframe embed, beside the script it loads
run('node', ['scripts/banner-schema.mjs']); // the config's JSON Schema, and its validator for the docs

// Each script-tag file's Subresource Integrity hash, beside it (`<file>.sri`) and in dist/sri.json
// (its top-level fields name the all-in-one file, as before; `files` lists both).
const {version} = JSON.parse(readFileSync('package.json', 'utf8'));
const files = {};
for (const file of ['newsroom-widgets.js', 'related-articles.js']) {
  const bytes = readFileSync(`dist/${file}`);
  const integrity = `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
  writeFileSync(`dist/${file}.sri`, integrity + '\n');
  files[file] = integrity;
  console.log(`dist/${file}: ${bytes.length} bytes, ${gzipSync(bytes, {level: 9}).length} gzip; integrity ${integrity}`);
}
const sri = {file: 'newsroom-widgets.js', version, integrity: files['newsroom-widgets.js'], files};
writeFileSync('dist/sri.json', JSON.stringify(sri, null, 2) + '\n');
run('node', ['scripts/wordpress-zip.mjs']); // the WordPress plugin's zip, with this bundle's hash as its default
