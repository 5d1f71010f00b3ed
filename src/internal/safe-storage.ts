/**
 * Browser storage that never throws. Blocked cookies, private mode, a sandboxed
 * iframe or a full quota make `localStorage` throw on access or on write; the
 * widgets then keep working from an in-page map, so memory lasts for the page.
 */
export interface SafeStorage {
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
  /** False when the browser storage failed and values live in memory only. */
  readonly persistent: boolean;
}

class WrappedStorage implements SafeStorage {
  readonly #memory = new Map<string, string>();
  readonly #pick: () => Storage | undefined;
  persistent = true;
  constructor(pick: () => Storage | undefined) {
    this.#pick = pick;
  }

  #storage(): Storage | undefined {
    if (!this.persistent) return undefined;
    try {
      const store = this.#pick();
      if (!store) this.persistent = false;
      return store;
    } catch {
      this.persistent = false;
      return undefined;
    }
  }

  get(key: string): string | null {
    const store = this.#storage();
    if (store) {
      try {
        return store.getItem(key);
      } catch {
        this.persistent = false;
      }
    }
    return this.#memory.get(key) ?? null;
  }

  set(key: string, value: string): void {
    this.#memory.set(key, value);
    const store = this.#storage();
    if (!store) return;
    try {
      store.setItem(key, value);
    } catch {
      // Quota or blocked: the in-memory copy keeps the page consistent.
      this.persistent = false;
    }
  }

  remove(key: string): void {
    this.#memory.delete(key);
    try {
      this.#storage()?.removeItem(key);
    } catch {
      this.persistent = false;
    }
  }
}

export const localStore: SafeStorage = new WrappedStorage(() => globalThis.localStorage);
export const sessionStore: SafeStorage = new WrappedStorage(() => globalThis.sessionStorage);

/** For tests and for partners who need to wrap their own storage. */
export function createSafeStorage(pick: () => Storage | undefined): SafeStorage {
  return new WrappedStorage(pick);
}
