/**
 * The API key the explorer sends, entered once per browser session: kept in sessionStorage (gone
 * when the tab or browser closes; in memory only when storage is blocked), never in the address,
 * never written to the console. `forgetApiKey` removes it.
 */
const STORE = 'helixgraph.apiKey';
const listeners = new Set<() => void>();

function stored(): string | null {
  try {
    return sessionStorage.getItem(STORE);
  } catch {
    return null;
  }
}

let current: string | null = stored();

/** The key of this session, or null. */
export function apiKey(): string | null {
  return current;
}

/** Keeps `key` for this browser session and tells the listeners. */
export function setApiKey(key: string): void {
  current = key;
  try {
    sessionStorage.setItem(STORE, key);
  } catch {
    // kept in memory only: gone on reload
  }
  for (const fn of listeners) fn();
}

/** Forgets the key (memory and sessionStorage) and tells the listeners. */
export function forgetApiKey(): void {
  current = null;
  try {
    sessionStorage.removeItem(STORE);
  } catch {
    // nothing stored
  }
  for (const fn of listeners) fn();
}

export function onKeyChange(listener: () => void): void {
  listeners.add(listener);
}
