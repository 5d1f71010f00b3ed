// Shrinks the static text of css`` templates in the script-tag build: indentation,
// comments and the spaces CSS ignores are a share of the bundle worth dropping
// (BENCHMARKS.md has how much), and terser leaves template text alone. Only what
// CSS ignores changes, so the styles are the same. Expressions inside templates
// are skipped with a small scanner that understands strings and nested templates.
// The elements build their DOM with calls, not lit-html templates, so css`` is
// the only kind there is.

const CSS_TAG = /\bcss`/g;

function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    // Spaces around `*` and `/` between numbers and functions (calc, ratios) are optional;
    // a selector's `*` never has a digit or `)` before it and a number or a function (`var(`, `round(`) after it.
    .replace(/([\d)])\s+([*/])\s+(?=[\d.(]|[a-z-]+\()/g, '$1$2')
    .replace(/([:\s,(])0\.(?=\d)/g, '$1.')
    // Inside parentheses the spaces next to them carry nothing (`repeat( auto-fit, … )`).
    .replace(/\(\s+/g, '(')
    .replace(/\s+\)/g, ')')
    // An attribute selector's value needs no quotes when it is an identifier: [part~='title'].
    .replace(/(\[[\w-]+[~|^$*]?=)'([a-zA-Z_][\w-]*)'\]/g, '$1$2]')
    // `!important` needs no space before it.
    .replace(/\s+!important/g, '!important')
    // An at-rule's name ends where its parenthesised condition starts: `@media(…)`.
    .replace(/(@[\w-]+) \(/g, '$1(')
    // CSS 2's pseudo-elements keep their one-colon spelling in every browser.
    .replace(/::(before|after)(?![\w-])/g, ':$1')
    // `flex: <length>` is `flex: 1 1 <length>` (a unitless `0` would be a grow factor, so only a unit or %).
    .replace(/(?<=[{;])flex:1 1 (?=[\d.]+[a-z%])/g, 'flex:')
    .replace(/;}/g, '}')
    .trim()
    // Past ASCII, a JavaScript escape, as terser's `ascii_only` writes every string but a tagged template's:
    // smaller under gzip. This is the template's source text, and css.ts reads it cooked, so the
    // stylesheet still gets the character.
    .replace(/[^\0-\x7f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Returns the index just past the closing backtick. For a css`` template (`isCss`),
 * records the [start, end) ranges of its static text in `edits`.
 */
function scanTemplate(code, i, isCss, edits) {
  // i points just past the opening backtick.
  let start = i;
  while (i < code.length) {
    const char = code[i];
    if (char === '\\') {
      i += 2;
    } else if (char === '`') {
      if (isCss) edits.push([start, i]);
      return i + 1;
    } else if (char === '$' && code[i + 1] === '{') {
      if (isCss) edits.push([start, i]);
      i = scanExpression(code, i + 2, edits);
      start = i;
    } else {
      i++;
    }
  }
  throw new Error('unterminated template literal');
}

/** Skips a `${…}` expression; returns the index just past its closing brace. */
function scanExpression(code, i, edits) {
  let depth = 0;
  while (i < code.length) {
    const char = code[i];
    if (char === '"' || char === "'") {
      i++;
      while (i < code.length && code[i] !== char) i += code[i] === '\\' ? 2 : 1;
      i++;
    } else if (char === '`') {
      i = scanTemplate(code, i + 1, /\bcss$/.test(code.slice(Math.max(0, i - 4), i)), edits);
    } else if (char === '{') {
      depth++;
      i++;
    } else if (char === '}') {
      if (depth === 0) return i + 1;
      depth--;
      i++;
    } else {
      i++;
    }
  }
  throw new Error('unterminated template expression');
}

export function minifyTemplates(code) {
  const edits = [];
  CSS_TAG.lastIndex = 0;
  let match;
  while ((match = CSS_TAG.exec(code))) {
    CSS_TAG.lastIndex = scanTemplate(code, match.index + match[0].length, true, edits);
  }
  let out = '';
  let copiedUpTo = 0;
  for (const [start, end] of edits.sort((a, b) => a[0] - b[0])) {
    out += code.slice(copiedUpTo, start) + minifyCss(code.slice(start, end));
    copiedUpTo = end;
  }
  return out + code.slice(copiedUpTo);
}

export default function minifyTemplatesPlugin() {
  return {
    name: 'newsroom:minify-templates',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\bcss`/.test(code)) return null;
      return {code: minifyTemplates(code), map: null};
    },
  };
}
