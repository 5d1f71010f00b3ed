// The server renderer's stylesheets as files (dist/styles/<tag>.css) for `{styles: {href}}`,
// and the sha256 of each inline <style> the renderer writes, for a strict CSP's
// `style-src 'sha256-…'` (dist/styles/hashes.json): both from the built module, so
// they are exactly what the renderer writes. Run by scripts/build.mjs.
import {createHash} from 'node:crypto';
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';

const {ELEMENT_CSS} = await import('../dist/server/styles.js');
const {version} = JSON.parse(readFileSync('package.json', 'utf8'));
mkdirSync('dist/styles', {recursive: true});
const hashes = {version, 'style-src': {}};
for (const [tag, css] of Object.entries(ELEMENT_CSS)) {
  writeFileSync(`dist/styles/${tag}.css`, css);
  hashes['style-src'][tag] = `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
}
writeFileSync('dist/styles/hashes.json', JSON.stringify(hashes, null, 2) + '\n');
console.log(`dist/styles: ${Object.keys(ELEMENT_CSS).join(', ')} (.css, hashes.json)`);
