#!/usr/bin/env node
// `npx newsroom-widgets render <element> --attribute=value …`: the server renderer
// (newsroom-widgets/server) for static sites, server-side includes and cron jobs.
// Prints the element's HTML; on a feed that cannot be used, prints the element
// with its fallback alone, says why on stderr and exits 1.
import {readFile} from 'node:fs/promises';
import {decodeBody} from '../dist/data/fetch.js';
import {renderArticleCard, renderFallback, renderRelatedArticles} from '../dist/server/index.js';

const USAGE = `Usage:
  newsroom-widgets render related-articles --src=URL [--limit=3] [--lang=uk] [--ATTRIBUTE=VALUE …]
  newsroom-widgets render article-card --href=URL --heading=TEXT [--ATTRIBUTE=VALUE …]

Every element attribute is an option by its name (--heading-level=3 or --heading-level 3,
--time-zone=Europe/Kyiv, --images for a boolean one). Besides them:
  --feed-file=PATH   read the feed from a file instead of fetching --src (give --src too: the
                     element loads it in the browser)
  --styles=URL       link this stylesheet (the package's dist/styles/<element>.css, hosted by you)
                     instead of writing a <style> into each element
  --site=HOSTNAME    the partner site's hostname, for utm_source as the browser writes it
  --base-url=URL     the URL of the page the element goes in: relative URLs (--href, --all-href, --src)
                     resolve against it
  --fallback-html=HTML
                     the light-DOM fallback (your own HTML); also --fallback=HTML, but
                     --fallback=latest and --fallback=hide are <related-articles>' attribute
`;

/** The elements' boolean attributes (and --help): present or absent, so they never take the next argument as a value. */
const FLAGS = new Set(['images', 'no-utm', 'reserve-image', 'sponsored', 'help']);

/**
 * The command and the element, and the options: `--name=value`, `--name value` (as most CLIs take
 * them) and `--flag`, every one an attribute unless it is one of ours.
 */
function readArgs(args) {
  const positionals = [];
  const attrs = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '-h') {
      attrs.help = true;
      continue;
    }
    if (!arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }
    const match = /^--([a-z][a-z0-9-]*)(?:=([\s\S]*))?$/.exec(arg);
    if (!match) throw new Error(`not an option: ${arg}`);
    const [, name, joined] = match;
    const next = args[i + 1];
    if (joined !== undefined) attrs[name] = joined;
    else if (FLAGS.has(name) || next === undefined || next.startsWith('--')) attrs[name] = true;
    else {
      attrs[name] = next;
      i++;
    }
  }
  return {positionals, attrs};
}

/** A message without the name the library's own errors start with, for a line that starts with it. */
const withoutName = (message) => message.replace(/^newsroom-widgets: /, '');

const isHttpUrl = (value, base) => typeof value === 'string' && URL.canParse(value, base) && /^https?:$/.test(new URL(value, base).protocol);

async function main() {
  const {positionals, attrs} = readArgs(process.argv.slice(2));
  const [command, tag, extra] = positionals;
  if (attrs.help || command !== 'render' || !tag) {
    process.stdout.write(USAGE);
    return attrs.help ? 0 : 2;
  }
  // A value after a boolean attribute (`--images true`) or a second value would otherwise vanish.
  if (extra !== undefined) throw new Error(`unexpected argument "${extra}" (a boolean attribute such as --images takes no value)`);
  // Ours, not attributes: without a value one would be written on the element (feed-file="") or dropped unsaid.
  for (const name of ['feed-file', 'styles', 'site', 'base-url', 'fallback-html']) {
    if (attrs[name] === true) throw new Error(`--${name} needs a value (--${name}=…)`);
  }
  const options = {};
  // `fallback` is also <related-articles>' attribute, whose only values are these: they stay the attribute.
  // Any other --fallback is the fallback HTML, as --fallback-html is.
  if (attrs.fallback !== 'latest' && attrs.fallback !== 'hide') {
    attrs['fallback-html'] ??= attrs.fallback;
    delete attrs.fallback;
  }
  for (const [name, option] of [['styles', 'styles'], ['site', 'site'], ['fallback-html', 'fallback']]) {
    if (typeof attrs[name] === 'string') options[option] = name === 'styles' ? {href: attrs[name]} : attrs[name];
    delete attrs[name];
  }
  if (typeof attrs['base-url'] === 'string') options.baseUrl = attrs['base-url'];
  delete attrs['base-url'];
  if (typeof attrs['feed-file'] === 'string') {
    // In the charset the file declares (an XML declaration's encoding), as a fetched feed is read: not always UTF-8.
    attrs.feed = decodeBody(await readFile(attrs['feed-file']), '');
    delete attrs['feed-file'];
  }
  if (tag === 'article-card') {
    const html = renderArticleCard(attrs, options);
    // Attributes that describe no article give the element alone, with no shadow root: most often a
    // misnamed option (--title, --url), which would otherwise print an empty element and exit 0.
    if (!html.includes('<template shadowrootmode=')) throw new Error('no article to show: give --href=URL and --heading=TEXT (or --excerpt=TEXT)');
    process.stdout.write(html + '\n');
    return 0;
  }
  if (tag !== 'related-articles') {
    process.stderr.write(`newsroom-widgets: cannot render <${tag}> on a server (related-articles, article-card)\n`);
    return 2;
  }
  // Not a feed that failed but a command that names none: no fallback to print, and the options to use.
  // --src is needed with --feed-file too: it is what the element loads when the script runs.
  if (!isHttpUrl(attrs.src, options.baseUrl)) {
    if (attrs.src === undefined) throw new Error("give the feed's URL as --src=URL (http or https), and --feed-file=PATH to read it from a file");
    throw new Error(`--src must be an http(s) URL, not ${JSON.stringify(attrs.src)} (for a file, --feed-file=PATH beside --src=URL)`);
  }
  try {
    process.stdout.write((await renderRelatedArticles(attrs, options)) + '\n');
    return 0;
  } catch (error) {
    const kind = error.kind ? ` (${error.kind})` : '';
    process.stderr.write(`newsroom-widgets: ${withoutName(error.message)}${kind}; printed the fallback alone\n`);
    process.stdout.write(renderFallback(attrs, options) + '\n');
    return 1;
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    // The library's own errors already start with the name.
    process.stderr.write(`newsroom-widgets: ${withoutName(error.message)}\n`);
    process.exitCode = 2;
  },
);
