// The docs site's one build step, run by Vite on every page (build and dev):
// - `<!--head-->`            the meta tags, stylesheet and script every page shares;
// - `{{VERSION}}`            the package's version, in the pinned script tags;
// - `<!--nav-->`             the site header and navigation, the current page marked;
// - `<!--api:TAG-->`         the element's attributes, properties, methods, events, slots,
//                            parts and custom properties, read from custom-elements.json
//                            at that moment (never copied by hand, so never stale);
// - `<!--include:PATH-->`    a file of the repository (the usage files the type tests
//                            compile) as a code block with a copy button;
// - `<figure class="example">…</figure>`  live markup, followed by its own source.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';

export const PAGES = [
  ['index.html', 'Start'],
  ['related-articles.html', '<related-articles>'],
  ['article-card.html', '<article-card>'],
  ['support-banner.html', '<support-banner>'],
  ['builder.html', 'Snippet builder'],
  ['guides.html', 'Frameworks'],
  ['publishing.html', 'Publishing'],
];

export const escape = (s) => String(s).replace(/[&<>"]/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'})[c]);
/** The manifest's descriptions are Markdown-ish: `code` and [text](url) are all they use. */
const md = (s = '') =>
  escape(s)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\[([^\]]+)\]\((https?:[^)\s]+)\)/g, '<a href="$2">$1</a>');
const code = (s) => `<code>${escape(s)}</code>`;

export function elements(root) {
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  return manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
}

function table(id, caption, head, rows) {
  if (!rows.length) return `<h3 id="${id}">${caption}</h3><p class="none">None.</p>`;
  return `<h3 id="${id}">${caption}</h3><div class="table"><table>
<thead><tr>${head.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead>
<tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table></div>`;
}

export function apiTables(d) {
  const fields = (d.members ?? []).filter((m) => m.privacy !== 'private' && m.privacy !== 'protected' && !m.name.startsWith('_'));
  const withAttr = new Set((d.attributes ?? []).map((a) => a.fieldName));
  const props = fields.filter((m) => m.kind === 'field' && !m.static && !withAttr.has(m.name));
  const methods = fields.filter((m) => m.kind === 'method');
  const type = (t) => (t?.text ? code(t.text) : '');
  return [
    table('attributes', 'Attributes', ['attribute', 'property', 'type', 'default', 'description'],
      (d.attributes ?? []).map((a) => [code(a.name), a.fieldName ? code(a.fieldName) : '—', type(a.type), a.default ? code(a.default) : '—', md(a.description)])),
    table('properties', 'Properties without an attribute', ['property', 'type', 'description'],
      props.map((p) => [code(p.name) + (p.readonly ? ' <span class="tag">read-only</span>' : ''), type(p.type), md(p.description)])),
    table('methods', 'Methods', ['method', 'description'],
      methods.map((m) => [code(`${m.static ? `${d.name}.` : ''}${m.name}(${(m.parameters ?? []).map((p) => p.name + (p.default ? ` = ${p.default}` : '')).join(', ')})`), md(m.description)])),
    table('events', 'Events', ['event', 'type', 'description'], (d.events ?? []).map((e) => [code(e.name), type(e.type), md(e.description)])),
    table('slots', 'Slots', ['slot', 'description'], (d.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', md(s.description)])),
    table('parts', 'Parts (<code>::part()</code>)', ['part', 'description'], (d.cssParts ?? []).map((p) => [code(p.name), md(p.description)])),
    table('custom-properties', 'Custom properties', ['custom property', 'description'],
      (d.cssProperties ?? []).map((p) => [code(p.name), md(p.description) + (p.default ? ` Default ${code(p.default)}.` : '')])),
  ].join('\n');
}

function nav(file) {
  const links = PAGES.map(([href, label]) => `<a href="./${href}"${href === file ? ' aria-current="page"' : ''}>${escape(label)}</a>`);
  return `<header class="site"><a class="brand" href="./index.html">newsroom-widgets</a><nav aria-label="Docs">${links.join('')}</nav></header>`;
}

/** Strips the common indentation of an example's source, for display. */
function dedent(s) {
  const lines = s.replace(/^\n+|\s+$/g, '').split('\n');
  const pad = Math.min(...lines.filter((l) => l.trim()).map((l) => l.match(/^ */)[0].length));
  return lines.map((l) => l.slice(pad)).join('\n');
}

export const codeBlock = (text, lang = '', label = '') =>
  `<div class="code">${label ? `<div class="code-label">${escape(label)}</div>` : ''}<button type="button" class="copy">Copy</button><pre><code${lang ? ` class="language-${lang}"` : ''}>${escape(text)}</code></pre></div>`;

/** What every page's <head> holds; `<!--head:bundle-->` adds the script-tag bundle for the live examples. */
const HEAD = `<meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="./site.css">
  <script type="module" src="./site.ts"></script>`;
const BUNDLE = '<script vite-ignore src="/dist/newsroom-widgets.js"></script>';

export function render(html, file, root) {
  const {version} = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return html
    .replaceAll('{{VERSION}}', version)
    .replace(/<!--head(:bundle)?-->/, (_, bundle) => HEAD + (bundle ? `\n  ${BUNDLE}` : ''))
    .replace('<!--nav-->', nav(file))
    .replace(/<!--api:([a-z-]+)-->/g, (_, tag) => {
      const d = elements(root).find((e) => e.tagName === tag);
      if (!d) throw new Error(`docs: custom-elements.json has no <${tag}>`);
      return apiTables(d);
    })
    .replace(/<!--include:(\S+)-->/g, (_, path) => codeBlock(readFileSync(join(root, path), 'utf8').trimEnd(), path.split('.').pop(), path))
    .replace(/(<figure class="example[^"]*">)([\s\S]*?)(<\/figure>)/g, (_, open, inner, close) => {
      const live = inner.replace(/<figcaption>[\s\S]*?<\/figcaption>/, '');
      return `${open}${inner}${codeBlock(dedent(live), 'html')}${close}`;
    });
}

/** The Vite plugin: every page through `render`. */
export function site({root}) {
  return {
    name: 'newsroom-docs',
    transformIndexHtml: {
      order: 'pre',
      handler(html, ctx) {
        return render(html, ctx.filename.split('/').pop(), root);
      },
    },
  };
}
