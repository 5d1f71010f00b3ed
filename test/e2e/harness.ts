/**
 * End-to-end harness. Why this shape: the same test files must run in Chromium,
 * Firefox ESR and WebKitGTK, and the only driver all three share here is
 * web-test-runner (Playwright has no Debian-packaged Firefox/WebKit; Firefox
 * speaks BiDi to puppeteer, WebKit only classic WebDriver). So each test runs in
 * the runner's page and opens the partner's page in an iframe from a separate
 * origin on 127.0.0.1 (scripts/page-server.mjs), with the real response headers
 * (CSP, sandbox). The page is cross-origin to the test, as a partner's page is to
 * us, so the test cannot reach in; `probe.js`, the first script on every page,
 * records console messages, page errors, CSP violations and widget events there
 * and answers queries over postMessage.
 */
// @ts-expect-error served by the test runner's feed-origin plugin
import {EXPOSING_ORIGIN, FEED_ORIGIN, PAGE_ORIGIN} from '/__env.js';

export const FEED: string = FEED_ORIGIN;
export const PAGES: string = PAGE_ORIGIN;
/** A publisher that sends Access-Control-Expose-Headers: Retry-After (scripts/page-server.mjs). */
export const EXPOSING: string = EXPOSING_ORIGIN;
export const OSTROV = '/test/fixtures/ostrov/feed.json';
export const BANNER = '/test/fixtures/ostrov/banner.json';
export const PHOTO = '/test/e2e/fixtures/photo.svg';

let n = 0;
/** A URL on the feed origin that no earlier page has fetched (no cache, own request count). */
export function feedUrl(path: string, params: Record<string, string | number> = {}): string {
  const url = new URL(path, FEED);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, String(v));
  url.searchParams.set('t', `${Date.now()}-${++n}`);
  return url.href;
}

/** Puts a document on the feed origin and returns a fresh URL for it. */
export async function serveDoc(body: string, params: Record<string, string | number> = {}): Promise<string> {
  const res = await fetch(`${FEED}/__doc`, {method: 'POST', body, headers: {'Content-Type': 'text/plain'}});
  const {path} = (await res.json()) as {path: string};
  return feedUrl(path, {type: 'application/feed+json', ...params});
}

/** The seed feed with a picture on every item, so images can be checked. */
export async function feedWithImages(image = `${FEED}${PHOTO}`): Promise<string> {
  const feed = await (await fetch(`${FEED}${OSTROV}`)).json();
  for (const item of feed.items) item.image = image;
  return serveDoc(JSON.stringify(feed));
}

/**
 * The seed campaign config under a campaign id no other page used: the banner
 * remembers views and dismissals per campaign in the page origin's storage,
 * and one page's `max_views` must not hide the banner on the next.
 */
export async function bannerConfig(onlyVariant?: string): Promise<string> {
  const config = await (await fetch(`${FEED}${BANNER}`)).json();
  for (const c of config.campaigns) {
    c.id = `${c.id}-e2e-${Date.now()}-${++n}`;
    if (onlyVariant) c.variants = c.variants.filter((v: {id: string}) => v.id === onlyVariant);
  }
  return serveDoc(JSON.stringify(config), {type: 'application/json'});
}

export async function requestCount(url: string): Promise<number> {
  const u = new URL(url);
  const res = await fetch(`${u.origin}/__count?url=${encodeURIComponent(u.pathname + u.search)}`);
  return ((await res.json()) as {count: number}).count;
}

/** CSP of a partner that allows exactly what docs/reference.md's Security section tells partners to add (and the test page's own stylesheets). */
export const STRICT_CSP = () =>
  [
    `default-src 'none'`,
    `script-src ${PAGES}`,
    `connect-src ${FEED}`,
    `img-src ${FEED}`,
    `style-src ${PAGES}`,
    `require-trusted-types-for 'script'`,
    `trusted-types newsroom-widgets 'allow-duplicates'`,
  ].join('; ');

export interface PageSpec {
  /** Markup inside <body>. */
  body: string;
  /** Extra markup in <head> after the probe (stylesheets, the script tags). */
  head?: string;
  headers?: Record<string, string>;
}

export const BUNDLE = '<script src="/dist/newsroom-widgets.js"></script>';

export interface ConsoleEntry {
  level: 'error' | 'warn';
  text: string;
}
export interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  where: string;
  target: string;
}
export interface WidgetEvent {
  type: string;
  tag: string;
  id: string;
  detail: Record<string, unknown>;
}
export interface Record_ {
  console: ConsoleEntry[];
  errors: string[];
  /** URLs of scripts and images that failed to load. */
  failed: string[];
  violations: Violation[];
  defines: Record<string, number>;
  events: WidgetEvent[];
  version?: string;
  userAgent: string;
}
export interface Found {
  tag: string;
  text: string;
  attrs: Record<string, string>;
  rect: {width: number; height: number};
  styles: Record<string, string>;
  assigned?: string[];
  complete?: boolean;
  /** true, or what the pointer landed on instead. */
  hit?: true | string;
}

let asked = 0;
const frames: HTMLIFrameElement[] = [];

export class Page {
  constructor(readonly frame: HTMLIFrameElement) {}

  ask<T>(cmd: string, args: unknown = {}, ms = 5000): Promise<T> {
    const id = ++asked;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        removeEventListener('message', onMessage);
        reject(new Error(`the page did not answer "${cmd}" within ${ms} ms (did probe.js run?)`));
      }, ms);
      const onMessage = (e: MessageEvent) => {
        if (e.source !== this.frame.contentWindow || e.data?.probe !== id) return;
        clearTimeout(timer);
        removeEventListener('message', onMessage);
        if (e.data.error) reject(new Error(`in the page: ${e.data.error}`));
        else resolve(e.data.result as T);
      };
      addEventListener('message', onMessage);
      this.frame.contentWindow!.postMessage({probe: id, cmd, args}, '*');
    });
  }

  record(): Promise<Record_> {
    return this.ask('record');
  }

  /** Elements along a path of selectors, each step inside the previous match's shadow root. */
  query(path: string[], opts: {styles?: string[]; hit?: boolean; scroll?: boolean} = {}): Promise<Found[]> {
    return this.ask('query', {path, ...opts});
  }

  /** Polls the page until `check` returns something truthy, or fails with what it saw last. */
  async until<T>(what: string, check: (p: Page) => Promise<T | undefined | false>, ms = 15_000): Promise<T> {
    const end = Date.now() + ms;
    for (;;) {
      const value = await check(this);
      if (value) return value;
      if (Date.now() > end) {
        const rec = await this.record();
        throw new Error(`timed out waiting for ${what}; page record: ${JSON.stringify(rec).slice(0, 1500)}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** Waits for the widget events a page expects, e.g. two `related-articles-*` results. */
  events(type: RegExp, count: number, ms?: number): Promise<WidgetEvent[]> {
    return this.until(
      `${count} × ${type}`,
      async (p) => {
        const found = (await p.record()).events.filter((e) => type.test(e.type));
        return found.length >= count && found;
      },
      ms,
    );
  }
}

/** Serves the page from the page origin and loads it in a visible iframe. */
export async function openPage(spec: PageSpec): Promise<Page> {
  const html = `<!doctype html>
<html lang="uk">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>Partner page</title>
<script src="/test/e2e/probe.js"></script>
${spec.head ?? BUNDLE}
</head>
<body>
${spec.body}
</body>
</html>`;
  const res = await fetch(`${PAGES}/__page`, {
    method: 'POST',
    body: JSON.stringify({html, headers: spec.headers ?? {}}),
    headers: {'Content-Type': 'text/plain'},
  });
  const {url} = (await res.json()) as {url: string};
  const frame = document.createElement('iframe');
  // Wide enough for the grid layout; fixed in the runner's viewport so that lazy
  // images and intersection observers inside see a visible page (pages scroll within).
  frame.style.cssText = 'position: fixed; top: 0; left: 0; width: 1000px; height: 600px; border: 0; background: #fff';
  const loaded = new Promise((r) => frame.addEventListener('load', r, {once: true}));
  frame.src = PAGES + url;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return new Page(frame);
}

/** Removes the pages a test opened, so slow fault pages do not pile up. */
export function closePages(): void {
  for (const f of frames.splice(0)) f.remove();
}

/** Console errors and page errors, the things a partner would call "your script broke my page". */
export function problems(rec: Record_): string[] {
  return [...rec.errors.map((e) => `pageerror: ${e}`), ...rec.console.filter((c) => c.level === 'error').map((c) => `console.error: ${c.text}`)];
}

export const CARD_LINK = ['related-articles', '[part~="link"]'];
export const CARD_TITLE = ['related-articles', '[part~="title"]'];
