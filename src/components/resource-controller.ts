import type {ReactiveController, ReactiveControllerHost} from '@lit/reactive-element';
import {LoadError} from '../data/load-error.js';
import type {Loader, LoadOptions} from '../data/loader.js';
import {safeUrl} from '../internal/safe-url.js';
import {stopNear, whenNear} from '../internal/visibility.js';

export type ResourceState = 'initial' | 'pending' | 'complete' | 'error';

/**
 * Controllers of connected elements (a controller is connected exactly while it
 * is in here). One `online` listener for the page, not one per element: a page
 * with a hundred lists keeps no hundred closures.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- controllers of any value type share the set
const live = new Set<ResourceController<any>>();
const onOnline = () => {
  // Not a load under way. A connected controller is `initial` only without a URL, which refresh() skips.
  for (const controller of live) {
    if (controller.state !== 'pending') controller.refresh();
  }
};

export interface ResourceOptions extends LoadOptions {
  /** Wait until the element comes near the viewport before fetching. */
  lazy?: boolean;
}

/**
 * The one async-data controller the elements share (instead of @lit/task,
 * whose value only exists after a run completes): it can render a kept copy
 * at once and revalidate behind it, keep a stale copy when the refresh fails,
 * wait for the viewport before fetching, and aborts when the host leaves the
 * page or its URL changes. State changes request a host update.
 */
export class ResourceController<T> implements ReactiveController {
  state: ResourceState = 'initial';
  value?: T;
  error?: LoadError<string>;
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #loader: Loader<T>;
  #url?: string;
  /** Set with the URL, by the first `set()`: nothing reads it before there is a URL. */
  #options!: ResourceOptions;
  #abort?: AbortController;

  constructor(host: ReactiveControllerHost & HTMLElement, loader: Loader<T>) {
    this.#host = host;
    this.#loader = loader;
    host.addController(this);
  }

  /** Point the controller at a URL (relative ones resolve against the page). Same URL and options: no-op. */
  set(src: string | null | undefined, options: ResourceOptions): void {
    // No `src` (null, empty) is no URL to safeUrl either.
    const url = safeUrl(src, document.baseURI);
    if (url === this.#url && JSON.stringify(options) === JSON.stringify(this.#options)) return;
    this.#url = url;
    this.#options = options;
    this.#cancel();
    this.value = undefined;
    this.error = undefined;
    if (src && !url) {
      this.#fail(new LoadError('network', `"${src}" is not an http(s) URL`, src));
      return;
    }
    this.state = 'initial';
    if (live.has(this) && url) this.#start();
  }

  hostConnected(): void {
    live.add(this);
    // The same listener added again is not added twice: the page keeps one.
    window.addEventListener('online', onOnline);
    // Back on the page, as on its first connection: a load given up as the host left starts again, and a
    // copy on screen may have grown stale meanwhile, or its refresh been given up (moved in one task).
    // #start shows the kept copy and asks again when it is stale. An error stays as it is: a partner's
    // carousel moving a list must not ask a failing server at every move.
    if (this.#url && this.state !== 'error') this.#start();
  }

  hostDisconnected(): void {
    live.delete(this);
    // A load given up stays `pending`: the host shows its placeholders until it is back and asks again.
    this.#cancel();
  }

  /** Fetch again now (an `online` event, or a partner's explicit call). */
  refresh(): void {
    if (this.#url && live.has(this)) this.#fetch(0);
  }

  #cancel(): void {
    stopNear(this.#host);
    this.#abort?.abort();
    this.#abort = undefined;
  }

  #start(): void {
    const kept = this.#loader.peek(this.#url!);
    if (kept) {
      // Stale-while-revalidate: show what we have, and load behind it. The loader answers with this same
      // copy while it is fresh, which changes nothing here, and fetches only once it is stale.
      this.#succeed(kept.value);
      this.#fetch();
      return;
    }
    this.state = 'pending';
    this.#host.requestUpdate();
    if (this.#options.lazy) {
      whenNear(this.#host, () => this.#fetch());
    } else {
      this.#fetch();
    }
  }

  /**
   * A load that settles unaborted is still the current one (a newer load, or a cancel, aborts it
   * first), and has nothing left to abort: its controller goes, not kept for every element's life.
   */
  #fetch(maxAge = this.#options.maxAge): void {
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    this.#loader.load(this.#url!, {...this.#options, maxAge, signal: abort.signal}).then(
      (cached) => {
        if (abort.signal.aborted) return;
        this.#abort = undefined;
        if (cached.value !== this.value) this.#succeed(cached.value);
      },
      (error: LoadError<string>) => {
        // Aborted by this controller: a newer load or the host's leaving, nothing to show. Any other abort
        // (the page's `clear()` of the loader) is shown as the error it is, not waited on for ever.
        if (abort.signal.aborted) return;
        this.#abort = undefined;
        // A failed refresh keeps the stale copy on screen rather than the error.
        if (this.state === 'complete') return;
        this.#fail(error);
      },
    );
  }

  #succeed(value: T): void {
    this.state = 'complete';
    this.value = value;
    this.error = undefined;
    this.#host.requestUpdate();
  }

  #fail(error: unknown): void {
    this.state = 'error';
    this.error = error instanceof LoadError ? error : new LoadError('parse', String(error), this.#url ?? '');
    this.#host.requestUpdate();
  }
}
