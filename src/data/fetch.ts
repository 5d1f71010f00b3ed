import {abortedError, LoadError, type TransportErrorKind} from './load-error.js';

/** First backoff step and the cap, in ms. */
const BACKOFF = 500;
const BACKOFF_CAP = 8000;
/** A Retry-After longer than this is not waited for: the error shows instead. */
const MAX_RETRY_AFTER = 30_000;

/**
 * The network settings; their defaults are in `fetchText`. `<related-articles timeout>` sets the
 * timeout per element; retries and the size cap are the same for every element.
 */
export interface FetchOptions {
  /** Per attempt, body included, in ms (default 8000). */
  timeout?: number;
  /** Extra attempts after the first, only for network errors, 5xx and 429 (default 2). */
  retries?: number;
  /** Bytes; a larger body is an error and the rest is not read (default 2 MiB). */
  maxBytes?: number;
  signal?: AbortSignal;
}

export interface FetchedText {
  text: string;
  status: number;
  /** The final URL after redirects: relative links in the document resolve against it. */
  url: string;
}

/** A failed attempt, with the wait its server asked for before the next one. */
type Failure = LoadError & {retryAfter?: number};

/** Resolves after `ms`; rejects (with nothing: the caller words it) as soon as the signal aborts. */
const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    const stop = () => {
      clearTimeout(timer);
      reject();
    };
    if (signal?.aborted) stop();
    // No `once`: a signal fires 'abort' once (after the timer, stop() only rejects a settled promise).
    signal?.addEventListener('abort', stop);
  });

/** Seconds or an HTTP date, as RFC 9110 allows; undefined when absent or unreadable. */
function retryAfterMs(header: string | null): number | undefined {
  // No header reads as '', which is no number of seconds and no date.
  const value = header?.trim() ?? '';
  const ms = /^\d+$/.test(value) ? Number(value) * 1000 : Date.parse(value) - Date.now();
  return Number.isNaN(ms) ? undefined : Math.max(0, ms);
}

/**
 * The charset the bytes are in: a byte order mark first (it wins over any label, as in the WHATWG
 * decode algorithm and XML: a UTF-8 file with its BOM on a server that labels everything Latin-1
 * is UTF-8), then Content-Type, then the XML declaration, else UTF-8 when the bytes are valid
 * UTF-8, else windows-1252 — old Western feeds are Latin-1, the same guess HTML makes; better
 * accents than U+FFFD everywhere. TextDecoder knows windows-1251, KOI8-R, ISO-8859-1,
 * gb2312/GBK and the rest of the WHATWG encodings, and strips a BOM itself.
 */
export function decodeBody(bytes: Uint8Array, contentType: string): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const labels = [
    // A byte order mark (EF BB BF, FF FE, FE FF): its first byte is enough, since a feed without one
    // begins with `<`, `{` or white space.
    bytes[0] === 0xef ? 'utf-8' : bytes[0] === 0xff ? 'utf-16le' : bytes[0] === 0xfe ? 'utf-16be' : undefined,
    /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1],
    // The XML declaration (a BOM before it has named the charset already).
    /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1],
    'utf-8',
    'windows-1252',
  ];
  const utf8Guess = 3;
  for (let i = 0; ; i++) {
    const label = labels[i];
    if (!label) continue;
    try {
      // Only the undeclared UTF-8 guess is strict: a declared charset is trusted, bad bytes and all.
      return new TextDecoder(label, {fatal: i === utf8Guess}).decode(bytes);
    } catch {
      // An unknown label, or not UTF-8 after all: the next guess.
    }
  }
}

/**
 * The body's bytes, or undefined as soon as it passes `maxBytes`; the caller then aborts the request, so
 * the rest never crosses the network. The chunks are joined here rather than through a Blob, whose
 * `arrayBuffer()` is another round trip through the browser process (see BENCHMARKS.md).
 */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array | undefined> {
  if (Number(response.headers.get('content-length')) > maxBytes) return undefined;
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body?.getReader();
  while (reader) {
    const {done, value} = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      // Stop reading here; the caller's abort then ends the download itself.
      void reader.cancel().catch(() => {});
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** One request: `timeout` ms at most, body included, and `maxBytes` of body at most. */
async function attempt(url: string, timeout: number, maxBytes: number, outer?: AbortSignal): Promise<FetchedText> {
  const fail = (kind: TransportErrorKind, what: string, status?: number): Failure => new LoadError(kind, `${url} ${what}`, url, status);
  const controller = new AbortController();
  const abort = () => controller.abort();
  // No `once` needed: a signal fires 'abort' once, and the listener goes when the attempt ends.
  outer?.addEventListener('abort', abort);
  const timer = setTimeout(abort, timeout);
  try {
    // A "simple" CORS GET (fetch's default method and mode): no custom headers,
    // no cache-busting, no cookies, so a CDN can answer every partner page from
    // one cached copy; and no partner page path in the Referer.
    const response = await fetch(url, {credentials: credentialsFor(url), referrerPolicy: 'strict-origin-when-cross-origin', signal: controller.signal});
    if (!response.ok) {
      const error = fail('http', `answered HTTP ${response.status}`, response.status);
      error.retryAfter = retryAfterMs(response.headers.get('retry-after'));
      throw error;
    }
    const bytes = await readCapped(response, maxBytes);
    if (!bytes) throw fail('too-large', `is larger than ${maxBytes} bytes`, response.status);
    return {text: decodeBody(bytes, response.headers.get('content-type') ?? ''), status: response.status, url: response.url || url};
  } catch (error) {
    // Aborting the request, not just dropping the body, is what stops the
    // download: WebKit keeps reading a cancelled body over the cap.
    if (error instanceof LoadError) {
      controller.abort();
      throw error;
    }
    if (outer?.aborted) throw abortedError(url);
    // Aborted, and not by the caller: the timer did it. (Should both have, the caller's abort is the one reported.)
    if (controller.signal.aborted) throw fail('timeout', `did not answer within ${timeout} ms`);
    // fetch gives no detail on purpose (CORS refusals look like network errors).
    throw fail('network', 'could not be fetched: network error, or the server did not send Access-Control-Allow-Origin');
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', abort);
  }
}

/**
 * No cookies either way. For another origin, `same-origin` sends none, as `omit` does, and it is
 * the mode of `<link rel="preload" as="fetch" crossorigin="anonymous">`: the browser hands the
 * preloaded response to this request only when the modes match, so the feed is fetched once.
 * For the page's own origin `same-origin` would send cookies: there it stays `omit`.
 */
function credentialsFor(url: string): RequestCredentials {
  const pageOrigin = globalThis.location?.origin;
  return pageOrigin && new URL(url).origin !== pageOrigin ? 'same-origin' : 'omit';
}

/** GET a URL as text with a timeout, a size cap and bounded retries. */
export async function fetchText(url: string, options: FetchOptions = {}): Promise<FetchedText> {
  const {timeout = 8000, retries = 2, maxBytes = 2 * 1024 * 1024, signal} = options;
  for (let retriesDone = 0; ; retriesDone++) {
    try {
      return await attempt(url, timeout, maxBytes, signal);
    } catch (error) {
      const failure = error as Failure;
      const askedWait = failure.retryAfter ?? 0;
      if (retriesDone >= retries || !isRetryable(failure) || askedWait > MAX_RETRY_AFTER) throw failure;
      // Capped exponential backoff with "equal jitter" (AWS's recipe) spreads a thundering herd.
      const ceiling = Math.min(BACKOFF_CAP, BACKOFF * 2 ** retriesDone);
      try {
        await sleep(Math.max(askedWait, ceiling / 2 + Math.random() * (ceiling / 2)), signal);
      } catch {
        throw abortedError(url);
      }
    }
  }
}

/**
 * Retried: network errors, 5xx and 429; never other 4xx or a document that could not be read. Only
 * an HTTP failure has a status of 5xx or 429: a body over the cap came with a 2xx, others with none.
 */
function isRetryable({kind, status = 0}: Failure): boolean {
  return kind === 'network' || status >= 500 || status === 429;
}
