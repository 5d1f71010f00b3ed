// What `npm publish` would ship, checked on the real tarball (`npm pack` of the
// built tree; `npm test` has just built dist/): publint --strict, arethetypeswrong
// (ESM-only profile: the package has no CommonJS entry, by design), the files in
// it, and the metadata a registry, a CDN and a partner's tools read.
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {execFile, execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {promisify} from 'node:util';

const run = promisify(execFile);
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
let dir;
let tarball;
let files;

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsroom-pack-'));
  // --ignore-scripts: prepack would build again; dist/ is fresh already.
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']}),
  );
  tarball = join(dir, packed.filename);
  files = new Set(packed.files.map((f) => f.path));
});

after(() => dir && rmSync(dir, {recursive: true, force: true}));

async function clean(bin, args) {
  try {
    await run(`node_modules/.bin/${bin}`, args, {encoding: 'utf8', env: {...process.env, NO_COLOR: '1', FORCE_COLOR: '0'}});
  } catch (e) {
    assert.fail(`${bin} ${args.join(' ')}:\n${e.stdout}${e.stderr}`);
  }
}

test('publint --strict finds nothing in the tarball', () => clean('publint', ['run', tarball, '--strict']));
test('arethetypeswrong finds nothing in the tarball (ESM-only)', () => clean('attw', [tarball, '--profile', 'esm-only', '--format', 'table-flipped']));

test('the tarball holds every exports target, the licence, and no sources', () => {
  const targets = Object.values(pkg.exports).flatMap((v) => (typeof v === 'string' ? [v] : Object.values(v)));
  for (const t of [...targets, pkg.unpkg, pkg.jsdelivr, pkg.customElements, 'LICENSE', 'README.md']) {
    const path = t.replace(/^\.\//, '');
    // A subpath pattern (`./dist/styles/*`) names a folder: something must be in it.
    const shipped = path.endsWith('/*') ? [...files].some((f) => f.startsWith(path.slice(0, -1))) : files.has(path);
    assert.ok(shipped, `${t} is in the tarball`);
  }
  for (const f of ['dist/styles/related-articles.css', 'dist/styles/hashes.json', 'dist/related-articles.js', 'dist/embed.html', 'dist/server/index.js', 'bin/newsroom-widgets.mjs']) {
    assert.ok(files.has(f), `${f} is in the tarball`);
  }
  assert.ok(![...files].some((f) => f.startsWith('src/') || f.startsWith('test/')), 'no sources or tests');
});

test('every source map a shipped file points at is shipped too', () => {
  let maps = 0;
  for (const f of files) {
    if (!f.endsWith('.js')) continue;
    const url = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(readFileSync(f, 'utf8'))?.[1];
    if (!url) continue;
    maps++;
    assert.ok(files.has(join(f, '..', url)), `${f} → ${url}`);
  }
  assert.ok(maps > 10, `${maps} files with source maps`);
});

test('a CDN’s bare package URL serves the script-tag file', () => {
  assert.equal(pkg.unpkg, './dist/newsroom-widgets.js');
  assert.equal(pkg.jsdelivr, pkg.unpkg);
  assert.equal(pkg.exports['./newsroom-widgets.js'].default, pkg.unpkg);
  assert.ok(pkg.exports['./newsroom-widgets.js'].types.endsWith('.d.ts'));
});

test('the package says where it lives, builds before packing, and names one Node version', () => {
  for (const k of ['repository', 'homepage', 'bugs', 'keywords', 'license']) assert.ok(pkg[k], k);
  assert.match(readFileSync('LICENSE', 'utf8'), /^MIT License\n\nCopyright \(c\) \d{4} the newsroom-widgets authors/);
  assert.equal(pkg.scripts.prepack, 'npm run build');
  const major = readFileSync('.nvmrc', 'utf8').trim();
  assert.match(major, /^\d+$/);
  assert.equal(pkg.engines.node, `>=${major}`);
  assert.match(pkg.devEngines.runtime.version, new RegExp(`^\\^${major}\\.`));
  assert.match(readFileSync('README.md', 'utf8'), new RegExp(`Node(\\.js)? ${major}\\b`));
});
