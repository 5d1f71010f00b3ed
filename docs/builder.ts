// The snippet builder. Its options come from custom-elements.json (read when the
// page opens, so an attribute added to an element appears here without a change
// to this file); the preview is the snippet itself in an iframe; the CSS that
// reserves the block's height is measured from the real element, rendered off
// screen at every width, not guessed.
import {renderArticleCard, renderFallback, renderRelatedArticles, type ServerRenderOptions} from '../src/server/render.js';
import {copyText, flash} from './site.js';
import {embedUrl, iframeSnippet, preloadLine} from './snippets.mjs';

interface Attr {
  name: string;
  type?: {text: string};
  default?: string;
  description?: string;
}
interface Decl {
  tagName: string;
  summary?: string;
  attributes?: Attr[];
  cssProperties?: {name: string; description?: string}[];
}
interface Variant {
  heading?: string;
  /** One paragraph, or a list of them. */
  message?: string | string[];
  cta?: {label?: string; url?: string};
  goal?: {raised?: number; target?: string; currency?: string};
}

/** newsroom.config.json: the publisher's URLs. */
interface Config {
  version: string;
  script: string;
  articles: string;
  banner: string;
  articlesPage: string;
  /** The publisher's embed.html (with the script beside it), for the iframe snippet. */
  embed: string;
}
/** What the site build writes into the page (docs/site-plugin.mjs); absent when the page is served as its source, as the tests do. */
interface SiteData {
  config: Config;
  bundle: string;
  sri: string;
  manifest: string;
  samples: Record<string, string>;
}

const $ = <T extends Element = HTMLElement>(sel: string) => document.querySelector<T>(sel)!;
const form = $<HTMLFormElement>('#builder');
/** The preview frame now on the page: a new one for every document shown (see loadPreview). */
let preview = $<HTMLIFrameElement>('#preview');
const status = $<HTMLElement>('#status');
const output = $<HTMLElement>('#snippet');
const serverNode = $<HTMLElement>('#server-node');

/** How the partner's page takes the widget: the tabs above the preview and the snippet. */
type Tab = 'script' | 'server' | 'iframe';
let tab: Tab = 'script';
/** Each tab's snippet, its state ('measuring' until it is final) and its status line, kept while another tab is shown. */
const snippets: Record<Tab, {text: string; state: 'measuring' | 'ready'; status: string; error?: boolean}> = {
  script: {text: '', state: 'measuring', status: ''},
  server: {text: '', state: 'measuring', status: ''},
  iframe: {text: '', state: 'ready', status: ''},
};
const ABOUT: Record<Tab, string> = {
  script: 'One script tag and the element: it fetches the feed in the reader\'s browser.',
  server: 'The element as HTML with its cards inside, rendered here by the server renderer as your server would: the preview is that HTML alone, with no script.',
  iframe: 'A frame that runs the element, and a line that sizes it to fit: for site builders that accept only an iframe.',
};
const named = <T = HTMLInputElement>(name: string) => form.elements.namedItem(name) as T;

/** The page's site data, or the repository's own files when the page is served as its source. */
async function siteData(): Promise<SiteData> {
  const json = document.getElementById('site-data')?.textContent;
  if (json) return JSON.parse(json) as SiteData;
  const [raw, pkg] = await Promise.all([fetch('/newsroom.config.json').then((r) => r.json()), fetch('/package.json').then((r) => r.json())]);
  const config = Object.fromEntries(Object.entries(raw as Record<string, string>).map(([k, v]) => [k, v.replaceAll('{version}', pkg.version)])) as unknown as Config;
  return {config: {...config, version: pkg.version}, bundle: '/dist/newsroom-widgets.js', sri: '/dist/sri.json', manifest: '/custom-elements.json', samples: {}};
}

let site: SiteData;
/** An absolute URL of the page's, or '' for a sample the page does not have (a placeholder left unfilled). */
const absolute = (url = '') => (/\{\{/.test(url) || !url ? '' : new URL(url, location.href).href);
const bundleUrl = () => absolute(site.bundle);
/** The publisher's URL for an element's `src`, from the config. */
const published = (tag: string) => (tag === 'related-articles' ? site.config.articles : tag === 'support-banner' ? site.config.banner : '');

/** Sample values, so that every element shows something the moment it is picked. */
const SAMPLES: Record<string, Record<string, string>> = {
  'article-card': {
    heading: 'Як бібліотека в Дружківці стала пунктом незламності',
    href: 'https://ostrov.example/articles/2291',
    category: 'Громади',
    datetime: '2026-01-29T14:00:00+02:00',
    excerpt: 'Генератор, чай і зарядки для телефонів: за місяць сюди приходили вже по сто людей на день.',
  },
};
/** Elements whose fallback content is a link inside them (the banner shows nothing instead). */
const FALLBACK = new Set(['related-articles', 'article-card']);
const COLOUR = /colou?r|background|accent|track/;
/** The options a partner sets most; every other attribute is one click away under "More attributes". */
const MAIN = new Set(['src', 'limit', 'category', 'exclude', 'topics', 'related-to', 'max-days', 'exclude-category', 'fallback',
  'heading', 'heading-level', 'images', 'loading', 'placement', 'theme', 'message',
  'cta-label', 'cta-href', 'goal-raised', 'goal-target', 'currency', 'href', 'excerpt', 'datetime', 'image-src', 'image-width', 'image-height', 'sponsored']);

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
/** Layout works in 1/64 px: a reserved height rounded any coarser moves the text below by a fraction of a pixel. */
const round = (n: number) => Math.round(n * 64) / 64;

/** dist/sri.json: the all-in-one file's hash, and `files`: each script-tag file's. */
interface Sri {
  version: string;
  integrity: string;
  files?: Record<string, string>;
}

let elements: Decl[] = [];
let integrity = '';
let version = '';
/** Each script-tag file's integrity hash (dist/sri.json's `files`). */
let fileIntegrity: Record<string, string> = {};
/** Elements that related-articles.js (the articles-only file) defines. */
const ARTICLES_ONLY = new Set(['related-articles', 'article-card']);

async function start(): Promise<void> {
  site = await siteData();
  const [manifest, sri] = await Promise.all([
    fetch(site.manifest).then((r) => r.json()),
    fetch(site.sri).then((r) => (r.ok ? (r.json() as Promise<Sri>) : ({version: '', integrity: ''} as Sri))),
  ]);
  fileIntegrity = sri.files ?? {};

  elements = manifest.modules.flatMap((m: {declarations?: Decl[]}) => m.declarations ?? []).filter((d: Decl) => d.tagName);
  ({integrity, version} = sri);
  const select = form.elements.namedItem('element') as HTMLSelectElement;
  select.append(...elements.map((d) => new Option(`<${d.tagName}>`, d.tagName)));
  if (elements.some((d) => d.tagName === 'related-articles')) select.value = 'related-articles';
  $('#version').textContent = `Version ${version}, integrity ${integrity.slice(0, 19)}…`;
  // The publisher's URLs by default, whatever server shows this page: a copied snippet
  // names a dev server only when the reader chose "try it locally".
  named<HTMLSelectElement>('urls').value = 'publisher';
  controls();
  urls();
  form.addEventListener('input', (e) => {
    const name = (e.target as HTMLInputElement).name;
    if (name === 'element') {
      controls();
      urls();
    }
    if (name === 'urls') urls();
    if (name === 'script-url') named<HTMLSelectElement>('urls').value = 'own';
    refresh();
  });
  form.addEventListener('submit', (e) => e.preventDefault());
  for (const b of document.querySelectorAll<HTMLButtonElement>('.sizes button')) {
    b.addEventListener('click', () => {
      for (const o of document.querySelectorAll('.sizes button')) o.setAttribute('aria-pressed', String(o === b));
      // A phone-wide preview never wider than the screen it is on (it would be cut off there).
      preview.style.width = b.dataset.width === '390' ? 'min(390px, 100%)' : `${b.dataset.width}px`;
    });
  }
  // On a phone the preview starts at a phone's width, not wider than the screen.
  document.querySelector<HTMLButtonElement>(`.sizes button[data-width="${innerWidth < 800 ? 390 : 720}"]`)!.click();
  const copy = $<HTMLButtonElement>('#copy');
  copy.addEventListener('click', () => void copySnippet(copy));
  tabs();
  refresh();
}

/** The tab list, as the ARIA tabs pattern has it: a click or the arrow keys, Home and End pick a tab. */
function tabs(): void {
  const all = [...document.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
  const pick = (button: HTMLButtonElement) => {
    for (const other of all) {
      other.setAttribute('aria-selected', String(other === button));
      other.tabIndex = other === button ? 0 : -1;
    }
    $('#panel').setAttribute('aria-labelledby', button.id);
    tab = button.dataset.tab as Tab;
    show();
    void showPreview(generation, lastShown);
  };
  for (const button of all) {
    button.addEventListener('click', () => pick(button));
    button.addEventListener('keydown', (e) => {
      const at = all.indexOf(button);
      const to = {ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: all.length - 1}[e.key];
      if (to === undefined) return;
      e.preventDefault();
      const next = all[(to + all.length) % all.length]!;
      next.focus();
      pick(next);
    });
  }
}

/** The active tab's snippet and status. */
function show(): void {
  const current = snippets[tab];
  output.textContent = current.text;
  output.parentElement!.dataset.state = current.state;
  status.textContent = current.status;
  if (current.error) status.dataset.state = 'error';
  else if (current.state === 'measuring') status.dataset.state = 'measuring';
  else delete status.dataset.state;
  $('#server-code').hidden = tab !== 'server' || !serverNode.textContent;
  $('#tab-about').textContent = ABOUT[tab];
}

/** Sets a tab's snippet or status; shows it if that tab is the active one. */
function update(which: Tab, change: Partial<(typeof snippets)[Tab]>): void {
  Object.assign(snippets[which], change);
  if (which === tab) show();
}

/** Copies the snippet as it is shown now: it always matches the options, as the preview does. */
async function copySnippet(button: HTMLButtonElement): Promise<void> {
  const text = output.textContent ?? '';
  if (!text) {
    status.textContent = 'Nothing to copy here for this element.';
    return;
  }
  try {
    await copyText(text);
    flash(button);
    const early = tab === 'script' ? 'Copied, without the height CSS, which is still being measured: copy again in a moment to have it.' : 'Copied before the HTML was rendered: copy again in a moment.';
    status.textContent = output.parentElement!.dataset.state === 'ready' ? 'Copied.' : early;
  } catch (error) {
    status.textContent = `Could not copy: ${(error as Error).message}. Select the snippet and copy it by hand.`;
    status.dataset.state = 'error';
  }
}

/** Fills the script URL and the element's `src` from the choice of URLs. */
function urls(): void {
  const choice = named<HTMLSelectElement>('urls').value;
  const tag = decl().tagName;
  const src = named<HTMLInputElement | null>('attr:src');
  if (choice === 'publisher') {
    named('script-url').value = site.config.script;
    if (src) src.value = published(tag);
  }
  if (choice === 'local') {
    named('script-url').value = bundleUrl();
    if (src) src.value = absolute(site.samples[tag]) || published(tag);
  }
}

const decl = () => elements.find((d) => d.tagName === (form.elements.namedItem('element') as HTMLSelectElement).value)!;

/** A manifest description as text, its `code` spans as <code> (built as nodes, never parsed as HTML). */
function describe(into: HTMLElement, text = ''): HTMLElement {
  text.split('`').forEach((part, i) => into.append(i % 2 ? Object.assign(document.createElement('code'), {textContent: part}) : part));
  return into;
}

/** One form field per attribute of the manifest, typed from its declared type. */
function field(a: Attr, value = ''): HTMLElement {
  const type = (a.type?.text ?? 'string').replace(/\s*\|\s*undefined/, '');
  const label = document.createElement('label');
  label.className = 'field';
  const name = document.createElement('span');
  name.append(Object.assign(document.createElement('code'), {textContent: a.name}));
  const hint = describe(document.createElement('small'), a.description);
  let input: HTMLInputElement | HTMLSelectElement;
  const literals = type.match(/'[^']*'/g);
  if (type === 'boolean') {
    input = Object.assign(document.createElement('input'), {type: 'checkbox', checked: value === 'true'});
    label.classList.add('check');
  } else if (literals && /^('[^']*'\s*\|?\s*)+$/.test(type)) {
    input = document.createElement('select');
    input.append(new Option(a.default ? `(default: ${a.default.replace(/'/g, '')})` : '(default)', ''), ...literals.map((l) => new Option(l.slice(1, -1))));
  } else {
    input = Object.assign(document.createElement('input'), {type: type === 'number' ? 'number' : 'text', value});
    if (a.default && a.default !== 'undefined') input.placeholder = a.default.replace(/^'|'$/g, '');
    // A named type (`Theme`) has no values in the manifest: offer the plain words its description quotes.
    const words = /^[A-Z]\w*$/.test(type) ? [...new Set((a.description ?? '').match(/`[a-z]+`/g) ?? [])].map((w) => w.slice(1, -1)).filter((w) => w !== a.name) : [];
    if (words.length) {
      const list = Object.assign(document.createElement('datalist'), {id: `values-${a.name}`});
      list.append(...words.map((w) => new Option(w)));
      input.setAttribute('list', list.id);
      label.append(list);
    }
  }
  input.name = `attr:${a.name}`;
  label.append(...(type === 'boolean' ? [input, name] : [name, input]), hint);
  return label;
}

function controls(): void {
  const d = decl();
  const sample: Record<string, string> = {...SAMPLES[d.tagName], src: published(d.tagName)};
  $('#summary').textContent = d.summary ?? '';
  const options = $('#options');
  options.replaceChildren(options.querySelector('legend')!);
  // `lang` is a global attribute, so the manifest does not list it; it picks the widgets' language.
  options.append(field({name: 'lang', type: {text: "'uk' | 'en'"}, default: "the page's", description: 'Language of the built-in text and dates.'}));
  const rest = document.createElement('details');
  rest.append(Object.assign(document.createElement('summary'), {textContent: 'More attributes'}));
  for (const a of d.attributes ?? []) (MAIN.has(a.name) ? options : rest).append(field(a, sample[a.name]));
  options.append(rest);
  $('#fallback').hidden = !FALLBACK.has(d.tagName);
  const [text, href] = d.tagName === 'article-card' ? [sample.heading, sample.href] : ['Статті ОстроВ', site.config.articlesPage];
  (form.elements.namedItem('fallback-text') as HTMLInputElement).value = text ?? '';
  (form.elements.namedItem('fallback-href') as HTMLInputElement).value = href ?? '';
  $('#widths').hidden = d.tagName !== 'support-banner';
  // A list draws the same cards as <article-card>, so the card's custom properties reach it too.
  const card = d.tagName === 'related-articles' ? elements.find((e) => e.tagName === 'article-card')?.cssProperties ?? [] : [];
  const props = [...(d.cssProperties ?? []), ...card].filter((p, i, all) => all.findIndex((q) => q.name === p.name) === i);
  const colours = $('#colours');
  colours.replaceChildren(colours.querySelector('legend')!);
  const more = $('#more-style > div');
  more.replaceChildren();
  for (const p of props) {
    const label = document.createElement('label');
    label.className = 'field';
    label.append(Object.assign(document.createElement('span'), {}));
    label.firstElementChild!.append(Object.assign(document.createElement('code'), {textContent: p.name}));
    const text = Object.assign(document.createElement('input'), {name: `css:${p.name}`, placeholder: 'default'});
    const hint = describe(document.createElement('small'), p.description);
    if (COLOUR.test(p.name)) {
      // Its value is the element's real default once the preview has rendered (showDefaultColours).
      const pick = Object.assign(document.createElement('input'), {type: 'color'});
      pick.dataset.property = p.name;
      pick.setAttribute('aria-label', `${p.name} picker`);
      pick.addEventListener('input', () => {
        text.value = pick.value;
      });
      text.addEventListener('input', () => {
        if (/^#[0-9a-f]{6}$/i.test(text.value)) pick.value = text.value;
      });
      const row = Object.assign(document.createElement('div'), {className: 'colour'});
      row.append(pick, text);
      label.append(row, hint);
      colours.append(label);
    } else {
      label.append(text, hint);
      more.append(label);
    }
  }
}

interface Choice {
  tag: string;
  attrs: [string, string | true][];
  css: [string, string][];
  fallback?: {text: string; href: string};
  scriptUrl: string;
}

function read(): Choice {
  const d = decl();
  const data = new FormData(form);
  const attrs: [string, string | true][] = [];
  const css: [string, string][] = [];
  for (const el of form.elements) {
    const input = el as HTMLInputElement;
    if (!input.name || input.closest('[hidden]')) continue;
    if (input.name.startsWith('attr:')) {
      const name = input.name.slice(5);
      if (input.type === 'checkbox') {
        if (input.checked) attrs.push([name, true]);
      }
      else if (input.value.trim()) attrs.push([name, input.value.trim()]);
    } else if (input.name.startsWith('css:') && input.value.trim()) css.push([input.name.slice(4), input.value.trim()]);
  }
  const text = String(data.get('fallback-text') ?? '').trim();
  return {
    tag: d.tagName,
    attrs,
    css,
    fallback: FALLBACK.has(d.tagName) && text ? {text, href: String(data.get('fallback-href') ?? '').trim()} : undefined,
    scriptUrl: String(data.get('script-url') ?? '').trim(),
  };
}

function markup(c: Choice, drop: string[] = [], extra: [string, string][] = []): string {
  const attrs = [...c.attrs.filter(([n]) => !drop.includes(n)), ...extra];
  const open = `<${c.tag}${attrs.map(([n, v]) => (v === true ? ` ${n}` : ` ${n}="${escapeAttr(v)}"`)).join('')}>`;
  const inner = c.fallback ? `\n  <a href="${escapeAttr(c.fallback.href || '#')}">${escapeText(c.fallback.text)}</a>\n` : '';
  return `${open}${inner}</${c.tag}>`;
}

const styleRule = (c: Choice) => (c.css.length ? `${c.tag} {\n${c.css.map(([n, v]) => `  ${n}: ${v};\n`).join('')}}\n` : '');

/**
 * The script-tag file a snippet loads, given the URL of newsroom-widgets.js: related-articles.js
 * (smaller: no banner code) when the element is one it defines, with that file's integrity hash.
 */
function scriptFile(tag: string, url: string): {url: string; integrity: string} {
  const articles = fileIntegrity['related-articles.js'];
  if (ARTICLES_ONLY.has(tag) && articles && /\/newsroom-widgets\.js$/.test(url)) return {url: url.replace(/newsroom-widgets\.js$/, 'related-articles.js'), integrity: articles};
  return {url, integrity};
}

/**
 * A same-origin document with the local bundle: the preview, or an off-screen measuring page. The
 * all-in-one file for every element: the articles-only one renders the same elements the same way.
 */
function page(body: string, css: string, bodyStyle = 'margin: 16px'): string {
  return `<!doctype html><html lang="uk"><head><meta charset="utf-8">
<style>body { ${bodyStyle}; font: 16px/1.5 system-ui, sans-serif; background: #fff; }\n${css}</style>
<script>window.settled = new Promise((r) => ['related-articles-load', 'related-articles-error', 'support-banner-skip'].forEach((t) => addEventListener(t, r)));</script>
<script src="${bundleUrl()}"></script></head><body>${body}</body></html>`;
}

/** A document with no script of the builder's: the server HTML alone, or the iframe snippet running. */
const plainPage = (body: string, css: string) => `<!doctype html><html lang="uk"><head><meta charset="utf-8">
<style>body { margin: 16px; font: 16px/1.5 system-ui, sans-serif; background: #fff; }\n${css}</style></head><body>${body}</body></html>`;

function load(frame: HTMLIFrameElement, html: string): Promise<Window> {
  return new Promise((resolve) => {
    frame.addEventListener('load', () => resolve(frame.contentWindow!), {once: true});
    frame.srcdoc = html;
  });
}

/**
 * Shows `html` in a new preview frame, put in the old one's place with its attributes and size.
 * WebKit can leave a frame blank, or on its previous document, when its srcdoc changes while an
 * earlier srcdoc is still loading; a new frame has no earlier load, and its srcdoc is set before
 * it is on the page, so it loads that document once.
 */
function loadPreview(html: string): Promise<{frame: HTMLIFrameElement; win: Window}> {
  const frame = preview.cloneNode(false) as HTMLIFrameElement;
  const loaded = load(frame, html);
  preview.replaceWith(frame);
  preview = frame;
  return loaded.then((win) => ({frame, win}));
}

const sleep = (ms: number) => new Promise<false>((r) => setTimeout(() => r(false), ms));

/** Resolves once the element has shown what it is going to show (cards, a banner, an error, nothing). */
async function settled(win: Window, el: Element): Promise<void> {
  const done = (win as unknown as {settled: Promise<unknown>}).settled.then(() => true);
  // A script that never arrives must not leave the builder measuring for ever.
  const defined = await Promise.race([win.customElements.whenDefined(el.localName).then(() => true), sleep(15_000)]);
  if (!defined) throw new Error(`the script did not define <${el.localName}> (is ${bundleUrl()} there?)`);
  if (el.localName === 'related-articles') await Promise.race([done, sleep(10_000)]);
  if (el.localName === 'support-banner')
    for (let i = 0; i < 200 && !el.shadowRoot?.querySelector('[part~="container"]'); i++) if (await Promise.race([done, sleep(50)])) break;
  await (el as unknown as {updateComplete?: Promise<unknown>}).updateComplete;
  // Card images keep their box whether or not they have arrived: nothing else to wait for.
  await sleep(0);
}

let generation = 0;
let timer: ReturnType<typeof setTimeout> | undefined;
let previewTimer: ReturnType<typeof setTimeout> | undefined;

/**
 * After every edit, at once: the snippet for the options as they are now, and the preview
 * running it, so that a copy made at any moment is what the preview shows. Only the CSS that
 * reserves the height waits, for the measuring (a moment after the last edit).
 */
function refresh(): void {
  const run = ++generation;
  const c = read();
  const shown = previewChoice(c);
  lastShown = shown;
  write(c, {css: '/* The height for these options is being measured: copy again in a moment for this CSS. */\n'}, 'measuring');
  update('script', {status: 'Measuring the real height…', error: false});
  iframeTab(c);
  void serverTab(run, c, shown);
  // The preview's banner memory is this page's own: forget it, so the preview always shows a banner.
  for (const key of Object.keys(localStorage)) if (key.startsWith('newsroom-widgets:banner:')) localStorage.removeItem(key);
  // Edits in one burst (typing, a pasted value) load the preview once, not one frame per keystroke.
  clearTimeout(previewTimer);
  previewTimer = setTimeout(() => void showPreview(run, shown), 30);
  clearTimeout(timer);
  timer = setTimeout(() => void measured(run, c, shown), 300);
}

/**
 * The preview runs this site's own copy of the script, and the sample feed in place of the
 * publisher's (which these docs may not be allowed to load); the snippet keeps the publisher's.
 */
function previewChoice(c: Choice): Choice {
  const note = $('#preview-data');
  const sample = absolute(site.samples[c.tag]);
  const src = c.attrs.find(([n]) => n === 'src')?.[1];
  note.hidden = !(sample && src === published(c.tag));
  if (note.hidden) return c;
  note.textContent = `The preview shows the sample data that comes with these docs in place of ${String(src)}.`;
  return {...c, attrs: c.attrs.map(([n, v]) => [n, n === 'src' ? sample : v])};
}

async function showPreview(run: number, c: Choice): Promise<void> {
  let html = page(markup(c), styleRule(c));
  if (tab === 'server') {
    // The HTML alone, with no script: what readers see before the script runs, or without it.
    html = plainPage(serverHtml, styleRule(c));
  }
  if (tab === 'iframe') html = plainPage(iframeSnippet(embedUrl(new URL('embed.html', bundleUrl()).href, c.tag, c.attrs), frameTitle(c)), '');
  const {frame, win} = await loadPreview(html);
  // A later preview (another edit, another tab) has taken this frame's place: its window is gone.
  const current = () => run === generation && frame === preview;
  if (!current()) return;
  const el = win.document.querySelector(c.tag)!;
  const fit = () => {
    frame.style.height = `${Math.ceil(win.document.documentElement.getBoundingClientRect().height)}px`;
  };
  new (win as unknown as typeof globalThis).ResizeObserver(fit).observe(win.document.documentElement);
  if (tab !== 'script') return;
  try {
    await settled(win, el);
  } catch {
    // The measuring says what went wrong (the same script, the same page): nothing to add here.
    return;
  }
  if (current()) showDefaultColours(el);
}

async function measured(run: number, c: Choice, shown: Choice): Promise<void> {
  try {
    const r = await measure(shown);
    if (run !== generation) return;
    write(c, r, 'ready');
    update('script', {status: r.note, error: false});
  } catch (error) {
    if (run !== generation) return;
    write(c, {css: ''}, 'ready');
    update('script', {status: `The height could not be measured: ${(error as Error).message}`, error: true});
  }
  if (!integrity) update('script', {status: 'dist/sri.json is missing, so the script tag has no integrity hash: run `npm run build`.', error: true});
}

interface Reserve {
  css: string;
  /** The banner's `reserve` attribute, which holds its height while the config loads. */
  reserve?: string;
}

function write(c: Choice, r: Reserve, state: 'measuring' | 'ready'): void {
  const file = scriptFile(c.tag, c.scriptUrl);
  const script = file.integrity
    ? `<script src="${escapeAttr(file.url)}"\n        integrity="${file.integrity}" crossorigin="anonymous" async></script>`
    : `<script src="${escapeAttr(file.url)}" async></script>`;
  // The feed's request starts with the script's; the element's own request then uses it (README, "For partners").
  // Not for a lazy list: it asks for its feed only near the viewport, and a preload would fetch it with the page.
  const lazy = c.attrs.some(([n, v]) => n === 'loading' && v === 'lazy');
  const src = c.tag === 'related-articles' && !lazy ? c.attrs.find(([n]) => n === 'src')?.[1] : undefined;
  const preload = typeof src === 'string' ? `${preloadLine(src)}\n` : '';
  const style = styleRule(c) + r.css;
  const attrs = r.reserve ? [...c.attrs.filter(([k]) => k !== 'reserve'), ['reserve', r.reserve] as [string, string]] : c.attrs;
  update('script', {text: `${preload}${script}\n${style ? `\n<style>\n${style}</style>\n` : ''}\n${markup({...c, attrs})}\n`, state});
}

/** The frame's title (a frame needs one for screen readers): the element's heading, else what the element is. */
function frameTitle(c: Choice): string {
  const heading = c.attrs.find(([n]) => n === 'heading')?.[1];
  if (typeof heading === 'string') return heading;
  if (c.tag === 'related-articles') return c.fallback?.text || 'Статті';
  return c.tag === 'support-banner' ? 'Підтримати' : 'Стаття';
}

/** Public npm CDNs serve .html files as text/plain: a frame of theirs would show embed.html's source, not the widget. */
const NPM_CDN = /^https:\/\/(cdn\.jsdelivr\.net|unpkg\.com)\//;

/** The embed page: the publisher's copy for the publisher's URLs or a script on an npm CDN, else the one beside the script. */
function embedPage(scriptUrl: string): string {
  if (named<HTMLSelectElement>('urls').value === 'publisher' || NPM_CDN.test(scriptUrl)) return site.config.embed;
  return new URL('embed.html', scriptUrl).href;
}

/** The Iframe tab: the embed page, the element's attributes as its query, and the resizer. */
function iframeTab(c: Choice): void {
  let text = '';
  try {
    text = `${iframeSnippet(embedUrl(embedPage(c.scriptUrl), c.tag, c.attrs), frameTitle(c))}\n`;
  } catch {
    update('iframe', {text, status: 'The script URL is not a URL: embed.html is found beside it.', error: true});
    return;
  }
  let status = c.css.length
    ? 'Custom properties (the colours) do not reach into a frame: it takes the element\'s attributes only, theme among them.'
    : 'The frame is the publisher\'s embed.html (or the one beside your own copy of the script), with the element\'s attributes as its query. The second line sizes the frame to fit.';
  if (c.attrs.some(([n, v]) => n === 'placement' && v === 'bottom')) status = 'A frame cannot overlay your page: in it the bottom bar shows as an inline banner. For a bar, take the Script tab.';
  update('iframe', {text, status, error: false});
}

/** The server HTML as it is now, for the server tab's preview ('' while it renders). */
let serverHtml = '';
let lastShown: Choice;

/** A value as JavaScript source: strings quoted, keys bare where they can be. */
const js = (o: object) =>
  `{${Object.entries(o)
    .map(([k, v]) => `${/^[a-z_]\w*$/i.test(k) ? k : `'${k}'`}: ${typeof v === 'string' ? `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'` : String(v)}`)
    .join(', ')}}`;
/** A word for a POSIX shell: quoted when it holds anything but the safe characters. */
const shell = (word: string) => (/^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, "'\\''")}'`);

/** Node code that writes the same HTML, and the same from the CLI. */
function nodeSnippet(tag: string, attrs: Record<string, string | true>, options: ServerRenderOptions): string {
  const given = `const attrs = ${js(attrs)};\nconst options = ${js(options)};\n`;
  // The fallback option is --fallback-html: --fallback=hide is the attribute's, which may be there too.
  const cliOptions = Object.entries(options).map(([k, v]) => [k === 'fallback' ? 'fallback-html' : k, v] as const);
  const cli = [...Object.entries(attrs), ...cliOptions].map(([k, v]) => shell(v === true ? `--${k}` : `--${k}=${String(v)}`));
  const shellLine = `\n// The same from a shell:\n// npx newsroom-widgets render ${tag} ${cli.join(' ')}\n`;
  if (tag === 'article-card') return `import {renderArticleCard} from 'newsroom-widgets/server';\n\n${given}const html = renderArticleCard(attrs, options);\n${shellLine}`;
  return `import {renderFallback, renderRelatedArticles} from 'newsroom-widgets/server';\n\n${given}let html;\ntry {
  html = await renderRelatedArticles(attrs, options);
} catch (error) {
  // The feed could not be had (error.kind says why): the element with its fallback alone.
  html = renderFallback(attrs, options);
}\n${shellLine}`;
}

/**
 * Each feed's text, fetched once while the page is open: every edit renders again, and a request
 * per edit for the same URL would queue behind each other (the browser's cache lets one through
 * at a time) and hold up the preview's and the measuring's own requests.
 */
const feeds = new Map<string, Promise<string>>();
function feedText(url: string): Promise<string> {
  let text = feeds.get(url);
  if (!text) {
    text = fetch(url, {credentials: 'omit'}).then((r) => {
      if (!r.ok) throw Object.assign(new Error(`${url} answered ${r.status}`), {kind: 'http'});
      return r.text();
    });
    // A failure is not kept: the next edit tries again.
    text.catch(() => feeds.delete(url));
    feeds.set(url, text);
  }
  return text;
}

/**
 * The Server HTML tab: the same renderer as newsroom-widgets/server, run in this page. The
 * publisher's feed may be out of this page's reach: the sample feed stands in for it, as in
 * the script's preview, while the attributes keep the publisher's URL.
 */
async function serverTab(run: number, c: Choice, shown: Choice): Promise<void> {
  serverHtml = '';
  if (!ARTICLES_ONLY.has(c.tag)) {
    serverNode.textContent = '';
    update('server', {text: '', state: 'ready', error: false,
      status: `<${c.tag}> is not rendered on a server: what it shows depends on the reader (what they dismissed or have seen, their language, the schedule). Take the Script or the Iframe tab.`});
    return;
  }
  update('server', {state: 'measuring', status: 'Rendering…', error: false});
  const attrs = Object.fromEntries(c.attrs) as Record<string, string | true>;
  const options: ServerRenderOptions = {};
  const site = named('site').value.trim();
  if (site) options.site = site;
  if (c.fallback) options.fallback = `<a href="${escapeAttr(c.fallback.href || '#')}">${escapeText(c.fallback.text)}</a>`;
  let html: string;
  let note = 'Rendered in this page by the server renderer, as your server would render it.';
  let failed = false;
  if (c.tag === 'article-card') {
    try {
      html = renderArticleCard(attrs, options);
    } catch (error) {
      // A relative href with no page to resolve it against: the renderer says so, as it would on your server.
      html = '';
      note = (error as Error).message;
      failed = true;
    }
  } else {
    const src = attrs.src;
    const sample = shown.attrs.find(([n]) => n === 'src')?.[1];
    try {
      const feed = typeof sample === 'string' ? await feedText(sample) : undefined;
      html = await renderRelatedArticles(feed === undefined ? attrs : {...attrs, feed}, options);
      if (sample !== src) note = `Rendered from the sample feed that comes with these docs, in place of ${String(src)}.`;
    } catch (error) {
      html = renderFallback(attrs, options);
      const why = (error as {kind?: string}).kind ?? (error as Error).message;
      note = `The feed could not be loaded here (${why}): this is what the renderer writes then, the element with its fallback alone.`;
      failed = true;
    }
  }
  if (run !== generation) return;
  serverHtml = html;
  serverNode.textContent = nodeSnippet(c.tag, attrs, options);
  const style = c.css.length ? `<style>\n${styleRule(c)}</style>\n\n` : '';
  update('server', {text: `${style}${html}\n`, state: 'ready', status: note, error: failed});
  if (tab === 'server') void showPreview(run, shown);
}

/**
 * An unset colour's swatch shows the colour the element really uses: the fallback its
 * styles give `var(--newsroom-…, fallback)`, resolved inside its shadow root (so
 * `light-dark()` follows its theme), not the picker's black.
 */
function showDefaultColours(el: Element): void {
  const root = el.shadowRoot;
  if (!root) return;
  const text = [...root.adoptedStyleSheets, ...[...root.querySelectorAll('style')].map((s) => s.sheet!)]
    .flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText))
    .join('\n');
  const probe = el.ownerDocument.createElement('span');
  root.append(probe);
  try {
    for (const pick of form.querySelectorAll<HTMLInputElement>('#colours input[type="color"]')) {
      const name = pick.dataset.property!;
      const typed = named(`css:${name}`);
      if (typed.value.trim()) continue;
      probe.style.color = '';
      probe.style.color = fallbackOf(text, name) ?? 'currentcolor';
      const colour = hex(getComputedStyle(probe).color);
      pick.value = colour;
      typed.placeholder = `default ${colour}`;
    }
  } finally {
    probe.remove();
  }
}

/** The fallback in the first `var(--name, fallback)` of the styles, its parentheses balanced. */
function fallbackOf(css: string, name: string): string | undefined {
  const at = css.indexOf(`var(${name},`);
  if (at < 0) return undefined;
  let depth = 1;
  const from = at + name.length + 5;
  for (let i = from; i < css.length; i++) {
    if (css[i] === '(') depth++;
    if (css[i] === ')' && --depth === 0) return css.slice(from, i).trim();
  }
  return undefined;
}

/** `rgb(…)`/`rgba(…)` as the #rrggbb a colour input takes; a translucent colour as it looks on white. */
function hex(rgb: string): string {
  const [r = 0, g = 0, b = 0, a = 1] = (rgb.match(/[\d.]+/g) ?? []).map(Number);
  const on = (v: number) => Math.round(v * a + 255 * (1 - a));
  return `#${[on(r), on(g), on(b)].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

/** Heights at every width from 240 to 1600 px, as a few lines h = a + b·w (images keep a ratio, so a list grows with its width). */
async function measure(c: Choice): Promise<Reserve & {note: string}> {
  const frame = document.createElement('iframe');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.style.cssText = 'position: absolute; left: -20000px; top: 0; width: 1700px; height: 900px; border: 0';
  document.body.append(frame);
  try {
    if (c.tag === 'support-banner') return await measureBanner(frame, c);
    // Off screen nothing is ever "near the viewport": measure without lazy loading.
    // A flow-root box holds the element's margins, its own or its shadow content's that collapse through it.
    const win = await load(frame, page(`<div id="box" style="display: flow-root">${markup(c, ['loading'])}</div>`, styleRule(c), 'margin: 0'));
    const box = win.document.getElementById('box')!;
    const el = win.document.querySelector(c.tag)!;
    await settled(win, el);
    if (!el.shadowRoot?.querySelector('[part~="card"]')) throw new Error('nothing to show yet (is the feed URL right? the preview and the console say more)');
    const height = (w: number) => {
      box.style.width = `${w}px`;
      return el.getBoundingClientRect().height;
    };
    height(720);
    const margin = margins(box, el);
    const pieces = segments(height, 240, 1600);
    const sel = `${c.tag}:not(:defined)`;
    const rule = (p: Piece) => (Math.abs(p.b) < 1e-4 ? `${round(p.a)}px` : `calc(${round(p.a)}px + ${Math.round(p.b * 1e6) / 1e4}cqi)`);
    let css = `/* Keeps the block's height before the script runs (measured: ${pieces.length} width range${pieces.length > 1 ? 's' : ''}). */\n`;
    css += `${sel} { display: block; container-type: inline-size; margin: ${margin}; }\n`;
    css += `${sel} > :first-child { display: block; box-sizing: border-box; margin: 0; min-height: ${rule(pieces[0]!)}; }\n`;
    for (const p of pieces.slice(1)) css += `@container (min-width: ${p.from}px) { ${sel} > :first-child { min-height: ${rule(p)}; } }\n`;
    if (!c.fallback) css = `/* Add fallback content inside the element to reserve its height before the script runs. */\n`;
    const h720 = Math.round(height(720));
    return {css, note: `Height measured at every width from 240 to 1600 px (${h720} px at 720 px wide).`};
  } finally {
    frame.remove();
  }
}

/** The margins around the element, as `margin` for its undefined state: what its box holds above and below it. */
function margins(box: Element, el: Element): string {
  const b = box.getBoundingClientRect();
  const r = el.getBoundingClientRect();
  return `${round(r.top - b.top)}px 0 ${round(b.bottom - r.bottom)}px`;
}

interface Piece {
  from: number;
  a: number;
  b: number;
}
/** Splits h(w) into straight pieces, each starting at the exact pixel where the last one stops fitting. */
function segments(h: (w: number) => number, min: number, max: number): Piece[] {
  const memo = new Map<number, number>();
  const H = (w: number) => memo.get(w) ?? memo.set(w, h(w)).get(w)!;
  const line = (w1: number, w2: number): Piece => {
    const b = w2 === w1 ? 0 : (H(w2) - H(w1)) / (w2 - w1);
    return {from: w1, a: H(w1) - b * w1, b};
  };
  const fits = (p: Piece, w: number) => Math.abs(p.a + p.b * w - H(w)) < 0.5;
  const pieces: Piece[] = [];
  let start = min;
  for (;;) {
    // A first line through two close samples, halved until the samples between them agree.
    let k = Math.min(16, max - start);
    let p = line(start, start + k);
    while (k > 1 && ![1, 2, 3].every((i) => fits(p, start + Math.round((k * i) / 4)))) p = line(start, start + (k >>= 1));
    // Down to two neighbouring pixels, a change between them is a step, not a slope.
    if (k === 1 && !fits({from: start, a: H(start), b: 0}, start + 1)) {
      pieces.push({from: start, a: H(start), b: 0});
      if (++start >= max) return pieces;
      continue;
    }
    let w = start + k;
    while (w < max && fits(p, Math.min(w + 16, max))) w = Math.min(w + 16, max);
    if (w >= max) {
      pieces.push(w > start ? line(start, w) : p);
      return pieces;
    }
    let lo = w;
    let hi = Math.min(w + 16, max);
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (fits(p, mid)) lo = mid;
      else hi = mid;
    }
    pieces.push(lo > start ? line(start, lo) : p);
    start = hi;
  }
}

/**
 * The banner has one reserved height (its `reserve` attribute), not one per width,
 * so it gets the tallest of the variants it may show at the partner's column width,
 * wide and phone, through a custom property that a media query switches.
 */
async function measureBanner(frame: HTMLIFrameElement, c: Choice): Promise<Reserve & {note: string}> {
  const get = (n: string) => c.attrs.find(([k]) => k === n)?.[1];
  if (get('placement') === 'bottom') return {css: '', note: 'A bottom bar overlays the page: nothing to reserve.'};
  let variants: Variant[] = [{}];
  const src = get('src');
  if (typeof src === 'string') {
    const config = await fetch(new URL(src, location.href), {credentials: 'omit'}).then((r) => r.json());
    const lang = String(get('lang') ?? 'uk').slice(0, 2);
    variants = (config.campaigns ?? [])
      .filter((k: {languages?: string[]}) => !k.languages?.length || k.languages.some((l) => l.slice(0, 2) === lang))
      .flatMap((k: {variants?: Variant[]}) => k.variants ?? []);
    if (!variants.length) throw new Error('the config has no campaign in this language');
  }
  const keep = ['lang', 'heading-level', 'currency', 'no-utm', 'theme', 'placement'];
  const statics = variants.map((v) => {
    const extra: [string, string][] = src
      ? [['message', [v.message ?? ''].flat().join(' ')], ['cta-label', v.cta?.label ?? ''], ['cta-href', 'https://ostrov.example/'], ['campaign', `measure-${Math.random()}`]]
      : [['campaign', `measure-${Math.random()}`]];
    if (src && v.heading) extra.push(['heading', v.heading]);
    if (src && v.goal) extra.push(['goal-raised', String(v.goal.raised ?? 0)], ['goal-target', String(v.goal.target)], ['currency', v.goal.currency ?? 'UAH']);
    const attrs = src ? c.attrs.filter(([n]) => keep.includes(n)) : c.attrs.filter(([n]) => n !== 'reserve' && n !== 'loading');
    return markup({...c, attrs, fallback: undefined}, [], extra);
  });
  const win = await load(frame, page(statics.map((m) => `<div class="box" style="display: flow-root">${m}</div>`).join(''), styleRule(c), 'margin: 0'));
  const els = [...win.document.querySelectorAll('support-banner')];
  // Each box then shows its config variant as it is (every paragraph of a list, the goal), through the
  // `config` property: the attributes above hold one paragraph at most.
  if (src) {
    els.forEach((el, i) => {
      (el as Element & {config?: unknown}).config = {version: 1, campaigns: [{id: `measure-${Math.random()}`, variants: [{...variants[i], id: 'v', weight: 1}]}]};
    });
  }
  await Promise.all(els.map((el) => settled(win, el)));
  const boxes = [...win.document.querySelectorAll<HTMLElement>('.box')];
  const tallest = (w: number) => {
    for (const b of boxes) b.style.width = `${w}px`;
    // To 1/64 px, not up to a whole pixel: the banner shown takes its own height (reserve is only the
    // loading box), so a rounded-up reservation would move the page by the difference.
    return round(Math.max(...els.map((el) => el.getBoundingClientRect().height)));
  };
  const n = (name: string) => Number((form.elements.namedItem(name) as HTMLInputElement).value) || 0;
  const wide = tallest(n('width-wide') || 720);
  const phone = tallest(n('width-phone') || 358);
  tallest(n('width-wide') || 720);
  const margin = margins(boxes[0]!, els[0]!);
  const css =
    `/* Height of the banner's tallest variant, measured: ${wide} px at ${n('width-wide')} px wide, ${phone} px at ${n('width-phone')} px (phones). */\n` +
    `support-banner { --banner-reserve: ${wide}px; }\n` +
    `@media (max-width: ${n('breakpoint') - 0.02}px) { support-banner { --banner-reserve: ${phone}px; } }\n` +
    `support-banner:not(:defined) { display: block; min-height: var(--banner-reserve); margin: ${margin}; }\n`;
  return {css, reserve: src ? 'var(--banner-reserve)' : undefined, note: `Tallest of ${variants.length} variant${variants.length > 1 ? 's' : ''}: ${wide} px at ${n('width-wide')} px, ${phone} px at ${n('width-phone')} px.`};
}

start().catch((error) => {
  status.textContent = `The builder could not start: ${(error as Error).message}`;
  status.dataset.state = 'error';
});
