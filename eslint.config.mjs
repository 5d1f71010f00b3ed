// ESLint (flat config), run by `npm test` (test/node/lint.test.mjs) and `npm run lint`:
// typescript-eslint and eslint-plugin-wc on the sources, typescript-eslint on the browser
// tests, the JavaScript rules on our Node scripts and tests, and the project's style rules
// (issue 23) on all of them. Every rule changed from its preset says why.
//
// No eslint-plugin-lit: its rules check lit-html templates (html``), and the elements have
// none. They build their DOM with the small h() builder in src/components/dom.ts on Lit's
// ReactiveElement, so that plugin had nothing to look at.
import js from '@eslint/js';
import {configs as wc} from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Source is written for people (issue 23): `===` always, and expressions stand as statements
// only where they are statements (no `a && b()`, `x ?? set()` or comma sequences for effect).
// The script-tag bundle is minified by terser, which makes those rewrites itself.
const style = {
  eqeqeq: ['error', 'always'],
};

export default tseslint.config(
  {
    // Build output, dependencies and generated results are not source. bench/baseline/ is the
    // hand-written framework-free comparison page: deliberately not written to our rules.
    ignores: ['dist/', 'docs-dist/', 'node_modules/', 'bench/results/', 'bench/baseline/', '.wtr-tmp/', 'docs/dist/'],
  },
  {
    files: ['src/**/*.ts'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended, wc['flat/best-practice']],
    languageOptions: {globals: globals.browser},
    // eslint-plugin-wc knows an element by the name of the class it extends directly, so every
    // base our elements extend is listed: Lit's ReactiveElement, our WidgetElement
    // (src/components/widget-element.ts) and CardHost (src/components/article-card/card-host.ts).
    settings: {wc: {elementBaseClasses: ['ReactiveElement', 'WidgetElement', 'CardHost']}},
    rules: {
      ...style,
      '@typescript-eslint/no-unused-expressions': 'error',
      // ReactiveElement implements connectedCallback and disconnectedCallback, so a guard
      // around `super.connectedCallback()` would be dead code; the rule is for bases that
      // may not (HTMLElement).
      'wc/guard-super-call': 'off',
      // `interface HTMLElementEventMap extends RelatedArticlesEventMap {}` is how a module adds
      // its events to a DOM interface (declaration merging); an empty body is the point there.
      '@typescript-eslint/no-empty-object-type': ['error', {allowInterfaces: 'with-single-extends'}],
      // `const {timeZone: _, ...rest} = options` is the idiom for "options without timeZone".
      '@typescript-eslint/no-unused-vars': ['error', {ignoreRestSiblings: true}],
    },
  },
  {
    // The browser tests, in TypeScript: the same style rules as the sources.
    files: ['test/**/*.ts'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: {globals: {...globals.browser, ...globals.mocha}},
    rules: {
      ...style,
      '@typescript-eslint/no-unused-expressions': 'error',
      '@typescript-eslint/no-unused-vars': ['error', {ignoreRestSiblings: true}],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'test/**/*.mjs', 'bench/**/*.mjs', 'demo/**/*.mjs', '*.config.mjs'],
    extends: [js.configs.recommended],
    // Node scripts; the browser globals are for the functions they hand to playwright's
    // page.evaluate()/waitForFunction(), which run in the page.
    languageOptions: {globals: {...globals.node, ...globals.browser}},
    rules: {
      ...style,
      'no-unused-expressions': 'error',
    },
  },
);
