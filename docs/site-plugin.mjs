// The docs site's one build step, run by Vite on every page (build and dev):
// - `<!--head-->`            the meta tags, stylesheet and script every page shares;
// - `{{VERSION}}`            the package's version, in the pinned script tags;
// - `{{SCRIPT_URL}}`, `{{ARTICLES_URL}}`, `{{BANNER_URL}}`, `{{ARTICLES_PAGE}}`, `{{DOCS_URL}}`:
//                            the publisher's own URLs, from newsroom.config.json;
// - `{{FEED_ORIGIN}}`        where the live examples' sample feeds are: `./feeds` (copies of
//                            demo/feeds/ inside the site) when `feeds` is given, else left for
//                            demo/serve.mjs to fill in with its second origin;
// - `<!--site-data-->`       what the builder needs to know (the config, the sample feeds);
// - `<!--markdown:PATH-->`   a Markdown file of the repository, rendered (docs/reference.md);
// - `<!--nav-->`             the site header and navigation, the current page marked;
// - `<!--api:TAG-->`         the element's attributes, properties, methods, events, slots,
//                            parts and custom properties, read from custom-elements.json
//                            at that moment (never copied by hand, so never stale);
// - `<!--include:PATH-->`    a file of the repository (the usage files the type tests
//                            compile) as a code block with a copy button;
// - `<figure class="example">…</figure>`  live markup, followed by its own source.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {Marked, Renderer} from 'marked';
import {embedUrl, iframeSnippet, preloadLine} from './snippets.mjs';

export const PAGES = [
  ['index.html', 'Start'],
  ['related-articles.html', '<related-articles>'],
  ['article-card.html', '<article-card>'],
  ['support-banner.html', '<support-banner>'],
  ['builder.html', 'Snippet builder'],
  ['guides.html', 'Frameworks'],
  ['server.html', 'Server-rendered'],
  ['wordpress.html', 'WordPress'],
  ['publishing.html', 'Publishing'],
  ['reference.html', 'Reference'],
];

/**
 * newsroom.config.json with `{version}` filled in from package.json: the publisher's URLs
 * that the docs, the builder and the README's snippets share.
 */
export function siteConfig(root) {
  const {version} = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const raw = JSON.parse(readFileSync(join(root, 'newsroom.config.json'), 'utf8'));
  const config = {version};
  for (const [key, value] of Object.entries(raw)) if (key !== '//') config[key] = value.replaceAll('{version}', version);
  return config;
}

/** The README's partner snippet, as the config gives it: the README must show exactly this. */
export const partnerSnippet = (config) => `${preloadLine(config.articles)}
<script src="${config.script}" async></script>

<related-articles src="${config.articles}" limit="3">
  <a href="${config.articlesPage}">Статті ОстроВ</a>
</related-articles>`;

/** The README's iframe embed of the same list, as the config gives it. */
export const partnerIframe = (config) =>
  iframeSnippet(embedUrl(config.embed, 'related-articles', [['src', config.articles], ['limit', '3']]), 'Статті ОстроВ');

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

/** A heading's id as GitHub makes it, so that links into the Markdown work on both. */
export function slug(text) {
  return text.toLowerCase().trim().replace(/[^\p{L}\p{N}\p{M}\s_-]/gu, '').replace(/\s/g, '-');
}

/**
 * A Markdown file as a page's content: headings get GitHub's ids, code blocks the site's copy
 * button, tables the box that scrolls sideways on a phone, and links to the repository's
 * files outside docs/ go to the repository on the web.
 */
export function markdown(text, config) {
  const used = new Map();
  const marked = new Marked({
    gfm: true,
    renderer: {
      heading({tokens, depth, text: raw}) {
        let id = slug(raw);
        const n = used.get(id) ?? 0;
        used.set(id, n + 1);
        if (n) id = `${id}-${n}`;
        return `<h${depth} id="${id}">${this.parser.parseInline(tokens)}</h${depth}>\n`;
      },
      code({text: body, lang}) {
        return codeBlock(body, lang ?? '');
      },
      table(token) {
        return `<div class="table">${Renderer.prototype.table.call(this, token)}</div>`;
      },
      link({href, title, tokens}) {
        const inner = this.parser.parseInline(tokens);
        let target = href;
        if (/^\.\.\//.test(href)) target = `${config.repository}/blob/main/${href.slice(3)}`;
        else if (/^[\w-]+\.md(#|$)/.test(href)) target = href.replace(/\.md(?=#|$)/, '.html');
        return `<a href="${escape(target)}"${title ? ` title="${escape(title)}"` : ''}>${inner}</a>`;
      },
    },
  });
  return marked.parse(text);
}

function nav(file) {
  const links = PAGES.map(([href, label]) => `<a href="./${href}"${href === file ? ' aria-current="page"' : ''}>${escape(label)}</a>`);
  return `<header class="site"><a class="brand" href="./index.html">newsroom-widgets</a><nav aria-label="Docs">${links.join('')}</nav></header>`;
}

/** Strips the common indentation of an example's source, for display. */
function dedent(s) {
  const lines = s.replace(/^\s*\n|\s+$/g, '').split('\n');
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
// The bundle and the manifest are copied into the site (scripts/docs-build.mjs), so every page
// refers to them relatively and the site works under any path it is hosted at.
// Before it, the sample feeds' faults on a static host, inline: they must be in place before the
// elements the bundle defines ask for their feeds (see docs/sample-faults.js).
const BUNDLE = `<script>${readFileSync(new URL('./sample-faults.js', import.meta.url), 'utf8').trim()}</script>
  <script vite-ignore src="./dist/newsroom-widgets.js"></script>`;

/**
 * Each table cell after the first gets its column's heading as `data-label`: on a phone the
 * rows stack (site.css) and every value keeps its label, so no column is pushed off screen.
 */
export function labelCells(html) {
  return html.replace(/<table>([\s\S]*?)<\/table>/g, (table, inner) => {
    const head = inner.match(/<thead>([\s\S]*?)<\/thead>/)?.[1] ?? '';
    const labels = [...head.matchAll(/<th[^>]*>([\s\S]*?)<\/th>/g)].map((m) => m[1].replace(/<[^>]*>/g, '').trim());
    return table.replace(/<tr>([\s\S]*?)<\/tr>/g, (row, cells) => {
      let column = 0;
      return `<tr>${cells.replace(/<td(?=[\s>])/g, (td) => (column++ && labels[column - 1] ? `<td data-label="${labels[column - 1]}"` : td))}</tr>`;
    });
  });
}

/** The element's attribute names, from custom-elements.json, each linked to its row on the element's page. */
function attributeList(root, tag) {
  const d = elements(root).find((e) => e.tagName === tag);
  if (!d) throw new Error(`docs: custom-elements.json has no <${tag}>`);
  return (d.attributes ?? []).map((a) => `<a href="./${tag}.html#attributes">${code(a.name)}</a>`).join(', ');
}

/**
 * The sha256 of each inline stylesheet the server renderer writes, for `style-src`: read from
 * the build's dist/styles/hashes.json when the site is built, so the page always has this
 * release's hashes (never copied by hand).
 */
function cspHashes(root) {
  let hashes;
  try {
    hashes = JSON.parse(readFileSync(join(root, 'dist/styles/hashes.json'), 'utf8'));
  } catch (error) {
    throw new Error(`docs: no dist/styles/hashes.json (run \`npm run build\` first): ${error.message}`);
  }
  const rows = Object.entries(hashes['style-src']).map(([tag, hash]) => [code(`<${tag}>`), code(hash)]);
  return `${table('csp-hashes-table', `Inline stylesheets' hashes, version ${escape(hashes.version)}`, ['element', 'style-src'], rows)}
${codeBlock(`Content-Security-Policy: style-src 'self' ${Object.values(hashes['style-src']).join(' ')}`, '', 'the header, both elements')}`;
}

/** JSON inside a <script> element: `<` escaped, so no string in it can close the element. */
const scriptJson = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * One page of the site. `feeds`: where the live examples' sample feeds are (`./feeds` in the
 * published site); without it `{{FEED_ORIGIN}}` stays for demo/serve.mjs to fill in.
 */
export function render(html, file, root, {feeds} = {}) {
  const config = siteConfig(root);
  const data = {
    config,
    bundle: './dist/newsroom-widgets.js',
    sri: './dist/sri.json',
    manifest: './custom-elements.json',
    samples: {'related-articles': '{{FEED_ORIGIN}}/articles.json', 'support-banner': '{{FEED_ORIGIN}}/banner.json'},
  };
  const page = html
    .replaceAll('{{VERSION}}', config.version)
    .replaceAll('{{SCRIPT_URL}}', config.script)
    .replaceAll('{{ARTICLES_URL}}', config.articles)
    .replaceAll('{{BANNER_URL}}', config.banner)
    .replaceAll('{{ARTICLES_PAGE}}', config.articlesPage)
    .replaceAll('{{DOCS_URL}}', config.docs)
    .replace(/<!--head(:bundle)?-->/, (_, bundle) => HEAD + (bundle ? `\n  ${BUNDLE}` : ''))
    .replace('<!--nav-->', nav(file))
    .replace('<!--site-data-->', `<script type="application/json" id="site-data">${scriptJson(data)}</script>`)
    .replace(/<!--markdown:(\S+)-->/g, (_, path) => markdown(readFileSync(join(root, path), 'utf8'), config))
    .replace(/<!--api:([a-z-]+)-->/g, (_, tag) => {
      const d = elements(root).find((e) => e.tagName === tag);
      if (!d) throw new Error(`docs: custom-elements.json has no <${tag}>`);
      return apiTables(d);
    })
    .replace('<!--snippet:partner-->', codeBlock(partnerSnippet(config), 'html'))
    .replace('<!--snippet:iframe-->', codeBlock(partnerIframe(config), 'html'))
    .replace('<!--csp-hashes-->', () => cspHashes(root))
    .replace(/<!--attributes:([a-z-]+)-->/g, (_, tag) => attributeList(root, tag))
    .replace(/<!--include:(\S+)-->/g, (_, path) => codeBlock(readFileSync(join(root, path), 'utf8').trimEnd(), path.split('.').pop(), path))
    .replace(/(<figure class="example[^"]*">)([\s\S]*?)(<\/figure>)/g, (_, open, inner, close) => {
      const live = inner.replace(/<figcaption>[\s\S]*?<\/figcaption>/, '');
      return `${open}${inner}${codeBlock(dedent(live), 'html')}${close}`;
    });
  const labelled = labelCells(page);
  return feeds ? labelled.replaceAll('{{FEED_ORIGIN}}', feeds) : labelled;
}

/** The Vite plugin: every page through `render`. */
export function site({root, feeds}) {
  return {
    name: 'newsroom-docs',
    transformIndexHtml: {
      order: 'pre',
      handler(html, ctx) {
        return render(html, ctx.filename.split('/').pop(), root, {feeds});
      },
    },
  };
}
