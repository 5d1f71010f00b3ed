// Shrinks the static text of Lit's html`` and css`` templates at build time:
// indentation and comments are ~15% of the script-tag bundle before gzip and
// a measurable share after it. Only whitespace and CSS comments change, so
// what renders is the same (HTML collapses whitespace anyway, and we use no
// <pre>/<textarea> in templates). Expressions inside templates are skipped
// with a small scanner that understands strings and nested templates.

const TAG = /\b(html|css)`/g;

function minifyHtml(s) {
  return s
    .replace(/>\s*\n\s*</g, '><') // indentation between tags on separate lines
    // Newline-indentation next to an expression: dropped only where a tag
    // bounds it, otherwise kept as one space (it may separate attributes).
    .replace(/^\s*\n\s*(?=<)/, '')
    .replace(/(>)\s*\n\s*$/, '$1')
    .replace(/\s+/g, ' ');
}

function minifyCss(s) {
  return s
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    // Spaces around `*` and `/` between numbers and functions (calc, ratios) are optional;
    // a selector's `*` never has a digit or `)` before it and a number or `var(` after it.
    .replace(/([\d)])\s+([*/])\s+(?=[\d.(]|var\()/g, '$1$2')
    .replace(/([:\s,(])0\.(?=\d)/g, '$1.')
    // Inside parentheses the spaces next to them carry nothing (`repeat( auto-fit, … )`).
    .replace(/\(\s+/g, '(')
    .replace(/\s+\)/g, ')')
    // An attribute selector's value needs no quotes when it is an identifier: [part~='title'].
    .replace(/(\[[\w-]+[~|^$*]?=)'([a-zA-Z_][\w-]*)'\]/g, '$1$2]')
    .replace(/;}/g, '}')
    .trim();
}

/** Returns the index just past the closing backtick; records static segments of tagged templates. */
function scanTemplate(code, i, kind, edits) {
  // i points just past the opening backtick.
  let start = i;
  while (i < code.length) {
    const c = code[i];
    if (c === '\\') {
      i += 2;
    } else if (c === '`') {
      if (kind) edits.push([start, i, kind]);
      return i + 1;
    } else if (c === '$' && code[i + 1] === '{') {
      if (kind) edits.push([start, i, kind]);
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
    const c = code[i];
    if (c === '"' || c === "'") {
      i++;
      while (i < code.length && code[i] !== c) i += code[i] === '\\' ? 2 : 1;
      i++;
    } else if (c === '`') {
      const tag = /\b(html|css)$/.exec(code.slice(Math.max(0, i - 4), i));
      i = scanTemplate(code, i + 1, tag ? tag[1] : null, edits);
    } else if (c === '{') {
      depth++;
      i++;
    } else if (c === '}') {
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
  TAG.lastIndex = 0;
  let m;
  while ((m = TAG.exec(code))) {
    const end = scanTemplate(code, m.index + m[0].length, m[1], edits);
    TAG.lastIndex = end;
  }
  let out = '';
  let last = 0;
  for (const [a, b, kind] of edits.sort((x, y) => x[0] - y[0])) {
    out += code.slice(last, a) + (kind === 'css' ? minifyCss : minifyHtml)(code.slice(a, b));
    last = b;
  }
  return out + code.slice(last);
}

export default function minifyTemplatesPlugin() {
  return {
    name: 'newsroom:minify-templates',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(html|css)`/.test(code)) return null;
      return {code: minifyTemplates(code), map: null};
    },
  };
}
