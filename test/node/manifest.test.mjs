// custom-elements.json is what editors, type generators and wrapper generators
// read: it must be current and name tags, typed events and shipped files.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const manifest = JSON.parse(readFileSync(pkg.customElements, 'utf8'));
const elements = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement).map((d) => [m, d]));

test('the committed manifest is what the analyzer generates from the sources now', () => {
  const r = spawnSync('node', ['scripts/manifest.mjs', '--check'], {encoding: 'utf8'});
  assert.equal(r.status, 0, r.stderr || r.stdout);
});

test('every element has a tag name and a custom-element definition', () => {
  assert.deepEqual(elements.map(([, d]) => d.tagName).sort(), ['article-card', 'related-articles', 'support-banner']);
  for (const [m, d] of elements) {
    const def = m.exports.find((e) => e.kind === 'custom-element-definition' && e.name === d.tagName);
    assert.deepEqual(def?.declaration, {name: d.name, module: m.path}, `<${d.tagName}> definition`);
  }
});

test('every event has its typed CustomEvent, every renamed attribute its field', () => {
  let events = 0;
  for (const [, d] of elements) {
    for (const e of d.events ?? []) {
      events++;
      assert.match(e.type?.text ?? '', /^CustomEvent<[A-Z]\w+Detail>$/, `${e.name}: ${e.type?.text}`);
    }
    for (const a of d.attributes ?? []) {
      const field = d.members.find((m) => m.name === a.fieldName);
      assert.ok(field, `<${d.tagName} ${a.name}> names a field`);
      assert.equal(field.attribute, a.name);
    }
  }
  assert.equal(events, 9);
  const related = elements.find(([, d]) => d.tagName === 'related-articles')[1];
  assert.equal(related.attributes.find((a) => a.name === 'heading-level').fieldName, 'headingLevel');
});

test('modules name shipped files and declare only what they export', () => {
  for (const m of manifest.modules) {
    assert.match(m.path, /^dist\/.*\.js$/, m.path);
    assert.ok(existsSync(m.path), `${m.path} is built`);
    const exported = new Set(m.exports.map((e) => e.declaration.name));
    for (const d of m.declarations) assert.ok(exported.has(d.name), `${m.path} declares ${d.name} but does not export it`);
    for (const e of m.exports) assert.ok(!e.declaration.module?.startsWith('.'), `${e.name} → ${e.declaration.module}`);
  }
});
