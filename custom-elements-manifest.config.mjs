// Configuration of `cem analyze` (run by scripts/manifest.mjs), with one plugin
// that teaches the analyzer what it cannot see in our sources:
//
// - Tags. Elements register themselves through `static define(tag = '…')`
//   (DESIGN.md's convention), which calls `defineElement(tag, this)`: the
//   analyzer only recognises `customElements.define('x', X)`, so it found no
//   `tagName` at all. The plugin reads the default of `define`'s parameter, sets
//   `tagName`, and adds the `custom-element-definition` export tools look for.
// - Event types. `@fires name - text` gives a bare `CustomEvent`; each element
//   module declares `interface <Class>EventMap { 'name': CustomEvent<Detail> }`
//   (the types the package ships), so the plugin copies the type from there.
// - Stray declarations. The analyzer reports some local variables of methods
//   as module declarations (a `src` came from `const src = this.src`); only
//   what a module exports is kept, and type-only re-exports (`export type
//   {SkipReason}`), which are no JavaScript export, are dropped.
// - Base classes. Shared bases (widget-element.ts, article-card/card-host.ts) are
//   analysed so their members are inherited by the elements, but they have
//   no tag, so they are not listed as custom elements themselves.
// - Attribute names. WidgetElement.createProperty names every attribute the
//   property's name in kebab case (`headingLevel` → `heading-level`) unless a
//   declaration names its own; the analyzer, which reads the declarations
//   only, would give the property's name as it is, so the plugin applies the same rule
//   (src/components/attribute-name.js, which both import).
// - Paths. Modules are analysed from `src/**/*.ts`, but the package ships
//   `dist/**/*.js` (vite's preserveModules keeps the same layout), so every
//   module path names the shipped file.
import {attributeName} from './src/components/attribute-name.js';

export default {
  globs: ['src/components/*/*.ts', 'src/components/widget-element.ts'],
  exclude: ['src/components/**/*.styles.ts', 'src/components/*/define.ts'],
  litelement: true,
  outdir: '.',
  // package.json names the manifest already; the analyzer would rewrite it for every --outdir.
  packagejson: false,
  plugins: [newsroomWidgets()],
};

const shipped = (path) => path.replace(/^(\.\/)?src\//, 'dist/').replace(/\.ts$/, '.js');

function newsroomWidgets() {
  /** class name → default tag of its `static define(tag = '…')` */
  const tags = new Map();
  /** module path → {event name → type text} from its `*EventMap` interfaces */
  const eventTypes = new Map();
  /** module path → names it re-exports as types only (no JavaScript export) */
  const typeOnly = new Map();

  return {
    name: 'newsroom-widgets',
    analyzePhase({ts, node, moduleDoc}) {
      if (ts.isClassDeclaration(node) && node.name) {
        const define = node.members.find(
          (m) =>
            ts.isMethodDeclaration(m) &&
            m.name?.getText() === 'define' &&
            m.modifiers?.some((mod) => mod.kind === ts.SyntaxKind.StaticKeyword),
        );
        const init = define?.parameters[0]?.initializer;
        if (init && ts.isStringLiteral(init)) tags.set(node.name.text, init.text);
      }
      if (ts.isExportDeclaration(node) && node.exportClause && ts.isNamedExports(node.exportClause)) {
        const names = typeOnly.get(moduleDoc.path) ?? new Set();
        for (const e of node.exportClause.elements) if (node.isTypeOnly || e.isTypeOnly) names.add(e.name.text);
        typeOnly.set(moduleDoc.path, names);
      }
      if (ts.isInterfaceDeclaration(node) && node.name.text.endsWith('EventMap')) {
        const map = eventTypes.get(moduleDoc.path) ?? {};
        for (const m of node.members) {
          if (ts.isPropertySignature(m) && m.type && m.name && ts.isStringLiteral(m.name)) map[m.name.text] = m.type.getText();
        }
        eventTypes.set(moduleDoc.path, map);
      }
    },
    packageLinkPhase({customElementsManifest}) {
      for (const mod of customElementsManifest.modules) {
        const types_ = typeOnly.get(mod.path);
        mod.exports = (mod.exports ?? []).filter((e) => !types_?.has(e.name));
        const exported = new Set((mod.exports ?? []).map((e) => e.declaration?.name ?? e.name));
        mod.declarations = (mod.declarations ?? []).filter((d) => exported.has(d.name));
        const types = eventTypes.get(mod.path) ?? {};
        for (const decl of mod.declarations) {
          for (const attribute of decl.attributes ?? []) attribute.name = attributeName(attribute.name);
          for (const member of decl.members ?? []) if (typeof member.attribute === 'string') member.attribute = attributeName(member.attribute);
          for (const event of decl.events ?? []) {
            if (types[event.name]) event.type = {text: types[event.name]};
          }
          const tag = tags.get(decl.name);
          // Base classes (WidgetElement, CardHost) are ReactiveElements with no tag of their own: no custom element.
          if (decl.kind === 'class' && !tag) delete decl.customElement;
          if (decl.kind !== 'class' || !tag) continue;
          decl.customElement = true;
          decl.tagName = tag;
          if (!mod.exports.some((e) => e.kind === 'custom-element-definition' && e.name === tag)) {
            mod.exports.push({kind: 'custom-element-definition', name: tag, declaration: {name: decl.name, module: mod.path}});
          }
        }
      }
      // Last, so the references above (and the analyzer's own) are rewritten too.
      rewritePaths(customElementsManifest);
    },
  };
}

function rewritePaths(node) {
  if (Array.isArray(node)) node.forEach(rewritePaths);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'path' || key === 'module') && typeof value === 'string' && /^(\.\/)?src\/.*\.ts$/.test(value)) {
        node[key] = shipped(value);
      } else rewritePaths(value);
    }
  }
}
