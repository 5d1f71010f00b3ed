// web-test-runner plugin for the React tests. React ships CommonJS only, which the
// test server hands to the browser unchanged; this plugin serves `react`,
// `react-dom` and `react-dom/client` as ES modules instead (one esbuild bundle of
// all three, so the page has one React), and serves the server-rendered page:
// GET /__react/ssr?props=<JSON> runs test/react/render.mjs in a Node process of its
// own (no DOM, as on a partner's server) and answers its HTML.
import {execFile} from 'node:child_process';
import {promisify} from 'node:util';
import {build} from 'esbuild';

const run = promisify(execFile);

/** Each specifier the browser may import, and the module name it is served under. */
const MODULES = {react: 'react', 'react-dom': 'react-dom', 'react-dom/client': 'react-dom-client'};
const BUNDLE = '/__react/bundle.js';
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

let bundle;

/** React, react-dom and react-dom/client in one ES module exporting each one's `module.exports`. */
async function bundleText() {
  const entries = Object.keys(MODULES);
  const result = await build({
    stdin: {
      contents: entries.map((specifier, i) => `import m${i} from '${specifier}';`).join('\n') + `\nexport default [${entries.map((_, i) => `m${i}`).join(', ')}];`,
      resolveDir: process.cwd(),
    },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    // The development build: hydration mismatches are reported in full.
    define: {'process.env.NODE_ENV': '"development"'},
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/**
 * The names each specifier exports, asked of a Node process of its own: React's
 * development build, loaded here, would wrap the test runner's console.
 */
async function exportNames() {
  const script = `console.log(JSON.stringify(Object.fromEntries(${JSON.stringify(Object.keys(MODULES))}.map((s) => [s, Object.keys(require(s))]))))`;
  const {stdout} = await run(process.execPath, ['-e', script], {encoding: 'utf8'});
  return JSON.parse(stdout);
}

let names;

/** One specifier as an ES module: its CommonJS exports as named exports, and the whole as default. */
async function moduleText(specifier) {
  names ??= exportNames();
  const index = Object.keys(MODULES).indexOf(specifier);
  const exported = (await names)[specifier].filter((name) => IDENTIFIER.test(name) && name !== 'default');
  return `import all from '${BUNDLE}';\nconst m = all[${index}];\nexport default m;\nexport const {${exported.join(', ')}} = m;\n`;
}

export function reactPlugin() {
  return {
    name: 'react-esm',
    resolveImport({source}) {
      if (source in MODULES) return `/__react/${MODULES[source]}.js`;
      return undefined;
    },
    async serve(context) {
      if (context.path === BUNDLE) {
        bundle ??= bundleText();
        return {body: await bundle, type: 'js'};
      }
      const specifier = Object.keys(MODULES).find((s) => context.path === `/__react/${MODULES[s]}.js`);
      if (specifier) return {body: await moduleText(specifier), type: 'js'};
      if (context.path === '/__react/ssr') {
        const props = context.URL.searchParams.get('props') ?? '{}';
        const {stdout} = await run(process.execPath, ['test/react/render.mjs', props], {encoding: 'utf8'});
        return {body: stdout, type: 'html'};
      }
      return undefined;
    },
  };
}
