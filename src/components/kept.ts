/**
 * Keeping nodes across renders. Every element renders by building nodes with
 * `h()`; a node built again is a new node, and a new node loses the reader's
 * focus, a text selection and a running view timer. So each part of an
 * element's shadow DOM that depends on some values is held in a `Kept`, keyed
 * by exactly those values, and built again only when one of them changes:
 * an update that changes nothing a part shows returns that part's old node.
 */

/** Two keys are the same when they hold the same values (`===`), in the same order. */
export function sameKey(a: readonly unknown[] | undefined, b: readonly unknown[]): boolean {
  return a !== undefined && a.length === b.length && a.every((value, i) => value === b[i]);
}

export class Kept<N extends Node | undefined> {
  /** Undefined until something is kept. */
  #key?: readonly unknown[];
  #node?: N;

  /** The node built for `key`: the kept one when the key is the same as last time, else `build()`'s. */
  get(key: readonly unknown[], build: () => N): N {
    if (!this.has(key)) this.keep(key, build());
    return this.#node as N;
  }

  /**
   * As `get`, for a part a server may have rendered already (src/server/): when nothing is kept for
   * `key` and `existing` is exactly what `build` makes (the same elements, attributes and text), the
   * existing node is kept, so what the reader sees, and any focus in it, stays; otherwise the built
   * node replaces it, once.
   */
  adopt(key: readonly unknown[], existing: Node | null | undefined, build: () => N): N {
    return this.get(key, () => {
      const built = build();
      return existing && built && existing.isEqualNode(built) ? (existing as N) : built;
    });
  }

  /** Something is kept, and for this key. */
  has(key: readonly unknown[]): boolean {
    return sameKey(this.#key, key);
  }

  /** Keep `node` for `key` (for a node that came from elsewhere, such as a SharedCopy). */
  keep(key: readonly unknown[], node: N): void {
    this.#key = key;
    this.#node = node;
  }

  /** The node last kept, if any. */
  get current(): N | undefined {
    return this.#node;
  }
}

/**
 * The node last built for a key, for another element with the same key to copy
 * rather than build: on a page with many lists of one feed and the same
 * options, every list after the first is a clone (see BENCHMARKS.md). Only
 * what holds nothing of its element may be shared this way.
 */
export class SharedCopy<N extends Node> {
  #key?: readonly unknown[];
  #node?: N;

  /**
   * A deep copy of the node kept for `key`, kept in `kept` with this copy's key (one array for every
   * copy), or undefined.
   */
  copyTo(kept: Kept<N>, key: readonly unknown[]): N | undefined {
    // Before anything is kept there is no key, which no key is the same as.
    if (!sameKey(this.#key, key)) return undefined;
    const node = this.#node!.cloneNode(true) as N;
    kept.keep(this.#key!, node);
    return node;
  }

  /** Keep a pristine copy of `node` for the next element with the same key. */
  keep(key: readonly unknown[], node: N): void {
    this.#key = key;
    this.#node = node.cloneNode(true) as N;
  }
}
