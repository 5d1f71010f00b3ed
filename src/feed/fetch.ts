import {FeedError} from './model.js';

/** Network defaults; each is overridable per element by an attribute. */
export const FETCH_DEFAULTS = {
  /** Per attempt, body included. */
  timeout: 8000,
  /** Extra attempts after the first, only for network errors, 5xx and 429. */
  retries: 2,
  /** Bytes; a larger body is an error and the rest is not read. */
  maxBytes: 2 * 1024 * 1024,
  /** First backoff step and the cap, in ms. */
  backoff: 500,
  backoffCap: 8000,
  /** A Retry-After longer than this is not waited for: the error shows instead. */
  maxRetryAfter: 30_000,
};

export interface FetchOptions {
  timeout?: number;
  retries?: number;
  maxBytes?: number;
  signal?: AbortSignal;
}

export interface FetchedText {
  text: string;
  contentType: string;
  status: number;
  /** The final URL after redirects: relative links in the document resolve against it. */
  url: string;
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const t = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', onAbort, {once: true});
  });

/** Seconds or an HTTP date, as RFC 9110 allows; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** Capped exponential backoff with full jitter (AWS's recipe): spreads a thundering herd. */
export function backoffMs(attempt: number, random = Math.random): number {
  const ceiling = Math.min(FETCH_DEFAULTS.backoffCap, FETCH_DEFAULTS.backoff * 2 ** attempt);
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/**
 * The charset the bytes are in: Content-Type first, then the XML declaration,
 * else UTF-8 (BOM or not) when the bytes are valid UTF-8, else windows-1252.
 * Decoded with TextDecoder, which knows windows-1251, KOI8-R, ISO-8859-1,
 * gb2312/GBK and the rest of the WHATWG encodings.
 */
export function decodeBody(bytes: Uint8Array, contentType: string): string {
  const fromHeader = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1];
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const fromXml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head.replace(/^\uFEFF|^ï»¿/, ''))?.[1];
  for (const label of [fromHeader, fromXml]) {
    try {
      // TextDecoder honours and strips a BOM for UTF-8/16 by itself.
      if (label) return new TextDecoder(label).decode(bytes);
    } catch {
      // Unknown label: try the next source.
    }
  }
  try {
    return new TextDecoder('utf-8', {fatal: true}).decode(bytes);
  } catch {
    // Undeclared and not UTF-8: old Western feeds are Latin-1, which windows-1252
    // covers, the same guess HTML makes. Better accents than U+FFFD everywhere.
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

async function readCapped(response: Response, maxBytes: number, url: string): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  const tooLarge = () => new FeedError('too-large', `${url} is larger than ${maxBytes} bytes`, url, response.status);
  if (declared > maxBytes) {
    void response.body?.cancel().catch(() => {});
    throw tooLarge();
  }
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const {done, value} = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      // Stop reading: the rest of a 5 MB body never crosses the network.
      void reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}

const retryable = (status: number) => status === 429 || status >= 500;

async function attempt(url: string, options: Required<Omit<FetchOptions, 'signal'>>, outer?: AbortSignal): Promise<FetchedText> {
  const controller = new AbortController();
  const onOuterAbort = () => controller.abort(outer!.reason);
  outer?.addEventListener('abort', onOuterAbort, {once: true});
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeout);
  try {
    // A "simple" CORS GET: no custom headers, no cache-busting, no cookies, so a
    // CDN can answer every partner page from one cached copy.
    const response = await fetch(url, {
      method: 'GET',
      mode: 'cors',
      credentials: 'omit',
      referrerPolicy: 'strict-origin-when-cross-origin',
      signal: controller.signal,
    });
    if (!response.ok) {
      void response.body?.cancel().catch(() => {});
      const error = new FeedError('http', `${url} answered HTTP ${response.status}`, url, response.status);
      (error as FeedError & {retryAfter?: number}).retryAfter = retryAfterMs(response.headers.get('retry-after'));
      throw error;
    }
    const contentType = response.headers.get('content-type') ?? '';
    const bytes = await readCapped(response, options.maxBytes, url);
    return {text: decodeBody(bytes, contentType), contentType, status: response.status, url: response.url || url};
  } catch (error) {
    // Cancelling the body reader is not enough in WebKit, which keeps
    // downloading a body over the cap; aborting the request stops it.
    if (error instanceof FeedError) throw (controller.abort(), error);
    if (timedOut) throw new FeedError('timeout', `${url} did not answer within ${options.timeout} ms`, url);
    if (outer?.aborted) throw new FeedError('aborted', `request for ${url} was aborted`, url);
    // fetch gives no detail on purpose (CORS refusals look like network errors).
    throw new FeedError(
      'network',
      `${url} could not be fetched: network error, or the server did not send Access-Control-Allow-Origin`,
      url,
    );
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', onOuterAbort);
  }
}

/** GET a URL as text with a timeout, a size cap and bounded retries. */
export async function fetchText(url: string, options: FetchOptions = {}): Promise<FetchedText> {
  const opts = {
    timeout: options.timeout ?? FETCH_DEFAULTS.timeout,
    retries: options.retries ?? FETCH_DEFAULTS.retries,
    maxBytes: options.maxBytes ?? FETCH_DEFAULTS.maxBytes,
  };
  for (let n = 0; ; n++) {
    try {
      return await attempt(url, opts, options.signal);
    } catch (error) {
      const e = error as FeedError & {retryAfter?: number};
      const again = n < opts.retries && (e.kind === 'network' || (e.kind === 'http' && retryable(e.status ?? 0)));
      if (!again || (e.retryAfter ?? 0) > FETCH_DEFAULTS.maxRetryAfter) throw e;
      try {
        await sleep(Math.max(e.retryAfter ?? 0, backoffMs(n)), options.signal);
      } catch {
        throw new FeedError('aborted', `request for ${url} was aborted`, url);
      }
    }
  }
}
