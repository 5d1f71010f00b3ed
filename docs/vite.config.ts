// The docs site: plain HTML pages, one small script each, built by Vite.
// scripts/docs-build.mjs runs it: `npm run docs` (mode "static") writes the site a
// publisher hosts, with the sample feeds inside it; `npm start` (demo/serve.mjs) builds
// it into docs/dist/ and serves it at /docs/, its examples on the demo's feed origin.
// Kept out of `npm run build`: the package does not need it.
import {resolve} from 'node:path';
import {defineConfig} from 'vite';
// @ts-expect-error a plain .mjs module beside this config
import {PAGES, site} from './site-plugin.mjs';

const here = import.meta.dirname;

export default defineConfig(({mode}) => ({
  root: here,
  // Relative URLs: the site works wherever it is hosted, at / or under a path.
  base: './',
  publicDir: false,
  logLevel: 'warn',
  plugins: [site({root: resolve(here, '..'), feeds: mode === 'static' ? './feeds' : undefined})],
  build: {
    outDir: resolve(here, 'dist'),
    emptyOutDir: true,
    target: 'es2021',
    rollupOptions: {input: Object.fromEntries((PAGES as [string, string][]).map(([file]) => [file.replace('.html', ''), resolve(here, file)]))},
  },
}));
