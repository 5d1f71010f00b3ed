// Server rendering as a partner's Node server does it: react-dom/server, no DOM.
// `node test/react/render.mjs '<props as JSON>'` prints the page's HTML (the hydration
// test asks for it through test/react/plugin.mjs); the Node test imports renderPage.
import {createElement as h} from 'react';
import {renderToString} from 'react-dom/server';
import {pathToFileURL} from 'node:url';
import {Page} from './page.mjs';

export function renderPage(props) {
  return renderToString(h(Page, props));
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(renderPage(JSON.parse(process.argv[2])));
}
