import {debug} from '../internal/debug.js';
import {sessionStore, type SafeStorage} from '../internal/safe-storage.js';
import {fetchText, type FetchOptions} from './fetch.js';
import {abortedError} from './load-error.js';

/**
 * One loader per kind of document (article feeds, campaign configs). It gives
 * every element on the page the same answer for the same URL:
 * - one request per URL at a time, shared by all elements that ask for it;
 *   the request is aborted only when every element waiting on it has gone;
 * - the last good result is kept (memory, and session storage through the safe
 *   wrapper) for `maxAge`; a fresh element renders a kept copy at once and the
 *   caller revalidates it when stale (stale-while-revalidate);
 * - warnings about the document are printed once per load, not once per element.
 */
export interface LoadOptions extends FetchOptions {
  /** Milliseconds a result counts as fresh. */
  maxAge?: number;
}

export interface Cached<T> {
  value: T;
  /** Epoch ms of the fetch that produced it. */
  fetchedAt: number;
}

export interface Loader<T> {
  /** The kept copy for a URL, fresh or stale, without any request. */
  peek(url: string): Cached<T> | undefined;
  /** A result no older than maxAge: the kept copy when fresh, else a (shared) request. */
  load(url: string, options?: LoadOptions): Promise<Cached<T>>;
  /**
   * Forget everything (tests, and partners who need a hard refresh). The requests under way are
   * aborted: an element waiting on one shows its error state (its fallback), as for a failed load.
   */
  clear(): void;
}

export interface LoaderSpec<T> {
  /** Prefix of the session-storage key; the URL follows it. */
  storageKey: string;
  parse(text: string, url: string): {value: T; warnings: string[]};
  /** The value from its copy in session storage (JSON.stringify of it), or undefined when that is no longer one. */
  revive(data: unknown): T | undefined;
  storage?: SafeStorage;
}

export const DEFAULT_MAX_AGE = 5 * 60 * 1000;

/** How many results a loader keeps in session storage at most (oldest dropped). */
const MAX_STORED = 10;

interface InFlight<T> {
  promise: Promise<Cached<T>>;
  controller: AbortController;
  waiting: number;
}

export function createLoader<T>(spec: LoaderSpec<T>): Loader<T> {
  /**
   * The results in memory by URL. A URL whose stored copy was looked for and not found is here too,
   * as undefined: storage is read once per URL, not once per element.
   */
  const memory = new Map<string, Cached<T> | undefined>();
  /** The document text each in-memory result was read from, to know a refresh that brought the same document. */
  const textOf = new Map<string, string>();
  const inFlight = new Map<string, InFlight<T>>();
  const storage = spec.storage ?? sessionStore;
  const indexKey = `${spec.storageKey}:index`;

  function readStored(url: string): Cached<T> | undefined {
    const raw = storage.get(`${spec.storageKey}:${url}`);
    if (!raw) return undefined;
    try {
      const data = JSON.parse(raw) as {fetchedAt: number; value: unknown};
      const value = spec.revive(data.value);
      return value !== undefined && typeof data.fetchedAt === 'number' ? {value, fetchedAt: data.fetchedAt} : undefined;
    } catch {
      return undefined;
    }
  }

  /** The copy for the next page (session storage); the in-memory one is set where the result arrives. */
  function store(url: string, cached: Cached<T>): void {
    try {
      storage.set(`${spec.storageKey}:${url}`, JSON.stringify(cached));
      // Bounded: a page cycling through many feeds must not fill the quota.
      let index: string[] = [];
      try {
        index = JSON.parse(storage.get(indexKey) ?? '[]') as string[];
      } catch {
        /* a corrupt index is rebuilt */
      }
      index = [...index.filter((u) => u !== url), url];
      while (index.length > MAX_STORED) storage.remove(`${spec.storageKey}:${index.shift()}`);
      storage.set(indexKey, JSON.stringify(index));
    } catch {
      // Serialisation trouble only costs the cross-page copy.
    }
  }

  function peek(url: string): Cached<T> | undefined {
    if (!memory.has(url)) memory.set(url, readStored(url));
    return memory.get(url);
  }

  function start(url: string, options: LoadOptions): InFlight<T> {
    const controller = new AbortController();
    const entry: InFlight<T> = {controller, waiting: 0, promise: undefined as never};
    entry.promise = (async () => {
      try {
        const fetched = await fetchText(url, {...options, signal: controller.signal});
        debug(url, 'HTTP', fetched.status);
        let value: T;
        if (textOf.get(url) === fetched.text) {
          // The same document again: the same value, so elements keep what they show (and the focus in it).
          // A text is kept only beside the result read from it, so that result is in memory.
          value = memory.get(url)!.value;
        } else {
          const parsed = spec.parse(fetched.text, fetched.url);
          if (parsed.warnings.length > 0) console.warn(`[newsroom-widgets] ${url}:\n  ${parsed.warnings.join('\n  ')}`);
          value = parsed.value;
          textOf.set(url, fetched.text);
        }
        const cached = {value, fetchedAt: Date.now()};
        memory.set(url, cached);
        // Stored again for the same document too, with its new time: the next page then takes the copy
        // this one has just confirmed instead of asking again. Written in a task of its own, after the
        // waiting elements have rendered: serialising a long feed is for the next page, not worth
        // delaying this one's cards.
        setTimeout(() => store(url, cached));
        return cached;
      } catch (error) {
        // Printed here, once per request, however many elements were waiting on it; not when they all
        // left (the only way fetchText fails as 'aborted' is this controller's abort).
        if (!controller.signal.aborted) {
          console.error(`[newsroom-widgets] ${(error as Error).message}`);
        }
        throw error;
      } finally {
        if (inFlight.get(url) === entry) inFlight.delete(url);
      }
    })();
    inFlight.set(url, entry);
    return entry;
  }

  function load(url: string, options: LoadOptions = {}): Promise<Cached<T>> {
    const {signal, maxAge = DEFAULT_MAX_AGE} = options;
    const kept = peek(url);
    if (kept && Date.now() - kept.fetchedAt < maxAge) return Promise.resolve(kept);
    if (signal?.aborted) return Promise.reject(abortedError(url));
    const entry = inFlight.get(url) ?? start(url, options);
    entry.waiting++;
    return new Promise<Cached<T>>((resolve, reject) => {
      const onAbort = () => {
        entry.waiting--;
        // The last element interested in this request left while it runs: stop the download, and share it
        // no more (it settles only later), so an element asking in the same task, its copy put in its
        // place, starts anew. A request that settled is no longer shared and has nothing to stop.
        if (entry.waiting === 0 && inFlight.get(url) === entry) {
          entry.controller.abort();
          inFlight.delete(url);
        }
        reject(abortedError(url));
      };
      signal?.addEventListener('abort', onAbort);
      // Every request has this handler from the moment it starts (start() is called only above), so a
      // failure is never an unhandled rejection, even when every waiter has left. Once it has settled
      // there is nothing left to abort: the listener only goes.
      entry.promise.then(resolve, reject).finally(() => signal?.removeEventListener('abort', onAbort));
    });
  }

  return {
    peek,
    load,
    clear() {
      memory.clear();
      textOf.clear();
      for (const entry of inFlight.values()) entry.controller.abort();
      inFlight.clear();
    },
  };
}
