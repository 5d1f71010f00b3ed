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

  /**
   * What `act` on the browser storage returns, or `fallback` (a read's in-memory value; a write has
   * none) when there is none to use: it is missing, or a call into it threw (blocked, private mode,
   * quota), after which this wrapper keeps to memory for the rest of the page.
   */
  #use<T>(act: (store: Storage) => T, fallback?: T): T | undefined {
    if (this.persistent) {
      try {
        const store = this.#pick();
        if (store) return act(store);
      } catch {
        // Unusable from now on, as when it is missing.
      }
      this.persistent = false;
    }
    return fallback;
  }

  get(key: string): string | null {
    return this.#use((store) => store.getItem(key), this.#memory.get(key)) ?? null;
  }

  set(key: string, value: string): void {
    // The in-memory copy keeps the page consistent when storage refuses (quota, blocked).
    this.#memory.set(key, value);
    this.#use((store) => store.setItem(key, value));
  }

  remove(key: string): void {
    this.#memory.delete(key);
    this.#use((store) => store.removeItem(key));
  }
}

// Where there is no such global (a server), reading it throws, and #use takes that as storage it cannot use.
export const localStore: SafeStorage = new WrappedStorage(() => localStorage);
export const sessionStore: SafeStorage = new WrappedStorage(() => sessionStorage);

/** For tests and for partners who need to wrap their own storage. */
export function createSafeStorage(pick: () => Storage | undefined): SafeStorage {
  return new WrappedStorage(pick);
}
