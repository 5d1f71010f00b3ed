// ESLint (flat config), run by `npm test` (test/node/lint.test.mjs) and `npm run lint`:
// typescript-eslint, eslint-plugin-lit and eslint-plugin-wc on the sources, the
// JavaScript rules on our Node scripts. Every rule changed from its preset says why.
import js from '@eslint/js';
import {configs as lit} from 'eslint-plugin-lit';
import {configs as wc} from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    // Build output, dependencies and generated results are not source. bench/baseline/ is the
    // hand-written framework-free comparison page: deliberately not written to our rules.
    ignores: ['dist/', 'node_modules/', 'bench/results/', 'bench/baseline/', '.wtr-tmp/', 'docs/dist/'],
  },
  {
    files: ['src/**/*.ts'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended, lit['flat/recommended'], wc['flat/recommended']],
    languageOptions: {globals: globals.browser},
    settings: {wc: {elementBaseClasses: ['LitElement']}},
    rules: {
      // `interface HTMLElementEventMap extends RelatedArticlesEventMap {}` is how a module adds
      // its events to a DOM interface (declaration merging); an empty body is the point there.
      '@typescript-eslint/no-empty-object-type': ['error', {allowInterfaces: 'with-single-extends'}],
      // `const {timeZone: _, ...rest} = options` is the idiom for "options without timeZone".
      '@typescript-eslint/no-unused-vars': ['error', {ignoreRestSiblings: true}],
      // `map.get(k)?.push(v) ?? map.set(k, [v])`: a short-circuit used for its effect, kept
      // because the script-tag bundle's bytes are budgeted; plain unused expressions still fail.
      '@typescript-eslint/no-unused-expressions': ['error', {allowShortCircuit: true}],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'test/node/**/*.mjs', 'bench/**/*.mjs', 'demo/**/*.mjs', '*.config.mjs'],
    extends: [js.configs.recommended],
    // Node scripts; the browser globals are for the functions they hand to playwright's
    // page.evaluate()/waitForFunction(), which run in the page.
    languageOptions: {globals: {...globals.node, ...globals.browser}},
  },
);
