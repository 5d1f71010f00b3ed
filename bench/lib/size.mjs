// Where the script-tag bundle's gzip bytes go, by layer. Each output byte is
// attributed to its source file through the bundle's source map; a layer's
// share is how much smaller the gzip gets when that layer's bytes are cut out
// (a marginal share: shares overlap a little, since gzip reuses text across
// layers, so they do not add up exactly to the total). Plus the floor Lit sets:
// a bundle with one trivial LitElement, built the same way.
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {join} from 'node:path';
import {gzipSync} from 'node:zlib';
import * as esbuild from 'esbuild';
import {ROOT} from './build.mjs';

const require = createRequire(join(ROOT, 'package.json'));
const {TraceMap, eachMapping} = require('@jridgewell/trace-mapping');
const gzip = (s) => gzipSync(s, {level: 9}).length;

/**
 * Layers by source path, first match wins. Bytes no source owns (the IIFE
 * wrapper) belong to no layer.
 */
const LAYERS = [
  ['Lit (@lit/reactive-element)', /node_modules\/(lit|lit-html|lit-element|@lit)\//],
  ['styles (css`` of all elements)', /\.styles\.ts$/],
  ['<support-banner> + campaign/', /support-banner\/|\/campaign\//],
  ['feed: XML (RSS, RDF, Atom)', /feed\/xml-feed\.ts$/],
  ['data/: network, cache, data controller', /\/data\/|components\/resource-controller\.ts$/],
  ['<related-articles>, <article-card>, shared element code', /components\//],
  ['feed: JSON Feed, model, normalising, dates, HTML text', /\/feed\//],
  ['i18n/ (strings, formats)', /\/i18n\//],
  ['internal/ (define, storage, URLs, visibility, …)', /\/internal\/|\/(embed|define|index)\.ts$/],
];

export function layerShares(bundlePath) {
  const code = readFileSync(bundlePath, 'utf8');
  const map = new TraceMap(readFileSync(`${bundlePath}.map`, 'utf8'));
  const lineStart = [0];
  for (const line of code.split('\n')) lineStart.push(lineStart.at(-1) + line.length + 1);
  const mappings = [];
  eachMapping(map, (m) => mappings.push(m));
  mappings.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);
  const owner = new Array(code.length).fill(null);
  mappings.forEach((m, i) => {
    const next = mappings[i + 1];
    const end = next ? lineStart[next.generatedLine - 1] + next.generatedColumn : code.length;
    const layer = m.source && LAYERS.find(([, re]) => re.test(m.source));
    for (let j = lineStart[m.generatedLine - 1] + m.generatedColumn; j < end; j++) owner[j] = layer ? layer[0] : null;
  });
  const total = gzip(code);
  return LAYERS.map(([name]) => {
    let rest = '';
    for (let j = 0; j < code.length; j++) if (owner[j] !== name) rest += code[j];
    return {name, bytes: total - gzip(rest)};
  });
}

/** gzip bytes of a minified IIFE with Lit's ReactiveElement (our base) and one trivial element: what Lit alone costs. */
export async function litFloor() {
  const result = await esbuild.build({
    stdin: {
      contents: `import {ReactiveElement, css} from '@lit/reactive-element';
        customElements.define('x-floor', class extends ReactiveElement {
          static styles = css\`:host{display:block}\`;
          static properties = {a: {}};
          update(c) { super.update(c); this.renderRoot.textContent = this.a; }
        });`,
      resolveDir: ROOT,
      loader: 'js',
    },
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2021',
    write: false,
    logLevel: 'silent',
  });
  return gzip(result.outputFiles[0].contents);
}
