import {readFileSync} from 'node:fs';
import {resolve} from 'node:path';
import {defineConfig, type TerserOptions} from 'vite';
import minifyTemplates from './scripts/vite-plugin-minify-templates.mjs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {version: string};
const src = (p: string) => resolve(import.meta.dirname, 'src', p);

/**
 * ES2022 in both builds: every browser we support runs it (Chromium, Firefox ESR, WebKitGTK), and
 * below it the build's transform would turn `#private` members into WeakMaps and class static blocks into
 * assignments after the class. Native `#names` are what lets terser shorten internal members.
 */
const TARGET = 'es2022';

/**
 * Terser for the script-tag files. Besides the defaults, only options that keep this code's
 * meaning (BENCHMARKS.md, "Bytes", has what each one saves):
 * - `safari10: false`: Vite turns on Safari 10's workarounds; we support no Safari that old.
 * - `hoist_funs`: function declarations are hoisted by the language anyway, and grouped
 *   they compress better here.
 * - `unsafe_arrows`: a function expression that uses no `this`/`arguments` becomes an arrow;
 *   unsafe only for one called with `new` or read for its `prototype`, which neither our code
 *   nor Lit does.
 * - `keep_fargs: false`: unused trailing parameters go; only code reading `fn.length` notices.
 * - `unsafe_comps`: `a <= b` may become `b >= a`; unsafe only with `valueOf` side effects.
 * Not `pure_getters` (it may drop a property read kept for its effect) nor `booleans_as_integers`
 * (event details and properties would carry 1 instead of true).
 * `ascii_only` writes each character past ASCII in a string or a pattern as an escape (`\u0421`,
 * `\xe4`), which the script reads as the same character; measured, the file is smaller under gzip
 * (BENCHMARKS.md has the figure). terser leaves a tagged template's text as written (a tag may read it
 * raw); the css`` templates' plugin escapes theirs the same way, as our css tag reads the cooked text.
 * `toplevel`/`module` are not set: Vite decides them from the output format, and inside the
 * IIFE every name is local already.
 */
const terserOptions: TerserOptions = {
  safari10: false,
  ecma: 2022,
  compress: {passes: 3, ecma: 2022, hoist_funs: true, unsafe_arrows: true, keep_fargs: false, unsafe_comps: true},
  format: {comments: false, ascii_only: true},
};

/**
 * Two builds from one config, picked by mode (scripts/build.mjs runs both):
 * - default: the ES modules for bundler users, one file per source module,
 *   Lit left as an import (it is a dependency, deduplicated by the app's bundler);
 * - `--mode embed` and `--mode embed-articles`: the script-tag files, each one self-contained
 *   minified IIFE with Lit inside (all three elements, or the articles' two).
 */
export default defineConfig(({mode}) => {
  const define = {__NEWSROOM_VERSION__: JSON.stringify(pkg.version)};
  // The script-tag files, one build each (an IIFE has one input): mode → entry and file name.
  const scriptTagFiles: Record<string, [entry: string, file: string]> = {
    embed: ['embed.ts', 'newsroom-widgets.js'],
    'embed-articles': ['embed-articles.ts', 'related-articles.js'],
  };
  if (mode in scriptTagFiles) {
    const [entry, file] = scriptTagFiles[mode]!;
    return {
      define,
      plugins: [minifyTemplates()],
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        target: TARGET,
        minify: 'terser',
        terserOptions,
        sourcemap: true,
        copyPublicDir: false,
        rollupOptions: {
          input: src(entry),
          output: {format: 'iife', entryFileNames: file},
        },
      },
    };
  }
  return {
    define,
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      target: TARGET,
      minify: false,
      sourcemap: true,
      copyPublicDir: false,
      lib: {
        entry: {
          index: src('index.ts'),
          define: src('define.ts'),
          'components/article-card/article-card': src('components/article-card/article-card.ts'),
          'components/article-card/define': src('components/article-card/define.ts'),
          'components/related-articles/related-articles': src('components/related-articles/related-articles.ts'),
          'components/related-articles/define': src('components/related-articles/define.ts'),
          'components/support-banner/support-banner': src('components/support-banner/support-banner.ts'),
          'components/support-banner/define': src('components/support-banner/define.ts'),
          // Framework entries: not in the script-tag file (the embed build's input is embed.ts alone).
          react: src('react.ts'),
          'server/index': src('server/index.ts'),
          vue: src('vue.ts'),
        },
        formats: ['es'],
      },
      rollupOptions: {
        // Lit (and @lit/react) are dependencies, React an optional peer: all stay imports.
        external: [/^lit(\/|$)/, /^@lit\//, /^react(-dom)?(\/|$)/, /^@xmldom\/xmldom$/, /^entities(\/|$)/],
        onwarn(warning, warn) {
          // react.ts's 'use client' (the React Server Components boundary) does reach dist/react.js:
          // with one output file per module nothing merges it away, which is what the warning is about.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('use client')) return;
          warn(warning);
        },
        output: {preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js'},
      },
    },
  };
});
