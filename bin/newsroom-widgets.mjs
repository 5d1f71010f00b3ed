#!/usr/bin/env node
// `npx newsroom-widgets render <element> --attribute=value …`: the server renderer
// (newsroom-widgets/server) for static sites, server-side includes and cron jobs.
// Prints the element's HTML; on a feed that cannot be used, prints the element
// with its fallback alone, says why on stderr and exits 1.
import {readFile} from 'node:fs/promises';
import {parseArgs} from 'node:util';
import {renderArticleCard, renderFallback, renderRelatedArticles} from '../dist/server/index.js';

const USAGE = `Usage:
  newsroom-widgets render related-articles --src=URL [--limit=3] [--lang=uk] [--ATTRIBUTE=VALUE …]
  newsroom-widgets render article-card --href=URL --heading=TEXT [--ATTRIBUTE=VALUE …]

Every element attribute is an option by its name (--heading-level=3, --time-zone=Europe/Kyiv,
--images for a boolean one). Besides them:
  --feed-file=PATH   read the feed from a file instead of fetching --src (--src still names it)
  --styles=URL       link this stylesheet (the package's dist/styles/<element>.css, hosted by you)
                     instead of writing a <style> into each element
  --site=HOSTNAME    the partner site's hostname, for utm_source as the browser writes it
  --fallback=HTML    the light-DOM fallback (your own HTML)
`;

/** `--name=value` and `--flag` options, every one an attribute unless it is one of ours. */
function readOptions(args) {
  const attrs = {};
  for (const arg of args) {
    const match = /^--([a-z][a-z0-9-]*)(?:=([\s\S]*))?$/.exec(arg);
    if (!match) throw new Error(`not an option: ${arg}`);
    attrs[match[1]] = match[2] ?? true;
  }
  return attrs;
}

async function main() {
  const {positionals, values} = parseArgs({allowPositionals: true, strict: false, options: {help: {type: 'boolean', short: 'h'}}});
  const [command, tag] = positionals;
  if (values.help || command !== 'render' || !tag) {
    process.stdout.write(USAGE);
    return values.help ? 0 : 2;
  }
  const attrs = readOptions(process.argv.slice(2).filter((arg) => arg.startsWith('--')));
  const options = {};
  for (const name of ['styles', 'site', 'fallback']) {
    if (typeof attrs[name] === 'string') options[name] = name === 'styles' ? {href: attrs[name]} : attrs[name];
    delete attrs[name];
  }
  if (typeof attrs['feed-file'] === 'string') {
    attrs.feed = await readFile(attrs['feed-file'], 'utf8');
    delete attrs['feed-file'];
  }
  if (tag === 'article-card') {
    process.stdout.write(renderArticleCard(attrs, options) + '\n');
    return 0;
  }
  if (tag !== 'related-articles') {
    process.stderr.write(`newsroom-widgets: cannot render <${tag}> on a server (related-articles, article-card)\n`);
    return 2;
  }
  try {
    process.stdout.write((await renderRelatedArticles(attrs, options)) + '\n');
    return 0;
  } catch (error) {
    const kind = error.kind ? ` (${error.kind})` : '';
    process.stderr.write(`newsroom-widgets: ${error.message}${kind}; printed the fallback alone\n`);
    process.stdout.write(renderFallback(attrs, options) + '\n');
    return 1;
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`newsroom-widgets: ${error.message}\n`);
    process.exitCode = 2;
  },
);
