// The React components after server rendering: the page test/react/page.mjs renders in
// Node (react-dom/server, through the plugin's /__react/ssr) is put in this page and
// hydrated with the same tree, plain and under StrictMode (which mounts twice), and
// the same tree is rendered client-only for comparison. In each case the handlers
// must fire, `item` must fill the card and `headingLevel`/`timeZone` must reach the
// elements as properties: what React's own hydration of custom elements misses.
import {expect} from '@open-wc/testing';
import {createElement} from 'react';
import {createRoot, hydrateRoot, type Root} from 'react-dom/client';
import {bannerConfig, feedUrl, OSTROV} from '../e2e/harness.js';
// @ts-expect-error a JavaScript module shared with the Node side
import {Page} from './page.mjs';

interface Handlers {
  load: (event: CustomEvent<{count: number; total: number; src: string}>) => void;
  click: (event: CustomEvent<{id: string; position: number}>) => void;
  dismiss: (event: CustomEvent<{reason: string}>) => void;
}

/** What a card in the tree was given as `item`: the model's shape, with a date whose hour differs by time zone. */
const ITEM = {
  id: 'react-item',
  url: 'https://ostrov.example/articles/react-item/',
  title: 'Заголовок з React',
  summary: 'Картка з властивості item.',
  date: new Date('2026-01-29T12:00:00Z'),
  category: 'Новини',
  tags: ['Новини'],
  authors: [],
  sponsored: false,
};

/** Records every call of each handler, and resolves when the list has loaded. */
function recorder() {
  const calls = {load: [] as CustomEvent[], click: [] as CustomEvent[], dismiss: [] as CustomEvent[]};
  let loaded!: () => void;
  const load = new Promise<void>((resolve) => {
    loaded = resolve;
  });
  const on: Handlers = {
    load(event) {
      calls.load.push(event);
      loaded();
    },
    click(event) {
      calls.click.push(event);
    },
    dismiss(event) {
      calls.dismiss.push(event);
    },
  };
  return {calls, on, load};
}

/** Waits for `find` to return something, checking once a frame; fails after `frames` frames. */
async function until<T>(find: () => T | null | undefined, what: string, frames = 600): Promise<T> {
  for (let i = 0; i < frames; i++) {
    const found = find();
    if (found) return found;
    await new Promise(requestAnimationFrame);
  }
  throw new Error(`no ${what}`);
}

const shadow = (container: Element, tag: string): ShadowRoot => {
  const root = container.querySelector(tag)?.shadowRoot;
  if (!root) throw new Error(`<${tag}> has no shadow root`);
  return root;
};
const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Whether importing the components registered the tags (it must not: they register on mount, once their props are set). */
const definedAtImport = ['related-articles', 'article-card', 'support-banner'].filter((tag) => customElements.get(tag));

let container: HTMLElement;
let root: Root | undefined;
let consoleErrors: unknown[][];
let consoleWarnings: unknown[][];
const consoleError = console.error;
const consoleWarn = console.warn;

beforeEach(() => {
  container = document.createElement('div');
  // The banner's campaign is for Ukrainian pages.
  container.lang = 'uk';
  document.body.append(container);
  consoleErrors = [];
  consoleWarnings = [];
  console.error = (...args: unknown[]) => {
    consoleErrors.push(args);
    consoleError(...args);
  };
  console.warn = (...args: unknown[]) => {
    consoleWarnings.push(args);
    consoleWarn(...args);
  };
});

afterEach(() => {
  root?.unmount();
  root = undefined;
  container.remove();
  console.error = consoleError;
  console.warn = consoleWarn;
});

/** The server's HTML for these props, rendered in Node. */
async function serverHtml(props: object): Promise<string> {
  const response = await fetch(`/__react/ssr?props=${encodeURIComponent(JSON.stringify(props))}`);
  expect(response.ok, 'server render').to.equal(true);
  return response.text();
}

/** What every case must show once the list has loaded. */
async function expectWorkingPage(calls: ReturnType<typeof recorder>['calls']): Promise<void> {
  // onRelatedArticlesLoad fired, once: StrictMode's second mount must not add a second listener.
  expect(calls.load).to.have.length(1);
  expect(calls.load[0]!.detail.count).to.equal(3);

  // headingLevel={4} reached the property: the list's heading is an h4, its cards' titles h5.
  const list = shadow(container, 'related-articles');
  expect(text(list.querySelector('h4'))).to.equal('Статті');
  expect(list.querySelectorAll('h5')).to.have.length(3);
  // allHref reached its property too.
  expect(list.querySelector<HTMLAnchorElement>('a[href="https://ostrov.example/all-articles/"]'), '«Всі статті» link').to.not.equal(null);

  // item={…} filled the card, at headingLevel={3}, with the time in timeZone="Asia/Tokyo" (21:00, not 12:00 UTC).
  const card = shadow(container, 'article-card');
  expect(text(card.querySelector('h3'))).to.equal(ITEM.title);
  expect(card.querySelector<HTMLAnchorElement>('a')!.href.startsWith(`${ITEM.url}?utm_source=`), 'the card links to the item').to.equal(true);
  expect(text(card)).to.contain('21:00');

  // onRelatedArticlesClick: a reader follows the first card (kept on this page).
  const related = container.querySelector('related-articles')!;
  const stay = (event: Event) => event.preventDefault();
  related.addEventListener('click', stay);
  list.querySelector<HTMLAnchorElement>('li a')!.click();
  related.removeEventListener('click', stay);
  expect(calls.click).to.have.length(1);
  expect(calls.click[0]!.detail.position).to.equal(1);

  // onSupportBannerDismiss: the banner shows its campaign, and closing it calls the handler once.
  const banner = shadow(container, 'support-banner');
  const close = await until(() => banner.querySelector<HTMLElement>('[part~="close"]'), 'close button on the banner');
  close.click();
  expect(calls.dismiss).to.have.length(1);
  expect(calls.dismiss[0]!.detail.reason).to.equal('close');

  expect(consoleErrors, 'console errors (hydration mismatches among them)').to.deep.equal([]);
}

async function props() {
  return {src: feedUrl(OSTROV), bannerSrc: await bannerConfig()};
}

for (const strict of [false, true]) {
  describe(`React components hydrated after server rendering${strict ? ', in StrictMode' : ''}`, () => {
    it('set properties and handlers on the server-rendered elements', async () => {
      const data = {...(await props()), strict};
      const html = await serverHtml(data);
      // What the server sent: the tags and the list's fallback link, no properties turned into attributes.
      expect(html).to.contain('<related-articles class="related"><a href="https://ostrov.example/articles/">Статті ОстроВ</a></related-articles>');
      expect(html).to.contain('<article-card></article-card><support-banner></support-banner>');

      // The first hydration on this page meets elements no script has upgraded yet, as a partner's page does.
      const firstOnPage = !customElements.get('support-banner');
      container.innerHTML = html;
      const serverList = container.querySelector('related-articles');
      const {calls, on, load} = recorder();
      const recoverable: unknown[] = [];
      root = hydrateRoot(container, createElement(Page, {...data, item: ITEM, on}), {
        onRecoverableError(error: unknown) {
          recoverable.push(error);
        },
      });
      await load;

      // Hydrated, not replaced: a mismatch would make React render the tree again from scratch.
      expect(container.querySelector('related-articles'), 'the server-rendered element').to.equal(serverList);
      expect(recoverable).to.deep.equal([]);
      await expectWorkingPage(calls);
      // Unconditional: a tag registered by the import would make firstOnPage false and skip the checks below.
      expect(definedAtImport, 'tags registered by importing the components').to.deep.equal([]);
      if (!strict) expect(firstOnPage, 'the first hydration meets tags not yet defined').to.equal(true);
      if (firstOnPage) {
        // Upgraded with their props already set: not one as an empty element (a bare <support-banner> warns).
        expect(consoleWarnings).to.deep.equal([]);
      }
    });
  });
}

describe('React components rendered client-only (createRoot)', () => {
  it('set the same properties and handlers', async () => {
    const {calls, on, load} = recorder();
    root = createRoot(container);
    root.render(createElement(Page, {...(await props()), item: ITEM, on}));
    await load;
    await expectWorkingPage(calls);
  });
});
