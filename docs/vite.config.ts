// The docs site: plain HTML pages, one small script each, built by Vite into
// docs/dist/ and served at /docs/ by `npm start` (demo/serve.mjs builds it on start).
// Kept out of `npm run build`: the package does not need it.
import {resolve} from 'node:path';
import {defineConfig} from 'vite';
// @ts-expect-error a plain .mjs module beside this config
import {PAGES, site} from './site-plugin.mjs';

const here = import.meta.dirname;

export default defineConfig({
  root: here,
  base: '/docs/',
  publicDir: false,
  logLevel: 'warn',
  plugins: [site({root: resolve(here, '..')})],
  build: {
    outDir: resolve(here, 'dist'),
    emptyOutDir: true,
    target: 'es2021',
    rollupOptions: {input: Object.fromEntries((PAGES as [string, string][]).map(([file]) => [file.replace('.html', ''), resolve(here, file)]))},
  },
});
