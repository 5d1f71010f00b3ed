// `npm run docs`: the docs site as static files a publisher can host anywhere, in docs-dist/
// (or the folder given as the first argument). Beside the pages: the script-tag bundle and
// its hash (the live examples and the builder's preview run it), custom-elements.json (the
// builder's options) and copies of the demo's sample feeds (the live examples' data).
// demo/serve.mjs calls buildSite() too, into docs/dist/, with its own feed origin.
import {cpSync, existsSync, mkdirSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {pathToFileURL} from 'node:url';
import {build} from 'vite';

const ROOT = resolve(import.meta.dirname, '..');
// The articles-only file and the iframe page too: the builder's Script and Iframe tabs preview them.
const BUNDLE_FILES = ['newsroom-widgets.js', 'newsroom-widgets.js.map', 'newsroom-widgets.js.sri', 'sri.json',
  'related-articles.js', 'related-articles.js.map', 'related-articles.js.sri', 'embed.html'];
// Also from the build, but not copied into the site's dist/: the config's schema goes beside the pages,
// its precompiled validator into the banner page's script.
const SCHEMA_FILES = ['banner.schema.json', 'docs/banner-config-validate.js'];

/**
 * Builds the site into `outDir`; `sampleFeeds` copies demo/feeds/ in and points the examples at
 * the copies. `dist`: where `npm run build` wrote the bundle (another folder for a copy of it).
 */
export async function buildSite({outDir = join(ROOT, 'docs-dist'), sampleFeeds = true, dist = join(ROOT, 'dist')} = {}) {
  const missing = [...BUNDLE_FILES, ...SCHEMA_FILES].filter((file) => !existsSync(join(dist, file)));
  if (missing.length) throw new Error(`No ${missing.join(', ')} in ${dist}: run \`npm run build\` first.`);
  await build({
    configFile: join(ROOT, 'docs/vite.config.ts'),
    mode: sampleFeeds ? 'static' : 'production',
    logLevel: 'warn',
    build: {outDir, emptyOutDir: true},
  });
  mkdirSync(join(outDir, 'dist'), {recursive: true});
  for (const file of BUNDLE_FILES) cpSync(join(dist, file), join(outDir, 'dist', file));
  cpSync(join(ROOT, 'custom-elements.json'), join(outDir, 'custom-elements.json'));
  if (sampleFeeds) cpSync(join(ROOT, 'demo/feeds'), join(outDir, 'feeds'), {recursive: true});
  // The config's JSON Schema at its $id (the docs URL): editors fetch it from there; the banner page links it.
  cpSync(join(dist, 'banner.schema.json'), join(outDir, 'banner.schema.json'));
  return outDir;
}

// Compared as URLs: a checkout's path may hold a space or Cyrillic letters, which a URL percent-encodes.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const out = await buildSite({outDir: process.argv[2] ? resolve(process.argv[2]) : undefined});
  console.log(`Docs site written to ${out}/ (open index.html through any static file server).`);
}
