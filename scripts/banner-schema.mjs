// The campaign config's JSON Schema, shipped as dist/banner.schema.json (the package's
// `newsroom-widgets/banner.schema.json`), and the same schema compiled ahead of time into a
// validator for the docs' "Check your config" box (dist/docs/banner-config-validate.js,
// kept out of the package by package.json's `files`). Run by scripts/build.mjs.
//
// Compiled here rather than in the reader's browser: Ajv compiles a schema into code with
// `new Function`, which a docs page under a strict CSP may not run; its standalone output
// is plain code. esbuild bundles that code with the few Ajv helpers and formats it requires,
// so the result is one ES module with no imports, which the docs build and the test runner
// (which serves the docs' sources as they are) both load.
import {copyFileSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {pathToFileURL} from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import addFormats from 'ajv-formats';
import {build} from 'esbuild';

const ROOT = resolve(import.meta.dirname, '..');
export const SCHEMA_FILE = join(ROOT, 'schema/banner.schema.json');

/**
 * The Ajv instance both the docs' validator and the tests compile the schema with: every
 * error rather than the first, and each error with the schema around it (`verbose`), whose
 * description the docs' messages quote.
 */
export function bannerSchemaAjv({source = false} = {}) {
  const ajv = new Ajv2020({allErrors: true, verbose: true, allowUnionTypes: true, code: {source, esm: true}});
  addFormats(ajv, ['date-time']);
  return ajv;
}

export const bannerSchema = () => JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'));

/** Writes dist/banner.schema.json and dist/docs/banner-config-validate.js (with its .d.ts). */
export async function writeBannerSchema(dist = join(ROOT, 'dist')) {
  copyFileSync(SCHEMA_FILE, join(dist, 'banner.schema.json'));
  const ajv = bannerSchemaAjv({source: true});
  const code = standaloneCode(ajv, ajv.compile(bannerSchema()));
  mkdirSync(join(dist, 'docs'), {recursive: true});
  await build({
    stdin: {contents: code, resolveDir: ROOT, sourcefile: 'banner-config-validate.js', loader: 'js'},
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2021',
    logLevel: 'warning',
    outfile: join(dist, 'docs/banner-config-validate.js'),
  });
  writeFileSync(
    join(dist, 'docs/banner-config-validate.d.ts'),
    `import type {ErrorObject} from 'ajv';
/** dist/banner.schema.json compiled by Ajv (scripts/banner-schema.mjs): true when the config is valid, else its errors in \`validate.errors\`. */
export declare const validate: ((data: unknown) => boolean) & {errors?: ErrorObject[] | null};
export default validate;
`,
  );
  console.log('dist/banner.schema.json, dist/docs/banner-config-validate.js');
}

// Compared as URLs: a checkout's path may hold a space or Cyrillic letters, which a URL percent-encodes.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await writeBannerSchema();
