// Everything the benchmark and the budget tests load comes from a private copy
// of dist/, because other engineers rebuild dist/ (emptying it first) at any
// moment; measuring a half-written bundle would be silent nonsense.
import {execFileSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import esbuild from 'esbuild';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = join(ROOT, 'dist');
const BUNDLE = 'newsroom-widgets.js';

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** True when dist/ lacks the bundle or any source file is newer than it. */
export function distIsStale() {
  const bundle = join(DIST, BUNDLE);
  if (!existsSync(bundle)) return true;
  return newestMtime(join(ROOT, 'src')) > statSync(bundle).mtimeMs;
}

export function build() {
  execFileSync('node', ['scripts/build.mjs'], {cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit']});
}

/** The copied bundle must match the SRI hash the same build wrote, or another build raced us. */
function copyIsWhole(dir) {
  const sriFile = join(dir, `${BUNDLE}.sri`);
  if (!existsSync(sriFile) || !existsSync(join(dir, BUNDLE)) || !existsSync(join(dir, 'index.js'))) return false;
  const want = readFileSync(sriFile, 'utf8').trim();
  const got = `sha384-${createHash('sha384').update(readFileSync(join(dir, BUNDLE))).digest('base64')}`;
  return want === got;
}

/**
 * A private working directory with `dist/` (a verified copy of the build) and
 * `node_modules` (a link, so the ES modules' `lit` imports resolve in Node).
 * `rebuild`: 'if-stale' (the benchmark), 'always' (--build), or 'never' (the
 * tests, which run right after `npm test` built): then a copy that raced
 * another build is retried after a pause instead of rebuilding.
 */
export function prepareWorkdir({rebuild = 'if-stale', log = () => {}} = {}) {
  const work = mkdtempSync(join(tmpdir(), 'newsroom-bench-'));
  symlinkSync(join(ROOT, 'node_modules'), join(work, 'node_modules'), 'dir');
  for (let attempt = 0; attempt < 5; attempt++) {
    const wanted = rebuild === 'always' ? attempt === 0 : rebuild === 'if-stale' && (attempt > 0 || distIsStale());
    if (wanted) {
      log(attempt ? 'dist/ changed under us; building again' : 'building dist/');
      build();
    } else if (attempt > 0) {
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 3000);
    }
    rmSync(join(work, 'dist'), {recursive: true, force: true});
    try {
      cpSync(DIST, join(work, 'dist'), {recursive: true});
    } catch {
      continue; // a concurrent build emptied dist/ mid-copy
    }
    if (copyIsWhole(join(work, 'dist'))) return work;
  }
  rmSync(work, {recursive: true, force: true});
  throw new Error('could not get a consistent copy of dist/ (missing, or another build keeps rewriting it; run `npm run build`)');
}

/**
 * The library's own CSS as <related-articles> adopts it, read from the built
 * modules: every `css` export of components/**\/*.styles.js but the banner's,
 * shared styles first, then the list's, then the rest (the card's), so a
 * stylesheet that moves or splits while the list's rendering changes is still
 * picked up.
 */
export async function libraryCss(work) {
  const dir = join(work, 'dist', 'components');
  const files = [];
  const walk = (d) => {
    for (const e of readdirSync(d, {withFileTypes: true})) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (e.name.endsWith('.styles.js') && !/support-banner/.test(join(d, e.name))) files.push(join(d, e.name));
    }
  };
  walk(dir);
  const rank = (f) => (/shared\.styles/.test(f) ? 0 : /related-articles/.test(f) ? 1 : 2);
  files.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const seen = new Set();
  for (const f of files) {
    for (const value of Object.values(await import(f))) if (typeof value?.cssText === 'string') seen.add(value.cssText);
  }
  return [...seen].join('\n');
}

/** bench/baseline/*.js with the library's CSS inlined, minified like our bundle: work/dist/baseline.js. */
export async function buildBaseline(work) {
  const css = await libraryCss(work);
  const result = await esbuild.build({
    entryPoints: [join(ROOT, 'bench/baseline/baseline-articles.js')],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2021',
    define: {__BASELINE_CSS__: JSON.stringify(css)},
    write: false,
  });
  const out = join(work, 'dist', 'baseline.js');
  writeFileSync(out, result.outputFiles[0].contents);
  return out;
}

/**
 * What a bundler user pays for one ES entry point: the entry and every module
 * it reaches, minified, with Lit left out (an app shares one Lit).
 */
export async function esEntrySize(work, file) {
  const result = await esbuild.build({
    entryPoints: [join(work, file)],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2021',
    external: ['lit', 'lit/*', '@lit/*'],
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].contents;
}

export function removeWorkdir(work) {
  rmSync(work, {recursive: true, force: true});
}
