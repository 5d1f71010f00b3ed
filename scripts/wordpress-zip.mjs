// The WordPress plugin's build step (integrations/wordpress/newsroom-widgets/), run at the end
// of `npm run build`:
// 1. writes elements.json and each block's block.json from custom-elements.json, so the
//    shortcodes' and blocks' attributes are always the elements' own (kebab-case, as in HTML);
// 2. writes dist/newsroom-widgets-wordpress.zip, the plugin as WordPress installs it (Plugins →
//    Add New → Upload), with defaults.json inside: the publisher's URLs from newsroom.config.json
//    and the script URL, version and integrity hash of the bundle just built; and each
//    translation in languages/*.po compiled to the .mo file WordPress reads.
// defaults.json goes into the zip only: the hash changes with every build, the source tree
// would churn. The zip is made by Debian's `zip` (Info-ZIP), with fixed file times, so the same
// inputs give the same bytes.
import {execFileSync} from 'node:child_process';
import {cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {mo, po} from 'gettext-parser';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const PLUGIN = join(ROOT, 'integrations/wordpress/newsroom-widgets');
/** Attributes that hold a URL: the plugin passes them through esc_url with http(s) only. */
const isUrl = (name) => name === 'src' || name === 'href' || name.endsWith('-href') || name.endsWith('-src');

/** `'a' | 'b'` → ['a', 'b']; a named alias (`Theme`) is looked up in src/ where it is declared. */
function literals(typeText) {
  const union = (text) => {
    const parts = text.split('|').map((part) => part.trim());
    return parts.every((part) => /^'[^']*'$/.test(part)) ? parts.map((part) => part.slice(1, -1)) : undefined;
  };
  if (!typeText) return undefined;
  if (/^[A-Z]\w*$/.test(typeText)) {
    for (const file of sourceFiles(join(ROOT, 'src'))) {
      const declared = new RegExp(`export type ${typeText} = ([^;]+);`).exec(readFileSync(file, 'utf8'));
      if (declared) return union(declared[1]);
    }
    return undefined;
  }
  return union(typeText);
}

function sourceFiles(dir) {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** One element's attributes as the plugin describes them: name, JSON type, enum, url, description. */
function describe(declaration) {
  return (declaration.attributes ?? []).map((attribute) => {
    // `T | undefined` is an optional attribute of type T.
    const text = (attribute.type?.text ?? 'string').replace(/\s*\|\s*undefined$/, '');
    const choices = literals(text);
    const described = {name: attribute.name, type: 'string'};
    if (text === 'number') described.type = 'number';
    if (text === 'boolean') described.type = 'boolean';
    if (choices) described.enum = choices;
    if (isUrl(attribute.name)) described.url = true;
    described.description = attribute.description ?? '';
    return described;
  });
}

/**
 * Every string the plugin shows that a translation should have, as `[context, text]` (context ''
 * for none): the PHP's `__()`, `esc_html__()` and `esc_html_e()` calls with the plugin's text
 * domain (single-quoted, as the plugin writes them), each block's title and description,
 * which WordPress translates by the text domain block.json names, in the contexts
 * 'block title' and 'block description', and each attribute's help in the block editor's
 * sidebar (elements.json), in the context 'attribute help'.
 */
export function pluginStrings() {
  const strings = [];
  const php = [join(PLUGIN, 'newsroom-widgets.php'), ...readdirSync(join(PLUGIN, 'includes')).map((name) => join(PLUGIN, 'includes', name))];
  for (const file of php) {
    const calls = readFileSync(file, 'utf8').matchAll(/\b(?:__|_e|esc_html__|esc_html_e|esc_attr__|esc_attr_e)\(\s*'((?:[^'\\]|\\.)*)'\s*,\s*'newsroom-widgets'\s*\)/g);
    for (const [, quoted] of calls) strings.push(['', quoted.replace(/\\(.)/g, '$1')]);
  }
  for (const tag of readdirSync(join(PLUGIN, 'blocks'))) {
    const block = JSON.parse(readFileSync(join(PLUGIN, 'blocks', tag, 'block.json'), 'utf8'));
    strings.push(['block title', block.title], ['block description', block.description]);
  }
  // The editor sidebar's help under each control, from elements.json (includes/blocks.php translates them).
  const elements = JSON.parse(readFileSync(join(PLUGIN, 'elements.json'), 'utf8'));
  const help = new Set(Object.values(elements).flatMap((element) => element.attributes.map((attribute) => attribute.description)));
  for (const text of help) if (text) strings.push(['attribute help', text]);
  return strings;
}

/**
 * Writes the blocks' and shortcodes' attribute files into the plugin's folder, then the zip,
 * from the build in `dist` (its bundle's integrity hash). Returns the zip's path.
 */
export function writeWordpressPlugin({dist = join(ROOT, 'dist')} = {}) {
  const zip = join(dist, 'newsroom-widgets-wordpress.zip');
  const manifest = JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8'));
  const declarations = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
  const TAGS = ['related-articles', 'article-card', 'support-banner'];
  const elements = {};
  for (const tag of TAGS) {
    const declaration = declarations.find((d) => d.tagName === tag);
    if (!declaration) throw new Error(`custom-elements.json has no <${tag}>`);
    elements[tag] = {summary: declaration.summary ?? '', attributes: describe(declaration)};
  }
  const json = (value) => JSON.stringify(value, null, 2) + '\n';
  const writeIfChanged = (path, text) => {
    if (existsSync(path) && readFileSync(path, 'utf8') === text) return;
    mkdirSync(dirname(path), {recursive: true});
    writeFileSync(path, text);
  };
  writeIfChanged(join(PLUGIN, 'elements.json'), json(elements));

  const TITLES = {'related-articles': 'Related articles', 'article-card': 'Article card', 'support-banner': 'Support banner'};
  const ICONS = {'related-articles': 'list-view', 'article-card': 'media-document', 'support-banner': 'heart'};
  for (const tag of TAGS) {
    const attributes = {};
    for (const attribute of elements[tag].attributes) {
      attributes[attribute.name] = attribute.enum ? {type: 'string', enum: attribute.enum} : {type: attribute.type};
    }
    // `lang` is not one of the element's own attributes but HTML's: a partner site in English
    // showing the publisher's Ukrainian banner sets it, as campaigns are chosen by language.
    attributes.lang = {type: 'string'};
    const block = {
      $schema: 'https://schemas.wp.org/trunk/block.json',
      apiVersion: 2,
      name: `newsroom-widgets/${tag}`,
      title: TITLES[tag],
      category: 'embed',
      icon: ICONS[tag],
      description: elements[tag].summary,
      keywords: ['newsroom', tag],
      textdomain: 'newsroom-widgets',
      attributes,
      supports: {html: false, customClassName: false},
      editorScript: 'newsroom-widgets-editor',
    };
    writeIfChanged(join(PLUGIN, 'blocks', tag, 'block.json'), json(block));
  }

  // The defaults the settings page starts from.
  const {version} = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const configPath = join(ROOT, 'newsroom.config.json');
  const config = existsSync(configPath) ? JSON.parse(readFileSync(configPath, 'utf8')) : {};
  const fill = (value) => (typeof value === 'string' ? value.replaceAll('{version}', version) : '');
  const integrity = readFileSync(join(dist, 'newsroom-widgets.js.sri'), 'utf8').trim();
  const defaults = {
    articles: fill(config.articles),
    banner: fill(config.banner),
    articles_page: fill(config.articlesPage),
    script: fill(config.script) || `https://cdn.jsdelivr.net/npm/newsroom-widgets@${version}/dist/newsroom-widgets.js`,
    version,
    integrity,
  };

  if (!existsSync('/usr/bin/zip') && !existsSync('/bin/zip')) {
    throw new Error('scripts/wordpress-zip.mjs needs Info-zip: sudo apt-get install -y zip');
  }
  const stage = mkdtempSync(join(tmpdir(), 'newsroom-wordpress-'));
  try {
    const folder = join(stage, 'newsroom-widgets');
    cpSync(PLUGIN, folder, {recursive: true});
    writeFileSync(join(folder, 'defaults.json'), json(defaults));
    const languages = join(folder, 'languages');
    for (const name of readdirSync(languages).filter((file) => file.endsWith('.po'))) {
      writeFileSync(join(languages, name.replace(/\.po$/, '.mo')), mo.compile(po.parse(readFileSync(join(languages, name)))));
    }
    // One fixed time for every entry: the zip's bytes depend on its inputs, not on when it ran.
    const fixed = new Date('2026-01-01T00:00:00Z');
    const touch = (path) => {
      if (statSync(path).isDirectory()) for (const name of readdirSync(path)) touch(join(path, name));
      utimesSync(path, fixed, fixed);
    };
    touch(folder);
    rmSync(zip, {force: true});
    const files = execFileSync('find', ['newsroom-widgets', '-type', 'f'], {cwd: stage, encoding: 'utf8'}).trim().split('\n').sort();
    execFileSync('zip', ['-q', '-X', '-D', zip, ...files], {cwd: stage, env: {...process.env, TZ: 'UTC'}});
  } finally {
    rmSync(stage, {recursive: true, force: true});
  }
  return zip;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const zip = writeWordpressPlugin();
  console.log(`${zip.slice(ROOT.length + 1)}: the WordPress plugin, to install through Plugins → Add New → Upload`);
}
