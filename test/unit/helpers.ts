// @ts-expect-error served by the test runner's feed-origin plugin
import {FEED_ORIGIN} from '/__env.js';
import {feedLoader} from '../../src/feed/index.js';

export const ORIGIN: string = FEED_ORIGIN;
/**
 * This page's own prefix for fresh URLs, taken once at import: tests that fake `Date` would otherwise
 * ask for the same `t=` in every browser, and browsers run on one feed server count each other's requests.
 */
const PAGE = `${Date.now()}-${Math.random().toString(36).slice(2, 10)}`;
let n = 0;

/**
 * A URL on the second origin (the "publisher") that no earlier test has
 * fetched, so neither the page-wide loader nor the counter remembers it.
 */
export function feedUrl(path: string, params: Record<string, string | number> = {}): string {
  const url = new URL(path, ORIGIN);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, String(v));
  url.searchParams.set('t', `${PAGE}-${++n}`);
  return url.href;
}

export const OSTROV = '/test/fixtures/ostrov/feed.json';
export const BANNER = '/test/fixtures/ostrov/banner.json';

/** How many GET requests the feed server received for exactly this URL. */
export async function requestCount(url: string): Promise<number> {
  const u = new URL(url);
  const res = await fetch(`${ORIGIN}/__count?url=${encodeURIComponent(u.pathname + u.search)}`);
  return ((await res.json()) as {count: number}).count;
}

/** Answers the requests held with `hold: name` (see scripts/feed-server.mjs): the test decides when a feed arrives. */
export async function release(name: string): Promise<void> {
  await fetch(`${ORIGIN}/__release?name=${encodeURIComponent(name)}`, {method: 'POST'});
}

/** Puts a document on the feed origin and returns a fresh URL for it (a simple POST: text/plain). */
export async function serveDoc(body: string, type = 'application/json', params: Record<string, string | number> = {}): Promise<string> {
  const res = await fetch(`${ORIGIN}/__doc`, {method: 'POST', body, headers: {'Content-Type': 'text/plain'}});
  const {path} = (await res.json()) as {path: string};
  return feedUrl(path, {type, ...params});
}

/** A JSON Feed 1.1 document with these items, served from the feed origin. */
export function serveJsonFeed(items: unknown[], extra: Record<string, unknown> = {}): Promise<string> {
  const doc = {version: 'https://jsonfeed.org/version/1.1', title: 'Test', home_page_url: 'https://ostrov.example/articles/', items, ...extra};
  return serveDoc(JSON.stringify(doc));
}

export function resetLoaders(): void {
  feedLoader.clear();
  try {
    sessionStorage.clear();
  } catch {
    /* storage blocked in this browser: nothing to clear */
  }
}

/** Resolves when `el` fires `type`, or rejects after `ms`. */
export function nextEvent<T = unknown>(el: EventTarget, type: string, ms = 15_000): Promise<CustomEvent<T>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${type} within ${ms} ms`)), ms);
    el.addEventListener(
      type,
      (e) => {
        clearTimeout(timer);
        resolve(e as CustomEvent<T>);
      },
      {once: true},
    );
  });
}

/** Visible text of a node in the shadow-including tree, whitespace collapsed. */
export function text(node: Element | ShadowRoot | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
