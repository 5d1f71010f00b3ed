import assert from 'node:assert/strict';
import {test} from 'node:test';
import {minifyTemplates} from '../../scripts/vite-plugin-minify-templates.mjs';

// The build plugin rewrites the static text of css`` templates; what it drops must be
// only what CSS ignores, or the script-tag file would style differently from the modules.
const css = (text) => minifyTemplates(`css\`${text}\``).slice(4, -1);

test('calc and ratio operators lose their spaces; addition and selectors keep theirs', () => {
  assert.equal(
    css('a { height: calc(var(--x, 3) * 1.4em + 2 * 1em - 1px); margin: calc(-1 * var(--p)); aspect-ratio: var(--r, 16 / 9); }'),
    'a{height:calc(var(--x,3)*1.4em + 2*1em - 1px);margin:calc(-1*var(--p));aspect-ratio:var(--r,16/9)}',
  );
  // `*` as the universal selector, after a combinator or as a descendant, is left alone.
  assert.equal(css('li > * { x: 1 } .a * .b { x: 1 } :is(p) * em { x: 1 }'), 'li>*{x:1}.a * .b{x:1}:is(p) * em{x:1}');
});

test('leading zeros go only from numbers, not from names or longer numbers', () => {
  assert.equal(css('a { opacity: 0.55; margin: 0 0.5em; width: 10.5em; --v0.5: 1; }'), 'a{opacity:.55;margin:0 .5em;width:10.5em;--v0.5:1}');
});

test('spaces inside parentheses and quotes around identifier attribute values go; other values keep them', () => {
  assert.equal(
    css('ul { grid-template-columns: repeat(\n auto-fit,\n minmax(1em, 1fr)\n ); } :is( a b ) { x: 1 }'),
    'ul{grid-template-columns:repeat(auto-fit,minmax(1em,1fr))}:is(a b){x:1}',
  );
  assert.equal(
    css("[part~='all-link'] { x: 1 } a[href^='https:'] { x: 1 } [data-x='1a'] { x: 1 } [lang|='uk'] { x: 1 }"),
    "[part~=all-link]{x:1}a[href^='https:']{x:1}[data-x='1a']{x:1}[lang|=uk]{x:1}",
  );
});

test('expressions inside a template are not touched', () => {
  assert.equal(minifyTemplates('css`a { b: ${x * 0.5}; }`'), 'css`a{b:${x * 0.5}}`');
});

test('only css`` templates change: other tagged and plain templates keep their text', () => {
  const code = 'const a = html`<p>\n  x  </p>`; const b = `a { b: c; }`; const c = css`a { b: c; }`;';
  assert.equal(minifyTemplates(code), 'const a = html`<p>\n  x  </p>`; const b = `a { b: c; }`; const c = css`a{b:c}`;');
  // A css`` template nested in another template's expression is still found.
  assert.equal(minifyTemplates('x`${css`a { b: c; }`}`'), 'x`${css`a{b:c}`}`');
});

test('::before and ::after take their one-colon spelling; other pseudo-elements keep two colons', () => {
  assert.equal(
    css("a::after { content: ''; } p::before { x: 1 } ::part(card) { x: 1 } ::selection { x: 1 } ::after-x { x: 1 }"),
    "a:after{content:''}p:before{x:1}::part(card){x:1}::selection{x:1}::after-x{x:1}",
  );
});

test('characters past ASCII become JavaScript escapes, which the template gives the stylesheet as the characters', () => {
  const out = css("a::before { content: '…'; } b { content: '🙂'; }");
  assert.equal(out, "a:before{content:'\\u2026'}b{content:'\\ud83d\\ude42'}");
  assert.equal(new Function(`return \`${out}\`;`)(), "a:before{content:'…'}b{content:'🙂'}");
});
