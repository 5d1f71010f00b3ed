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

/**
 * Safe storage over the browser storage `pick` returns: `localStore` and `sessionStore` below, or
 * one that tests and partners wrap themselves.
 */
export function createSafeStorage(pick: () => Storage | undefined): SafeStorage {
  const memory = new Map<string, string>();

  /**
   * What `act` on the browser storage returns, or `fallback` (a read's in-memory value; a write has
   * none) when there is none to use: it is missing, or a call into it threw (blocked, private mode,
   * quota), after which this storage keeps to memory for the rest of the page.
   */
  function use<T>(act: (store: Storage) => T, fallback?: T): T | undefined {
    if (storage.persistent) {
      try {
        const store = pick();
        if (store) return act(store);
      } catch {
        // Unusable from now on, as when it is missing.
      }
      storage.persistent = false;
    }
    return fallback;
  }

  const storage = {
    persistent: true,
    get(key: string): string | null {
      return use((store) => store.getItem(key), memory.get(key)) ?? null;
    },
    set(key: string, value: string): void {
      // The in-memory copy keeps the page consistent when storage refuses (quota, blocked).
      memory.set(key, value);
      use((store) => store.setItem(key, value));
    },
    remove(key: string): void {
      memory.delete(key);
      use((store) => store.removeItem(key));
    },
  };
  return storage;
}

// Where there is no such global (a server), reading it throws, and use() takes that as storage it cannot use.
export const localStore: SafeStorage = createSafeStorage(() => localStorage);
export const sessionStore: SafeStorage = createSafeStorage(() => sessionStorage);
