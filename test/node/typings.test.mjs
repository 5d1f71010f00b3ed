// The typings a TypeScript, React 19 or Vue 3 user gets, proven by compiling the
// usage files in test/types/ against the built package (imported by its name,
// through package.json's exports). Each file has `@ts-expect-error` (Vue:
// `@vue-expect-error`) lines: a misuse the typings must catch, so the check
// fails if the typings ever loosen to `any`.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {promisify} from 'node:util';

const run = promisify(execFile);
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const manifest = JSON.parse(readFileSync(pkg.customElements, 'utf8'));
const elements = manifest.modules.flatMap((m) => m.declarations.filter((d) => d.customElement));

async function typecheck(bin, project) {
  try {
    await run(`node_modules/.bin/${bin}`, ['-p', project], {encoding: 'utf8'});
  } catch (e) {
    assert.fail(`${bin} -p ${project}:\n${e.stdout}${e.stderr}`);
  }
}

// The two compilers run side by side: each spends most of its time loading lib files.
test('plain TypeScript, the script-tag global and React 19 JSX type-check (tsc)', () => typecheck('tsc', 'test/types/tsconfig.json'));
test('Vue 3 templates type-check with strictTemplates (vue-tsc)', () => typecheck('vue-tsc', 'test/types/vue/tsconfig.json'));
// The browser tests run through esbuild, which strips types unchecked: a wrong import or a misread
// model in a test would otherwise go unnoticed.
test('the tests type-check against the sources (tsconfig.test.json)', () => typecheck('tsc', 'tsconfig.test.json'));

test('every tag and event of the manifest is in the generated typings', () => {
  // Each entry's declarations re-export the file generated for its tags (scripts/typings.mjs).
  const read = (entry) => {
    const types = pkg.exports[entry].types;
    const generated = /^export \* from '\.\/(.+)\.js';$/m.exec(readFileSync(types, 'utf8'))?.[1];
    assert.ok(generated, `${types} re-exports the generated typings`);
    return readFileSync(`dist/types/${generated}.d.ts`, 'utf8');
  };
  const [react, vue, globals] = [read('./react'), read('./vue'), readFileSync('dist/types/globals.d.ts', 'utf8')];
  for (const el of elements) {
    assert.ok(react.includes(`'${el.tagName}': ElementProps<${el.name}, `), `React: <${el.tagName}>`);
    assert.ok(vue.includes(`'${el.tagName}': DefineCustomElement<${el.name}, `), `Vue: <${el.tagName}>`);
    for (const e of el.events ?? []) {
      assert.ok(react.includes(`'on${e.name}'?: (event: ${e.type.text}) => void;`), `React: on${e.name}`);
      assert.equal(globals.split(`'${e.name}': ${e.type.text};`).length - 1, 2, `${e.name} on GlobalEventHandlersEventMap and DocumentEventMap`);
    }
  }
  assert.match(readFileSync(pkg.exports['./newsroom-widgets.js'].types, 'utf8'), /var NewsroomWidgets: NewsroomWidgetsGlobal;/);
});
